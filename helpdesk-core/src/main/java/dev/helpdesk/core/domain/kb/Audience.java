package dev.helpdesk.core.domain.kb;

import dev.helpdesk.core.domain.directory.OrganizationId;
import java.util.Objects;
import java.util.Set;

/**
 * For which organizations a knowledge-base category or section is enabled: every organization (the default), or
 * only those listed (none at all hides it from every contact). Agents see everything whatever the audience.
 *
 * @param everyone      enabled for every organization, and for contacts who belong to none
 * @param organizations when not {@code everyone}, the organizations it is enabled for; empty when {@code everyone}
 */
public record Audience(boolean everyone, Set<OrganizationId> organizations) {
    public static final int MAX_ORGANIZATIONS = 1000;

    public Audience {
        organizations = Set.copyOf(Objects.requireNonNull(organizations, "organizations"));
        if (everyone && !organizations.isEmpty()) {
            throw new IllegalArgumentException("an audience of everyone lists no organizations");
        }
        if (organizations.size() > MAX_ORGANIZATIONS) {
            throw dev.helpdesk.core.error.InvalidInputException.of("organizations", "too_many",
                    "enable content for at most " + MAX_ORGANIZATIONS + " organizations one by one");
        }
    }

    /** Enabled for every organization: the default. */
    public static Audience all() {
        return new Audience(true, Set.of());
    }

    /** Enabled for these organizations only; with none, for nobody. */
    public static Audience only(Set<OrganizationId> organizations) {
        return new Audience(false, organizations);
    }

    public static Audience only(OrganizationId... organizations) {
        return only(Set.of(organizations));
    }

    /** Whether content with this audience is enabled for that organization. */
    public boolean includes(OrganizationId organization) {
        return everyone || organizations.contains(organization);
    }
}
