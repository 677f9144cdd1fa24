package dev.helpdesk.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.helpdesk.core.domain.account.Language;
import org.junit.jupiter.api.Test;

/** The browser's Accept-Language picks the first language the portal speaks, and no header can break a page. */
class AcceptLanguageTest {

    @Test
    void theFirstSupportedLanguageOfTheHeaderWins() {
        assertThat(Portal.fromAcceptLanguage("de-CH,de;q=0.9,en;q=0.5")).isEqualTo(Language.DE);
        assertThat(Portal.fromAcceptLanguage("ja, fr-CA;q=0.7, it;q=0.5")).isEqualTo(Language.FR);
        assertThat(Portal.fromAcceptLanguage("it;q=0.2, es;q=0.9")).as("by weight, not order").isEqualTo(Language.ES);
        assertThat(Portal.fromAcceptLanguage("pt-BR")).isEqualTo(Language.EN);
        assertThat(Portal.fromAcceptLanguage(null)).isEqualTo(Language.EN);
    }

    @Test
    void anyHeaderGivesALanguage() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 80))
                .checkAssert(header -> assertThat(Portal.fromAcceptLanguage(header)).isNotNull());
    }
}
