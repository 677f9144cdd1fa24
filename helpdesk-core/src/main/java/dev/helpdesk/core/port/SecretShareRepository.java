package dev.helpdesk.core.port;

/** Secrets customers share on tickets (only ever encrypted) and the record of their reveals. */
public interface SecretShareRepository {
}
