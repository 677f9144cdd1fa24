package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.staff.AgentId;
import java.util.Objects;

/** Who wrote a message. */
public sealed interface Author {
    static Author customer(ContactId contact) {
        return new Customer(contact);
    }

    static Author agent(AgentId agent) {
        return new Agent(agent);
    }

    record Customer(ContactId contact) implements Author {
        public Customer {
            Objects.requireNonNull(contact, "contact");
        }
    }

    record Agent(AgentId agent) implements Author {
        public Agent {
            Objects.requireNonNull(agent, "agent");
        }
    }
}
