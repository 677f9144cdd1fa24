package dev.helpdesk.web.portal.kb;

import dev.helpdesk.core.service.KbCategoryView;
import java.util.List;

/** A category on the knowledge base's front page with its sections. */
public record CategoryBlock(KbCategoryView category, List<SectionBlock> sections) {
    public CategoryBlock {
        sections = List.copyOf(sections);
    }
}
