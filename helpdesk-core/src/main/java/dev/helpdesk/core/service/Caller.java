package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.staff.AgentId;
import java.util.Objects;

/** Who is asking: a customer contact or an agent, as the host or the portal's sign-in established it. */
public sealed interface Caller {
    static Caller contact(ContactId id) {
        return new Contact(id);
    }

    static Caller agent(AgentId id) {
        return new Agent(id);
    }

    record Contact(ContactId id) implements Caller {
        public Contact {
            Objects.requireNonNull(id, "id");
        }
    }

    record Agent(AgentId id) implements Caller {
        public Agent {
            Objects.requireNonNull(id, "id");
        }
    }
}
