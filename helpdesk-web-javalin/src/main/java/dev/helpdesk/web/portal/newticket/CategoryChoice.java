package dev.helpdesk.web.portal.newticket;

import dev.helpdesk.core.domain.category.Category;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.category.CategoryTree;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.web.internal.PortalError;
import java.util.List;
import java.util.Optional;

/**
 * Which categories a contact may open tickets in (seed 002: a contact may be limited to some departments by their
 * membership), and the look-up of the ids in the steps' paths. A category the contact may not use is not found,
 * like one that does not exist: the steps only ever offer the allowed ones.
 */
final class CategoryChoice {
    private final CategoryTree tree;
    private final Contact contact;

    CategoryChoice(CategoryTree tree, Contact contact) {
        this.tree = tree;
        this.contact = contact;
    }

    List<Category> allowedTopLevel() {
        return tree.topLevel().stream().filter(this::allowed).toList();
    }

    /** The memberships under which the contact may open a ticket in this top-level category. */
    List<Membership> membershipsFor(Category category) {
        return contact.memberships().stream().filter(m -> m.allows(category.id())).toList();
    }

    /** A top-level category the contact may use, from a path or a form; otherwise not found. */
    Category topLevel(String id) {
        return parse(id).flatMap(tree::find).filter(Category::isTopLevel).filter(this::allowed)
                .orElseThrow(PortalError::notFound);
    }

    /** A subcategory of {@code parent}; otherwise not found. */
    Category sub(Category parent, String id) {
        return parse(id).flatMap(tree::find).filter(c -> c.parent().filter(parent.id()::equals).isPresent())
                .orElseThrow(PortalError::notFound);
    }

    List<Category> childrenOf(Category parent) {
        return tree.childrenOf(parent.id());
    }

    private boolean allowed(Category category) {
        return !membershipsFor(category).isEmpty();
    }

    /** An id from outside: anything that is not a well-formed id is simply not a category. */
    private static Optional<CategoryId> parse(String id) {
        try {
            return Optional.of(CategoryId.of(id));
        } catch (RuntimeException notAnId) {
            return Optional.empty();
        }
    }
}
