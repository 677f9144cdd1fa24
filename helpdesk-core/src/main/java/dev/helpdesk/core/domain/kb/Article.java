package dev.helpdesk.core.domain.kb;

import dev.helpdesk.core.domain.Text;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.ticket.Attachment;
import dev.helpdesk.core.error.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A knowledge-base article: a title, a Markdown body (kept as source, rendered when shown), keywords, attached files,
 * a draft or published state, the agent who wrote it and when it was created and last changed. {@code version}
 * counts its states (1 when created), for optimistic locking.
 */
public record Article(ArticleId id, SectionId section, String title, String body, List<String> keywords,
                      List<Attachment> files, ArticleState state, AgentId author, Instant createdAt,
                      Instant updatedAt, long version) {
    public static final int TITLE_LIMIT = 200;
    public static final int BODY_LIMIT = 50_000;
    public static final int KEYWORD_LIMIT = 50;
    public static final int MAX_KEYWORDS = 20;
    public static final int MAX_FILES = 20;

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        title = Text.singleLine("title", title, TITLE_LIMIT);
        body = Text.optional("body", body, BODY_LIMIT);
        keywords = keywords(keywords);
        files = List.copyOf(files);
        if (files.size() > MAX_FILES) {
            throw InvalidInputException.of("files", "too_many",
                    "an article has " + files.size() + " files; the limit is " + MAX_FILES);
        }
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version " + version);
        }
    }

    /** A new article, version 1. */
    public static Article write(ArticleId id, SectionId section, String title, String body, List<String> keywords,
                                List<Attachment> files, ArticleState state, AgentId author, Instant now) {
        return new Article(id, section, title, body, keywords, files, state, author, now, now, 1);
    }

    /**
     * Keywords as people see them: each trimmed, on one line, at most {@value #KEYWORD_LIMIT} characters; blank
     * ones dropped, repeats (ignoring case) kept once, at most {@value #MAX_KEYWORDS}.
     */
    public static List<String> keywords(List<String> typed) {
        Objects.requireNonNull(typed, "keywords");
        Map<String, String> unique = new LinkedHashMap<>();
        for (String keyword : typed) {
            if (keyword == null || keyword.isBlank()) {
                continue;
            }
            String checked = Text.singleLine("keywords", keyword, KEYWORD_LIMIT);
            unique.putIfAbsent(checked.toLowerCase(Locale.ROOT), checked);
        }
        if (unique.size() > MAX_KEYWORDS) {
            throw InvalidInputException.of("keywords", "too_many",
                    unique.size() + " keywords given; the limit is " + MAX_KEYWORDS);
        }
        return List.copyOf(new ArrayList<>(unique.values()));
    }

    public boolean isPublished() {
        return state == ArticleState.PUBLISHED;
    }

    /** New content (and maybe another section); the state and files stay. */
    public Article edited(SectionId newSection, String newTitle, String newBody, List<String> newKeywords,
                          Instant now) {
        return new Article(id, newSection, newTitle, newBody, newKeywords, files, state, author, createdAt, now,
                version + 1);
    }

    public Article inState(ArticleState newState, Instant now) {
        return new Article(id, section, title, body, keywords, files, newState, author, createdAt, now, version + 1);
    }

    public Article withFiles(List<Attachment> newFiles, Instant now) {
        return new Article(id, section, title, body, keywords, newFiles, state, author, createdAt, now, version + 1);
    }
}
