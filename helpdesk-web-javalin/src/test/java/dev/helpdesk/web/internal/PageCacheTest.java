package dev.helpdesk.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.ContactId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What the page cache gives back as a page ages; the pages' own tests cover versions, sessions and messages. */
class PageCacheTest {
    private static final PageCache.Key KEY = new PageCache.Key("token", ContactId.of("paola"), Language.EN,
            ZoneOffset.UTC, "/support/tickets");
    private static final byte[] PAGE = "<p>kept</p>".getBytes(StandardCharsets.UTF_8);

    @Test
    void pastItsAgeOneRequestMakesThePageAgainWhileTheOthersGetTheKeptOneUntilTwiceTheAge() throws Exception {
        PageCache cache = new PageCache(1024 * 1024, Duration.ofMillis(300));
        PageCache.Turn first = cache.turn(KEY, 1L);
        cache.made(KEY, first, PAGE);
        assertThat(cache.find(KEY, 1L)).as("young").contains(PAGE);
        assertThat(cache.find(KEY, 2L)).as("another version").isEmpty();

        Thread.sleep(350);
        assertThat(cache.find(KEY, 1L)).as("the first to ask past the age makes it").isEmpty();
        assertThat(cache.find(KEY, 1L)).as("the others meanwhile").contains(PAGE);

        Thread.sleep(300);
        assertThat(cache.find(KEY, 1L)).as("past twice the age, nobody gets it").isEmpty();
    }

    @Test
    void aTurnAtTheSameVersionIsShared() {
        PageCache cache = new PageCache(1024 * 1024, Duration.ofSeconds(10));
        PageCache.Turn maker = cache.turn(KEY, 1L);
        PageCache.Turn waiter = cache.turn(KEY, 1L);
        PageCache.Turn newer = cache.turn(KEY, 2L);

        assertThat(maker.mine()).isTrue();
        assertThat(waiter.mine()).as("same key and version: wait").isFalse();
        assertThat(newer.mine()).as("a newer version is made anew").isTrue();
        cache.made(KEY, maker, PAGE);
        assertThat(PageCache.await(waiter)).contains(PAGE);
        cache.made(KEY, newer, null);
        assertThat(cache.find(KEY, 2L)).as("nothing kept for a page not to keep").isEmpty();
    }
}
