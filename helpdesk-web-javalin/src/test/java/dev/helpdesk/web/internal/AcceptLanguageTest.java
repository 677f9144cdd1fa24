package dev.helpdesk.web.internal;

import static dev.helpdesk.web.internal.LanguageAndZone.fromAcceptLanguage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.helpdesk.core.domain.account.Language;
import org.junit.jupiter.api.Test;

/** The browser's Accept-Language picks the first language the portal speaks, and no header can break a page. */
class AcceptLanguageTest {

    @Test
    void theFirstSupportedLanguageOfTheHeaderWins() {
        assertThat(fromAcceptLanguage("de-CH,de;q=0.9,en;q=0.5")).isEqualTo(Language.DE);
        assertThat(fromAcceptLanguage("ja, fr-CA;q=0.7, it;q=0.5")).isEqualTo(Language.FR);
        assertThat(fromAcceptLanguage("it;q=0.2, es;q=0.9")).as("by weight, not order").isEqualTo(Language.ES);
        assertThat(fromAcceptLanguage("pt-BR")).isEqualTo(Language.EN);
        assertThat(fromAcceptLanguage(null)).isEqualTo(Language.EN);
    }

    @Test
    void qualityValuesRankTheLanguagesAndZeroRefusesOne() {
        assertThat(fromAcceptLanguage("en;q=0.1, it;q=0.8, fr;q=0.5")).isEqualTo(Language.IT);
        assertThat(fromAcceptLanguage("fr;q=0, it")).isEqualTo(Language.IT);
        assertThat(fromAcceptLanguage("de;q=0")).as("refused, so the default").isEqualTo(Language.EN);
        assertThat(fromAcceptLanguage("es;q=1.0, de;q=1.0")).as("equal weights keep header order")
                .isEqualTo(Language.ES);
    }

    @Test
    void theWildcardNamesNoLanguageInParticular() {
        assertThat(fromAcceptLanguage("*")).isEqualTo(Language.EN);
        assertThat(fromAcceptLanguage("*, de;q=0.5")).isEqualTo(Language.DE);
    }

    @Test
    void regionAndScriptTagsFallBackToTheirLanguageInAnyCase() {
        assertThat(fromAcceptLanguage("ES-mx")).isEqualTo(Language.ES);
        assertThat(fromAcceptLanguage("it-CH")).isEqualTo(Language.IT);
        assertThat(fromAcceptLanguage("zh-Hant-TW, de-AT;q=0.1")).isEqualTo(Language.DE);
        assertThat(fromAcceptLanguage("en-GB,en;q=0.9,fr;q=0.8")).isEqualTo(Language.EN);
    }

    @Test
    void unsupportedOrMalformedHeadersGiveEnglish() {
        assertThat(fromAcceptLanguage("ja, zh-CN;q=0.9, pt;q=0.8")).isEqualTo(Language.EN);
        assertThat(fromAcceptLanguage("   ")).isEqualTo(Language.EN);
        assertThat(fromAcceptLanguage("fr;q=2")).as("a weight above 1 is no header").isEqualTo(Language.EN);
        assertThat(fromAcceptLanguage("de;;;,,")).isEqualTo(Language.EN);
    }

    @Test
    void anyHeaderGivesALanguage() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 80))
                .checkAssert(header -> assertThat(fromAcceptLanguage(header)).isNotNull());
    }
}
