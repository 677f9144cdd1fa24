package dev.helpdesk.core.domain.staff;

import dev.helpdesk.core.domain.Ids;

public record AgentId(String value) {
    public AgentId {
        Ids.check("agentId", value);
    }

    public static AgentId of(String value) {
        return new AgentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
