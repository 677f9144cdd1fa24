package dev.helpdesk.web.support;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.IdGenerator;
import dev.helpdesk.core.port.RateLimit;
import dev.helpdesk.core.service.TicketOpeningLimits;
import dev.helpdesk.defaults.Argon2idPasswordHasher;
import dev.helpdesk.defaults.Bucket4jRateLimiter;
import dev.helpdesk.defaults.CommonmarkMarkdownRenderer;
import dev.helpdesk.defaults.TinkKeysets;
import dev.helpdesk.defaults.TinkSecretCipher;
import dev.helpdesk.web.HelpdeskPortal;
import dev.helpdesk.web.PortalConfig;
import io.javalin.Javalin;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * A real portal on a free port, over the in-memory adapter with the real library ports (Argon2id, Tink,
 * CommonMark, Bucket4j) and the test people of {@link DemoData}, mounted under {@code /support} in a host app.
 * Close it after the test.
 */
public final class TestPortal implements AutoCloseable {
    public static final String PREFIX = "/support";
    private final Javalin app;
    private final Helpdesk helpdesk;

    private TestPortal(Helpdesk helpdesk, Consumer<PortalConfig> extra) {
        this.helpdesk = helpdesk;
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // as a host behind its reverse proxy does: the client is the X-Forwarded-For address, so that tests can
            // play several clients (PortalClient.from)
            config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(new ForwardedRequestCustomizer()));
            config.routes.get("/", ctx -> ctx.result("host home"));
            config.registerPlugin(new HelpdeskPortal(portal -> {
                portal.helpdesk = helpdesk;
                portal.prefix = PREFIX;
                portal.rateLimiter = new Bucket4jRateLimiter();
                extra.accept(portal);
            }));
        }).start("127.0.0.1", 0);
    }

    /** The test people and tickets, an agent's answer and a published article, over a helpdesk with more settings. */
    public static TestPortal startWithArticle(Consumer<Helpdesk.Builder> settings, Consumer<PortalConfig> extra) {
        Helpdesk helpdesk = newHelpdesk(settings);
        DemoData.loadBasics(helpdesk);
        DemoData.addReplyAndArticle(helpdesk);
        return new TestPortal(helpdesk, extra);
    }

    /** The portal with the demo people and three tickets. */
    public static TestPortal start() {
        return start(portal -> { });
    }

    /** The portal with the demo people and three tickets, and some settings changed. */
    public static TestPortal start(Consumer<PortalConfig> extra) {
        return start(builder -> { }, extra);
    }

    /** The same, over a helpdesk built with more settings (a rating policy, say). */
    public static TestPortal start(Consumer<Helpdesk.Builder> settings, Consumer<PortalConfig> extra) {
        Helpdesk helpdesk = newHelpdesk(settings);
        DemoData.loadBasics(helpdesk);
        return new TestPortal(helpdesk, extra);
    }

    public static Helpdesk newHelpdesk() {
        return newHelpdesk(builder -> { });
    }

    public static Helpdesk newHelpdesk(Consumer<Helpdesk.Builder> settings) {
        Helpdesk.Builder builder = Helpdesk.builder().storage(new InMemoryStorage()).schema(DemoData.schema())
                .clock(new AdvancingClock()).ids(IdGenerator.secureRandom()).markdown(new CommonmarkMarkdownRenderer())
                .secretCipher(TinkSecretCipher.fromCleartextKeysetForTestsAndDevOnly(
                        TinkKeysets.newCleartextKeysetForTestsAndDevOnly()))
                .passwordHasher(new Argon2idPasswordHasher()).rateLimiter(new Bucket4jRateLimiter())
                // tests open many tickets quickly; the limit's own test sets TicketOpeningLimits.defaults()
                .ticketOpeningLimits(new TicketOpeningLimits(List.of(RateLimit.of("tests", 10_000,
                        Duration.ofMinutes(1)))));
        settings.accept(builder);
        return builder.build();
    }

    public Helpdesk helpdesk() {
        return helpdesk;
    }

    /** The portal's address, such as {@code http://127.0.0.1:41234/support}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + app.port() + PREFIX;
    }

    /** A new browser-like client with its own cookies. */
    public PortalClient client() {
        return new PortalClient(baseUrl());
    }

    @Override
    public void close() {
        app.stop();
    }
}
