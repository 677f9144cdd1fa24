package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.rating.Rating;
import dev.helpdesk.core.domain.rating.RatingInvitation;
import dev.helpdesk.core.domain.rating.SatisfactionDimension;
import dev.helpdesk.core.domain.rating.SatisfactionRow;
import dev.helpdesk.core.domain.rating.Score;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.port.RatingRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Ratings by ticket and invitations by token hash, changed under the unit of work with an undo for each change. */
final class InMemoryRatingRepository implements RatingRepository {
    private static final Comparator<Optional<String>> KEY_ORDER =
            Comparator.comparing((Optional<String> key) -> key.isEmpty()).thenComparing(key -> key.orElse(""));

    private final UnitOfWork unitOfWork;
    private final Map<TicketId, Rating> ratings = new ConcurrentHashMap<>();
    private final Map<String, RatingInvitation> invitations = new ConcurrentHashMap<>();

    InMemoryRatingRepository(UnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Optional<Rating> find(TicketId ticket) {
        return unitOfWork.read(() -> Optional.ofNullable(ratings.get(ticket)));
    }

    @Override
    public void save(Rating rating) {
        Objects.requireNonNull(rating, "rating");
        unitOfWork.write(() -> restoring(ratings, rating.ticket(), ratings.put(rating.ticket(), rating)));
    }

    @Override
    public void saveInvitation(RatingInvitation invitation) {
        Objects.requireNonNull(invitation, "invitation");
        unitOfWork.write(() -> restoring(invitations, invitation.tokenHash(),
                invitations.put(invitation.tokenHash(), invitation)));
    }

    @Override
    public Optional<RatingInvitation> findInvitation(String tokenHash) {
        return unitOfWork.read(() -> Optional.ofNullable(invitations.get(tokenHash)));
    }

    @Override
    public boolean consumeInvitation(String tokenHash) {
        boolean[] consumed = new boolean[1];
        unitOfWork.write(() -> {
            RatingInvitation removed = invitations.remove(tokenHash);
            consumed[0] = removed != null;
            return removed == null ? () -> { } : () -> invitations.put(tokenHash, removed);
        });
        return consumed[0];
    }

    @Override
    public List<SatisfactionRow> satisfaction(SatisfactionDimension dimension, Instant from, Instant to) {
        Objects.requireNonNull(dimension, "dimension");
        return unitOfWork.read(() -> {
            Map<Optional<String>, Map<Score, Long>> counts = new HashMap<>();
            for (Rating rating : ratings.values()) {
                if (!rating.ratedAt().isBefore(from) && rating.ratedAt().isBefore(to)) {
                    counts.computeIfAbsent(keyOf(rating, dimension), k -> new EnumMap<>(Score.class))
                            .merge(rating.score(), 1L, Long::sum);
                }
            }
            List<SatisfactionRow> rows = new ArrayList<>();
            counts.forEach((key, byScore) -> rows.add(SatisfactionRow.of(key, byScore.getOrDefault(Score.UNHAPPY, 0L),
                    byScore.getOrDefault(Score.NEUTRAL, 0L), byScore.getOrDefault(Score.HAPPY, 0L))));
            rows.sort(Comparator.comparing(SatisfactionRow::key, KEY_ORDER));
            return List.copyOf(rows);
        });
    }

    private static Optional<String> keyOf(Rating rating, SatisfactionDimension dimension) {
        return switch (dimension) {
            case TEAM -> rating.team().map(TeamId::value);
            case AGENT -> rating.agent().map(AgentId::value);
            case CATEGORY -> Optional.of(rating.category().value());
            case MONTH -> Optional.of(rating.month());
        };
    }

    /** The undo of a put: put back what was there, or remove what was added. */
    private static <K, V> Runnable restoring(Map<K, V> map, K key, V previous) {
        return previous == null ? () -> map.remove(key) : () -> map.put(key, previous);
    }
}
