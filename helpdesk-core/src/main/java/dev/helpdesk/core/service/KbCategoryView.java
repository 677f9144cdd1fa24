package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.kb.Audience;
import dev.helpdesk.core.domain.kb.KbCategory;
import dev.helpdesk.core.domain.kb.KbCategoryId;
import java.util.Objects;
import java.util.Optional;

/**
 * A knowledge-base category as the caller sees it.
 *
 * @param audience for whom it is enabled; agents only (contacts never learn other organizations' ids)
 */
public record KbCategoryView(KbCategoryId id, String name, String description, int position,
                             Optional<Audience> audience) {
    public KbCategoryView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(audience, "audience");
    }

    static KbCategoryView of(KbCategory category, boolean staff) {
        return new KbCategoryView(category.id(), category.name(), category.description(), category.position(),
                staff ? Optional.of(category.audience()) : Optional.empty());
    }
}
