package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.kb.Audience;
import dev.helpdesk.core.domain.kb.KbCategoryId;
import dev.helpdesk.core.domain.kb.Section;
import dev.helpdesk.core.domain.kb.SectionId;
import java.util.Objects;
import java.util.Optional;

/**
 * A knowledge-base section as the caller sees it.
 *
 * @param audience for whom it is enabled; agents only (contacts never learn other organizations' ids)
 */
public record KbSectionView(SectionId id, KbCategoryId category, String name, String description, int position,
                            Optional<Audience> audience) {
    public KbSectionView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(audience, "audience");
    }

    static KbSectionView of(Section section, boolean staff) {
        return new KbSectionView(section.id(), section.category(), section.name(), section.description(),
                section.position(), staff ? Optional.of(section.audience()) : Optional.empty());
    }
}
