package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.account.OneTimeCode;
import dev.helpdesk.core.domain.account.OneTimeCodeId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.OneTimeCodeRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Codes by id; a look-up by hash scans them, which is fine for the few codes a test or a demo holds. */
final class InMemoryOneTimeCodeRepository implements OneTimeCodeRepository {
    private final UnitOfWork unitOfWork;
    private final Map<OneTimeCodeId, OneTimeCode> rows = new ConcurrentHashMap<>();

    InMemoryOneTimeCodeRepository(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void insert(OneTimeCode code) {
        unitOfWork.write(() -> {
            boolean taken = rows.containsKey(code.id())
                    || rows.values().stream().anyMatch(other -> other.codeHash().equals(code.codeHash()));
            if (taken) {
                throw new ConflictException("code.duplicate", "This one-time code is already stored");
            }
            rows.put(code.id(), code);
            return () -> rows.remove(code.id());
        });
    }

    @Override
    public Optional<OneTimeCode> findByHash(String codeHash) {
        return unitOfWork.read(() -> rows.values().stream().filter(c -> c.codeHash().equals(codeHash)).findFirst());
    }

    @Override
    public boolean markUsed(OneTimeCodeId id, Instant at) {
        return unitOfWork.inTransaction(() -> {
            OneTimeCode code = rows.get(id);
            if (code == null || code.usedAt().isPresent()) {
                return false;
            }
            replace(code, used(code, at));
            return true;
        });
    }

    @Override
    public int revokeUnused(ContactId contact, Instant at) {
        return unitOfWork.inTransaction(() -> {
            List<OneTimeCode> unused = new ArrayList<>(rows.values().stream()
                    .filter(c -> c.contact().equals(contact) && c.usedAt().isEmpty()).toList());
            unused.forEach(code -> replace(code, used(code, at)));
            return unused.size();
        });
    }

    @Override
    public int deleteExpiredBefore(Instant before) {
        return unitOfWork.inTransaction(() -> {
            List<OneTimeCode> expired = new ArrayList<>(rows.values().stream()
                    .filter(c -> c.expiresAt().isBefore(before)).toList());
            for (OneTimeCode code : expired) {
                unitOfWork.write(() -> {
                    rows.remove(code.id());
                    return () -> rows.put(code.id(), code);
                });
            }
            return expired.size();
        });
    }

    private void replace(OneTimeCode before, OneTimeCode after) {
        unitOfWork.write(() -> {
            rows.put(after.id(), after);
            return () -> rows.put(before.id(), before);
        });
    }

    private static OneTimeCode used(OneTimeCode code, Instant at) {
        return new OneTimeCode(code.id(), code.contact(), code.purpose(), code.codeHash(), code.issuedAt(),
                code.expiresAt(), Optional.of(at));
    }
}
