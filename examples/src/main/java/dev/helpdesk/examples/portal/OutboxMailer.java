package dev.helpdesk.examples.portal;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's mail delivery, and the only way mail leaves it: a background thread claims outbox entries, turns
 * each into an e-mail (or none: most events concern no one's inbox), logs who it is for and its subject, keeps
 * it in the {@link SentMailbox}, then acknowledges the entry. A failure releases the entry for the outbox's
 * retries. A real deployment runs the mail adapter's SMTP sender the same way.
 */
final class OutboxMailer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxMailer.class);
    private static final int BATCH = 20;
    private static final Duration LEASE = Duration.ofMinutes(1);
    static final Duration POLL = Duration.ofMillis(200);

    private final Outbox outbox;
    private final AccountMails accountMails;
    private final TicketMails ticketMails;
    private final SentMailbox mailbox;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread daemon = new Thread(runnable, "demo-outbox-mailer");
        daemon.setDaemon(true);
        return daemon;
    });

    OutboxMailer(Helpdesk helpdesk, Outbox outbox, SentMailbox mailbox) {
        this.outbox = outbox;
        this.accountMails = new AccountMails(helpdesk);
        this.ticketMails = new TicketMails(helpdesk);
        this.mailbox = mailbox;
    }

    void start() {
        thread.scheduleWithFixedDelay(this::deliverDue, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round: every due entry, batch after batch. */
    void deliverDue() {
        try {
            for (List<OutboxEntry> batch = outbox.claim(BATCH, LEASE); !batch.isEmpty();
                 batch = outbox.claim(BATCH, LEASE)) {
                batch.forEach(this::deliver);
            }
        } catch (RuntimeException e) {
            // the storage failed to claim: a scheduled task that throws would never run again
            LOG.error("the demo mailer cannot read the outbox; trying again shortly", e);
        }
    }

    private void deliver(OutboxEntry entry) {
        DomainEvent event = entry.event();
        try {
            List<Draft> drafts = accountMails.compose(event);
            if (drafts.isEmpty()) {
                drafts = ticketMails.compose(event).stream().toList();
            }
            drafts.forEach(mail -> {
                mailbox.add(new SentMail(Instant.now(), mail.to(), mail.subject(), mail.body(), event.type()));
                LOG.info("demo mail to {}: {}", mail.to(), mail.subject());
            });
            outbox.acknowledge(entry.id());
        } catch (RuntimeException e) {
            LOG.warn("demo mail for outbox entry {} ({}) failed on attempt {}; the outbox retries it later",
                    entry.id(), event.type(), entry.attempts(), e);
            outbox.release(entry.id(), e.toString());
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
