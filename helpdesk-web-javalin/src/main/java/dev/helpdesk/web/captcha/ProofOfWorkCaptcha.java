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
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The default captcha, self-hosted and offline: a proof of work. The form carries a signed puzzle; the page's
 * script finds a number whose SHA-256 with the puzzle starts with {@code difficulty} zero bits (about 2^difficulty
 * hashes: a moment for one person, a cost for a script sending thousands). With scripts off, the person types the
 * sum shown in a small picture instead (a two-digit number and a digit).
 *
 * <p>Nothing sent answers it: the puzzle is {@code expiryEpochSeconds.difficulty.salt.hmac}, and the two numbers of
 * the sum are derived from the salt with the server's key (HMAC), so only the server knows them; the page shows them
 * drawn as strokes in an SVG picture, not as text. Each puzzle is answered once, right or wrong (remembered in
 * memory until it expires: per node), and for {@link #validity} only. The key is random per process unless given, so with several
 * nodes give each the same key.
 */
public final class ProofOfWorkCaptcha implements CaptchaVerifier {
    public static final String PUZZLE_FIELD = "captcha_puzzle";
    public static final String NONCE_FIELD = "captcha_nonce";
    public static final String ANSWER_FIELD = "captcha_answer";

    private static final SecureRandom RANDOM = new SecureRandom();
    private final int difficulty;
    private final Duration validity;
    private final Clock clock;
    private final byte[] key;
    private final Cache<String, Boolean> used;

    /** Leading zero bits a browser's proof of work needs by default. */
    public static final int DEFAULT_DIFFICULTY = 16;
    /** How long a puzzle can be answered by default. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(30);

    public ProofOfWorkCaptcha() {
        this(DEFAULT_DIFFICULTY, DEFAULT_VALIDITY, Clock.systemUTC());
    }

    public ProofOfWorkCaptcha(int difficulty, Duration validity, Clock clock) {
        this(difficulty, validity, clock, randomKey());
    }

    /**
     * @param key at least 32 bytes of secret, the same on every node serving one portal
     */
    public ProofOfWorkCaptcha(int difficulty, Duration validity, Clock clock, byte[] key) {
        if (difficulty < 1 || difficulty > 28) {
            throw new IllegalArgumentException("difficulty must be 1..28 bits but was " + difficulty);
        }
        Objects.requireNonNull(key, "key");
        if (key.length < 32) {
            throw new IllegalArgumentException("the key must have at least 32 bytes");
        }
        this.difficulty = difficulty;
        this.validity = Objects.requireNonNull(validity, "validity");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.key = key.clone();
        this.used = Caffeine.newBuilder().expireAfterWrite(validity.plusMinutes(1)).maximumSize(1_000_000).build();
    }

    @Override
    public Challenge challenge() {
        long expiry = Instant.now(clock).plus(validity).getEpochSecond();
        byte[] salt = new byte[12];
        RANDOM.nextBytes(salt);
        String body = expiry + "." + difficulty + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(salt);
        String puzzle = body + "." + hex(mac("puzzle:" + body));
        int[] sum = sum(body);
        return new Challenge(Map.of(PUZZLE_FIELD, puzzle), "proof-of-work", puzzle, "", SumPicture.dataUri(sum[0],
                sum[1], RANDOM));
    }

    @Override
    public boolean verify(Map<String, String> fields) {
        String puzzle = fields.getOrDefault(PUZZLE_FIELD, "");
        String[] parts = puzzle.split("\\.");
        if (parts.length != 4) {
            return false;
        }
        String body = String.join(".", parts[0], parts[1], parts[2]);
        if (!MessageDigest.isEqual(hex(mac("puzzle:" + body)).getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try {
            if (Instant.now(clock).getEpochSecond() > Long.parseLong(parts[0])) {
                return false;
            }
            int bits = Integer.parseInt(parts[1]);
            // One answer per puzzle, right or wrong: a replayed form fails, and a script cannot try every sum
            if (used.asMap().putIfAbsent(puzzle, Boolean.TRUE) != null) {
                return false;
            }
            int[] sum = sum(body);
            return solves(puzzle, fields.getOrDefault(NONCE_FIELD, ""), bits)
                    || answers(sum[0] + sum[1], fields.getOrDefault(ANSWER_FIELD, ""));
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

    /** The sum of a puzzle, for tests that play the person reading the picture; nobody else can tell it. */
    int sumOf(String puzzle) {
        String[] parts = puzzle.split("\\.");
        int[] sum = sum(String.join(".", parts[0], parts[1], parts[2]));
        return sum[0] + sum[1];
    }

    /**
     * The two numbers (10 to 99, 1 to 9) of the puzzle's sum, from the keyed hash of its body: 90 likely answers at
     * least, and one guess per puzzle.
     */
    private int[] sum(String body) {
        byte[] derived = mac("sum:" + body);
        int wide = ((derived[0] & 0xff) << 8) | (derived[1] & 0xff);
        return new int[] {10 + wide % 90, 1 + (derived[2] & 0xff) % 9};
    }

    private static boolean answers(int expected, String answer) {
        String typed = answer.strip();
        if (typed.isEmpty() || typed.length() > 3) {
            return false;
        }
        try {
            return Integer.parseInt(typed) == expected;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
