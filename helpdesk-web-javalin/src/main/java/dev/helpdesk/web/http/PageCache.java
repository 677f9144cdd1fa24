package dev.helpdesk.web.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.ContactId;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
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
 * Bounded by the bytes it holds; the least used pages go first.
 */
final class PageCache {
    /** What a kept page was made for. */
    record Key(String csrfToken, ContactId contact, Language language, ZoneId zone, String url) {
    }

    private record Kept(Object version, long madeAt, byte[] body, AtomicBoolean remaking) {
    }

    private final Cache<Key, Kept> pages;
    private final boolean enabled;
    private final long maxAgeNanos;

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
     * The page kept for {@code key}, if it was made at {@code version} and is young enough; empty when the caller
     * must make it (and {@link #keep} it).
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

    /** Keeps a page made after reading {@code version}. */
    void keep(Key key, Object version, byte[] body) {
        if (enabled) {
            pages.put(key, new Kept(version, System.nanoTime(), body, new AtomicBoolean()));
        }
    }
}
