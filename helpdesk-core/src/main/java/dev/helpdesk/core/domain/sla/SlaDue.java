package dev.helpdesk.core.domain.sla;

import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/** One unmet target of one ticket and when it is due: a row of the breach queries. */
public record SlaDue(TicketId ticket, SlaTarget target, Instant due) {
    /** The order of the queries: earliest due first, then by ticket id and target code, so pages never overlap. */
    public static final Comparator<SlaDue> ORDER = Comparator.comparing(SlaDue::due)
            .thenComparing(d -> d.ticket().value())
            .thenComparing(d -> d.target().code());

    public SlaDue {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(due, "due");
    }
}
