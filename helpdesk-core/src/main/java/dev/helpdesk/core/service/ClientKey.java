package dev.helpdesk.core.service;

import java.util.Objects;

/**
 * Who is asking, as far as the caller can tell, for counting attempts per client: the web portal passes the remote
 * address it sees. Opaque to core; at most 200 characters.
 */
public record ClientKey(String value) {
    /** A caller that cannot tell clients apart (a host's own code, a test): all such calls count as one client. */
    public static final ClientKey UNKNOWN = new ClientKey("unknown");

    public ClientKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException("a client key is 1 to 200 characters");
        }
    }

    public static ClientKey of(String value) {
        return new ClientKey(value);
    }
}
