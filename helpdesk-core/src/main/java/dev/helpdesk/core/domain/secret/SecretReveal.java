package dev.helpdesk.core.domain.secret;

import dev.helpdesk.core.domain.staff.AgentId;
import java.time.Instant;
import java.util.Objects;

/** The audit record of one reveal: which agent read which secret, when. */
public record SecretReveal(SecretShareId share, AgentId agent, Instant at) {
    public SecretReveal {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(at, "at");
    }
}
