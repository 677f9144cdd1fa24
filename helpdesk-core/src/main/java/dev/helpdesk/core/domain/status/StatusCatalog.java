package dev.helpdesk.core.domain.status;

import dev.helpdesk.core.error.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The configurable statuses and the automatic moves between them.
 *
 * @param initial         the status of a new ticket
 * @param onCustomerReply where a customer's reply moves a ticket (seed 004: Opened)
 * @param onAgentReply    where an agent's public reply moves a ticket (seed 004: Replied)
 * @param onResolve       where "Mark as resolved" moves a ticket; of kind SOLVED or CLOSED
 */
public record StatusCatalog(List<Status> statuses, String initial, String onCustomerReply, String onAgentReply,
                            String onResolve, ClosedTicketReplyPolicy closedReplyPolicy) {
    public StatusCatalog {
        statuses = List.copyOf(statuses);
        Map<String, Status> byCode = new LinkedHashMap<>();
        for (Status status : statuses) {
            if (byCode.putIfAbsent(status.code(), status) != null) {
                throw new IllegalArgumentException("status " + status.code() + " is defined twice");
            }
        }
        for (String role : List.of(initial, onCustomerReply, onAgentReply, onResolve)) {
            if (!byCode.containsKey(role)) {
                throw new IllegalArgumentException("the catalog has no status " + role);
            }
        }
        if (byCode.get(initial).kind().isDone() || byCode.get(onCustomerReply).kind().isDone()
                || byCode.get(onAgentReply).kind().isDone()) {
            throw new IllegalArgumentException("new tickets and replies must land in a status that is not done");
        }
        if (!byCode.get(onResolve).kind().isDone()) {
            throw new IllegalArgumentException("the resolve status " + onResolve + " must be of kind SOLVED or CLOSED");
        }
        Objects.requireNonNull(closedReplyPolicy, "closedReplyPolicy");
    }

    /** The seven statuses of seed 004, with its automatic moves; a reply to a closed ticket reopens it. */
    public static StatusCatalog defaults() {
        return new StatusCatalog(List.of(
                Status.of("opened", "Opened", StatusKind.OPEN),
                Status.of("replied", "Replied", StatusKind.WAITING_ON_CUSTOMER),
                Status.of("in_progress", "In progress", StatusKind.WAITING_ON_SUPPORT),
                Status.of("validation", "Validation", StatusKind.WAITING_ON_SUPPORT),
                Status.of("install_request", "Install request", StatusKind.WAITING_ON_SUPPORT),
                Status.of("to_do", "To do", StatusKind.WAITING_ON_SUPPORT),
                Status.of("closed", "Closed", StatusKind.CLOSED)),
                "opened", "opened", "replied", "closed", ClosedTicketReplyPolicy.REOPEN);
    }

    public StatusCatalog withClosedReplyPolicy(ClosedTicketReplyPolicy policy) {
        return new StatusCatalog(statuses, initial, onCustomerReply, onAgentReply, onResolve, policy);
    }

    /** Replaces one status by code, keeping its place (to relabel it for customers, say). */
    public StatusCatalog with(Status replacement) {
        List<Status> updated = statuses.stream()
                .map(s -> s.code().equals(replacement.code()) ? replacement : s)
                .toList();
        return new StatusCatalog(updated, initial, onCustomerReply, onAgentReply, onResolve, closedReplyPolicy);
    }

    public Optional<Status> find(String code) {
        return statuses.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The status with this code, or an error naming the field and the codes that exist. */
    public Status require(String code) {
        return find(code).orElseThrow(() -> InvalidInputException.of("status", "not_an_option",
                "'" + code + "' is not a status; use one of " + codes()));
    }

    public List<String> codes() {
        return statuses.stream().map(Status::code).toList();
    }
}
