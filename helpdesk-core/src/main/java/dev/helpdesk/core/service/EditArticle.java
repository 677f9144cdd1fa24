package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.kb.SectionId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** New content for an article: its section (moving it when changed), title, Markdown body and keywords. */
public record EditArticle(SectionId section, String title, String body, List<String> keywords) {
    public EditArticle {
        Objects.requireNonNull(section, "section");
        // keywords are checked (blank ones, nulls) by the article itself
        keywords = keywords == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(keywords));
    }
}
