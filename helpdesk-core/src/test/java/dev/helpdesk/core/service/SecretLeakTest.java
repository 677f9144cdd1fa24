package dev.helpdesk.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.helpdesk.core.domain.secret.SecretShare;
import dev.helpdesk.core.domain.secret.SecretShareId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.port.OutboxEntry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The clear value of a shared secret appears nowhere but in {@link RevealedSecret#value()}: not in a view, a
 * {@code toString}, an outbox entry, a ticket search or a log line, all levels on.
 */
class SecretLeakTest {
    private static final String SECRET = "Zebra7 quokka9 marmalade";
    private final World world = new World();
    private final Logger helpdesk = (Logger) LoggerFactory.getLogger("dev.helpdesk");
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Level level;
    private boolean additive;

    /** Every line of the library's loggers, at every level, goes to the list only (not to the console). */
    @BeforeEach
    void captureEveryLogLine() {
        level = helpdesk.getLevel();
        additive = helpdesk.isAdditive();
        helpdesk.setLevel(Level.ALL);
        helpdesk.setAdditive(false);
        logs.start();
        helpdesk.addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        helpdesk.detachAppender(logs);
        helpdesk.setAdditive(additive);
        helpdesk.setLevel(level);
    }

    @Test
    void theSecretLeaksIntoNoViewEventSearchOrLog() {
        TicketId ticket = world.open(world.anna, World.OTHER, "My site is down");
        SecretShareView view = world.secrets().share(world.anna, ticket, "Hosting panel", SECRET.toCharArray());
        RevealedSecret revealed = world.secrets().reveal(world.tess, view.id());
        world.advance(Duration.ofDays(8));
        world.secrets().purgeExpired();

        assertThat(new String(revealed.value())).isEqualTo(SECRET);
        assertThat(List.of(view.toString(), revealed.toString(), world.secrets().list(world.anna, ticket).toString(),
                world.secrets().list(world.tess, ticket).toString(),
                world.secrets().reveals(world.tess, view.id()).toString(),
                world.tickets().get(world.tess, ticket).toString()))
                .allSatisfy(text -> assertThat(text).doesNotContain(SECRET).doesNotContain("Zebra7"));

        List<OutboxEntry> outbox = world.storage.outbox().pending(1000);
        assertThat(outbox).extracting(e -> e.event().type())
                .contains("secret.shared", "secret.revealed", "secret.purged");
        assertThat(outbox.toString()).doesNotContain("Zebra7").doesNotContain("quokka9");

        for (String word : SECRET.split(" ")) {
            assertThat(world.tickets().list(world.tess, ListTickets.firstPage().searching(word)).items())
                    .as("an agent's search for '%s'", word).isEmpty();
            assertThat(world.tickets().list(world.anna, ListTickets.firstPage().searching(word)).items())
                    .as("the customer's search for '%s'", word).isEmpty();
        }
        assertThat(world.tickets().list(world.tess, ListTickets.firstPage().searching("site")).items())
                .as("search works: the ticket's own words find it").hasSize(1);

        assertThat(logs.list).as("the services logged something, so the capture works")
                .anySatisfy(line -> assertThat(line.getFormattedMessage()).contains("revealed by agent tess"));
        assertThat(logs.list).allSatisfy(line -> {
            assertThat(line.getFormattedMessage()).doesNotContain("Zebra7").doesNotContain("quokka9");
            assertThat(String.valueOf(line.getThrowableProxy() == null ? "" : line.getThrowableProxy().getMessage()))
                    .doesNotContain("Zebra7");
        });
    }

    @Test
    void theStoredShareHoldsOnlyCiphertext() {
        TicketId ticket = world.open(world.anna, World.OTHER, "My site is down");
        SecretShareId id = world.secrets().share(world.anna, ticket, "", SECRET.toCharArray()).id();

        SecretShare stored = world.storage.secretShares().find(id).orElseThrow();
        byte[] bytes = stored.ciphertext().orElseThrow().bytes();

        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Zebra7");
        assertThat(stored.toString()).doesNotContain("Zebra7");
    }

    @Test
    void aRevealedSecretCanBeOverwritten() {
        TicketId ticket = world.open(world.anna, World.OTHER, "My site is down");
        RevealedSecret revealed = world.secrets().reveal(world.tess,
                world.secrets().share(world.anna, ticket, "", SECRET.toCharArray()).id());

        char[] copy = revealed.value();
        revealed.clear();

        assertThat(new String(copy)).isEqualTo(SECRET);
        assertThat(new String(revealed.value())).doesNotContain("Zebra7");
    }
}
