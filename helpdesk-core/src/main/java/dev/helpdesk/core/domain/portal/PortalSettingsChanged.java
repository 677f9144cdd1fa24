package dev.helpdesk.core.domain.portal;

import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.staff.AgentId;
import java.time.Instant;
import java.util.Objects;

/** An admin saved the portal settings; {@code version} is the stored version they now have. */
public record PortalSettingsChanged(AgentId by, long version, Instant occurredAt) implements DomainEvent {
    public PortalSettingsChanged {
        Objects.requireNonNull(by, "by");
    }

    @Override
    public String type() {
        return "portal.settings_changed";
    }
}
