package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.DomainEvent;
import java.util.List;

/**
 * Domain events, written in the same unit of work as the change that raised them (so a rolled-back change
 * leaves no event), then read and acknowledged by consumers such as the mail adapter.
 */
public interface Outbox {
    void append(DomainEvent event);

    /** The oldest entries not yet acknowledged, in append order, at most {@code limit}. */
    List<OutboxEntry> pending(int limit);

    /** Acknowledges an entry: it is not pending any more. Unknown ids are ignored. */
    void acknowledge(long id);
}
