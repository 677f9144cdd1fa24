package dev.helpdesk.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.sla.ServiceLevels;
import dev.helpdesk.core.domain.sla.SlaBreached;
import dev.helpdesk.core.domain.sla.SlaPhase;
import dev.helpdesk.core.domain.sla.SlaTarget;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.AgentRole;
import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.NotFoundException;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * SLA clocks through the public API: the defaults (Monday–Friday 09:00–18:00 UTC, first response in one business
 * day, resolution in five, critical in 2 hours and one day). 2 March 2026 is a Monday.
 */
class SlaServiceTest {
    private static final CategoryId OTHER = CategoryId.of("other");       // technical support
    private static final CategoryId BILLING = CategoryId.of("billing");   // billing

    private final AtomicReference<Instant> now = new AtomicReference<>(at("2026-03-02T10:00"));
    private final InMemoryStorage storage = new InMemoryStorage(now::get);
    private final Helpdesk helpdesk = Helpdesk.builder().storage(storage).clock(now::get)
            .serviceLevels(ServiceLevels.defaults()).build();

    private final Caller anna = Caller.contact(ContactId.of("anna"));
    private final Caller tess = Caller.agent(AgentId.of("tess"));   // technical support
    private final Caller bill = Caller.agent(AgentId.of("bill"));   // billing

    SlaServiceTest() {
        var directory = helpdesk.directory();
        directory.save(Organization.of("acme", "Acme", SharingMode.MEMBERS_VIEW));
        directory.save(new Contact(ContactId.of("anna"), "Anna", "Tester", EmailAddress.of("anna@acme.test"), Set.of(),
                List.of(Membership.primaryUser(OrganizationId.of("acme")))));
        for (String team : List.of("technical-support", "billing")) {
            directory.save(new Team(TeamId.of(team), team));
        }
        directory.save(new Agent(AgentId.of("tess"), "Tess Tech", EmailAddress.of("tess@support.test"),
                Set.of(TeamId.of("technical-support")), AgentRole.AGENT));
        directory.save(new Agent(AgentId.of("bill"), "Bill Ling", EmailAddress.of("bill@support.test"),
                Set.of(TeamId.of("billing")), AgentRole.AGENT));
    }

    @Test
    void openingATicketStartsItsClockOneBusinessDayForTheFirstResponse() {
        TicketId id = open(OTHER, "VPN drops");

        TicketSlaView sla = sla().ofTicket(tess, id).orElseThrow();

        assertThat(sla.phase()).isEqualTo(SlaPhase.RUNNING);
        assertThat(sla.target(SlaTarget.FIRST_RESPONSE).due()).contains(at("2026-03-03T10:00"));
        assertThat(sla.target(SlaTarget.RESOLUTION).due()).contains(at("2026-03-09T10:00"));
    }

    @Test
    void customersNeverSeeSlaDataAndAgentsOnlyForTicketsTheyMaySee() {
        TicketId id = open(OTHER, "VPN drops");

        assertThatThrownBy(() -> sla().ofTicket(anna, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sla().breached(anna, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sla().ofTicket(bill, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theFirstAgentReplyMeetsFirstResponseAndWaitingOnTheCustomerPausesTheClock() {
        TicketId id = open(OTHER, "VPN drops");
        now.set(at("2026-03-02T11:00"));
        helpdesk.tickets().reply(tess, AddMessage.of(id, "Which client version?"));

        TicketSlaView replied = sla().ofTicket(tess, id).orElseThrow();
        assertThat(replied.target(SlaTarget.FIRST_RESPONSE).metAt()).contains(at("2026-03-02T11:00"));
        assertThat(replied.phase()).as("Replied waits on the customer").isEqualTo(SlaPhase.PAUSED);
        assertThat(replied.target(SlaTarget.RESOLUTION).due()).isEmpty();

        now.set(at("2026-03-03T10:00"));
        helpdesk.tickets().reply(anna, AddMessage.of(id, "Version 4.2"));

        // 1 hour used of 45; 44 more from Tuesday 10:00 end Monday 18:00
        TicketSlaView resumed = sla().ofTicket(tess, id).orElseThrow();
        assertThat(resumed.phase()).isEqualTo(SlaPhase.RUNNING);
        assertThat(resumed.target(SlaTarget.RESOLUTION).due()).contains(at("2026-03-09T18:00"));
        assertThat(resumed.target(SlaTarget.FIRST_RESPONSE).metAt()).contains(at("2026-03-02T11:00"));
    }

    @Test
    void resolvingMeetsResolutionAndACustomerReplyReopensIt() {
        TicketId id = open(OTHER, "VPN drops");
        now.set(at("2026-03-02T12:00"));
        helpdesk.tickets().markResolved(anna, id);

        TicketSlaView resolved = sla().ofTicket(tess, id).orElseThrow();
        assertThat(resolved.phase()).isEqualTo(SlaPhase.DONE);
        assertThat(resolved.target(SlaTarget.RESOLUTION).metAt()).contains(at("2026-03-02T12:00"));

        now.set(at("2026-03-04T09:00"));
        helpdesk.tickets().reply(anna, AddMessage.of(id, "It is back"));

        TicketSlaView reopened = sla().ofTicket(tess, id).orElseThrow();
        assertThat(reopened.phase()).isEqualTo(SlaPhase.RUNNING);
        assertThat(reopened.target(SlaTarget.RESOLUTION).metAt()).isEmpty();
        // 2 hours used: 43 more from Wednesday 09:00 end Tuesday 10 March 16:00
        assertThat(reopened.target(SlaTarget.RESOLUTION).due()).contains(at("2026-03-10T16:00"));
    }

    @Test
    void raisingThePriorityRetargetsTheClock() {
        TicketId id = open(OTHER, "Site down");
        now.set(at("2026-03-02T10:30"));
        long version = helpdesk.tickets().get(tess, id).version();

        helpdesk.tickets().updateFields(tess, id, version,
                FieldInputs.builder().set(FieldRef.PRIORITY, "critical").build());

        TicketSlaView sla = sla().ofTicket(tess, id).orElseThrow();
        assertThat(sla.target(SlaTarget.FIRST_RESPONSE).due()).contains(at("2026-03-02T12:00"));
        assertThat(sla.target(SlaTarget.RESOLUTION).due()).contains(at("2026-03-03T10:00"));
    }

    @Test
    void agentsSeeTheTicketsAboutToBreachThatTheyMaySeeEarliestFirst() {
        TicketId first = open(OTHER, "First");
        now.set(at("2026-03-02T11:00"));
        TicketId billing = open(BILLING, "Invoice");
        now.set(at("2026-03-02T12:00"));
        TicketId second = open(OTHER, "Second");
        now.set(at("2026-03-03T09:00"));

        List<SlaDueView> soon = sla().dueWithin(tess, Duration.ofHours(4), 10);

        assertThat(soon).extracting(SlaDueView::ticket, SlaDueView::target, SlaDueView::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first, SlaTarget.FIRST_RESPONSE, at("2026-03-03T10:00")),
                org.assertj.core.groups.Tuple.tuple(second, SlaTarget.FIRST_RESPONSE, at("2026-03-03T12:00")));
        assertThat(soon).allSatisfy(row -> assertThat(row.breached()).isFalse());
        assertThat(sla().dueWithin(tess, Duration.ofHours(4), 1)).extracting(SlaDueView::ticket).containsExactly(first);
        assertThat(sla().dueWithin(bill, Duration.ofHours(4), 10)).extracting(SlaDueView::ticket).containsExactly(billing);
    }

    @Test
    void breachedTargetsAreListedOnceTheirDueTimeHasPassed() {
        TicketId first = open(OTHER, "First");
        now.set(at("2026-03-02T12:00"));
        TicketId second = open(OTHER, "Second");
        now.set(at("2026-03-03T11:00"));

        List<SlaDueView> breached = sla().breached(tess, 10);

        assertThat(breached).extracting(SlaDueView::ticket).containsExactly(first);
        assertThat(breached.get(0).breached()).isTrue();
        assertThat(breached.get(0).reference()).startsWith("HD-");
        assertThat(sla().breached(bill, 10)).isEmpty();
        assertThat(sla().dueWithin(tess, Duration.ofHours(2), 10)).extracting(SlaDueView::ticket).containsExactly(second);
    }

    @Test
    void limitsAndWindowsOutOfRangeAreRefusedNamingTheField() {
        assertThatThrownBy(() -> sla().breached(tess, 0)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("limit", "range")));
        assertThatThrownBy(() -> sla().dueWithin(tess, Duration.ZERO, 10)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors()).extracting(FieldError::field)
                        .containsExactly("window"));
    }

    @Test
    void eachBreachIsRecordedOnceAsAnEvent() {
        TicketId id = open(OTHER, "First");
        now.set(at("2026-03-03T11:00"));

        assertThat(sla().recordBreaches(now.get())).isEqualTo(1);
        assertThat(sla().recordBreaches(now.get())).as("already recorded").isZero();

        List<SlaBreached> events = storage.outbox().pending(100).stream().map(OutboxEntry::event)
                .filter(SlaBreached.class::isInstance).map(SlaBreached.class::cast).toList();
        assertThat(events).extracting(SlaBreached::ticket, SlaBreached::target, SlaBreached::due)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, SlaTarget.FIRST_RESPONSE, at("2026-03-03T10:00")));
    }

    @Test
    void noPolicyMeansNoClock() {
        Helpdesk without = Helpdesk.builder().storage(storage).clock(now::get)
                .serviceLevels(ServiceLevels.defaults().withPolicies(List.of())).build();
        TicketId id = without.tickets().open(anna, OpenTicket.of(OTHER, "No SLA", "")).id();

        assertThat(without.serviceLevels().ofTicket(tess, id)).isEmpty();
    }

    private TicketId open(CategoryId category, String title) {
        return helpdesk.tickets().open(anna, OpenTicket.of(category, title, "Details")).id();
    }

    private SlaService sla() {
        return helpdesk.serviceLevels();
    }

    private static Instant at(String utc) {
        return Instant.parse(utc + ":00Z");
    }
}
