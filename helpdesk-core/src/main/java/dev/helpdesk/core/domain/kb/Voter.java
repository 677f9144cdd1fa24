package dev.helpdesk.core.domain.kb;

import dev.helpdesk.core.domain.Ids;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.staff.AgentId;
import java.util.Objects;

/** Who voted: a contact or an agent, so that a contact and an agent with the same id stay two people. */
public record Voter(Kind kind, String id) {
    public enum Kind {
        CONTACT,
        AGENT
    }

    public Voter {
        Objects.requireNonNull(kind, "kind");
        Ids.check("voter", id);
    }

    public static Voter contact(ContactId contact) {
        return new Voter(Kind.CONTACT, contact.value());
    }

    public static Voter agent(AgentId agent) {
        return new Voter(Kind.AGENT, agent.value());
    }
}
