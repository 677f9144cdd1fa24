package dev.helpdesk.core.domain.kb;

import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.staff.AgentId;
import java.time.Instant;
import java.util.Objects;

/** What happens in the knowledge base. Ids only: titles, bodies and feedback texts never travel here. */
public final class KnowledgeBaseEvents {
    private KnowledgeBaseEvents() {
    }

    /** A category was created or changed (name, position or audience). */
    public record CategorySaved(KbCategoryId category, AgentId by, Instant occurredAt) implements DomainEvent {
        public CategorySaved {
            Objects.requireNonNull(category, "category");
        }

        @Override
        public String type() {
            return "kb.category_saved";
        }
    }

    /** A section was created or changed (name, category, position or audience). */
    public record SectionSaved(SectionId section, AgentId by, Instant occurredAt) implements DomainEvent {
        public SectionSaved {
            Objects.requireNonNull(section, "section");
        }

        @Override
        public String type() {
            return "kb.section_saved";
        }
    }

    public record ArticleCreated(ArticleId article, SectionId section, AgentId author, Instant occurredAt)
            implements DomainEvent {
        public ArticleCreated {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String type() {
            return "kb.article_created";
        }
    }

    /** Content, section or files changed. */
    public record ArticleUpdated(ArticleId article, AgentId by, Instant occurredAt) implements DomainEvent {
        public ArticleUpdated {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String type() {
            return "kb.article_updated";
        }
    }

    /** Published (contacts may now read it) or taken back to draft. */
    public record ArticleStateChanged(ArticleId article, ArticleState state, AgentId by, Instant occurredAt)
            implements DomainEvent {
        public ArticleStateChanged {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String type() {
            return "kb.article_state_changed";
        }
    }

    /** Someone voted (or changed their vote); what they wrote stays in the vote, not here. */
    public record ArticleVoted(ArticleId article, boolean helpful, Instant occurredAt) implements DomainEvent {
        public ArticleVoted {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String type() {
            return "kb.article_voted";
        }
    }
}
