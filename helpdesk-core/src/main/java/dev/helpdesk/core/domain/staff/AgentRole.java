package dev.helpdesk.core.domain.staff;

/** What an agent may see: an agent their teams' work, an admin everything. */
public enum AgentRole {
    AGENT,
    ADMIN
}
