package dev.helpdesk.core.domain.status;

/** What a customer's reply to a closed ticket does. Solved (not closed) tickets always reopen. */
public enum ClosedTicketReplyPolicy {
    /** The reply is added and the ticket moves back to the customer-reply status. */
    REOPEN,
    /** The reply is refused with a message that asks the customer to open a new ticket (seed 002). */
    REFUSE
}
