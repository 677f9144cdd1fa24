package dev.helpdesk.core.port;

/**
 * Turns Markdown that people wrote (knowledge-base articles, ticket messages) into HTML that is safe to put in a
 * page as it is: whatever the input, the output carries no script, no event handler, no {@code javascript:} or
 * other dangerous URL, no raw HTML from the source. Implemented with a maintained Markdown library and a maintained
 * HTML sanitiser (see {@code CommonmarkMarkdownRenderer} in {@code helpdesk-defaults}).
 */
public interface MarkdownRenderer {

    /** Safe HTML for the Markdown source; the empty string for an empty source. Never null. */
    String toSafeHtml(String markdown);
}
