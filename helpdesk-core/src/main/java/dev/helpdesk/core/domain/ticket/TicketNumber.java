package dev.helpdesk.core.domain.ticket;

/**
 * The short number people quote ("HD-1042"): unique and increasing, handed out by storage. It is never an
 * access key: URLs carry the {@link TicketId}.
 */
public record TicketNumber(long value) implements Comparable<TicketNumber> {
    public TicketNumber {
        if (value < 1) {
            throw new IllegalArgumentException("ticket numbers start at 1: " + value);
        }
    }

    public String reference(String prefix) {
        return prefix + "-" + value;
    }

    @Override
    public int compareTo(TicketNumber other) {
        return Long.compare(value, other.value);
    }
}
