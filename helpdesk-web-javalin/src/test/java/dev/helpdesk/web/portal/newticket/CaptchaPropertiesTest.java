package dev.helpdesk.web.portal.newticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.helpdesk.core.port.CaptchaVerifier;
import dev.helpdesk.web.captcha.CaptchaReader;
import dev.helpdesk.web.captcha.ProofOfWorkCaptcha;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The captcha as the form's script answers it (portal.js, section "newticket"): a nonce such that SHA-256 of
 * {@code puzzle + ":" + nonce} starts with N zero bits, N the puzzle's second part; or the sum shown in a picture
 * when scripts are off. These properties pin that contract from the browser's side, computed here independently of the verifier.
 */
class CaptchaPropertiesTest {
    private final ProofOfWorkCaptcha captcha = new ProofOfWorkCaptcha(12, Duration.ofMinutes(5), Clock.systemUTC());

    @Test
    void aNonceVerifiesExactlyWhenItsHashStartsWithTheZeroBitsThePuzzleAsks() {
        qt().withExamples(300).forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 20)).check(nonce -> {
            String puzzle = captcha.challenge().puzzle();
            boolean solves = startsWithZeroBits(puzzle + ":" + nonce, bitsOf(puzzle));
            return captcha.verify(Map.of(ProofOfWorkCaptcha.PUZZLE_FIELD, puzzle,
                    ProofOfWorkCaptcha.NONCE_FIELD, nonce)) == solves;
        });
    }

    @Test
    void theScriptsAnswerVerifiesOnceAndNeverAgain() {
        String puzzle = captcha.challenge().puzzle();
        String nonce = ProofOfWorkCaptcha.solve(puzzle);
        assertThat(startsWithZeroBits(puzzle + ":" + nonce, bitsOf(puzzle))).isTrue();
        Map<String, String> form = Map.of(ProofOfWorkCaptcha.PUZZLE_FIELD, puzzle, ProofOfWorkCaptcha.NONCE_FIELD, nonce);
        assertThat(captcha.verify(form)).isTrue();
        assertThat(captcha.verify(form)).isFalse();
    }

    @Test
    void aPuzzleMadeEasierByTheClientNeverVerifies() {
        qt().withExamples(50).forAll(integers().between(1, 4)).check(bits -> {
            String[] parts = captcha.challenge().puzzle().split("\\.");
            parts[1] = String.valueOf(bits);
            String easier = String.join(".", parts);
            return !captcha.verify(Map.of(ProofOfWorkCaptcha.PUZZLE_FIELD, easier,
                    ProofOfWorkCaptcha.NONCE_FIELD, ProofOfWorkCaptcha.solve(easier)));
        });
    }

    @Test
    void aWrongSumNeverVerifiesAndTheRightOneDoesOnce() {
        qt().withExamples(200).forAll(integers().between(-3, 3)).check(offset -> {
            CaptchaVerifier.Challenge challenge = captcha.challenge();
            int right = CaptchaReader.sumOf(captcha, challenge.puzzle());
            int answer = right + offset;
            Map<String, String> form = Map.of(ProofOfWorkCaptcha.PUZZLE_FIELD, challenge.puzzle(),
                    ProofOfWorkCaptcha.ANSWER_FIELD, String.valueOf(answer));
            return captcha.verify(form) == (answer == right) && !captcha.verify(form);
        });
    }

    private static int bitsOf(String puzzle) {
        return Integer.parseInt(puzzle.split("\\.")[1]);
    }

    private static boolean startsWithZeroBits(String text, int bits) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < bits; i++) {
                if ((hash[i >> 3] & (0x80 >> (i & 7))) != 0) {
                    return false;
                }
            }
            return true;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
