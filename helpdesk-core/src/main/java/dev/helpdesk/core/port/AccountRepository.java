package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.account.Account;
import dev.helpdesk.core.domain.directory.ContactId;
import java.util.Optional;

/**
 * Portal accounts of contacts, one per contact at most: password hash, profile details, sign-in failures. Writes
 * belong inside {@link Transactor#inTransaction}; a contact need not be stored before its account.
 */
public interface AccountRepository {

    /**
     * Stores an account over the version it was read at. An account of {@link Account#version() version} 0 is new and
     * stored as version 1; any other replaces the stored one of that version, which becomes version + 1. Anything
     * else (a new account for a contact that has one, a version that is not the stored one) is a
     * {@code ConflictException} with code {@code account.stale}, and nothing is written.
     */
    void save(Account account);

    /** The account as stored, with its stored version. */
    Optional<Account> find(ContactId contact);
}
