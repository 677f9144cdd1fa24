package dev.helpdesk.defaults;

import dev.helpdesk.core.port.MarkdownRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
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
 * {@code rel="nofollow noopener noreferrer"}. No image is ever loaded: an image on another host (an http or https
 * URL) becomes a link to it with its alt text (or its address) as the link's text, so opening a message or an
 * article does not tell a stranger's server who read it and when; an image from anywhere else ({@code data:}, a
 * relative path, another scheme) becomes its alt text, so no payload is smuggled in a data URL. No attribute an
 * author could use to run script or restyle the page ({@code on*}, {@code style}) is ever kept.
 */
public final class CommonmarkMarkdownRenderer implements MarkdownRenderer {
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,30}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre",
                    "blockquote", "ul", "ol", "li", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching((element, attribute, value) -> absolute(value) ? value : null)
            .onElements("a")
            .allowAttributes("title").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
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
        replaceImages(document);
        return POLICY.sanitize(renderer.render(document)).strip();
    }

    /** An image on another host becomes a link to it; any other image becomes its alt text. */
    private static void replaceImages(Node document) {
        List<Image> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
                visitChildren(image);
            }
        });
        for (Image image : images) {
            Node replacement = image;
            String destination = image.getDestination();
            if (web(destination) && !insideLink(image)) {
                Link link = new Link(destination, image.getTitle());
                image.insertBefore(link);
                replacement = link;
                if (image.getFirstChild() == null) {
                    link.appendChild(new Text(destination));
                }
            }
            Node child = image.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                if (replacement == image) {
                    image.insertBefore(child);
                } else {
                    replacement.appendChild(child);
                }
                child = next;
            }
            image.unlink();
        }
    }

    /** A link cannot hold another: an image that is a link's text stays its alt text. */
    private static boolean insideLink(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link) {
                return true;
            }
        }
        return false;
    }

    private static boolean web(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** Links go to http, https or mailto addresses only: an empty or relative target would point into the portal. */
    private static boolean absolute(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
    }
}
