package dev.helpdesk.core.contract;

import static dev.helpdesk.core.fixture.Tickets.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.rating.Rating;
import dev.helpdesk.core.domain.rating.RatingInvitation;
import dev.helpdesk.core.domain.rating.SatisfactionDimension;
import dev.helpdesk.core.domain.rating.SatisfactionRow;
import dev.helpdesk.core.domain.rating.Score;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.port.RatingRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link RatingRepository}: one rating per ticket (save inserts or replaces), invitations found and consumed by
 * token hash (each consumed once, even by concurrent callers), satisfaction counted per team, agent, category and
 * month over a half-open period.
 */
public abstract class RatingRepositoryContract extends PortContract {
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "0123456789abcdef".repeat(4);

    private RatingRepository ratings() {
        return storage().ratings();
    }

    private void save(Rating rating) {
        inTransaction(() -> ratings().save(rating));
    }

    /** A rating of ticket {@code t-<n>} given at {@code at}, by team and agent (empty for none) and category. */
    static Rating rating(int n, Score score, Instant at, String team, String agent, String category) {
        return new Rating(TicketId.of("t-" + n), score, score == Score.UNHAPPY ? "Nobody answered for a week" : "",
                ContactId.of("alice"), at.minusSeconds(3600), at, at,
                team.isEmpty() ? Optional.empty() : Optional.of(TeamId.of(team)),
                agent.isEmpty() ? Optional.empty() : Optional.of(AgentId.of(agent)), CategoryId.of(category));
    }

    private static RatingInvitation invitation(String hash, int ticket) {
        return new RatingInvitation(hash, TicketId.of("t-" + ticket), at(10), at(11), at(11).plus(Duration.ofDays(14)));
    }

    @Test
    public void aSavedRatingIsFoundEqualToWhatWasSaved() {
        Rating complaint = new Rating(TicketId.of("t-1"), Score.UNHAPPY, "Nobody called back — très déçu.\nTwice!",
                ContactId.of("alice"), at(5), at(10), at(70), Optional.of(TeamId.of("billing")),
                Optional.of(AgentId.of("ann")), CategoryId.of("billing"));
        Rating bare = rating(2, Score.HAPPY, at(20), "", "", "other");
        save(complaint);
        save(bare);
        assertThat(ratings().find(complaint.ticket())).as(adapter("finds the rating as saved, comment and all"))
                .contains(complaint);
        assertThat(ratings().find(bare.ticket())).as(adapter("finds a rating with no team, agent or comment"))
                .contains(bare);
        assertThat(ratings().find(TicketId.of("t-3"))).as(adapter("finds no rating of an unrated ticket")).isEmpty();
    }

    @Test
    public void savingAgainReplacesTheTicketsRating() {
        save(rating(1, Score.NEUTRAL, at(10), "billing", "ann", "billing"));
        Rating changed = new Rating(TicketId.of("t-1"), Score.HAPPY, "Sorted in the end", ContactId.of("bob"), at(9),
                at(10), at(30), Optional.empty(), Optional.of(AgentId.of("bea")), CategoryId.of("other"));
        save(changed);
        assertThat(ratings().find(changed.ticket())).as(adapter("keeps the replacing rating")).contains(changed);
        assertThat(ratings().satisfaction(SatisfactionDimension.CATEGORY, at(0), at(100)))
                .as(adapter("counts a replaced rating once, as it is now"))
                .containsExactly(SatisfactionRow.of(Optional.of("other"), 0, 0, 1));
    }

    @Test
    public void aRolledBackRatingIsNotKept() {
        assertThatThrownBy(() -> inTransaction(() -> {
            ratings().save(rating(1, Score.HAPPY, at(10), "billing", "ann", "billing"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(ratings().find(TicketId.of("t-1"))).as(adapter("keeps no rating of a rolled-back unit")).isEmpty();
    }

    @Test
    public void aSavedInvitationIsFoundByItsHash() {
        RatingInvitation invitation = invitation(HASH_A, 1);
        inTransaction(() -> ratings().saveInvitation(invitation));
        assertThat(ratings().findInvitation(HASH_A)).as(adapter("finds the invitation by its token hash"))
                .contains(invitation);
        assertThat(ratings().findInvitation(HASH_B)).as(adapter("finds nothing for another hash")).isEmpty();
    }

    @Test
    public void anInvitationIsConsumedOnce() {
        inTransaction(() -> ratings().saveInvitation(invitation(HASH_A, 1)));
        inTransaction(() -> ratings().saveInvitation(invitation(HASH_B, 1)));
        assertThat(storage().transactor().inTransaction(() -> ratings().consumeInvitation(HASH_A)))
                .as(adapter("consumes a stored invitation")).isTrue();
        assertThat(storage().transactor().inTransaction(() -> ratings().consumeInvitation(HASH_A)))
                .as(adapter("does not consume an invitation twice")).isFalse();
        assertThat(ratings().findInvitation(HASH_A)).as(adapter("forgets a consumed invitation")).isEmpty();
        assertThat(ratings().findInvitation(HASH_B)).as(adapter("keeps the ticket's other invitation")).isPresent();
        assertThat(ratings().consumeInvitation("f".repeat(64))).as(adapter("consumes no unknown invitation"))
                .isFalse();
    }

    @Test
    public void aRolledBackConsumptionLeavesTheInvitation() {
        inTransaction(() -> ratings().saveInvitation(invitation(HASH_A, 1)));
        assertThatThrownBy(() -> inTransaction(() -> {
            ratings().consumeInvitation(HASH_A);
            throw new IllegalStateException("the rating was refused");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(ratings().findInvitation(HASH_A)).as(adapter("keeps an invitation whose consumption rolled back"))
                .isPresent();
    }

    @Test
    public void concurrentConsumersConsumeAnInvitationExactlyOnce() throws Exception {
        inTransaction(() -> ratings().saveInvitation(invitation(HASH_A, 1)));
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Boolean> consume = () -> {
                    start.await();
                    return storage().transactor().inTransaction(() -> ratings().consumeInvitation(HASH_A));
                };
                results.add(pool.submit(consume));
            }
            start.countDown();
            int consumed = 0;
            for (Future<Boolean> result : results) {
                if (result.get(30, TimeUnit.SECONDS)) {
                    consumed++;
                }
            }
            assertThat(consumed).as(adapter("lets exactly one of concurrent consumers have the invitation"))
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void satisfactionCountsEachScorePerKeyOrderedWithTheEmptyKeyLast() {
        save(rating(1, Score.HAPPY, at(10), "billing", "ann", "billing"));
        save(rating(2, Score.UNHAPPY, at(11), "billing", "bea", "billing"));
        save(rating(3, Score.HAPPY, at(12), "web", "ann", "website-updates"));
        save(rating(4, Score.NEUTRAL, at(13), "", "", "other"));
        save(rating(5, Score.HAPPY, at(14), "billing", "", "billing"));
        Instant from = at(0);
        Instant to = at(100);
        assertThat(ratings().satisfaction(SatisfactionDimension.TEAM, from, to)).as(adapter("counts per team"))
                .containsExactly(SatisfactionRow.of(Optional.of("billing"), 1, 0, 2),
                        SatisfactionRow.of(Optional.of("web"), 0, 0, 1),
                        SatisfactionRow.of(Optional.empty(), 0, 1, 0));
        assertThat(ratings().satisfaction(SatisfactionDimension.AGENT, from, to)).as(adapter("counts per agent"))
                .containsExactly(SatisfactionRow.of(Optional.of("ann"), 0, 0, 2),
                        SatisfactionRow.of(Optional.of("bea"), 1, 0, 0),
                        SatisfactionRow.of(Optional.empty(), 0, 1, 1));
        assertThat(ratings().satisfaction(SatisfactionDimension.CATEGORY, from, to))
                .as(adapter("counts per category"))
                .containsExactly(SatisfactionRow.of(Optional.of("billing"), 1, 0, 2),
                        SatisfactionRow.of(Optional.of("other"), 0, 1, 0),
                        SatisfactionRow.of(Optional.of("website-updates"), 0, 0, 1));
    }

    @Test
    public void satisfactionCountsPerMonthInUtc() {
        save(rating(1, Score.HAPPY, Instant.parse("2026-01-31T23:59:59.999Z"), "billing", "ann", "billing"));
        save(rating(2, Score.UNHAPPY, Instant.parse("2026-02-01T00:00:00Z"), "billing", "ann", "billing"));
        save(rating(3, Score.NEUTRAL, Instant.parse("2026-02-28T12:00:00Z"), "billing", "ann", "billing"));
        save(rating(4, Score.HAPPY, Instant.parse("2025-12-15T12:00:00Z"), "billing", "ann", "billing"));
        assertThat(ratings().satisfaction(SatisfactionDimension.MONTH, Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"))).as(adapter("counts per calendar month in UTC, oldest first"))
                .containsExactly(SatisfactionRow.of(Optional.of("2025-12"), 0, 0, 1),
                        SatisfactionRow.of(Optional.of("2026-01"), 0, 0, 1),
                        SatisfactionRow.of(Optional.of("2026-02"), 1, 1, 0));
    }

    @Test
    public void satisfactionCountsOnlyRatingsInTheHalfOpenPeriod() {
        save(rating(1, Score.HAPPY, at(9), "billing", "ann", "billing"));
        save(rating(2, Score.HAPPY, at(10), "billing", "ann", "billing"));
        save(rating(3, Score.UNHAPPY, at(19), "billing", "ann", "billing"));
        save(rating(4, Score.NEUTRAL, at(20), "billing", "ann", "billing"));
        assertThat(ratings().satisfaction(SatisfactionDimension.TEAM, at(10), at(20)))
                .as(adapter("counts ratings from the start, included, to the end, excluded"))
                .containsExactly(SatisfactionRow.of(Optional.of("billing"), 1, 0, 1));
        assertThat(ratings().satisfaction(SatisfactionDimension.TEAM, at(30), at(40)))
                .as(adapter("has no row for a period without ratings")).isEmpty();
    }

    /**
     * For generated ratings, every dimension's rows add up to the ratings of the period, score by score. Examples
     * share this test's storage (a fresh database per example is slow on a server): each example writes its own
     * tickets in its own stretch of time, far from the others'.
     */
    @Test
    public void satisfactionRowsAddUpToTheRatingsOfThePeriod() {
        String[] teams = {"", "billing", "web"};
        String[] agents = {"", "ann", "bea", "carl"};
        String[] categories = {"billing", "other"};
        AtomicInteger examples = new AtomicInteger();
        qt().withExamples(25).withShrinkCycles(100)
                .forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 25), integers().between(0, 50))
                .checkAssert((seeds, windowStart) -> {
                    int example = examples.incrementAndGet();
                    Instant base = at(example * 1_000_000L);
                    Instant from = base.plus(Duration.ofMinutes(windowStart * 1000L));
                    Instant to = from.plus(Duration.ofDays(40));
                    Map<Score, Long> expected = new HashMap<>();
                    inTransaction(() -> {
                        for (int i = 0; i < seeds.size(); i++) {
                            int seed = seeds.get(i);
                            Score score = Score.values()[seed % 3];
                            Instant ratedAt = base.plus(Duration.ofMinutes(seed * 10L));
                            ratings().save(rating(example * 100 + i, score, ratedAt, teams[seed % teams.length],
                                    agents[seed % agents.length], categories[seed % categories.length]));
                            if (!ratedAt.isBefore(from) && ratedAt.isBefore(to)) {
                                expected.merge(score, 1L, Long::sum);
                            }
                        }
                    });
                    for (SatisfactionDimension dimension : SatisfactionDimension.values()) {
                        List<SatisfactionRow> rows = ratings().satisfaction(dimension, from, to);
                        assertThat(rows.stream().mapToLong(SatisfactionRow::unhappy).sum())
                                .as(adapter("counts every unhappy rating of the period once by " + dimension))
                                .isEqualTo(expected.getOrDefault(Score.UNHAPPY, 0L));
                        assertThat(rows.stream().mapToLong(SatisfactionRow::neutral).sum())
                                .as(adapter("counts every neutral rating of the period once by " + dimension))
                                .isEqualTo(expected.getOrDefault(Score.NEUTRAL, 0L));
                        assertThat(rows.stream().mapToLong(SatisfactionRow::happy).sum())
                                .as(adapter("counts every happy rating of the period once by " + dimension))
                                .isEqualTo(expected.getOrDefault(Score.HAPPY, 0L));
                        assertThat(rows).extracting(SatisfactionRow::key)
                                .as(adapter("gives each key one row by " + dimension)).doesNotHaveDuplicates();
                    }
                });
    }
}
