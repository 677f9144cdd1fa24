package dev.helpdesk.web.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.ContactId;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Signed-in pages kept as the bytes sent, so that showing the same page again costs no database read. A page is
 * reused only
 * <ul>
 *   <li>for the session it was rendered for (its CSRF token is in it, and what the contact may see), in the same
 *       language and time zone, at the same URL;</li>
 *   <li>while the storage's {@link dev.helpdesk.core.port.DataVersion} is the one read before the page was made:
 *       any commit, by anyone, and the page is made again;</li>
 *   <li>for at most {@code maxAge}, since "5 minutes ago" grows older without any commit.</li>
 * </ul>
 * Bounded by the bytes it holds; the least used pages go first.
 */
final class PageCache {
    /** What a kept page was made for. */
    record Key(String csrfToken, ContactId contact, Language language, ZoneId zone, String url) {
    }

    private record Kept(Object version, byte[] body) {
    }

    private final Cache<Key, Kept> pages;
    private final boolean enabled;

    PageCache(long maxBytes, Duration maxAge) {
        this.enabled = maxBytes > 0 && maxAge.compareTo(Duration.ZERO) > 0;
        this.pages = Caffeine.newBuilder().maximumWeight(Math.max(0, maxBytes))
                .weigher((Key key, Kept kept) -> kept.body().length + 2 * key.url().length() + 256)
                .expireAfterWrite(enabled ? maxAge : Duration.ofNanos(1)).build();
    }

    boolean enabled() {
        return enabled;
    }

    /** The page kept for {@code key}, if it was made at {@code version}. */
    Optional<byte[]> find(Key key, Object version) {
        Kept kept = pages.getIfPresent(key);
        return kept != null && kept.version().equals(version) ? Optional.of(kept.body()) : Optional.empty();
    }

    /** Keeps a page made after reading {@code version}. */
    void keep(Key key, Object version, byte[] body) {
        if (enabled) {
            pages.put(key, new Kept(version, body));
        }
    }
}
