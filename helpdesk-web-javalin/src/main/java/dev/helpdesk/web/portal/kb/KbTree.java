package dev.helpdesk.web.portal.kb;

import dev.helpdesk.core.domain.kb.KbCategoryId;
import dev.helpdesk.core.domain.kb.SectionId;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.KbCategoryView;
import dev.helpdesk.core.service.KbSectionView;
import dev.helpdesk.core.service.KnowledgeBaseService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The categories and sections one caller may see, read once per page: the service has no look-up of a single
 * section, and every page needs names for its breadcrumb. What the caller may not see is simply not in the tree.
 */
final class KbTree {
    private final Map<KbCategoryId, KbCategoryView> categories = new LinkedHashMap<>();
    private final Map<KbCategoryId, List<KbSectionView>> sections = new LinkedHashMap<>();
    private final Map<SectionId, KbSectionView> sectionsById = new LinkedHashMap<>();

    KbTree(KnowledgeBaseService kb, Caller caller) {
        for (KbCategoryView category : kb.categories(caller)) {
            categories.put(category.id(), category);
            List<KbSectionView> inCategory = kb.sections(caller, category.id());
            sections.put(category.id(), inCategory);
            inCategory.forEach(section -> sectionsById.put(section.id(), section));
        }
    }

    List<KbCategoryView> categories() {
        return List.copyOf(categories.values());
    }

    List<KbSectionView> sectionsOf(KbCategoryId category) {
        return sections.getOrDefault(category, List.of());
    }

    Optional<KbSectionView> section(SectionId id) {
        return Optional.ofNullable(sectionsById.get(id));
    }

    Optional<KbCategoryView> category(KbCategoryId id) {
        return Optional.ofNullable(categories.get(id));
    }

    /** Where an article sits, for breadcrumbs and search results; empty names when it is not in the tree. */
    Place placeOf(SectionId id) {
        Optional<KbSectionView> section = section(id);
        Optional<KbCategoryView> category = section.flatMap(s -> category(s.category()));
        return new Place(category.map(c -> c.id().value()).orElse(""), category.map(KbCategoryView::name).orElse(""),
                id.value(), section.map(KbSectionView::name).orElse(""));
    }
}
