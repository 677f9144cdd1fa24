package dev.helpdesk.core.domain.sla;

import dev.helpdesk.core.domain.status.Status;

/** What a ticket's status means for its SLA clocks. */
public enum SlaPhase {
    /** Support owes an answer or a solution: the clocks run. */
    RUNNING,
    /** The status pauses the SLA (waiting on the customer): the clocks stand still. */
    PAUSED,
    /** Solved or closed: resolution is met. */
    DONE;

    public static SlaPhase of(Status status) {
        if (status.kind().isDone()) {
            return DONE;
        }
        return status.pausesSla() ? PAUSED : RUNNING;
    }
}
