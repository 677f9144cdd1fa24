package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.account.CodePurpose;
import dev.helpdesk.core.domain.account.OneTimeCode;
import dev.helpdesk.core.domain.account.OneTimeCodeId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.OneTimeCodeRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * One-time codes by id, looked up by the unique SHA-256 of the code. {@link #markUsed} is one conditional UPDATE: of
 * two concurrent ones, the second finds {@code used_at} set (PostgreSQL re-checks the row after the first commits).
 */
public final class JdbcOneTimeCodeRepository implements OneTimeCodeRepository {
    private final Database database;

    public JdbcOneTimeCodeRepository(Database database) {
        this.database = database;
    }

    @Override
    public void insert(OneTimeCode code) {
        int rows = database.writeAndGet(h -> h.createUpdate("INSERT INTO one_time_code (id, code_hash, contact_id, "
                        + "purpose, issued_at, expires_at, used_at) VALUES (:id, :hash, :contact, :purpose, :issued, "
                        + ":expires, :used) ON CONFLICT DO NOTHING")
                .bind("id", code.id().value()).bind("hash", code.codeHash()).bind("contact", code.contact().value())
                .bind("purpose", code.purpose().name()).bind("issued", code.issuedAt().toEpochMilli())
                .bind("expires", code.expiresAt().toEpochMilli())
                .bind("used", code.usedAt().map(Instant::toEpochMilli).orElse(null)).execute());
        if (rows != 1) {
            throw new ConflictException("code.duplicate", "This one-time code is already stored");
        }
    }

    @Override
    public Optional<OneTimeCode> findByHash(String codeHash) {
        return database.read(h -> h.createQuery("SELECT id, code_hash, contact_id, purpose, issued_at, expires_at, "
                        + "used_at FROM one_time_code WHERE code_hash = :hash")
                .bind("hash", codeHash).map((rs, ctx) -> code(rs)).findOne());
    }

    @Override
    public boolean markUsed(OneTimeCodeId id, Instant at) {
        return database.writeAndGet(h -> h.createUpdate(
                        "UPDATE one_time_code SET used_at = :at WHERE id = :id AND used_at IS NULL")
                .bind("at", at.toEpochMilli()).bind("id", id.value()).execute()) == 1;
    }

    @Override
    public int revokeUnused(ContactId contact, Instant at) {
        return database.writeAndGet(h -> h.createUpdate(
                        "UPDATE one_time_code SET used_at = :at WHERE contact_id = :contact AND used_at IS NULL")
                .bind("at", at.toEpochMilli()).bind("contact", contact.value()).execute());
    }

    @Override
    public int deleteExpiredBefore(Instant before) {
        return database.writeAndGet(h -> h.createUpdate("DELETE FROM one_time_code WHERE expires_at < :before")
                .bind("before", before.toEpochMilli()).execute());
    }

    private static OneTimeCode code(ResultSet rs) throws SQLException {
        long used = rs.getLong("used_at");
        Optional<Instant> usedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(used));
        return new OneTimeCode(OneTimeCodeId.of(rs.getString("id")), ContactId.of(rs.getString("contact_id")),
                CodePurpose.valueOf(rs.getString("purpose")), rs.getString("code_hash"),
                Instant.ofEpochMilli(rs.getLong("issued_at")), Instant.ofEpochMilli(rs.getLong("expires_at")), usedAt);
    }
}
