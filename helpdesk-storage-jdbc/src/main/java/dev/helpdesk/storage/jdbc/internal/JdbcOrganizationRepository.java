package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.port.OrganizationRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

public final class JdbcOrganizationRepository implements OrganizationRepository {
    private static final String COLUMNS = "SELECT id, name, time_zone, locale, sharing FROM organization";
    private final Database database;

    public JdbcOrganizationRepository(Database database) {
        this.database = database;
    }

    @Override
    public void save(Organization organization) {
        database.write(h -> h.createUpdate("INSERT INTO organization (id, name, time_zone, locale, sharing) "
                        + "VALUES (:id, :name, :zone, :locale, :sharing) ON CONFLICT (id) DO UPDATE SET "
                        + "name = excluded.name, time_zone = excluded.time_zone, locale = excluded.locale, "
                        + "sharing = excluded.sharing")
                .bind("id", organization.id().value())
                .bind("name", organization.name())
                .bind("zone", organization.timeZone().getId())
                .bind("locale", organization.locale().toLanguageTag())
                .bind("sharing", organization.sharing().name())
                .execute());
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        return database.read(h -> h.createQuery(COLUMNS + " WHERE id = :id").bind("id", id.value())
                .map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<Organization> all() {
        return database.read(h -> h.createQuery(COLUMNS + " ORDER BY id").map((rs, ctx) -> map(rs)).list());
    }

    private static Organization map(ResultSet rs) throws SQLException {
        return new Organization(OrganizationId.of(rs.getString("id")), rs.getString("name"),
                ZoneId.of(rs.getString("time_zone")), Locale.forLanguageTag(rs.getString("locale")),
                SharingMode.valueOf(rs.getString("sharing")));
    }
}
