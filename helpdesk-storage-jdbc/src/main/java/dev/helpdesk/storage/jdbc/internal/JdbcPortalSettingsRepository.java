package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.portal.PortalSettings;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.PortalSettingsRepository;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/** The one row of portal settings, saved over its version, and its welcome texts, one row per language. */
public final class JdbcPortalSettingsRepository implements PortalSettingsRepository {
    private final Database database;

    public JdbcPortalSettingsRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<PortalSettings> find() {
        return database.read(JdbcPortalSettingsRepository::load);
    }

    @Override
    public PortalSettings save(PortalSettings settings) {
        long next = settings.version() + 1;
        String types = Json.strings(new TreeSet<>(settings.customerTicketTypes()));
        return database.writeAndGet(h -> {
            int rows = settings.version() == 0
                    ? h.createUpdate("INSERT INTO portal_settings (id, base_url, customer_ticket_types, version) "
                            + "VALUES (1, :url, :types, :next) ON CONFLICT (id) DO NOTHING")
                    .bind("url", settings.baseUrl()).bind("types", types).bind("next", next).execute()
                    : h.createUpdate("UPDATE portal_settings SET base_url = :url, customer_ticket_types = :types, "
                            + "version = :next WHERE id = 1 AND version = :version")
                    .bind("url", settings.baseUrl()).bind("types", types).bind("next", next)
                    .bind("version", settings.version()).execute();
            if (rows != 1) {
                throw new ConflictException("portal_settings.stale",
                        "The portal settings were changed by someone else meanwhile; reload them and try again");
            }
            h.createUpdate("DELETE FROM portal_welcome_text").execute();
            for (Map.Entry<Language, String> text : settings.welcomeTexts().entrySet()) {
                h.createUpdate("INSERT INTO portal_welcome_text (language, body) VALUES (:language, :body)")
                        .bind("language", text.getKey().code()).bind("body", text.getValue()).execute();
            }
            return settings.withVersion(next);
        });
    }

    private static Optional<PortalSettings> load(Handle h) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        h.createQuery("SELECT language, body FROM portal_welcome_text").map((rs, ctx) -> Map.entry(
                        Language.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getString(2)))
                .forEach(e -> texts.put(e.getKey(), e.getValue()));
        return h.createQuery("SELECT base_url, customer_ticket_types, version FROM portal_settings WHERE id = 1")
                .map((rs, ctx) -> new PortalSettings(rs.getString(1), texts,
                        new LinkedHashSet<>(Json.strings(rs.getString(2))), rs.getLong(3)))
                .findOne();
    }
}
