package dev.helpdesk.core.service;

import dev.helpdesk.core.port.MarkdownRenderer;

/**
 * The fallback when no Markdown library is configured: the source shown as escaped text, paragraphs split on blank
 * lines and single line breaks kept. Safe whatever the input, since nothing of it is ever markup; it only does not
 * format. {@code CommonmarkMarkdownRenderer} in helpdesk-defaults renders real Markdown.
 */
public final class PlainTextRenderer implements MarkdownRenderer {

    @Override
    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : markdown.strip().replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>\n")).append("</p>\n");
        }
        return html.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
