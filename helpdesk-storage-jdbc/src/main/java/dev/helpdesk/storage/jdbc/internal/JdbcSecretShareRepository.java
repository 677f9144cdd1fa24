package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.secret.Ciphertext;
import dev.helpdesk.core.domain.secret.SecretReveal;
import dev.helpdesk.core.domain.secret.SecretShare;
import dev.helpdesk.core.domain.secret.SecretShareId;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.SecretShareRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;

/**
 * Shared secrets as ciphertext (BLOB / BYTEA) and their reveals. Purging sets the ciphertext column to NULL, so the
 * database holds no copy of it any more (SQLite may keep freed bytes in free pages until they are reused).
 */
public final class JdbcSecretShareRepository implements SecretShareRepository {
    private static final String COLUMNS = "id, ticket_id, label, shared_by, shared_at, purge_at, ciphertext, purged_at";
    private static final String OLDEST_FIRST = " ORDER BY shared_at, id";

    private final Database database;

    public JdbcSecretShareRepository(Database database) {
        this.database = database;
    }

    @Override
    public void insert(SecretShare share) {
        Objects.requireNonNull(share, "share");
        try {
            database.write(h -> h.createUpdate("INSERT INTO secret_share (" + COLUMNS + ") VALUES (:id, :ticket, "
                            + ":label, :by, :shared, :purge, :ciphertext, NULL)")
                    .bind("id", share.id().value()).bind("ticket", share.ticket().value())
                    .bind("label", share.label()).bind("by", share.sharedBy().value())
                    .bind("shared", share.sharedAt().toEpochMilli()).bind("purge", share.purgeAt().toEpochMilli())
                    .bind("ciphertext", share.ciphertext().orElseThrow(() -> new IllegalArgumentException(
                            "a new share holds its ciphertext")).bytes())
                    .execute());
        } catch (JdbiException e) {
            if (Database.isUniqueViolation(e)) {
                throw new ConflictException("secret.duplicate", "A secret share with this id exists already");
            }
            throw e;
        }
    }

    @Override
    public Optional<SecretShare> find(SecretShareId id) {
        return database.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM secret_share WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> share(rs)).findOne());
    }

    @Override
    public List<SecretShare> onTicket(TicketId ticket) {
        return database.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM secret_share WHERE ticket_id = :t"
                        + OLDEST_FIRST)
                .bind("t", ticket.value()).map((rs, ctx) -> share(rs)).list());
    }

    @Override
    public void recordReveal(SecretReveal reveal) {
        Objects.requireNonNull(reveal, "reveal");
        database.write(h -> h.createUpdate("INSERT INTO secret_reveal (share_id, agent_id, revealed_at) "
                        + "VALUES (:share, :agent, :at)")
                .bind("share", reveal.share().value()).bind("agent", reveal.agent().value())
                .bind("at", reveal.at().toEpochMilli()).execute());
    }

    @Override
    public List<SecretReveal> reveals(SecretShareId share) {
        return database.read(h -> h.createQuery("SELECT share_id, agent_id, revealed_at FROM secret_reveal "
                        + "WHERE share_id = :share ORDER BY revealed_at, id")
                .bind("share", share.value())
                .map((rs, ctx) -> new SecretReveal(SecretShareId.of(rs.getString(1)), AgentId.of(rs.getString(2)),
                        Instant.ofEpochMilli(rs.getLong(3))))
                .list());
    }

    @Override
    public List<SecretShare> purgeDue(Instant now) {
        long at = now.toEpochMilli();
        return database.writeAndGet(h -> {
            String lock = database.dialect() == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
            List<String> due = h.createQuery("SELECT id FROM secret_share WHERE purged_at IS NULL AND purge_at <= :now"
                            + OLDEST_FIRST + lock)
                    .bind("now", at).mapTo(String.class).list();
            if (due.isEmpty()) {
                return List.of();
            }
            new Sql("UPDATE secret_share SET ciphertext = NULL, purged_at = ").value(at)
                    .append(" WHERE purged_at IS NULL AND id IN ").values(due).update(h);
            return new Sql("SELECT " + COLUMNS + " FROM secret_share WHERE id IN ").values(due).append(OLDEST_FIRST)
                    .query(h).map((rs, ctx) -> share(rs)).list();
        });
    }

    private static SecretShare share(ResultSet rs) throws SQLException {
        byte[] ciphertext = rs.getBytes("ciphertext");
        long purgedAt = rs.getLong("purged_at");
        Optional<Instant> purged = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(purgedAt));
        return new SecretShare(SecretShareId.of(rs.getString("id")), TicketId.of(rs.getString("ticket_id")),
                rs.getString("label"), ContactId.of(rs.getString("shared_by")),
                Instant.ofEpochMilli(rs.getLong("shared_at")), Instant.ofEpochMilli(rs.getLong("purge_at")),
                Optional.ofNullable(ciphertext).map(Ciphertext::new), purged);
    }
}
