package dev.helpdesk.core.contract;

import static dev.helpdesk.core.fixture.Tickets.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.Assignment;
import dev.helpdesk.core.domain.ticket.MessageId;
import dev.helpdesk.core.domain.ticket.MessageVisibility;
import dev.helpdesk.core.domain.ticket.TicketEvents;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.domain.ticket.TicketNumber;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.OutboxEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Outbox}: events appended in a unit of work come back equal (adapters serialize them), pending in append
 * order with increasing ids, at most {@code limit}; acknowledge removes one entry; a rolled-back append leaves nothing.
 */
public abstract class OutboxContract extends PortContract {

    private Outbox outbox() {
        return storage().outbox();
    }

    private void append(DomainEvent... events) {
        inTransaction(() -> {
            for (DomainEvent event : events) {
                outbox().append(event);
            }
        });
    }

    /** One event of each kind tickets raise, every component filled. */
    static List<DomainEvent> oneOfEachTicketEvent() {
        TicketId ticket = TicketId.of("t-42");
        return List.of(
                new TicketEvents.TicketOpened(ticket, new TicketNumber(42), ContactId.of("alice"), at(0)),
                new TicketEvents.MessageAdded(ticket, MessageId.of("t-42-m2"), MessageVisibility.PUBLIC, true, at(1)),
                new TicketEvents.MessageAdded(ticket, MessageId.of("t-42-m3"), MessageVisibility.INTERNAL, true, at(2)),
                new TicketEvents.MessageAdded(ticket, MessageId.of("t-42-m4"), MessageVisibility.PUBLIC, false, at(3)),
                new TicketEvents.StatusChanged(ticket, "opened", "in_progress", at(4)),
                new TicketEvents.TicketAssigned(ticket, new Assignment(Optional.of(TeamId.of("first-line")),
                        Optional.of(AgentId.of("ann"))), at(5)),
                new TicketEvents.TicketAssigned(ticket, Assignment.team(TeamId.of("second-line")), at(6)),
                new TicketEvents.TicketAssigned(ticket, Assignment.NOBODY, at(7)),
                new TicketEvents.FieldsChanged(ticket, Set.of(FieldRef.PRIORITY, FieldRef.custom("serial")), at(8)),
                new TicketEvents.FieldsChanged(ticket, Set.of(), at(9)),
                new TicketEvents.TicketResolved(ticket, at(10)));
    }

    private static DomainEvent opened(long number) {
        return new TicketEvents.TicketOpened(TicketId.of("t-" + number), new TicketNumber(number),
                ContactId.of("alice"), at(number));
    }

    @Test
    public void appendedEventsArePendingInAppendOrderAndComeBackEqual() {
        List<DomainEvent> events = oneOfEachTicketEvent();
        append(events.toArray(DomainEvent[]::new));
        List<OutboxEntry> pending = outbox().pending(100);
        assertThat(pending).extracting(OutboxEntry::event)
                .as(adapter("gives back every appended event, equal, in append order"))
                .containsExactlyElementsOf(events);
        assertThat(pending).extracting(OutboxEntry::id).as(adapter("numbers entries with increasing ids"))
                .isSorted().doesNotHaveDuplicates();
    }

    @Test
    public void appendsFromSuccessiveUnitsKeepTheirOrder() {
        append(opened(1));
        append(opened(2), opened(3));
        append(opened(4));
        assertThat(outbox().pending(10)).extracting(OutboxEntry::event)
                .as(adapter("keeps append order across units of work"))
                .containsExactly(opened(1), opened(2), opened(3), opened(4));
    }

    @Test
    public void pendingOfAnEmptyOutboxIsEmpty() {
        assertThat(outbox().pending(10)).as(adapter("has nothing pending in an empty storage")).isEmpty();
    }

    @Test
    public void pendingGivesAtMostLimitOldestFirst() {
        for (int i = 1; i <= 5; i++) {
            append(opened(i));
        }
        assertThat(outbox().pending(3)).extracting(OutboxEntry::event).as(adapter("gives the oldest three"))
                .containsExactly(opened(1), opened(2), opened(3));
        assertThat(outbox().pending(1)).extracting(OutboxEntry::event).as(adapter("gives the oldest one"))
                .containsExactly(opened(1));
        assertThat(outbox().pending(5)).as(adapter("gives all five when asked for five")).hasSize(5);
        assertThat(outbox().pending(50)).as(adapter("gives all five when asked for more")).hasSize(5);
    }

    @Test
    public void pendingDoesNotConsume() {
        append(opened(1));
        List<OutboxEntry> first = outbox().pending(10);
        assertThat(outbox().pending(10)).as(adapter("gives the same entries until they are acknowledged"))
                .isEqualTo(first);
    }

    @Test
    public void acknowledgeRemovesOnlyThatEntry() {
        append(opened(1), opened(2), opened(3));
        List<OutboxEntry> pending = outbox().pending(10);
        inTransaction(() -> outbox().acknowledge(pending.get(1).id()));
        assertThat(outbox().pending(10)).as(adapter("drops only the acknowledged entry"))
                .containsExactly(pending.get(0), pending.get(2));
        inTransaction(() -> outbox().acknowledge(pending.get(0).id()));
        assertThat(outbox().pending(10)).as(adapter("drops each acknowledged entry"))
                .containsExactly(pending.get(2));
    }

    @Test
    public void acknowledgingAnUnknownIdIsIgnored() {
        append(opened(1));
        List<OutboxEntry> pending = outbox().pending(10);
        long unknown = pending.get(0).id() + 1000;
        inTransaction(() -> outbox().acknowledge(unknown));
        inTransaction(() -> outbox().acknowledge(-1));
        assertThat(outbox().pending(10)).as(adapter("ignores unknown ids")).isEqualTo(pending);
        inTransaction(() -> outbox().acknowledge(pending.get(0).id()));
        inTransaction(() -> outbox().acknowledge(pending.get(0).id()));
        assertThat(outbox().pending(10)).as(adapter("ignores a second acknowledgement of the same id")).isEmpty();
    }

    @Test
    public void idsKeepIncreasingAfterAcknowledgements() {
        append(opened(1), opened(2));
        List<OutboxEntry> before = outbox().pending(10);
        inTransaction(() -> before.forEach(entry -> outbox().acknowledge(entry.id())));
        append(opened(3));
        List<OutboxEntry> after = outbox().pending(10);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).id()).as(adapter("never reuses the id of an acknowledged entry"))
                .isGreaterThan(before.get(1).id());
    }

    @Test
    public void aRolledBackAppendLeavesNothing() {
        append(opened(1));
        List<OutboxEntry> committed = outbox().pending(10);
        assertThatThrownBy(() -> storage().transactor().run(() -> {
            outbox().append(opened(2));
            outbox().append(opened(3));
            throw new TransactorContract.Boom();
        })).isInstanceOf(TransactorContract.Boom.class);
        assertThat(outbox().pending(10)).as(adapter("keeps no event of a rolled-back unit")).isEqualTo(committed);
        append(opened(4));
        List<DomainEvent> events = new ArrayList<>();
        outbox().pending(10).forEach(entry -> events.add(entry.event()));
        assertThat(events).as(adapter("appends normally after a rollback")).containsExactly(opened(1), opened(4));
    }
}
