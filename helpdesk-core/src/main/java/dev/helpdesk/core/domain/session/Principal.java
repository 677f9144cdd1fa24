package dev.helpdesk.core.domain.session;

import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.staff.AgentId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a session belongs to: a contact of the customer portal today, an agent of the workspace next.
 *
 * @param kind whose id {@code id} is
 * @param id   the contact's or agent's id
 */
public record Principal(Kind kind, String id) {

    /** The kinds of people who sign in. */
    public enum Kind {
        CONTACT,
        AGENT
    }

    public Principal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a principal's id must not be blank");
        }
    }

    public static Principal contact(ContactId contact) {
        return new Principal(Kind.CONTACT, contact.value());
    }

    public static Principal agent(AgentId agent) {
        return new Principal(Kind.AGENT, agent.value());
    }

    /** The contact, when the principal is one. */
    public Optional<ContactId> contact() {
        return kind == Kind.CONTACT ? Optional.of(ContactId.of(id)) : Optional.empty();
    }
}
