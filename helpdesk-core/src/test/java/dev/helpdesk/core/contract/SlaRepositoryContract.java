package dev.helpdesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.helpdesk.core.domain.sla.SlaDue;
import dev.helpdesk.core.domain.sla.SlaTarget;
import dev.helpdesk.core.domain.sla.TargetClock;
import dev.helpdesk.core.domain.sla.TicketSla;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.fixture.Generators;
import dev.helpdesk.core.port.SlaRepository;
import dev.helpdesk.core.port.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SlaRepository} must do: keep each ticket's clock to the millisecond, and answer the breach
 * queries (unmet targets by due time, in pages) without ever listing a met target or a stopped clock.
 */
public abstract class SlaRepositoryContract extends PortContract {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    public void aSavedClockIsFoundAsItWasToTheMillisecond() {
        TicketSla sla = new TicketSla(TicketId.of("t-1"), Optional.of(T0.plusMillis(1234)),
                new TargetClock(Duration.ofHours(9), Duration.ofMinutes(75), Optional.empty(),
                        Optional.of(T0.plusSeconds(60)), Optional.of(T0.plusSeconds(30)), true),
                new TargetClock(Duration.ofHours(45), Duration.ofMillis(1), Optional.empty(), Optional.empty(),
                        Optional.empty(), false));

        inTransaction(() -> slas().save(sla));

        assertThat(slas().find(TicketId.of("t-1"))).as(adapter("returns the clock it saved")).contains(sla);
        assertThat(slas().find(TicketId.of("t-2"))).as(adapter("finds no clock for another ticket")).isEmpty();
    }

    @Test
    public void savingAgainReplacesTheClock() {
        TicketSla first = running("t-1", T0.plusSeconds(3600), T0.plusSeconds(7200));
        TicketSla second = new TicketSla(first.ticket(), Optional.empty(),
                first.firstResponse().meet(T0.plusSeconds(600), dev.helpdesk.core.fixture.Calendars.officeWeek()),
                first.resolution());

        inTransaction(() -> slas().save(first));
        inTransaction(() -> slas().save(second));

        assertThat(slas().find(first.ticket())).as(adapter("keeps the last clock saved")).contains(second);
    }

    @Test
    public void aRolledBackSaveLeavesNothing() {
        assertThatThrownBy(() -> storage().transactor().run(() -> {
            slas().save(running("t-1", T0, T0));
            throw new IllegalStateException("rolled back on purpose");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(slas().find(TicketId.of("t-1"))).as(adapter("forgets a clock saved by a rolled-back unit")).isEmpty();
    }

    @Test
    public void unmetTargetsAreListedByDueTimeWithinTheRange() {
        inTransaction(() -> {
            slas().save(running("b", T0.plusSeconds(300), T0.plusSeconds(900)));
            slas().save(running("a", T0.plusSeconds(300), T0.plusSeconds(5000)));
            slas().save(running("c", T0.plusSeconds(100), T0.plusSeconds(99_999)));
        });

        List<SlaDue> due = slas().unmetDue(T0.plusSeconds(100), T0.plusSeconds(5000), Optional.empty(), 10);

        assertThat(due).as(adapter("lists [from, before) by due, ticket id, target")).containsExactly(
                new SlaDue(TicketId.of("c"), SlaTarget.FIRST_RESPONSE, T0.plusSeconds(100)),
                new SlaDue(TicketId.of("a"), SlaTarget.FIRST_RESPONSE, T0.plusSeconds(300)),
                new SlaDue(TicketId.of("b"), SlaTarget.FIRST_RESPONSE, T0.plusSeconds(300)),
                new SlaDue(TicketId.of("b"), SlaTarget.RESOLUTION, T0.plusSeconds(900)));
        assertThat(slas().unmetDue(T0.plusSeconds(100), T0.plusSeconds(5000), Optional.empty(), 2))
                .as(adapter("stops at the limit")).isEqualTo(due.subList(0, 2));
        assertThat(slas().unmetDue(T0.plusSeconds(100), T0.plusSeconds(5000), Optional.of(due.get(1)), 10))
                .as(adapter("continues after the row given")).isEqualTo(due.subList(2, 4));
    }

    @Test
    public void metTargetsAndStoppedClocksAreNeverDue() {
        var calendar = dev.helpdesk.core.fixture.Calendars.officeWeek();
        TicketSla met = running("met", T0.plusSeconds(60), T0.plusSeconds(120));
        inTransaction(() -> {
            slas().save(new TicketSla(met.ticket(), Optional.empty(), met.firstResponse().meet(T0, calendar),
                    met.resolution().meet(T0, calendar)));
            TicketSla paused = running("paused", T0.plusSeconds(3600), T0.plusSeconds(7200));
            slas().save(new TicketSla(paused.ticket(), Optional.of(T0), paused.firstResponse().stop(T0, calendar),
                    paused.resolution().stop(T0, calendar)));
        });

        assertThat(slas().unmetDue(Instant.EPOCH, T0.plusSeconds(86_400), Optional.empty(), 10))
                .as(adapter("lists neither met targets nor paused clocks")).isEmpty();
        assertThat(slas().unrecordedBreaches(T0.plusSeconds(86_400), 10)).as(adapter("reports no breach of them"))
                .isEmpty();
    }

    @Test
    public void eachBreachIsMarkedRecordedOnce() {
        inTransaction(() -> slas().save(running("t-1", T0.plusSeconds(60), T0.plusSeconds(86_400))));
        Instant now = T0.plusSeconds(3600);

        assertThat(slas().unrecordedBreaches(now, 10)).as(adapter("lists the missed target"))
                .containsExactly(new SlaDue(TicketId.of("t-1"), SlaTarget.FIRST_RESPONSE, T0.plusSeconds(60)));
        assertThat(inTransactionGet(() -> slas().markBreachRecorded(TicketId.of("t-1"), SlaTarget.FIRST_RESPONSE)))
                .as(adapter("marks it the first time")).isTrue();
        assertThat(inTransactionGet(() -> slas().markBreachRecorded(TicketId.of("t-1"), SlaTarget.FIRST_RESPONSE)))
                .as(adapter("does not mark it twice")).isFalse();
        assertThat(slas().markBreachRecorded(TicketId.of("nobody"), SlaTarget.RESOLUTION))
                .as(adapter("marks nothing for an unknown ticket")).isFalse();
        assertThat(slas().unrecordedBreaches(now, 10)).as(adapter("no longer lists it")).isEmpty();
        assertThat(slas().find(TicketId.of("t-1")).orElseThrow().firstResponse().breachRecorded())
                .as(adapter("shows the mark on the clock")).isTrue();
        assertThat(slas().unmetDue(Instant.EPOCH, now, Optional.empty(), 10))
                .as(adapter("still lists the recorded breach as unmet")).hasSize(1);
    }

    @Test
    public void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> slas().unmetDue(T0, T0, Optional.empty(), 0)).as(adapter("refuses limit 0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> slas().unrecordedBreaches(T0, 0)).as(adapter("refuses limit 0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void pagingThroughTheDueTargetsListsEachExactlyOnceInOrder() {
        qt().withExamples(15).forAll(Generators.indexed(12, i -> integers().between(0, 5)), integers().between(1, 4))
                .checkAssert((minutes, pageSize) -> withFreshStorage(fresh -> {
                    List<SlaDue> expected = new ArrayList<>();
                    fresh.transactor().run(() -> {
                        for (int i = 0; i < minutes.size(); i++) {
                            Instant due = T0.plusSeconds(60L * minutes.get(i));
                            TicketSla sla = running("t-" + i, due, due.plusSeconds(60L * (i % 3)));
                            fresh.slas().save(sla);
                            expected.add(new SlaDue(sla.ticket(), SlaTarget.FIRST_RESPONSE, due));
                            expected.add(new SlaDue(sla.ticket(), SlaTarget.RESOLUTION, sla.resolution().due().get()));
                        }
                    });
                    expected.sort(SlaDue.ORDER);
                    assertThat(allPages(fresh, pageSize)).as(adapter("pages through every due target once, in order"))
                            .isEqualTo(expected);
                }));
    }

    private static List<SlaDue> allPages(Storage storage, int pageSize) {
        List<SlaDue> all = new ArrayList<>();
        Optional<SlaDue> after = Optional.empty();
        while (true) {
            List<SlaDue> page = storage.slas().unmetDue(Instant.EPOCH, T0.plusSeconds(86_400), after, pageSize);
            all.addAll(page);
            if (page.size() < pageSize) {
                return all;
            }
            after = Optional.of(page.get(page.size() - 1));
        }
    }

    private <T> T inTransactionGet(java.util.function.Supplier<T> work) {
        return storage().transactor().inTransaction(work);
    }

    private SlaRepository slas() {
        return storage().slas();
    }

    /** A running clock, first response due at {@code firstDue}, resolution at {@code resolutionDue}. */
    private static TicketSla running(String ticket, Instant firstDue, Instant resolutionDue) {
        return new TicketSla(TicketId.of(ticket), Optional.empty(),
                new TargetClock(Duration.ofHours(9), Duration.ZERO, Optional.of(T0), Optional.of(firstDue),
                        Optional.empty(), false),
                new TargetClock(Duration.ofHours(45), Duration.ZERO, Optional.of(T0), Optional.of(resolutionDue),
                        Optional.empty(), false));
    }

}
