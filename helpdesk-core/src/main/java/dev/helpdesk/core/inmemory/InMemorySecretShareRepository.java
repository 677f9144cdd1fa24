package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.secret.SecretReveal;
import dev.helpdesk.core.domain.secret.SecretShare;
import dev.helpdesk.core.domain.secret.SecretShareId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.SecretShareRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares by id and reveals in order, changed under the unit of work with an undo for each change. A purged share is
 * replaced by its copy without ciphertext, so nothing keeps the old one.
 */
final class InMemorySecretShareRepository implements SecretShareRepository {
    private static final Comparator<SecretShare> OLDEST_FIRST =
            Comparator.comparing(SecretShare::sharedAt).thenComparing(s -> s.id().value());

    private final UnitOfWork unitOfWork;
    private final Map<SecretShareId, SecretShare> shares = new ConcurrentHashMap<>();
    private final List<SecretReveal> reveals = new ArrayList<>();

    InMemorySecretShareRepository(UnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public void insert(SecretShare share) {
        Objects.requireNonNull(share, "share");
        unitOfWork.write(() -> {
            if (shares.putIfAbsent(share.id(), share) != null) {
                throw new ConflictException("secret.duplicate", "A secret share with this id exists already");
            }
            return () -> shares.remove(share.id());
        });
    }

    @Override
    public Optional<SecretShare> find(SecretShareId id) {
        return unitOfWork.read(() -> Optional.ofNullable(shares.get(id)));
    }

    @Override
    public List<SecretShare> onTicket(TicketId ticket) {
        return unitOfWork.read(() -> shares.values().stream().filter(s -> s.ticket().equals(ticket))
                .sorted(OLDEST_FIRST).toList());
    }

    @Override
    public void recordReveal(SecretReveal reveal) {
        Objects.requireNonNull(reveal, "reveal");
        unitOfWork.write(() -> {
            reveals.add(reveal);
            return () -> reveals.remove(reveals.size() - 1);
        });
    }

    @Override
    public List<SecretReveal> reveals(SecretShareId share) {
        return unitOfWork.read(() -> reveals.stream().filter(r -> r.share().equals(share))
                .sorted(Comparator.comparing(SecretReveal::at)).toList());
    }

    @Override
    public List<SecretShare> purgeDue(Instant now) {
        Objects.requireNonNull(now, "now");
        List<SecretShare> purged = new ArrayList<>();
        unitOfWork.write(() -> {
            List<SecretShare> due = shares.values().stream().filter(s -> !s.purged() && !s.purgeAt().isAfter(now))
                    .sorted(OLDEST_FIRST).toList();
            for (SecretShare share : due) {
                SecretShare without = share.purgedAt(now);
                shares.put(share.id(), without);
                purged.add(without);
            }
            return () -> due.forEach(share -> shares.put(share.id(), share));
        });
        return List.copyOf(purged);
    }
}
