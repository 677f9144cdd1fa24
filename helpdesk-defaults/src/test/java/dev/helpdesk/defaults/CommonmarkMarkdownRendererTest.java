package dev.helpdesk.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Normal Markdown renders as expected; real XSS payloads, alone or mixed into Markdown, come out harmless. */
class CommonmarkMarkdownRendererTest {
    private final CommonmarkMarkdownRenderer renderer = new CommonmarkMarkdownRenderer();

    private String html(String markdown) {
        return renderer.toSafeHtml(markdown);
    }

    // ------------------------------------------------------------------------------------ normal Markdown

    @Test
    void rendersHeadingsEmphasisAndParagraphs() {
        assertThat(html("# Title\n\nSome *emphasis*, **strong** and `code`.\n\n## Next"))
                .isEqualTo("<h1>Title</h1>\n<p>Some <em>emphasis</em>, <strong>strong</strong> and <code>code</code>.</p>\n"
                        + "<h2>Next</h2>");
    }

    @Test
    void rendersListsQuotesRulesAndCodeBlocks() {
        String out = html("- one\n- two\n\n3. three\n4. four\n\n> quoted\n\n---\n\n```java\nint x = 1 < 2;\n```");
        assertThat(out).contains("<ul><li>one</li><li>two</li></ul>", "<ol start=\"3\">", "<li>four</li>",
                "<blockquote>\n<p>quoted</p>\n</blockquote>", "<hr />",
                "<pre><code class=\"language-java\">int x &#61; 1 &lt; 2;\n</code></pre>");
    }

    @Test
    void keepsSafeLinksWithRel() {
        assertThat(html("[docs](https://example.com/a?b=1&c=2 \"Docs\")")).isEqualTo(
                "<p><a href=\"https://example.com/a?b&#61;1&amp;c&#61;2\" title=\"Docs\" "
                        + "rel=\"nofollow noopener noreferrer\">docs</a></p>");
        assertThat(html("[mail](mailto:help@example.com)")).contains("href=\"mailto:help&#64;example.com\"",
                "rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void imagesOnOtherHostsAreLinksNotLoaded() {
        assertThat(html("![diagram](https://example.com/d.png)")).isEqualTo(
                "<p><a href=\"https://example.com/d.png\" rel=\"nofollow noopener noreferrer\">diagram</a></p>");
        assertThat(html("See ![the *pixel*](http://tracker.example/p.gif \"Pixel\")")).isEqualTo(
                "<p>See <a href=\"http://tracker.example/p.gif\" title=\"Pixel\" "
                        + "rel=\"nofollow noopener noreferrer\">the <em>pixel</em></a></p>");
        assertThat(html("![](https://tracker.example/p.gif)")).isEqualTo("<p><a href=\"https://tracker.example/p.gif\" "
                + "rel=\"nofollow noopener noreferrer\">https://tracker.example/p.gif</a></p>");
        assertThat(html("[![badge](https://ci.example/b.svg)](https://ci.example/)")).isEqualTo(
                "<p><a href=\"https://ci.example/\" rel=\"nofollow noopener noreferrer\">badge</a></p>");
    }

    @Test
    void imagesFromNowhereElseAreTheirAltText() {
        assertThat(html("![x](data:image/png;base64,iVBORw0KGgo=)")).isEqualTo("<p>x</p>");
        assertThat(html("![a *relative* image](/files/a.png)")).isEqualTo("<p>a <em>relative</em> image</p>");
    }

    @Test
    void rendersNothingForBlankSource() {
        assertThat(html("")).isEmpty();
        assertThat(html("  \n ")).isEmpty();
    }

    @Test
    void escapesRawHtmlAsText() {
        assertThat(html("<b>bold?</b> 1 < 2 & 3 > 2")).isEqualTo("<p>&lt;b&gt;bold?&lt;/b&gt; 1 &lt; 2 &amp; 3 &gt; 2</p>");
    }

    // ------------------------------------------------------------------------------------------ payloads

    private static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](java\tscript:alert(1))",
            "[click](&#106;avascript:alert(1))",
            "[click](vbscript:msgbox(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "![x\" onerror=\"alert(1)](https://example.com/a.png)",
            "[x](https://example.com/\" onmouseover=\"alert(1))",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<<script>script>alert(1)<</script>/script>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<!-- --><script>alert(1)</script><!-- -->",
            "<style>body{display:none}</style>",
            "<object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
            "<form action=\"https://evil.example\"><input name=password></form>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "[a](<javascript:alert(1)>)",
            "<https://example.com/\"onmouseover=\"alert(1)>",
            "<javascript:alert(1)>");

    /** Every tag of the output, with its attributes; text between tags never holds a raw {@code <}. */
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z0-9]+)((?:\\s+[a-z]+=\"[^\"<>]*\")*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-z]+)=\"([^\"]*)\"");
    private static final java.util.Map<String, java.util.Set<String>> ALLOWED = java.util.Map.ofEntries(
            java.util.Map.entry("a", java.util.Set.of("href", "title", "rel")),
            java.util.Map.entry("code", java.util.Set.of("class")),
            java.util.Map.entry("ol", java.util.Set.of("start")));
    private static final java.util.Set<String> PLAIN = java.util.Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5",
            "h6", "em", "strong", "pre", "blockquote", "ul", "li", "code", "ol", "a");

    /**
     * Asserts the HTML is made only of allowed tags and attributes: links to http, https or mailto with the rel
     * that keeps them from the page, no image (none is loaded), no event handler, no style, no other URL scheme.
     */
    static void assertSafe(String html, String source) {
        java.util.regex.Matcher tag = TAG.matcher(html);
        int at = 0;
        while (true) {
            int next = html.indexOf('<', at);
            if (next < 0) {
                break;
            }
            assertThat(tag.find(next) && tag.start() == next).as("a well-formed tag at " + next + " of " + html
                    + " rendered from " + source).isTrue();
            String name = tag.group(2);
            assertThat(PLAIN).as("allowed element in " + html + " from " + source).contains(name);
            java.util.regex.Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String key = attribute.group(1);
                String value = attribute.group(2).toLowerCase(Locale.ROOT);
                assertThat(ALLOWED.getOrDefault(name, java.util.Set.of())).as("attribute " + key + " on " + name
                        + " in " + html + " from " + source).contains(key);
                if (key.equals("href")) {
                    assertThat(value).as("link target in " + html + " from " + source)
                            .matches("(https?://|mailto:).*");
                }
                if (key.equals("rel")) {
                    assertThat(value).isEqualTo("nofollow noopener noreferrer");
                }
            }
            at = tag.end();
        }
    }

    @Test
    void javascriptLinksLoseTheirTargetButKeepTheirText() {
        String out = html("[click me](javascript:alert(1))");
        assertThat(out).isEqualTo("<p>click me</p>");
        assertThat(html("[relative](/admin)")).isEqualTo("<p>relative</p>");
    }

    @Test
    void payloadsMixedIntoMarkdownAreAlwaysNeutralised() {
        Gen<String> fragments = Generate.pick(List.of("# Heading\n", "*em* ", "**strong** ", "`code` ", "\n\n",
                "> ", "- ", "[link](https://example.com) ", "![img](https://example.com/i.png) ", "<", ">", "\"",
                "'", "](", "[", ")", "\n```\n", "&#", ";", "&lt;", "javascript", ":", " on", "error=", "=",
                "script", "/"));
        Gen<String> documents = in -> {
            StringBuilder text = new StringBuilder();
            int count = Generate.range(1, 25).generate(in);
            for (int i = 0; i < count; i++) {
                text.append(Generate.booleans().generate(in) ? Generate.pick(PAYLOADS).generate(in)
                        : fragments.generate(in));
            }
            return text.toString();
        };
        qt().withExamples(400).forAll(documents).checkAssert(markdown -> assertSafe(html(markdown), markdown));
    }
}
