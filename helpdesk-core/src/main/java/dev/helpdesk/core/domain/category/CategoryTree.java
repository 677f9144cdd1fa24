package dev.helpdesk.core.domain.category;

import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Top-level categories and their subcategories: two levels, as customers choose them. */
public final class CategoryTree {
    private final Map<CategoryId, Category> byId = new LinkedHashMap<>();

    public CategoryTree(List<Category> categories) {
        for (Category category : categories) {
            if (byId.putIfAbsent(category.id(), category) != null) {
                throw new IllegalArgumentException("category " + category.id() + " is defined twice");
            }
        }
        for (Category category : categories) {
            category.parent().ifPresent(parent -> {
                Category parentCategory = byId.get(parent);
                if (parentCategory == null) {
                    throw new IllegalArgumentException("category " + category.id() + " names an unknown parent " + parent);
                }
                if (!parentCategory.isTopLevel()) {
                    throw new IllegalArgumentException("category " + category.id() + " is nested more than two levels");
                }
            });
        }
    }

    public List<Category> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Category> find(CategoryId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Category> topLevel() {
        return byId.values().stream().filter(Category::isTopLevel).toList();
    }

    public List<Category> childrenOf(CategoryId parent) {
        List<Category> children = new ArrayList<>();
        for (Category category : byId.values()) {
            if (category.parent().filter(parent::equals).isPresent()) {
                children.add(category);
            }
        }
        return children;
    }

    /**
     * Checks a customer's or agent's choice: the category must be top level and known, and a subcategory, when the
     * category has any, must be given and be one of its children.
     */
    public void checkChoice(CategoryId category, Optional<CategoryId> subcategory) {
        Category chosen = find(category).filter(Category::isTopLevel).orElseThrow(() ->
                InvalidInputException.of("category", "unknown", "there is no category '" + category + "'"));
        List<Category> children = childrenOf(chosen.id());
        if (subcategory.isEmpty()) {
            if (!children.isEmpty()) {
                throw InvalidInputException.of("subcategory", "required",
                        "choose a subcategory of '" + chosen.name() + "'");
            }
            return;
        }
        boolean isChild = children.stream().anyMatch(child -> child.id().equals(subcategory.get()));
        if (!isChild) {
            throw InvalidInputException.of("subcategory", "unknown",
                    "'" + subcategory.get() + "' is not a subcategory of '" + chosen.name() + "'");
        }
    }

    /** The team a new ticket goes to: the subcategory's, else the category's. */
    public Optional<TeamId> routeTo(CategoryId category, Optional<CategoryId> subcategory) {
        Optional<TeamId> fromSub = subcategory.flatMap(this::find).flatMap(Category::team);
        return fromSub.isPresent() ? fromSub : find(category).flatMap(Category::team);
    }

    /** Every category or subcategory routed to one of these teams. */
    public List<CategoryId> ownedBy(java.util.Set<TeamId> teams) {
        return byId.values().stream()
                .filter(category -> category.team().filter(teams::contains).isPresent())
                .map(Category::id)
                .toList();
    }

    /**
     * The categories a ticket can end up in, with their parent: each subcategory, and each top-level category
     * without children. The key is the leaf, the value its top-level category.
     */
    public Map<CategoryId, CategoryId> leaves() {
        Map<CategoryId, CategoryId> leaves = new LinkedHashMap<>();
        for (Category top : topLevel()) {
            List<Category> children = childrenOf(top.id());
            if (children.isEmpty()) {
                leaves.put(top.id(), top.id());
            }
            for (Category child : children) {
                leaves.put(child.id(), top.id());
            }
        }
        return leaves;
    }

    public String nameOf(CategoryId id) {
        return find(id).map(Category::name).orElse(id.value());
    }
}
