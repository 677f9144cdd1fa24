package dev.helpdesk.web.portal.tickets;

import dev.helpdesk.core.domain.status.Status;
import dev.helpdesk.core.domain.status.StatusKind;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import java.util.Locale;
import java.util.Optional;

/**
 * A status's kind, which views do not carry: the badge's colour follows the kind ({@code badge kind-open}), so a
 * host's own statuses get the right colour without new CSS.
 */
final class StatusKinds {
    private StatusKinds() {
    }

    public static Optional<StatusKind> kindOf(TicketSchema schema, String code) {
        return schema.statuses().find(code).map(Status::kind);
    }

    public static String cssClass(TicketSchema schema, String code) {
        return kindOf(schema, code).map(kind -> "kind-" + kind.name().toLowerCase(Locale.ROOT)).orElse("");
    }
}
