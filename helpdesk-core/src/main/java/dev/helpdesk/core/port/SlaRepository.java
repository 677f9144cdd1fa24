package dev.helpdesk.core.port;

/** The SLA clock of each ticket: due times, pauses and whether targets were met. */
public interface SlaRepository {
}
