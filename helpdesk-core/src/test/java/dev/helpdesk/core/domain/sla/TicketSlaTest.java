package dev.helpdesk.core.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.domain.calendar.BusinessCalendar;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.fixture.Calendars;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The clock of one ticket on Monday–Friday 09:00–18:00 UTC; 2 March 2026 is a Monday. */
class TicketSlaTest {
    private static final BusinessCalendar OFFICE = Calendars.officeWeek();
    private static final SlaTargets ONE_DAY_FIVE_DAYS = new SlaTargets(Duration.ofHours(9), Duration.ofHours(45));
    private static final TicketId TICKET = TicketId.of("t-1");

    @Test
    void aNewTicketIsDueOneBusinessDayLater() {
        TicketSla sla = TicketSla.start(TICKET, ONE_DAY_FIVE_DAYS, SlaPhase.RUNNING, at("2026-03-02T10:00"), OFFICE);

        assertThat(sla.firstResponse().due()).contains(at("2026-03-03T10:00"));
        assertThat(sla.resolution().due()).contains(at("2026-03-09T10:00"));
        assertThat(sla.phase()).isEqualTo(SlaPhase.RUNNING);
    }

    @Test
    void waitingOnTheCustomerPausesAndResumingPushesTheDueTimeByThePausedBusinessTime() {
        TicketSla sla = TicketSla.start(TICKET, ONE_DAY_FIVE_DAYS, SlaPhase.RUNNING, at("2026-03-02T09:00"), OFFICE);

        TicketSla paused = sla.enter(SlaPhase.PAUSED, at("2026-03-02T12:00"), OFFICE);
        assertThat(paused.pausedSince()).contains(at("2026-03-02T12:00"));
        assertThat(paused.firstResponse().due()).as("a paused clock is not due").isEmpty();
        assertThat(paused.firstResponse().used()).isEqualTo(Duration.ofHours(3));

        TicketSla resumed = paused.enter(SlaPhase.RUNNING, at("2026-03-03T10:00"), OFFICE);
        // paused for Monday 12–18 and Tuesday 9–10: seven business hours after Monday 18:00
        assertThat(resumed.firstResponse().due()).contains(at("2026-03-03T16:00"));
        assertThat(resumed.pausedSince()).isEmpty();
        assertThat(resumed.resolution().usedAt(at("2026-03-03T11:00"), OFFICE)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aTargetMissedBeforeThePauseStaysMissed() {
        TicketSla sla = TicketSla.start(TICKET, ONE_DAY_FIVE_DAYS, SlaPhase.RUNNING, at("2026-03-02T09:00"), OFFICE);

        TicketSla paused = sla.enter(SlaPhase.PAUSED, at("2026-03-03T12:00"), OFFICE);

        assertThat(paused.firstResponse().due()).contains(at("2026-03-02T18:00"));
        assertThat(paused.firstResponse().isBreached(at("2026-03-03T12:00"))).isTrue();
        assertThat(paused.enter(SlaPhase.RUNNING, at("2026-03-04T09:00"), OFFICE).firstResponse().due())
                .contains(at("2026-03-02T18:00"));
    }

    @Test
    void theFirstAgentReplyMeetsFirstResponseAndResolvingMeetsResolution() {
        TicketSla sla = TicketSla.start(TICKET, ONE_DAY_FIVE_DAYS, SlaPhase.RUNNING, at("2026-03-02T09:00"), OFFICE)
                .firstResponded(at("2026-03-02T11:00"), OFFICE);

        assertThat(sla.firstResponse().metAt()).contains(at("2026-03-02T11:00"));
        assertThat(sla.firstResponse().isBreached(at("2026-03-10T09:00"))).isFalse();
        assertThat(sla.firstResponded(at("2026-03-02T15:00"), OFFICE).firstResponse().metAt())
                .as("only the first reply counts").contains(at("2026-03-02T11:00"));

        TicketSla done = sla.enter(SlaPhase.DONE, at("2026-03-04T09:00"), OFFICE);
        assertThat(done.phase()).isEqualTo(SlaPhase.DONE);
        assertThat(done.resolution().metAt()).contains(at("2026-03-04T09:00"));
        assertThat(done.resolution().used()).isEqualTo(Duration.ofHours(18));
    }

    @Test
    void reopeningResumesResolutionWithTheTimeAlreadyUsed() {
        TicketSla done = TicketSla.start(TICKET, ONE_DAY_FIVE_DAYS, SlaPhase.RUNNING, at("2026-03-02T09:00"), OFFICE)
                .enter(SlaPhase.DONE, at("2026-03-02T12:00"), OFFICE);

        TicketSla reopened = done.enter(SlaPhase.RUNNING, at("2026-03-05T09:00"), OFFICE);

        assertThat(reopened.resolution().metAt()).isEmpty();
        // 3 hours used of 45: 42 more from Thursday 09:00 end Wednesday 15:00
        assertThat(reopened.resolution().due()).contains(at("2026-03-11T15:00"));
        assertThat(reopened.firstResponse().due()).as("an unanswered first response runs again, 3 hours used")
                .contains(at("2026-03-05T15:00"));
    }

    @Test
    void aNewPriorityKeepsTheTimeUsedAndChangesTheTarget() {
        TicketSla sla = TicketSla.start(TICKET, ONE_DAY_FIVE_DAYS, SlaPhase.RUNNING, at("2026-03-02T09:00"), OFFICE);

        TicketSla urgent = sla.retarget(new SlaTargets(Duration.ofHours(2), Duration.ofHours(9)), at("2026-03-02T10:00"),
                OFFICE);
        assertThat(urgent.firstResponse().due()).contains(at("2026-03-02T11:00"));
        assertThat(urgent.resolution().due()).contains(at("2026-03-02T18:00"));

        TicketSla overdue = sla.retarget(new SlaTargets(Duration.ofHours(1), Duration.ofHours(9)), at("2026-03-02T13:00"),
                OFFICE);
        assertThat(overdue.firstResponse().due()).as("a target already used up is due now").contains(at("2026-03-02T13:00"));
    }

    @Test
    void aTicketThatOpensWaitingOnTheCustomerStartsPaused() {
        TicketSla sla = TicketSla.start(TICKET, ONE_DAY_FIVE_DAYS, SlaPhase.PAUSED, at("2026-03-02T09:00"), OFFICE);

        assertThat(sla.phase()).isEqualTo(SlaPhase.PAUSED);
        assertThat(sla.firstResponse().due()).isEmpty();
    }

    @Test
    void theClosestPolicyWins() {
        CategoryId billing = CategoryId.of("billing");
        SlaPolicy fallback = SlaPolicy.fallback(BusinessTime.days(1), BusinessTime.days(5));
        SlaPolicy high = SlaPolicy.forPriority("high", BusinessTime.hours(4), BusinessTime.days(2));
        SlaPolicy billingAny = SlaPolicy.fallback(BusinessTime.hours(8), BusinessTime.days(3)).inCategory(billing);
        ServiceLevels levels = ServiceLevels.defaults().withPolicies(List.of(fallback, high, billingAny));

        assertThat(levels.policyFor(Optional.of("low"), CategoryId.of("other"), Optional.empty())).contains(fallback);
        assertThat(levels.policyFor(Optional.of("high"), CategoryId.of("other"), Optional.empty())).contains(high);
        assertThat(levels.policyFor(Optional.of("high"), billing, Optional.empty())).contains(billingAny);
        assertThat(levels.withPolicies(List.of(high)).policyFor(Optional.empty(), billing, Optional.empty())).isEmpty();
    }

    @Test
    void aBusinessDayIsTheConfiguredLengthOfWorkingTime() {
        assertThat(BusinessTime.days(2).toDuration(Duration.ofHours(9))).isEqualTo(Duration.ofHours(18));
        assertThat(BusinessTime.hours(3).toDuration(Duration.ofHours(9))).isEqualTo(Duration.ofHours(3));
        assertThatThrownBy(() -> BusinessTime.days(0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("target");
        assertThatThrownBy(() -> ServiceLevels.defaults().withBusinessDay(Duration.ofHours(25)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPolicyNamingAnUnknownPriorityIsRefusedAtWiring() {
        ServiceLevels typo = ServiceLevels.defaults().withPolicies(List.of(
                SlaPolicy.forPriority("urgnet", BusinessTime.hours(1), BusinessTime.days(1))));

        assertThatThrownBy(() -> typo.checkAgainst(dev.helpdesk.core.domain.ticket.TicketSchema.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("urgnet");
    }

    private static Instant at(String utc) {
        return Instant.parse(utc + ":00Z");
    }
}
