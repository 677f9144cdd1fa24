package dev.helpdesk.core.domain.policy;

import dev.helpdesk.core.domain.category.CategoryId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The single source of truth for what customers may do with each field (seed 001's rules): a default rule per
 * field, and per-category overrides (a field required for "Billing" may be hidden for "Other"). A field no rule
 * names is hidden: showing customers something by omission would be a leak.
 */
public final class FieldPolicy {
    private final Map<FieldRef, FieldRule> defaults;
    private final Map<CategoryId, Map<FieldRef, FieldRule>> overrides;

    private FieldPolicy(Map<FieldRef, FieldRule> defaults, Map<CategoryId, Map<FieldRef, FieldRule>> overrides) {
        this.defaults = Map.copyOf(defaults);
        Map<CategoryId, Map<FieldRef, FieldRule>> copy = new HashMap<>();
        overrides.forEach((category, rules) -> copy.put(category, Map.copyOf(rules)));
        this.overrides = Map.copyOf(copy);
    }

    public static FieldPolicy of(Map<FieldRef, FieldRule> defaults) {
        return new FieldPolicy(defaults, Map.of());
    }

    /** Atera's defaults: status view-only, the rest editable, nothing required but the title. */
    public static FieldPolicy defaults() {
        return of(Map.of(
                FieldRef.STATUS, FieldRule.VIEW_ONLY,
                FieldRef.TYPE, FieldRule.EDITABLE,
                FieldRef.PRIORITY, FieldRule.EDITABLE,
                FieldRef.IMPACT, FieldRule.EDITABLE,
                FieldRef.PRODUCT_FAMILY, FieldRule.EDITABLE));
    }

    public FieldPolicy with(FieldRef field, FieldRule rule) {
        Map<FieldRef, FieldRule> updated = new HashMap<>(defaults);
        updated.put(field, rule);
        return new FieldPolicy(updated, overrides);
    }

    /** Overrides one field's rule for tickets in this category or subcategory. */
    public FieldPolicy withOverride(CategoryId category, FieldRef field, FieldRule rule) {
        Map<CategoryId, Map<FieldRef, FieldRule>> updated = new HashMap<>(overrides);
        Map<FieldRef, FieldRule> rules = new HashMap<>(updated.getOrDefault(category, Map.of()));
        rules.put(field, rule);
        updated.put(category, rules);
        return new FieldPolicy(defaults, updated);
    }

    /** The rule for a field on a ticket in this category: the subcategory's override, the category's, the default. */
    public FieldRule ruleFor(FieldRef field, CategoryId category, Optional<CategoryId> subcategory) {
        Optional<FieldRule> fromSub = subcategory.map(overrides::get).map(rules -> rules.get(field));
        if (fromSub.isPresent()) {
            return fromSub.get();
        }
        FieldRule fromCategory = overrides.getOrDefault(category, Map.of()).get(field);
        if (fromCategory != null) {
            return fromCategory;
        }
        return defaults.getOrDefault(field, FieldRule.HIDDEN);
    }

    /** The rule that applies when no category is known yet (filters across categories, empty forms). */
    public FieldRule defaultRuleFor(FieldRef field) {
        return defaults.getOrDefault(field, FieldRule.HIDDEN);
    }
}
