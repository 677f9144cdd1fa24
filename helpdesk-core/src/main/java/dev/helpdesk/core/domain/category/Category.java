package dev.helpdesk.core.domain.category;

import dev.helpdesk.core.domain.Text;
import dev.helpdesk.core.domain.staff.TeamId;
import java.util.Objects;
import java.util.Optional;

/**
 * A department or subject customers choose when they open a ticket (seed 002's departments, seed 003's
 * subcategories). A category without a parent is top level; one with a parent is a subcategory.
 *
 * @param team     the team new tickets here are routed to; a subcategory without one uses its parent's
 * @param helpText what belongs here, shown to customers while choosing
 */
public record Category(CategoryId id, String name, Optional<CategoryId> parent, Optional<TeamId> team, String helpText) {
    public Category {
        Objects.requireNonNull(id, "id");
        name = Text.singleLine("name", name, 120);
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(team, "team");
        helpText = Text.optional("helpText", helpText, 2000);
        if (parent.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("category " + id + " cannot be its own parent");
        }
    }

    public static Category topLevel(String id, String name, TeamId team, String helpText) {
        return new Category(CategoryId.of(id), name, Optional.empty(), Optional.ofNullable(team), helpText);
    }

    public static Category sub(String id, String parent, String name, TeamId team, String helpText) {
        return new Category(CategoryId.of(id), name, Optional.of(CategoryId.of(parent)), Optional.ofNullable(team), helpText);
    }

    public boolean isTopLevel() {
        return parent.isEmpty();
    }
}
