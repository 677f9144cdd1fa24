package dev.helpdesk.examples.portal;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.defaults.Bucket4jRateLimiter;
import dev.helpdesk.web.HelpdeskPortal;
import dev.helpdesk.examples.portal.demo.DemoData;
import io.javalin.Javalin;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The customer portal on its own, for trying it out: an SQLite file with the demo data (created on the first run,
 * reused afterwards), the portal plugin mounted under {@value #PREFIX} in a small host app, and outbox mail
 * delivered to a demo "sent mail" page at {@value #MAIL_PAGE}.
 *
 * <pre>
 * mvn -B -q -pl examples -am -DskipTests package exec:java
 * mvn -B -q -pl examples -am -DskipTests package exec:java -Dexec.args="--db /tmp/demo.db --port 9090"
 * </pre>
 */
public final class StandalonePortal implements AutoCloseable {
    public static final String PREFIX = "/support";
    public static final String MAIL_PAGE = "/dev/mail";

    private final PortalOptions options;
    private final DemoHelpdesk demo;
    private final SentMailbox mailbox = new SentMailbox();
    private final OutboxMailer mailer;
    private final Javalin app;
    private final AtomicBoolean closed = new AtomicBoolean();

    private StandalonePortal(PortalOptions options, DemoHelpdesk demo) {
        this.options = options;
        this.demo = demo;
        this.mailer = new OutboxMailer(demo.helpdesk(), demo.outbox(), mailbox);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/", ctx -> ctx.redirect(PREFIX + "/"));
            config.routes.get(MAIL_PAGE, new SentMailPage(mailbox, PREFIX + "/"));
            config.registerPlugin(new HelpdeskPortal(portal -> {
                portal.helpdesk = demo.helpdesk();
                portal.prefix = PREFIX;
                portal.rateLimiter = new Bucket4jRateLimiter();
                portal.brandName = "Demo Helpdesk";
            }));
        }).start(options.host(), options.port());
        try {
            demo.useBaseUrl(url());
        } catch (RuntimeException e) {
            app.stop();
            throw e;
        }
        mailer.start();
    }

    public static void main(String[] args) throws InterruptedException {
        PortalOptions options;
        try {
            options = PortalOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return;
        }
        StandalonePortal portal = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(portal::close, "portal-shutdown"));
        portal.printWelcome(System.out);
        Thread.currentThread().join(); // serve until the JVM is stopped (Ctrl+C)
    }

    /** Opens (or creates) the database and serves the portal; close it to stop. */
    public static StandalonePortal start(PortalOptions options) {
        DemoHelpdesk demo = DemoHelpdesk.open(options.database());
        try {
            return new StandalonePortal(options, demo);
        } catch (RuntimeException e) {
            demo.close();
            throw e;
        }
    }

    void printWelcome(PrintStream out) {
        out.println();
        out.println("Helpdesk demo portal: " + url());
        out.println("  database " + options.database().toAbsolutePath() + (demo.seeded()
                ? " (new: demo data loaded)" : " (existing: reused; delete it to start over)"));
        out.println("  sign in with any of these, password " + DemoData.PASSWORD + ":");
        out.println("    " + DemoData.PRIMARY_EMAIL + "   primary user of Acme Srl: sees all Acme tickets");
        out.println("    " + DemoData.COLLEAGUE_EMAIL + "   member of Acme Srl");
        out.println("    " + DemoData.OUTSIDER_EMAIL + "  member of Globex: sees only Globex tickets");
        out.println("  sent mail (demo page, reset codes land here): " + origin() + MAIL_PAGE);
        out.println("Stop with Ctrl+C.");
    }

    /** The portal's address, such as {@code http://localhost:8080/support}. */
    public String url() {
        return origin() + PREFIX;
    }

    /** {@code http://localhost:8080}: loopback and "every interface" are both reached at localhost. */
    public String origin() {
        boolean local = List.of("127.0.0.1", "0.0.0.0", "localhost", "::", "::1").contains(options.host());
        return "http://" + (local ? "localhost" : options.host()) + ":" + port();
    }

    public int port() {
        return app.port();
    }

    public Path database() {
        return options.database();
    }

    public Helpdesk helpdesk() {
        return demo.helpdesk();
    }

    /** Whether this start loaded the demo data (the database had none). */
    public boolean seeded() {
        return demo.seeded();
    }

    /** The demo mail sent so far, newest first. */
    public SentMailbox mailbox() {
        return mailbox;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return; // closed by its owner, then again by the shutdown hook
        }
        app.stop();
        mailer.close();
        demo.close();
    }
}
