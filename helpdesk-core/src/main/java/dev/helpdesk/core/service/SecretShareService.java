package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.secret.Ciphertext;
import dev.helpdesk.core.domain.secret.SecretEvents;
import dev.helpdesk.core.domain.secret.SecretReveal;
import dev.helpdesk.core.domain.secret.SecretShare;
import dev.helpdesk.core.domain.secret.SecretShareId;
import dev.helpdesk.core.domain.secret.SecretSharePolicy;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketAccess;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.domain.ticket.Viewer;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.NotFoundException;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.IdGenerator;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.SecretCipher;
import dev.helpdesk.core.port.SecretShareRepository;
import dev.helpdesk.core.port.TicketRepository;
import dev.helpdesk.core.port.Transactor;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets customers share with support (seed 004: "share your password securely"). A secret is encrypted through
 * the {@link SecretCipher} before it reaches storage, with associated data binding it to its share and ticket. It
 * appears in no view, event, log line or search index: only {@link #reveal} returns it, to an agent, and records
 * the reveal in the same unit of work. After the retention the host's scheduled {@link #purgeExpired()} deletes
 * the ciphertext; from the end of the retention on it cannot be revealed, purged yet or not.
 */
public final class SecretShareService {
    private static final Logger LOG = LoggerFactory.getLogger(SecretShareService.class);
    public static final int SECRET_LIMIT = 4096;

    private final Transactor transactor;
    private final TicketRepository tickets;
    private final SecretShareRepository shares;
    private final Outbox outbox;
    private final SecretCipher cipher;
    private final Clock clock;
    private final IdGenerator ids;
    private final SecretSharePolicy policy;
    private final ViewerResolver viewers;

    @Inject
    public SecretShareService(Transactor transactor, TicketRepository tickets, SecretShareRepository shares,
                              Outbox outbox, ViewerResolver viewers, SecretCipher cipher, Clock clock, IdGenerator ids,
                              TicketSchema schema, SecretSharePolicy policy) {
        this.transactor = transactor;
        this.tickets = tickets;
        this.shares = shares;
        this.outbox = outbox;
        this.cipher = cipher;
        this.clock = clock;
        this.ids = ids;
        this.policy = policy;
        this.viewers = viewers;
    }

    /**
     * A customer who may act on the ticket shares a secret with support. The caller keeps {@code secret} and should
     * overwrite it afterwards; nothing here keeps it in clear.
     *
     * @param label  what it is, one line of at most 100 characters; "Password" when blank
     * @param secret 1 to 4096 characters
     * @throws NotFoundException     when the caller cannot see the ticket
     * @throws AccessDeniedException for agents ({@code secret.customers_only}) and contacts who may only read the
     *                               ticket ({@code ticket.read_only})
     * @throws InvalidInputException for a label or secret out of bounds (field {@code label} or {@code secret})
     */
    public SecretShareView share(Caller caller, TicketId ticketId, String label, char[] secret) {
        Viewer viewer = viewers.resolve(caller);
        if (viewer.isStaff()) {
            throw new AccessDeniedException("secret.customers_only", "Only customers share secrets with support");
        }
        Contact contact = ((Viewer.Customer) viewer).contact();
        String checkedLabel = SecretShare.label(label);
        requireSecret(secret);
        Arrays.fill(utf8(secret), (byte) 0); // refuses a malformed secret before any work
        SecretShare stored = transactor.inTransaction(() -> {
            Ticket ticket = visible(viewer, ticketId);
            if (!TicketAccess.canAct(viewer, ticket.summary())) {
                throw new AccessDeniedException("ticket.read_only",
                        "You may read this ticket but not share secrets on it");
            }
            Instant now = now();
            SecretShareId id = SecretShareId.of(ids.newId());
            SecretShare share = SecretShare.shared(id, ticket.id(), checkedLabel, contact.id(), now,
                    now.plus(policy.retention()), encrypt(secret, SecretShare.associatedData(id, ticket.id())));
            shares.insert(share);
            outbox.append(new SecretEvents.SecretShared(id, ticket.id(), contact.id(), now));
            return share;
        });
        LOG.debug("secret share {} added to ticket {}", stored.id(), ticketId);
        return SecretShareView.of(stored, stored.sharedAt(), 0);
    }

    /** The secrets shared on a ticket, without their values, for whoever may see the ticket. */
    public List<SecretShareView> list(Caller caller, TicketId ticketId) {
        Viewer viewer = viewers.resolve(caller);
        visible(viewer, ticketId);
        Instant now = now();
        return shares.onTicket(ticketId).stream()
                .map(share -> SecretShareView.of(share, now, shares.reveals(share.id()).size()))
                .toList();
    }

    /**
     * An agent who may see the ticket reads the secret; the reveal (who, when) and a
     * {@link SecretEvents.SecretRevealed} event are recorded in the same unit of work.
     *
     * @throws AccessDeniedException {@code secret.agents_only} for customers
     * @throws NotFoundException     {@code secret.not_found} for an unknown share or one on a ticket the agent
     *                               cannot see
     * @throws ConflictException     {@code secret.purged} once its retention is over
     */
    public RevealedSecret reveal(Caller caller, SecretShareId shareId) {
        Viewer viewer = viewers.resolve(caller);
        if (!viewer.isStaff()) {
            throw new AccessDeniedException("secret.agents_only", "Only support agents may reveal a shared secret");
        }
        AgentId agent = ((Viewer.Staff) viewer).agent().id();
        RevealedSecret revealed = transactor.inTransaction(() -> {
            SecretShare share = visibleShare(viewer, shareId);
            Instant now = now();
            if (!share.readableAt(now)) {
                throw new ConflictException("secret.purged", "This secret was purged at the end of its retention; "
                        + "ask the customer to share it again", Map.of("share", shareId.value()));
            }
            char[] value = decrypt(share);
            try {
                shares.recordReveal(new SecretReveal(share.id(), agent, now));
                outbox.append(new SecretEvents.SecretRevealed(share.id(), share.ticket(), agent, now));
                return new RevealedSecret(share.id(), share.label(), value);
            } finally {
                Arrays.fill(value, '\0');
            }
        });
        LOG.info("secret share {} revealed by agent {}", shareId, agent);
        return revealed;
    }

    /** Who revealed a secret, when; oldest first. Agents who may see its ticket only. */
    public List<SecretRevealView> reveals(Caller caller, SecretShareId shareId) {
        Viewer viewer = viewers.resolve(caller);
        if (!viewer.isStaff()) {
            throw new AccessDeniedException("secret.agents_only", "Only support agents may see who revealed a secret");
        }
        visibleShare(viewer, shareId);
        return shares.reveals(shareId).stream().map(r -> new SecretRevealView(r.share(), r.agent(), r.at())).toList();
    }

    /**
     * Deletes the ciphertext of every secret whose retention is over and marks it purged, raising a
     * {@link SecretEvents.SecretPurged} for each. The host schedules it (hourly, say); it is safe to run at any time.
     *
     * @return how many secrets were purged
     */
    public int purgeExpired() {
        int purged = transactor.inTransaction(() -> {
            Instant now = now();
            List<SecretShare> done = shares.purgeDue(now);
            done.forEach(share -> outbox.append(new SecretEvents.SecretPurged(share.id(), share.ticket(), now)));
            return done.size();
        });
        if (purged > 0) {
            LOG.info("purged {} shared secrets at the end of their retention", purged);
        }
        return purged;
    }

    private Ticket visible(Viewer viewer, TicketId id) {
        return tickets.find(id).filter(t -> TicketAccess.canView(viewer, t.summary())).orElseThrow(() ->
                new NotFoundException("ticket.not_found", "There is no such ticket, or you may not see it"));
    }

    private SecretShare visibleShare(Viewer viewer, SecretShareId id) {
        return shares.find(id)
                .filter(share -> tickets.find(share.ticket()).filter(t -> TicketAccess.canView(viewer, t.summary()))
                        .isPresent())
                .orElseThrow(() -> new NotFoundException("secret.not_found",
                        "There is no such shared secret, or you may not see it"));
    }

    private static void requireSecret(char[] secret) {
        if (secret == null || secret.length == 0) {
            throw InvalidInputException.of("secret", "required", "enter the secret to share");
        }
        if (secret.length > SECRET_LIMIT) {
            // the message gives the length only, never the value
            throw InvalidInputException.of("secret", "too_long",
                    "secret is " + secret.length + " characters long; the limit is " + SECRET_LIMIT);
        }
    }

    private Ciphertext encrypt(char[] secret, byte[] associatedData) {
        byte[] plain = utf8(secret);
        try {
            return new Ciphertext(cipher.encrypt(plain, associatedData));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The secret in UTF-8; a lone surrogate (no character at all) is refused rather than turned into '?'. */
    private static byte[] utf8(char[] secret) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer encoded;
        try {
            encoded = encoder.encode(CharBuffer.wrap(secret));
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("secret", "malformed", "secret contains an invalid character");
        }
        byte[] plain = new byte[encoded.remaining()];
        encoded.get(plain);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return plain;
    }

    private char[] decrypt(SecretShare share) {
        byte[] plain = cipher.decrypt(share.ciphertext().orElseThrow().bytes(), share.associatedData());
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
            char[] value = new char[decoded.remaining()];
            decoded.get(value);
            if (decoded.hasArray()) {
                Arrays.fill(decoded.array(), '\0');
            }
            return value;
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Storage time has millisecond precision everywhere, so the domain does too. */
    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
