package dev.helpdesk.core.domain.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class ExcerptPropertiesTest {
    @Test
    void anExcerptIsOneTrimmedLineNoLongerThanAsked() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 600), integers().between(2, 300))
                .check((markdown, max) -> {
                    String excerpt = Excerpt.of(markdown, max);
                    return excerpt.length() <= max && excerpt.equals(excerpt.strip())
                            && excerpt.chars().noneMatch(c -> c == '\n' || c == '\r');
                });
    }

    @Test
    void plainWordsAreKeptInOrderAndCutAtAWordWithAnEllipsis() {
        qt().forAll(strings().betweenCodePoints('a', 'e').ofLengthBetween(1, 12), integers().between(1, 60),
                integers().between(20, 200)).check((word, count, max) -> {
                    String text = (word + " ").repeat(count).strip();
                    String excerpt = Excerpt.of(text, max);
                    if (text.length() <= max) {
                        return excerpt.equals(text);
                    }
                    String head = excerpt.substring(0, excerpt.length() - 1);
                    boolean atAWord = text.charAt(head.length()) == ' ';
                    // a word longer than half the room is cut inside rather than leaving a short excerpt
                    return excerpt.endsWith("…") && text.startsWith(head) && head.length() <= max - 1
                            && (word.length() >= max / 2 - 1 || atAWord);
                });
    }

    @Test
    void markdownSyntaxImagesCodeAndHtmlAreLeftOut() {
        String markdown = "# Set up DKIM\n\nOpen **Mail settings** and read [the guide](https://x.example/guide).\n"
                + "![diagram](https://x.example/d.png)\n\n```\nv=DKIM1; k=rsa\n```\n\n- one `step`\n> <b>quoted</b>\n"
                + "<script>alert(1)</script>";

        assertThat(Excerpt.of(markdown))
                .isEqualTo("Set up DKIM Open Mail settings and read the guide. one step quoted");
    }
}
