package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.session.Principal;
import dev.helpdesk.core.domain.session.Session;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.SessionRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Optional;

/**
 * Sessions by the SHA-256 of their id, times in epoch milliseconds. Validity is decided in the query (idle and
 * absolute expiry), so every node agrees; {@link #touch} only moves the last-seen time forward, and
 * {@link #update} changes a row that is still there, never inserts one.
 */
public final class JdbcSessionRepository implements SessionRepository {
    private static final String COLUMNS = "id_hash, subject_kind, subject_id, csrf_token, language, display_name, "
            + "organization_name, zone, created_at, last_seen_at, idle_timeout_ms, expires_at";
    private final Database database;

    public JdbcSessionRepository(Database database) {
        this.database = database;
    }

    @Override
    public void insert(Session session) {
        int rows = database.writeAndGet(h -> h.createUpdate("INSERT INTO signed_in_session (" + COLUMNS + ") VALUES "
                        + "(:hash, :kind, :subject, :csrf, :language, :name, :organization, :zone, :created, :seen, "
                        + ":idle, :expires) ON CONFLICT DO NOTHING")
                .bind("hash", session.idHash()).bind("kind", session.subject().kind().name())
                .bind("subject", session.subject().id()).bind("csrf", session.csrfToken())
                .bind("language", session.language().map(Language::code).orElse(null))
                .bind("name", session.displayName()).bind("organization", session.organizationName())
                .bind("zone", session.zone().getId()).bind("created", session.createdAt().toEpochMilli())
                .bind("seen", session.lastSeenAt().toEpochMilli()).bind("idle", session.idleTimeout().toMillis())
                .bind("expires", session.expiresAt().toEpochMilli()).execute());
        if (rows != 1) {
            throw new ConflictException("session.duplicate", "This session is already stored");
        }
    }

    @Override
    public Optional<Session> find(String idHash, Instant now) {
        return database.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM signed_in_session WHERE id_hash = :hash "
                        + "AND expires_at > :now AND last_seen_at + idle_timeout_ms > :now")
                .bind("hash", idHash).bind("now", now.toEpochMilli()).map((rs, ctx) -> session(rs)).findOne());
    }

    @Override
    public boolean touch(String idHash, Instant at) {
        long millis = at.toEpochMilli();
        return database.writeAndGet(h -> h.createUpdate("UPDATE signed_in_session SET last_seen_at = CASE WHEN "
                        + "last_seen_at < :at THEN :at ELSE last_seen_at END WHERE id_hash = :hash")
                .bind("at", millis).bind("hash", idHash).execute()) == 1;
    }

    @Override
    public boolean update(Session session) {
        return database.writeAndGet(h -> h.createUpdate("UPDATE signed_in_session SET language = :language, "
                        + "display_name = :name, organization_name = :organization, zone = :zone WHERE id_hash = :hash")
                .bind("language", session.language().map(Language::code).orElse(null))
                .bind("name", session.displayName()).bind("organization", session.organizationName())
                .bind("zone", session.zone().getId()).bind("hash", session.idHash()).execute()) == 1;
    }

    @Override
    public boolean delete(String idHash) {
        return database.writeAndGet(h -> h.createUpdate("DELETE FROM signed_in_session WHERE id_hash = :hash")
                .bind("hash", idHash).execute()) == 1;
    }

    @Override
    public int deleteAllOf(Principal subject, Optional<String> exceptIdHash) {
        return database.writeAndGet(h -> h.createUpdate("DELETE FROM signed_in_session WHERE subject_kind = :kind "
                        + "AND subject_id = :subject AND id_hash <> :except")
                .bind("kind", subject.kind().name()).bind("subject", subject.id())
                .bind("except", exceptIdHash.orElse("")).execute());
    }

    @Override
    public int deleteExpired(Instant now) {
        return database.writeAndGet(h -> h.createUpdate("DELETE FROM signed_in_session WHERE expires_at <= :now "
                        + "OR last_seen_at + idle_timeout_ms <= :now")
                .bind("now", now.toEpochMilli()).execute());
    }

    @Override
    public byte[] sharedKey(String name, byte[] candidate) {
        String encoded = database.writeAndGet(h -> {
            h.createUpdate("INSERT INTO shared_key (name, key_base64, created_at) VALUES (:name, :key, :at) "
                            + "ON CONFLICT DO NOTHING")
                    .bind("name", name).bind("key", Base64.getEncoder().encodeToString(candidate))
                    .bind("at", Instant.now().toEpochMilli()).execute();
            return h.createQuery("SELECT key_base64 FROM shared_key WHERE name = :name").bind("name", name)
                    .mapTo(String.class).one();
        });
        return Base64.getDecoder().decode(encoded);
    }

    private static Session session(ResultSet rs) throws SQLException {
        String language = rs.getString("language");
        return new Session(rs.getString("id_hash"),
                new Principal(Principal.Kind.valueOf(rs.getString("subject_kind")), rs.getString("subject_id")),
                rs.getString("csrf_token"),
                language == null ? Optional.empty() : Optional.of(Language.of("language", language)),
                rs.getString("display_name"), rs.getString("organization_name"), ZoneId.of(rs.getString("zone")),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("last_seen_at")),
                Duration.ofMillis(rs.getLong("idle_timeout_ms")), Instant.ofEpochMilli(rs.getLong("expires_at")));
    }
}
