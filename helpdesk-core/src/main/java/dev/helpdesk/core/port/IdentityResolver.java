package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.directory.ContactId;
import java.util.Optional;

/**
 * Lets a host product tell the portal who is signed in, instead of the portal's own sign-in. The web adapter asks
 * it on every request; when it answers, the portal's sign-in pages are not used for that request.
 *
 * <p>The answer must come from the host's own authenticated session (a signed cookie it checks, an attribute its
 * own filter set), never from a value the browser can choose freely.
 */
@FunctionalInterface
public interface IdentityResolver {

    /** The contact the host has signed in for this request, or empty to fall back to the portal's sign-in. */
    Optional<ContactId> resolve(IdentityRequest request);

    /** No host identity: the portal's own sign-in decides. */
    static IdentityResolver none() {
        return request -> Optional.empty();
    }

    /**
     * What a resolver may read of the current request, free of any web framework.
     */
    interface IdentityRequest {
        /** A request header, if present. */
        Optional<String> header(String name);

        /** A cookie's value, if present. */
        Optional<String> cookie(String name);

        /** An attribute the host's own code attached to the request (e.g. in a before-handler), if present. */
        Optional<Object> attribute(String name);
    }
}
