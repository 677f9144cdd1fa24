package dev.helpdesk.core.domain.directory;

import dev.helpdesk.core.domain.category.CategoryId;
import java.util.Objects;
import java.util.Set;

/**
 * A contact's place in one organization.
 *
 * @param primary           a primary user sees, and may answer, every ticket of the organization
 * @param allowedCategories the top-level categories this contact may open and see tickets in; empty means all
 *                          (seed 002: Martha from billing may only open billing tickets)
 */
public record Membership(OrganizationId organization, boolean primary, Set<CategoryId> allowedCategories) {
    public Membership {
        Objects.requireNonNull(organization, "organization");
        allowedCategories = Set.copyOf(allowedCategories);
    }

    public static Membership member(OrganizationId organization) {
        return new Membership(organization, false, Set.of());
    }

    public static Membership primaryUser(OrganizationId organization) {
        return new Membership(organization, true, Set.of());
    }

    public static Membership limitedTo(OrganizationId organization, Set<CategoryId> categories) {
        return new Membership(organization, false, categories);
    }

    /** Whether this contact may open, and see colleagues', tickets in this top-level category. */
    public boolean allows(CategoryId category) {
        return primary || allowedCategories.isEmpty() || allowedCategories.contains(category);
    }
}
