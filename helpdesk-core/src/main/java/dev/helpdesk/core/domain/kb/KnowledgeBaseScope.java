package dev.helpdesk.core.domain.kb;

import dev.helpdesk.core.domain.directory.OrganizationId;
import java.util.Objects;
import java.util.Set;

/**
 * What of the knowledge base a viewer may see, as data a storage adapter can turn into a query. The {@code sees}
 * methods are the reference meaning: adapters must select exactly what they accept (the contract suite checks
 * this). Only {@link KnowledgeBaseAccess} makes scopes.
 */
public sealed interface KnowledgeBaseScope {

    /** Whether the category is listed. */
    boolean sees(KbCategory category);

    /** Whether the section, in that category, is listed. */
    boolean sees(KbCategory category, Section section);

    /** Whether the article, in that section of that category, may be read. */
    boolean sees(KbCategory category, Section section, Article article);

    /** An agent: every category, section and article, drafts included. */
    record Staff() implements KnowledgeBaseScope {
        @Override
        public boolean sees(KbCategory category) {
            return true;
        }

        @Override
        public boolean sees(KbCategory category, Section section) {
            return section.category().equals(category.id());
        }

        @Override
        public boolean sees(KbCategory category, Section section, Article article) {
            return sees(category, section) && article.section().equals(section.id());
        }
    }

    /**
     * A contact of these organizations: content enabled for one of them, published articles only. An organization
     * sees a section when both the section and its category are enabled for it; the contact sees what any of
     * their organizations sees. Content enabled for everyone is seen by every contact, even one of no organization.
     */
    record Contact(Set<OrganizationId> organizations) implements KnowledgeBaseScope {
        public Contact {
            organizations = Set.copyOf(Objects.requireNonNull(organizations, "organizations"));
        }

        @Override
        public boolean sees(KbCategory category) {
            return category.audience().everyone()
                    || organizations.stream().anyMatch(o -> category.audience().includes(o));
        }

        @Override
        public boolean sees(KbCategory category, Section section) {
            if (!section.category().equals(category.id())) {
                return false;
            }
            if (category.audience().everyone() && section.audience().everyone()) {
                return true;
            }
            return organizations.stream()
                    .anyMatch(o -> category.audience().includes(o) && section.audience().includes(o));
        }

        @Override
        public boolean sees(KbCategory category, Section section, Article article) {
            return article.isPublished() && article.section().equals(section.id()) && sees(category, section);
        }
    }
}
