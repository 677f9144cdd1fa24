package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.secret.SecretShareId;
import dev.helpdesk.core.domain.staff.AgentId;
import java.time.Instant;
import java.util.Objects;

/** One line of a secret's audit trail: which agent revealed it, when. */
public record SecretRevealView(SecretShareId share, AgentId agent, Instant at) {
    public SecretRevealView {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(at, "at");
    }
}
