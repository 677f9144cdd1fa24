package dev.helpdesk.defaults;

import dev.helpdesk.core.port.MarkdownRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown to safe HTML in two independent steps, each by a maintained library: commonmark-java renders the
 * Markdown with raw HTML escaped and unsafe link URLs dropped, then the OWASP Java HTML Sanitizer keeps only an
 * allow-list of what Markdown produces. Either step alone would already stop scripts; together a bug in one is not
 * enough.
 *
 * <p>What survives: paragraphs, line breaks, rules, headings, emphasis, code and code blocks (with a
 * {@code language-x} class), block quotes and lists (with a start number); plain CommonMark, so no tables. Links keep
 * only absolute http, https and mailto targets (any other link is its text alone) and always carry
 * {@code rel="nofollow noopener noreferrer"}. Images are kept only from https URLs, with their alt text: an image
 * from anywhere else ({@code data:}, plain http, a relative path) becomes its alt text, so no payload is smuggled in
 * a data URL and nobody is tracked over clear text. No attribute an author could use to run
 * script or restyle the page ({@code on*}, {@code style}) is ever kept.
 */
public final class CommonmarkMarkdownRenderer implements MarkdownRenderer {
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,30}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre",
                    "blockquote", "ul", "ol", "li", "a", "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching((element, attribute, value) -> absolute(value) ? value : null)
            .onElements("a")
            .allowAttributes("title").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("src").matching((element, attribute, value) -> https(value) ? value : null)
            .onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
            .allowAttributes("start").matching(NUMBER).onElements("ol")
            .toFactory();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    @Override
    public String toSafeHtml(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        if (markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markdown);
        replaceImagesNotOnHttps(document);
        return POLICY.sanitize(renderer.render(document)).strip();
    }

    /** An image from anywhere but an https URL becomes its alt text. */
    private static void replaceImagesNotOnHttps(Node document) {
        List<Image> unsafe = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (!https(image.getDestination())) {
                    unsafe.add(image);
                }
                visitChildren(image);
            }
        });
        for (Image image : unsafe) {
            Node child = image.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                image.insertBefore(child);
                child = next;
            }
            image.unlink();
        }
    }

    private static boolean https(String url) {
        return url != null && url.toLowerCase(Locale.ROOT).startsWith("https://");
    }

    /** Links go to http, https or mailto addresses only: an empty or relative target would point into the portal. */
    private static boolean absolute(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
    }
}
