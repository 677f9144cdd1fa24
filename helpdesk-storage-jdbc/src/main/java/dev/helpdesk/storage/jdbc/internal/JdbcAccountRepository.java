package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.account.Account;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.AccountRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

/** Accounts in one table, one row per contact, saved over their version. */
public final class JdbcAccountRepository implements AccountRepository {
    private static final String COLUMNS = "contact_id, password_hash, job_title, phone, language, language_chosen, "
            + "portal_access, failed_sign_ins, locked_until, version";

    private final Database database;

    public JdbcAccountRepository(Database database) {
        this.database = database;
    }

    @Override
    public void save(Account account) {
        database.write(h -> {
            Update statement = account.version() == 0
                    // DO NOTHING rather than a unique violation, which would abort a PostgreSQL transaction
                    ? h.createUpdate("INSERT INTO account (" + COLUMNS + ") VALUES (:contact, :hash, :jobTitle, :phone, "
                            + ":language, :chosen, :access, :failures, :failuresExpireAt, :next) "
                            + "ON CONFLICT (contact_id) DO NOTHING")
                    : h.createUpdate("UPDATE account SET password_hash = :hash, job_title = :jobTitle, phone = :phone, "
                            + "language = :language, language_chosen = :chosen, portal_access = :access, "
                            + "failed_sign_ins = :failures, locked_until = :failuresExpireAt, version = :next "
                            + "WHERE contact_id = :contact AND version = :version").bind("version", account.version());
            int rows = statement.bind("contact", account.contact().value())
                    .bind("hash", account.passwordHash().orElse(null))
                    .bind("jobTitle", account.jobTitle()).bind("phone", account.phone())
                    .bind("language", account.language().code()).bind("chosen", account.languageChosen())
                    .bind("access", account.portalAccess())
                    .bind("failures", account.failedSignIns())
                    .bind("failuresExpireAt", account.failuresExpireAt().map(Instant::toEpochMilli).orElse(null))
                    .bind("next", account.version() + 1).execute();
            if (rows != 1) {
                throw new ConflictException("account.stale",
                        "The account of " + account.contact() + " was changed meanwhile; reload it and try again",
                        Map.of("contact", account.contact().value()));
            }
        });
    }

    @Override
    public Optional<Account> find(ContactId contact) {
        return database.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM account WHERE contact_id = :contact")
                .bind("contact", contact.value()).map((rs, ctx) -> account(rs)).findOne());
    }

    private static Account account(ResultSet rs) throws SQLException {
        // locked_until (its name from when failures locked the account) holds when the failures are forgotten
        long expiresAt = rs.getLong("locked_until");
        Optional<Instant> failuresExpireAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(expiresAt));
        return new Account(ContactId.of(rs.getString("contact_id")), Optional.ofNullable(rs.getString("password_hash")),
                rs.getString("job_title"), rs.getString("phone"),
                Language.valueOf(rs.getString("language").toUpperCase(Locale.ROOT)), rs.getBoolean("language_chosen"),
                rs.getBoolean("portal_access"),
                rs.getInt("failed_sign_ins"), failuresExpireAt, rs.getLong("version"));
    }
}
