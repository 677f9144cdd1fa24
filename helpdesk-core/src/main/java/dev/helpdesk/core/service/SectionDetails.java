package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.kb.KbCategoryId;
import java.util.Objects;

/**
 * What an agent writes about a knowledge-base section: the category it belongs to (moving it when changed), its
 * name, a short description and its position among the category's sections.
 */
public record SectionDetails(KbCategoryId category, String name, String description, int position) {
    public SectionDetails {
        Objects.requireNonNull(category, "category");
    }

    public static SectionDetails of(KbCategoryId category, String name) {
        return new SectionDetails(category, name, "", 0);
    }
}
