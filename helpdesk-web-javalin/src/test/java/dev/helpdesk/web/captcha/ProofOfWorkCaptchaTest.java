package dev.helpdesk.web.captcha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.helpdesk.core.port.CaptchaVerifier.Challenge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ProofOfWorkCaptchaTest {
    private final ProofOfWorkCaptcha captcha = new ProofOfWorkCaptcha(8, Duration.ofMinutes(10), Clock.systemUTC());

    @Test
    void aSolvedPuzzleVerifiesOnceOnly() {
        Challenge challenge = captcha.challenge();
        String puzzle = challenge.fields().get(ProofOfWorkCaptcha.PUZZLE_FIELD);
        Map<String, String> form = Map.of(ProofOfWorkCaptcha.PUZZLE_FIELD, puzzle,
                ProofOfWorkCaptcha.NONCE_FIELD, ProofOfWorkCaptcha.solve(puzzle));
        assertThat(captcha.verify(form)).isTrue();
        assertThat(captcha.verify(form)).as("a replayed form").isFalse();
    }

    @Test
    void theSumInThePictureAnswersForBrowsersWithoutScripts() {
        Challenge challenge = captcha.challenge();
        int sum = captcha.sumOf(challenge.puzzle());
        assertThat(captcha.verify(Map.of(ProofOfWorkCaptcha.PUZZLE_FIELD, challenge.puzzle(),
                ProofOfWorkCaptcha.ANSWER_FIELD, " " + sum + " "))).isTrue();
        Challenge another = captcha.challenge();
        assertThat(captcha.verify(Map.of(ProofOfWorkCaptcha.PUZZLE_FIELD, another.puzzle(),
                ProofOfWorkCaptcha.ANSWER_FIELD, String.valueOf(captcha.sumOf(another.puzzle()) + 1)))).isFalse();
    }

    @Test
    void nothingTheFormCarriesSaysTheSum() {
        Challenge challenge = captcha.challenge();
        assertThat(challenge.question()).as("no question as text").isEmpty();
        assertThat(challenge.puzzle().split("\\.")).as("expiry, difficulty, salt, signature").hasSize(4);
        assertThat(challenge.questionImage()).startsWith("data:image/svg+xml;base64,");
        String svg = new String(java.util.Base64.getDecoder().decode(
                challenge.questionImage().substring("data:image/svg+xml;base64,".length())),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg).as("strokes only, no text to read").doesNotContain("<text").doesNotContain("+");
        assertThat(challenge.fields()).containsOnlyKeys(ProofOfWorkCaptcha.PUZZLE_FIELD);
    }

    @Test
    void theSameTextMeansDifferentSumsUnderDifferentKeysSoOnlyTheServerKnowsThem() {
        byte[] one = new byte[32];
        byte[] two = new byte[32];
        two[0] = 1;
        ProofOfWorkCaptcha first = new ProofOfWorkCaptcha(4, Duration.ofMinutes(5), Clock.systemUTC(), one);
        ProofOfWorkCaptcha second = new ProofOfWorkCaptcha(4, Duration.ofMinutes(5), Clock.systemUTC(), two);
        long differing = java.util.stream.IntStream.range(0, 50).mapToObj(i -> first.challenge().puzzle())
                .filter(puzzle -> first.sumOf(puzzle) != second.sumOf(puzzle)).count();
        assertThat(differing).as("the answer is not a function of what is sent").isGreaterThan(40);
    }

    @Test
    void aPuzzleIsAnsweredOnceRightOrWrongSoGuessingEverySumFails() {
        Challenge challenge = captcha.challenge();
        int sum = captcha.sumOf(challenge.puzzle());
        Map<String, String> wrong = Map.of(ProofOfWorkCaptcha.PUZZLE_FIELD, challenge.puzzle(),
                ProofOfWorkCaptcha.ANSWER_FIELD, String.valueOf(sum + 1));
        assertThat(captcha.verify(wrong)).isFalse();
        assertThat(captcha.verify(Map.of(ProofOfWorkCaptcha.PUZZLE_FIELD, challenge.puzzle(),
                ProofOfWorkCaptcha.ANSWER_FIELD, String.valueOf(sum)))).as("the right sum after a wrong one").isFalse();
    }

    @Test
    void aNonceThatDoesNotSolveThePuzzleNeverVerifies() {
        qt().withExamples(300).forAll(integers().between(0, 1_000_000)).checkAssert(nonce -> {
            Challenge challenge = captcha.challenge();
            String puzzle = challenge.puzzle();
            boolean solves = ProofOfWorkCaptcha.solves(puzzle, String.valueOf(nonce), 8);
            assertThat(captcha.verify(Map.of(ProofOfWorkCaptcha.PUZZLE_FIELD, puzzle,
                    ProofOfWorkCaptcha.NONCE_FIELD, String.valueOf(nonce)))).isEqualTo(solves);
        });
    }

    @Test
    void aPuzzleChangedInAnyCharacterIsRefusedEvenWithItsOwnSolution() {
        qt().withExamples(200).forAll(integers().between(0, 200), strings().basicLatinAlphabet().ofLength(1))
                .checkAssert((position, replacement) -> {
                    String puzzle = captcha.challenge().puzzle();
                    int at = position % puzzle.length();
                    String forged = puzzle.substring(0, at) + replacement + puzzle.substring(at + 1);
                    if (forged.equals(puzzle)) {
                        return;
                    }
                    Map<String, String> form = new HashMap<>();
                    form.put(ProofOfWorkCaptcha.PUZZLE_FIELD, forged);
                    form.put(ProofOfWorkCaptcha.NONCE_FIELD, forgedSolution(forged));
                    assertThat(captcha.verify(form)).as(forged).isFalse();
                });
    }

    @Test
    void anExpiredPuzzleIsRefused() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-22T10:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        ProofOfWorkCaptcha timed = new ProofOfWorkCaptcha(4, Duration.ofMinutes(5), clock);
        String puzzle = timed.challenge().puzzle();
        now.set(now.get().plus(Duration.ofMinutes(6)));
        assertThat(timed.verify(Map.of(ProofOfWorkCaptcha.PUZZLE_FIELD, puzzle,
                ProofOfWorkCaptcha.NONCE_FIELD, ProofOfWorkCaptcha.solve(puzzle)))).isFalse();
    }

    @Test
    void anotherProcessesPuzzleIsRefused() {
        String foreign = new ProofOfWorkCaptcha(4, Duration.ofMinutes(5), Clock.systemUTC()).challenge().puzzle();
        assertThat(captcha.verify(Map.of(ProofOfWorkCaptcha.PUZZLE_FIELD, foreign,
                ProofOfWorkCaptcha.NONCE_FIELD, ProofOfWorkCaptcha.solve(foreign)))).isFalse();
        assertThatThrownBy(() -> new ProofOfWorkCaptcha(0, Duration.ofMinutes(1), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A solution of the forged text when it still parses, so only the signature can refuse it. */
    private static String forgedSolution(String forged) {
        String[] parts = forged.split("\\.");
        if (parts.length != 4 || !parts[1].matches("[0-9]{1,2}") || Integer.parseInt(parts[1]) > 12) {
            return "0"; // unparsable, or a forged difficulty too costly to solve here
        }
        return ProofOfWorkCaptcha.solve(forged);
    }
}
