package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.account.Account;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.AccountRepository;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Accounts by contact, each stored with its version; changes go through the unit of work. */
final class InMemoryAccountRepository implements AccountRepository {
    private final UnitOfWork unitOfWork;
    private final Map<ContactId, Account> rows = new ConcurrentHashMap<>();

    InMemoryAccountRepository(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void save(Account account) {
        unitOfWork.write(() -> {
            Account previous = rows.get(account.contact());
            long storedVersion = previous == null ? 0 : previous.version();
            if (storedVersion != account.version()) {
                throw stale(account.contact());
            }
            rows.put(account.contact(), withVersion(account, storedVersion + 1));
            return previous == null ? () -> rows.remove(account.contact()) : () -> rows.put(account.contact(), previous);
        });
    }

    @Override
    public Optional<Account> find(ContactId contact) {
        return unitOfWork.read(() -> Optional.ofNullable(rows.get(contact)));
    }

    private static Account withVersion(Account a, long version) {
        return new Account(a.contact(), a.passwordHash(), a.jobTitle(), a.phone(), a.language(), a.languageChosen(),
                a.portalAccess(), a.failedSignIns(), a.failuresExpireAt(), version);
    }

    static ConflictException stale(ContactId contact) {
        return new ConflictException("account.stale",
                "The account of " + contact + " was changed meanwhile; reload it and try again",
                Map.of("contact", contact.value()));
    }
}
