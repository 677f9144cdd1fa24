package dev.helpdesk.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class PlainTextRendererTest {
    private final PlainTextRenderer renderer = new PlainTextRenderer();

    @Test
    void paragraphsAndLineBreaksAreKeptAndMarkupIsShownAsText() {
        assertThat(renderer.toSafeHtml("Hello <b>there</b>\nsecond line\n\n  *next* & \"last\"  "))
                .isEqualTo("<p>Hello &lt;b&gt;there&lt;/b&gt;<br>\nsecond line</p>\n<p>*next* &amp; &quot;last&quot;</p>\n");
        assertThat(renderer.toSafeHtml("  \n ")).isEmpty();
        assertThat(renderer.toSafeHtml("<img src=x onerror='alert(1)'>")).doesNotContain("<img", "'");
    }

    @Test
    void noInputEverProducesATagOtherThanParagraphsAndBreaks() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(text -> {
            String html = renderer.toSafeHtml(text);
            String withoutOurTags = html.replace("<p>", "").replace("</p>", "").replace("<br>", "");
            assertThat(withoutOurTags).doesNotContain("<", ">", "\"", "'");
        });
    }
}
