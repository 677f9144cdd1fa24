package dev.helpdesk.core.domain.ticket;

/** A public reply reaches the customer; an internal note is for agents only and never in a customer view. */
public enum MessageVisibility {
    PUBLIC,
    INTERNAL
}
