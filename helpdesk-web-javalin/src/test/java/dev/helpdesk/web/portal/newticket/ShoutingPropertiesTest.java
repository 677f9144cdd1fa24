package dev.helpdesk.web.portal.newticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ShoutingPropertiesTest {

    @Test
    void textInLowerCaseNeverShouts() {
        qt().forAll(strings().betweenCodePoints(0x20, 0xFF).ofLengthBetween(0, 200))
                .check(text -> !Shouting.isShouting(text.toLowerCase(Locale.ROOT)));
    }

    @Test
    void textInCapitalsShoutsExactlyWhenItHasEnoughLetters() {
        qt().forAll(strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 60))
                .check(text -> {
                    String capitals = text.toUpperCase(Locale.ROOT);
                    long letters = capitals.chars().filter(Character::isLetter).count();
                    return Shouting.isShouting(capitals) == (letters >= Shouting.MIN_LETTERS);
                });
    }

    @Test
    void fewerLettersThanTheMinimumNeverShout() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, Shouting.MIN_LETTERS - 1))
                .check(text -> !Shouting.isShouting(text));
    }

    @Test
    void acronymsInANormalSentenceAreNotShouting() {
        assertThat(Shouting.isShouting("Error 500 on the SMTP and IMAP servers")).isFalse();
        assertThat(Shouting.isShouting("VPN DOWN")).as("7 letters").isFalse();
        assertThat(Shouting.isShouting("HELP ME PLEASE")).isTrue();
        assertThat(Shouting.isShouting("L'ÉCRAN RESTE NOIR")).isTrue();
        assertThat(Shouting.isShouting(null)).isFalse();
    }
}
