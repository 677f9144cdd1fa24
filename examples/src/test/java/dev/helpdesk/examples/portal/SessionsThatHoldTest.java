package dev.helpdesk.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.IdGenerator;
import dev.helpdesk.defaults.Argon2idPasswordHasher;
import dev.helpdesk.defaults.Bucket4jRateLimiter;
import dev.helpdesk.defaults.CommonmarkMarkdownRenderer;
import dev.helpdesk.storage.jdbc.JdbcStorage;
import dev.helpdesk.web.HelpdeskPortal;
import dev.helpdesk.examples.portal.demo.DemoData;
import io.javalin.Javalin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions live in the storage: a restart of the portal over the same SQLite file signs nobody out, and two portal
 * nodes over one PostgreSQL share sessions, the anonymous forms' signing key and the messages shown once.
 */
class SessionsThatHoldTest {
    private static final Pattern TICKET_LINK = Pattern.compile("href=\"(/support/tickets/(?!new\\b)[^\"?#/]+)\"");

    @TempDir
    Path directory;

    @Test
    void aRestartOnTheSameFileSignsNobodyOut() {
        PortalOptions options = new PortalOptions(directory.resolve("demo.db"), "127.0.0.1", 0);
        Browser browser;
        try (StandalonePortal first = StandalonePortal.start(options)) {
            browser = new Browser(first.origin());
            browser.get("/support/sign-in");
            assertThat(browser.post("/support/sign-in", Map.of("email", DemoData.PRIMARY_EMAIL,
                    "password", DemoData.PASSWORD)).statusCode()).isEqualTo(303);
            assertThat(browser.get("/support/tickets").statusCode()).isEqualTo(200);
        }
        try (StandalonePortal second = StandalonePortal.start(options)) {
            browser.moveTo(second.origin());
            HttpResponse<String> tickets = browser.get("/support/tickets");
            assertThat(tickets.statusCode()).as("the cookie from before the restart").isEqualTo(200);
            assertThat(tickets.body()).contains("Paola");
        }
    }

    @Test
    void twoNodesOnOnePostgresShareSessions() throws Exception {
        MovableClock clock = new MovableClock();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
             JdbcStorage storageA = JdbcStorage.postgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
             JdbcStorage storageB = JdbcStorage.postgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
            Helpdesk helpdeskA = helpdesk(storageA, clock);
            Helpdesk helpdeskB = helpdesk(storageB, clock);
            DemoData.loadBasics(helpdeskA);
            Javalin nodeA = node(helpdeskA);
            Javalin nodeB = node(helpdeskB);
            try {
                String a = "http://127.0.0.1:" + nodeA.port();
                String b = "http://127.0.0.1:" + nodeB.port();
                Browser browser = new Browser(a);

                browser.get("/support/sign-in");
                browser.moveTo(b);
                assertThat(browser.post("/support/sign-in", Map.of("email", DemoData.PRIMARY_EMAIL,
                        "password", DemoData.PASSWORD)).statusCode())
                        .as("B takes the form A signed, and signs in").isEqualTo(303);

                browser.moveTo(a);
                HttpResponse<String> list = browser.get("/support/tickets");
                assertThat(list.statusCode()).as("A knows the session B started").isEqualTo(200);
                Matcher link = TICKET_LINK.matcher(list.body());
                assertThat(link.find()).as("a ticket on the list").isTrue();
                String ticket = link.group(1);
                assertThat(browser.get(ticket).statusCode()).isEqualTo(200);

                browser.moveTo(b);
                HttpResponse<String> reply = browser.post(ticket + "/reply", Map.of("body", "Sent through node B."));
                assertThat(reply.statusCode()).as("B takes the CSRF token of A's page").isEqualTo(303);
                browser.moveTo(a);
                HttpResponse<String> after = browser.get(ticket);
                assertThat(after.body()).as("the message kept by B, shown by A").contains("Your reply was sent.")
                        .contains("Sent through node B.");

                browser.moveTo(b);
                assertThat(browser.post("/support/sign-out", Map.of()).statusCode()).isEqualTo(303);
                clock.skip(Duration.ofSeconds(6)); // past A's cache time of the session (5 s by default)
                browser.moveTo(a);
                HttpResponse<String> signedOut = browser.get("/support/tickets");
                assertThat(signedOut.statusCode()).as("A no longer takes the cookie signed out on B").isEqualTo(303);
                assertThat(signedOut.headers().firstValue("Location").orElse("")).startsWith("/support/sign-in");
            } finally {
                nodeA.stop();
                nodeB.stop();
            }
        }
    }

    private static Helpdesk helpdesk(JdbcStorage storage, Clock clock) {
        return Helpdesk.builder().storage(storage).schema(DemoData.schema()).clock(clock)
                .ids(IdGenerator.secureRandom()).markdown(new CommonmarkMarkdownRenderer())
                .passwordHasher(new Argon2idPasswordHasher()).rateLimiter(new Bucket4jRateLimiter()).build();
    }

    private static Javalin node(Helpdesk helpdesk) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.registerPlugin(new HelpdeskPortal(portal -> {
                portal.helpdesk = helpdesk;
                portal.prefix = "/support";
            }));
        }).start("127.0.0.1", 0);
    }

    /** The system time, moved forward by the test: both nodes read it, as two machines read theirs. */
    private static final class MovableClock implements Clock {
        private final AtomicReference<Duration> skipped = new AtomicReference<>(Duration.ZERO);

        @Override
        public Instant now() {
            return Instant.now().plus(skipped.get());
        }

        void skip(Duration duration) {
            skipped.updateAndGet(d -> d.plus(duration));
        }
    }
}
