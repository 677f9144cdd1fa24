package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.kb.ArticleId;
import dev.helpdesk.core.domain.kb.ArticleState;
import dev.helpdesk.core.domain.kb.Helpfulness;
import dev.helpdesk.core.domain.kb.KbCategoryId;
import dev.helpdesk.core.domain.kb.SectionId;
import dev.helpdesk.core.domain.ticket.Attachment;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as the caller sees it (seed 001: content, files, created and modified dates, keywords, helpfulness).
 *
 * @param html       the body rendered by the {@code MarkdownRenderer}: sanitised, safe to put in a page as it is
 * @param markdown   the body's source, for agents who edit it; empty for contacts
 * @param authorName the name of the agent who wrote it
 * @param version    what an agent passes back with an edit
 * @param yourVote   the caller's current vote: true for "helpful", false for "not helpful"; empty before voting
 */
public record ArticleView(ArticleId id, SectionId section, KbCategoryId category, String title, String html,
                          Optional<String> markdown, List<String> keywords, List<Attachment> files,
                          ArticleState state, String authorName, Instant createdAt, Instant updatedAt, long version,
                          Helpfulness helpfulness, Optional<Boolean> yourVote) {
    public ArticleView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(markdown, "markdown");
        keywords = List.copyOf(keywords);
        files = List.copyOf(files);
        Objects.requireNonNull(helpfulness, "helpfulness");
        Objects.requireNonNull(yourVote, "yourVote");
    }
}
