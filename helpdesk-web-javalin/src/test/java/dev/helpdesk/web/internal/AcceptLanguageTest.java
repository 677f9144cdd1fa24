package dev.helpdesk.web.internal;

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
    void qualityValuesRankTheLanguagesAndZeroRefusesOne() {
        assertThat(Portal.fromAcceptLanguage("en;q=0.1, it;q=0.8, fr;q=0.5")).isEqualTo(Language.IT);
        assertThat(Portal.fromAcceptLanguage("fr;q=0, it")).isEqualTo(Language.IT);
        assertThat(Portal.fromAcceptLanguage("de;q=0")).as("refused, so the default").isEqualTo(Language.EN);
        assertThat(Portal.fromAcceptLanguage("es;q=1.0, de;q=1.0")).as("equal weights keep header order")
                .isEqualTo(Language.ES);
    }

    @Test
    void theWildcardNamesNoLanguageInParticular() {
        assertThat(Portal.fromAcceptLanguage("*")).isEqualTo(Language.EN);
        assertThat(Portal.fromAcceptLanguage("*, de;q=0.5")).isEqualTo(Language.DE);
    }

    @Test
    void regionAndScriptTagsFallBackToTheirLanguageInAnyCase() {
        assertThat(Portal.fromAcceptLanguage("ES-mx")).isEqualTo(Language.ES);
        assertThat(Portal.fromAcceptLanguage("it-CH")).isEqualTo(Language.IT);
        assertThat(Portal.fromAcceptLanguage("zh-Hant-TW, de-AT;q=0.1")).isEqualTo(Language.DE);
        assertThat(Portal.fromAcceptLanguage("en-GB,en;q=0.9,fr;q=0.8")).isEqualTo(Language.EN);
    }

    @Test
    void unsupportedOrMalformedHeadersGiveEnglish() {
        assertThat(Portal.fromAcceptLanguage("ja, zh-CN;q=0.9, pt;q=0.8")).isEqualTo(Language.EN);
        assertThat(Portal.fromAcceptLanguage("   ")).isEqualTo(Language.EN);
        assertThat(Portal.fromAcceptLanguage("fr;q=2")).as("a weight above 1 is no header").isEqualTo(Language.EN);
        assertThat(Portal.fromAcceptLanguage("de;;;,,")).isEqualTo(Language.EN);
    }

    @Test
    void anyHeaderGivesALanguage() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 80))
                .checkAssert(header -> assertThat(Portal.fromAcceptLanguage(header)).isNotNull());
    }
}
