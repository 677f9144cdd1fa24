package dev.helpdesk.examples.portal;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.portal.PortalSettings;
import dev.helpdesk.core.domain.rating.RatingPolicy;
import dev.helpdesk.core.domain.rating.ReviewLink;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.OutboxEntry;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.PortalSettingsChange;
import dev.helpdesk.defaults.Argon2idPasswordHasher;
import dev.helpdesk.defaults.Bucket4jRateLimiter;
import dev.helpdesk.defaults.CommonmarkMarkdownRenderer;
import dev.helpdesk.defaults.TinkSecretCipher;
import dev.helpdesk.storage.jdbc.JdbcStorage;
import dev.helpdesk.examples.portal.demo.DemoData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The helpdesk of the standalone portal: an SQLite file through the JDBC adapter, the default implementations of
 * the library ports, and the demo schema. A database without the demo people gets the demo data.
 */
final class DemoHelpdesk implements AutoCloseable {
    private final JdbcStorage storage;
    private final Helpdesk helpdesk;
    private final boolean seeded;

    private DemoHelpdesk(JdbcStorage storage, Helpdesk helpdesk, boolean seeded) {
        this.storage = storage;
        this.helpdesk = helpdesk;
        this.seeded = seeded;
    }

    static DemoHelpdesk open(Path database) {
        Path file = database.toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + file, e);
        }
        TinkSecretCipher cipher = DevKeyset.loadOrCreate(DevKeyset.fileFor(file));
        JdbcStorage storage = JdbcStorage.sqlite(file);
        try {
            Helpdesk.Builder builder = Helpdesk.builder().storage(storage).schema(DemoData.schema())
                    .markdown(new CommonmarkMarkdownRenderer()).secretCipher(cipher)
                    // a happy rating invites a review, as a real helpdesk's would
                    .ratingPolicy(RatingPolicy.defaults().withReviewLinks(List.of(
                            ReviewLink.of("Review us on reviews.example", "https://reviews.example/demo-helpdesk"))))
                    .passwordHasher(new Argon2idPasswordHasher());
            Helpdesk helpdesk = builder.rateLimiter(new Bucket4jRateLimiter()).build();
            // "is the demo there?" rather than "is the file new?": a file left empty by a failed start is filled
            boolean seed = helpdesk.directory().contact(DemoData.PRIMARY).isEmpty();
            if (seed) {
                // with limits of its own: the demo's tickets do not count against the people trying the demo
                DemoData.load(builder.rateLimiter(new Bucket4jRateLimiter()).build());
                forgetEvents(storage.outbox());
            }
            return new DemoHelpdesk(storage, helpdesk, seed);
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    /**
     * The demo data stands for the past: mailing its welcome codes and ticket news now would only clutter the
     * sent-mail page, so its events are acknowledged undelivered.
     */
    private static void forgetEvents(Outbox outbox) {
        for (List<OutboxEntry> batch = outbox.claim(500, Duration.ofMinutes(1)); !batch.isEmpty();
             batch = outbox.claim(500, Duration.ofMinutes(1))) {
            batch.forEach(entry -> outbox.acknowledge(entry.id()));
        }
    }

    /** Links in mail start with the portal's base URL: make it where this run listens. */
    void useBaseUrl(String url) {
        PortalSettings current = helpdesk.portalSettings().get();
        if (!current.baseUrl().equals(url)) {
            helpdesk.portalSettings().update(Caller.agent(DemoData.AGENT), new PortalSettingsChange(url,
                    current.welcomeTexts(), current.customerTicketTypes(), current.version()));
        }
    }

    Helpdesk helpdesk() {
        return helpdesk;
    }

    Outbox outbox() {
        return storage.outbox();
    }

    /** Whether this run loaded the demo data (the database had none). */
    boolean seeded() {
        return seeded;
    }

    @Override
    public void close() {
        storage.close();
    }
}
