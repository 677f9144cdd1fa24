package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.kb.SectionId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A new knowledge-base article: its section, title, Markdown body, keywords, files, and whether it is published
 * at once or kept as a draft.
 */
public record WriteArticle(SectionId section, String title, String body, List<String> keywords,
                           List<NewAttachment> files, boolean publish) {
    public WriteArticle {
        Objects.requireNonNull(section, "section");
        // keywords are checked (blank ones, nulls) by the article itself
        keywords = keywords == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(keywords));
        files = List.copyOf(files == null ? List.of() : files);
    }

    /** A draft without keywords or files. */
    public static WriteArticle draft(SectionId section, String title, String body) {
        return new WriteArticle(section, title, body, List.of(), List.of(), false);
    }

    /** A published article without keywords or files. */
    public static WriteArticle published(SectionId section, String title, String body) {
        return new WriteArticle(section, title, body, List.of(), List.of(), true);
    }
}
