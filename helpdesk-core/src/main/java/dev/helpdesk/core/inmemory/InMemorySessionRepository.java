package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.session.Principal;
import dev.helpdesk.core.domain.session.Session;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.SessionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions by id hash; deleting a person's sessions scans them, which is fine for a test or a demo. */
final class InMemorySessionRepository implements SessionRepository {
    private final UnitOfWork unitOfWork;
    private final Map<String, Session> rows = new ConcurrentHashMap<>();
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    InMemorySessionRepository(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void insert(Session session) {
        unitOfWork.write(() -> {
            if (rows.containsKey(session.idHash())) {
                throw new ConflictException("session.duplicate", "This session is already stored");
            }
            rows.put(session.idHash(), session);
            return () -> rows.remove(session.idHash());
        });
    }

    @Override
    public Optional<Session> find(String idHash, Instant now) {
        return unitOfWork.read(() -> Optional.ofNullable(rows.get(idHash)).filter(s -> s.isValidAt(now)));
    }

    @Override
    public boolean touch(String idHash, Instant at) {
        return unitOfWork.inTransaction(() -> {
            Session stored = rows.get(idHash);
            if (stored == null) {
                return false;
            }
            if (at.isAfter(stored.lastSeenAt())) {
                replace(stored, stored.seenAt(at));
            }
            return true;
        });
    }

    @Override
    public boolean update(Session session) {
        return unitOfWork.inTransaction(() -> {
            Session stored = rows.get(session.idHash());
            if (stored == null) {
                return false;
            }
            Session language = session.language().map(stored::withLanguage).orElse(stored);
            replace(stored, language.withNames(session.displayName(), session.organizationName(), session.zone()));
            return true;
        });
    }

    @Override
    public boolean delete(String idHash) {
        return unitOfWork.inTransaction(() -> {
            Session stored = rows.get(idHash);
            if (stored == null) {
                return false;
            }
            remove(stored);
            return true;
        });
    }

    @Override
    public int deleteAllOf(Principal subject, Optional<String> exceptIdHash) {
        return unitOfWork.inTransaction(() -> {
            List<Session> theirs = new ArrayList<>(rows.values().stream()
                    .filter(s -> s.subject().equals(subject) && !exceptIdHash.equals(Optional.of(s.idHash())))
                    .toList());
            theirs.forEach(this::remove);
            return theirs.size();
        });
    }

    @Override
    public int deleteExpired(Instant now) {
        return unitOfWork.inTransaction(() -> {
            List<Session> expired = new ArrayList<>(rows.values().stream().filter(s -> !s.isValidAt(now)).toList());
            expired.forEach(this::remove);
            return expired.size();
        });
    }

    @Override
    public byte[] sharedKey(String name, byte[] candidate) {
        return unitOfWork.inTransaction(() -> {
            byte[] stored = keys.get(name);
            if (stored == null) {
                byte[] copy = candidate.clone();
                unitOfWork.write(() -> {
                    keys.put(name, copy);
                    return () -> keys.remove(name);
                });
                return copy.clone();
            }
            return stored.clone();
        });
    }

    private void replace(Session before, Session after) {
        unitOfWork.write(() -> {
            rows.put(after.idHash(), after);
            return () -> rows.put(before.idHash(), before);
        });
    }

    private void remove(Session session) {
        unitOfWork.write(() -> {
            rows.remove(session.idHash());
            return () -> rows.put(session.idHash(), session);
        });
    }
}
