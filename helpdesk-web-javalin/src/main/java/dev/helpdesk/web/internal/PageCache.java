package dev.helpdesk.web.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.ContactId;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Signed-in pages kept as the bytes sent, so that showing the same page again costs no database read. A page is
 * reused only
 * <ul>
 *   <li>for the session it was rendered for (its CSRF token is in it, and what the contact may see), in the same
 *       language and time zone, at the same URL;</li>
 *   <li>while the storage's {@link dev.helpdesk.core.port.DataVersion} is the one read before the page was made:
 *       any commit, by anyone, and the page is made again;</li>
 *   <li>for {@code maxAge}, since "5 minutes ago" grows older without any commit. Then one request makes the page
 *       again while the others go on getting the kept one, for up to another {@code maxAge}: a page read by many
 *       at once is not made by all of them at the same moment.</li>
 * </ul>
 * When a page must be made, requests for the same key at the same version wait for the one making it rather than
 * each making it too: the page it makes read the data after that version, as a kept one would have.
 * Bounded by the bytes it holds; the least used pages go first.
 */
final class PageCache {
    /** What a kept page was made for. */
    record Key(String csrfToken, ContactId contact, Language language, ZoneId zone, String url) {
    }

    private record Kept(Object version, long madeAt, byte[] body, AtomicBoolean remaking) {
    }

    /**
     * A page being made for a key at a version: {@code page} completes with its bytes, or with null when it was
     * not a page to keep (an error, a 404).
     */
    record Turn(Object version, CompletableFuture<byte[]> page, boolean mine) {
    }

    /** How long a request waits for another one making the same page before making it itself. */
    private static final long WAIT_SECONDS = 5;

    private final Cache<Key, Kept> pages;
    private final boolean enabled;
    private final long maxAgeNanos;
    private final ConcurrentMap<Key, Turn> making = new ConcurrentHashMap<>();

    PageCache(long maxBytes, Duration maxAge) {
        this.enabled = maxBytes > 0 && maxAge.compareTo(Duration.ZERO) > 0;
        this.maxAgeNanos = enabled ? maxAge.toNanos() : 0;
        this.pages = Caffeine.newBuilder().maximumWeight(Math.max(0, maxBytes))
                .weigher((Key key, Kept kept) -> kept.body().length + 2 * key.url().length() + 256)
                .expireAfterWrite(Duration.ofNanos(Math.max(1, 2 * maxAgeNanos))).build();
    }

    boolean enabled() {
        return enabled;
    }

    /**
     * The page kept for {@code key}, if it was made at {@code version} and is young enough; empty when it must be
     * made (see {@link #turn}).
     */
    Optional<byte[]> find(Key key, Object version) {
        Kept kept = pages.getIfPresent(key);
        if (kept == null || !kept.version().equals(version)) {
            return Optional.empty();
        }
        long age = System.nanoTime() - kept.madeAt();
        if (age < maxAgeNanos) {
            return Optional.of(kept.body());
        }
        // too old: the first to ask makes it again; the others get the kept page meanwhile, up to twice the age
        boolean someoneElseRemakes = !kept.remaking().compareAndSet(false, true);
        return someoneElseRemakes && age < 2 * maxAgeNanos ? Optional.of(kept.body()) : Optional.empty();
    }

    /**
     * Who makes the page for {@code key} at {@code version}: the caller ({@link Turn#mine()}; it must call {@link
     * #made}, even when it fails), or a request already making it, to {@link #await}.
     */
    Turn turn(Key key, Object version) {
        Turn mine = new Turn(version, new CompletableFuture<>(), true);
        Turn current = making.compute(key, (k, other) -> other != null && other.version().equals(version)
                ? other : mine);
        return current == mine ? mine : new Turn(version, current.page(), false);
    }

    /** Ends the caller's turn: keeps {@code body} (null: nothing to keep) and hands it to those waiting. */
    void made(Key key, Turn turn, byte[] body) {
        if (body != null) {
            pages.put(key, new Kept(turn.version(), System.nanoTime(), body, new AtomicBoolean()));
        }
        making.remove(key, turn);
        turn.page().complete(body);
    }

    /** The page another request made; empty if it failed or took too long, and the caller makes it itself. */
    static Optional<byte[]> await(Turn turn) {
        try {
            return Optional.ofNullable(turn.page().get(WAIT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }
}
