package dev.helpdesk.web.captcha;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.helpdesk.core.port.CaptchaVerifier;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The default captcha, self-hosted and offline: a proof of work. The form carries a signed puzzle; the page's
 * script finds a number whose SHA-256 with the puzzle starts with {@code difficulty} zero bits (about 2^difficulty
 * hashes: a moment for one person, a cost for a script sending thousands). With scripts off, the person answers a
 * small sum instead. Each puzzle is accepted once and for {@link #validity} only.
 *
 * <p>Puzzle format: {@code expiryEpochSeconds.difficulty.sumA.sumB.random.hmac}; the HMAC key is random per process,
 * so puzzles do not survive a restart.
 */
public final class ProofOfWorkCaptcha implements CaptchaVerifier {
    public static final String PUZZLE_FIELD = "captcha_puzzle";
    public static final String NONCE_FIELD = "captcha_nonce";
    public static final String ANSWER_FIELD = "captcha_answer";

    private static final SecureRandom RANDOM = new SecureRandom();
    private final int difficulty;
    private final Duration validity;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Cache<String, Boolean> used;

    public ProofOfWorkCaptcha() {
        this(16, Duration.ofMinutes(30), Clock.systemUTC());
    }

    public ProofOfWorkCaptcha(int difficulty, Duration validity, Clock clock) {
        if (difficulty < 1 || difficulty > 28) {
            throw new IllegalArgumentException("difficulty must be 1..28 bits but was " + difficulty);
        }
        this.difficulty = difficulty;
        this.validity = validity;
        this.clock = clock;
        RANDOM.nextBytes(key);
        this.used = Caffeine.newBuilder().expireAfterWrite(validity.plusMinutes(1)).maximumSize(1_000_000).build();
    }

    @Override
    public Challenge challenge() {
        long expiry = Instant.now(clock).plus(validity).getEpochSecond();
        int a = 1 + RANDOM.nextInt(9);
        int b = 1 + RANDOM.nextInt(9);
        byte[] salt = new byte[12];
        RANDOM.nextBytes(salt);
        String body = expiry + "." + difficulty + "." + a + "." + b + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(salt);
        String puzzle = body + "." + sign(body);
        return new Challenge(Map.of(PUZZLE_FIELD, puzzle), "proof-of-work", puzzle, a + " + " + b);
    }

    @Override
    public boolean verify(Map<String, String> fields) {
        String puzzle = fields.getOrDefault(PUZZLE_FIELD, "");
        String[] parts = puzzle.split("\\.");
        if (parts.length != 6) {
            return false;
        }
        String body = String.join(".", parts[0], parts[1], parts[2], parts[3], parts[4]);
        if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
                parts[5].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try {
            if (Instant.now(clock).getEpochSecond() > Long.parseLong(parts[0])) {
                return false;
            }
            int bits = Integer.parseInt(parts[1]);
            boolean solved = solves(puzzle, fields.getOrDefault(NONCE_FIELD, ""), bits)
                    || answers(parts[2], parts[3], fields.getOrDefault(ANSWER_FIELD, ""));
            // Accepted once: the same solved puzzle sent again (a replayed form) fails.
            return solved && used.asMap().putIfAbsent(puzzle, Boolean.TRUE) == null;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether SHA-256 of {@code puzzle + ":" + nonce} starts with {@code bits} zero bits. */
    static boolean solves(String puzzle, String nonce, int bits) {
        if (nonce.isEmpty() || nonce.length() > 20) {
            return false;
        }
        byte[] hash = sha256((puzzle + ":" + nonce).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < bits; i++) {
            if ((hash[i / 8] & (0x80 >>> (i % 8))) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Finds a nonce the slow way, as the page's script does (for tests and for clients without the script). */
    public static String solve(String puzzle) {
        int bits = Integer.parseInt(puzzle.split("\\.")[1]);
        for (long nonce = 0; ; nonce++) {
            if (solves(puzzle, Long.toString(nonce), bits)) {
                return Long.toString(nonce);
            }
        }
    }

    private static boolean answers(String a, String b, String answer) {
        try {
            return !answer.isBlank() && Integer.parseInt(answer.strip()) == Integer.parseInt(a) + Integer.parseInt(b);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
