package dev.helpdesk.core.domain.kb;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The opening words of an article's Markdown as plain text, for lists and search results: syntax, images, code
 * blocks and HTML left out, links reduced to their text, on one line, cut at a word with an ellipsis.
 */
public final class Excerpt {
    /** The longest excerpt lists show, in characters, ellipsis included. */
    public static final int LENGTH = 180;
    private static final Pattern FENCED_CODE = Pattern.compile("(?ms)^\\s*(```|~~~).*?(^\\s*\\1[^\\n]*$|\\z)");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?(</\\1\\s*>|\\z)");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>\\n]*>");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern LINE_MARKS = Pattern.compile("(?m)^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)");
    private static final Pattern TABLE_RULE = Pattern.compile("(?m)^[\\s|:-]*-[\\s|:-]*$");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|~~|[*`]");
    private static final Pattern SPACES = Pattern.compile("[\\s|]+");

    private Excerpt() {
    }

    public static String of(String markdown) {
        return of(markdown, LENGTH);
    }

    /** At most {@code max} characters (at least 2). */
    public static String of(String markdown, int max) {
        Objects.requireNonNull(markdown, "markdown");
        if (max < 2) {
            throw new IllegalArgumentException("an excerpt needs room for a character and the ellipsis: " + max);
        }
        String text = FENCED_CODE.matcher(markdown).replaceAll(" ");
        text = SCRIPT.matcher(text).replaceAll(" ");
        text = HTML_TAG.matcher(text).replaceAll(" ");
        text = IMAGE.matcher(text).replaceAll(" ");
        text = LINK.matcher(text).replaceAll("$1");
        text = LINE_MARKS.matcher(text).replaceAll("");
        text = TABLE_RULE.matcher(text).replaceAll(" ");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        String head = (cut > max / 2 ? text.substring(0, cut) : text.substring(0, max - 1)).strip();
        if (Character.isHighSurrogate(head.charAt(head.length() - 1))) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "…";
    }
}
