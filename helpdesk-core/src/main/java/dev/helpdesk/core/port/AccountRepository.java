package dev.helpdesk.core.port;

/** Portal accounts of contacts: password hash, sign-in failures, preferences. */
public interface AccountRepository {
}
