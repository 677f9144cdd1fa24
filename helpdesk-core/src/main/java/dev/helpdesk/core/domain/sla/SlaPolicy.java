package dev.helpdesk.core.domain.sla;

import dev.helpdesk.core.domain.category.CategoryId;
import java.util.Objects;
import java.util.Optional;

/**
 * The targets for the tickets it matches: those of its priority (any priority when empty) and, when it names
 * one, of its category (a top-level category matches its subcategories too).
 */
public record SlaPolicy(Optional<String> priority, Optional<CategoryId> category, BusinessTime firstResponse,
                        BusinessTime resolution) {
    public SlaPolicy {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
    }

    /** The policy of one priority, in every category. */
    public static SlaPolicy forPriority(String priority, BusinessTime firstResponse, BusinessTime resolution) {
        return new SlaPolicy(Optional.of(priority), Optional.empty(), firstResponse, resolution);
    }

    /** The policy of every ticket no more specific policy matches. */
    public static SlaPolicy fallback(BusinessTime firstResponse, BusinessTime resolution) {
        return new SlaPolicy(Optional.empty(), Optional.empty(), firstResponse, resolution);
    }

    /** The same targets, for tickets of this category only. */
    public SlaPolicy inCategory(CategoryId value) {
        return new SlaPolicy(priority, Optional.of(value), firstResponse, resolution);
    }

    /**
     * How well this policy fits a ticket, higher is closer; empty when it does not apply. A named subcategory
     * beats a named top-level category, which beats no category; then a named priority beats any priority.
     */
    Optional<Integer> fit(Optional<String> ticketPriority, CategoryId ticketCategory,
                          Optional<CategoryId> ticketSubcategory) {
        if (priority.isPresent() && !priority.equals(ticketPriority)) {
            return Optional.empty();
        }
        int score = priority.isPresent() ? 1 : 0;
        if (category.isPresent()) {
            if (category.equals(ticketSubcategory)) {
                score += 4;
            } else if (category.get().equals(ticketCategory)) {
                score += 2;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(score);
    }
}
