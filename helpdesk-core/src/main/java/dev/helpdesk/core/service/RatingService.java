package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.Digests;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.rating.Rating;
import dev.helpdesk.core.domain.rating.RatingEvents;
import dev.helpdesk.core.domain.rating.RatingInvitation;
import dev.helpdesk.core.domain.rating.RatingPolicy;
import dev.helpdesk.core.domain.rating.ReviewLink;
import dev.helpdesk.core.domain.rating.SatisfactionDimension;
import dev.helpdesk.core.domain.rating.SatisfactionRow;
import dev.helpdesk.core.domain.rating.Score;
import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketAccess;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.domain.ticket.Viewer;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.NotFoundException;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.RatingRepository;
import dev.helpdesk.core.port.TicketRepository;
import dev.helpdesk.core.port.Transactor;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Satisfaction ratings (seed 004): once a ticket is resolved its requester, or a primary user of its organization,
 * rates it unhappy, neutral or happy, and may change that within the policy's change window. Unhappy needs a
 * complaint and raises {@link RatingEvents.ComplaintRaised} for managers; happy offers the review links.
 *
 * <p>E-mail: when the mail adapter handles {@code TicketResolved} it calls {@link #inviteByMail}, which hands out a
 * single-use token once and keeps only its SHA-256. The link's page calls {@link #previewInvitation} (a GET that
 * changes nothing, so a mail scanner following the link rates nothing) and the customer's confirmation calls
 * {@link #rateWithInvitation} (a POST). Reopening the ticket kills its invitations: they are bound to the
 * resolution they were issued for.
 */
public final class RatingService {
    private static final Logger LOG = LoggerFactory.getLogger(RatingService.class);
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Transactor transactor;
    private final TicketRepository tickets;
    private final RatingRepository ratings;
    private final Outbox outbox;
    private final Clock clock;
    private final TicketSchema schema;
    private final RatingPolicy policy;
    private final ViewerResolver viewers;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public RatingService(Transactor transactor, TicketRepository tickets, RatingRepository ratings, Outbox outbox,
                         ViewerResolver viewers, Clock clock, TicketSchema schema, RatingPolicy policy) {
        this.transactor = transactor;
        this.tickets = tickets;
        this.ratings = ratings;
        this.outbox = outbox;
        this.clock = clock;
        this.schema = schema;
        this.policy = policy;
        this.viewers = viewers;
    }

    public RatingPolicy policy() {
        return policy;
    }

    /**
     * Rates a resolved ticket, or changes its rating within the change window. The requester or a primary user of
     * the ticket's organization may; a colleague who only sees it may not, agents may not.
     *
     * @param comment optional, at most 2000 characters; required (the complaint) for {@link Score#UNHAPPY}
     * @throws NotFoundException      when the caller cannot see the ticket
     * @throws AccessDeniedException  for agents ({@code rating.customers_only}) and contacts who are neither the
     *                                requester nor a primary user ({@code rating.not_allowed})
     * @throws InvalidInputException  for a missing score, a missing complaint or a comment too long
     * @throws ConflictException      {@code rating.not_resolved}, {@code rating.window_closed}
     */
    public RatingOutcome rate(Caller caller, TicketId ticketId, Score score, String comment) {
        Viewer viewer = viewers.resolve(caller);
        if (viewer.isStaff()) {
            throw new AccessDeniedException("rating.customers_only", "Only customers rate tickets");
        }
        Contact contact = ((Viewer.Customer) viewer).contact();
        return transactor.inTransaction(() -> {
            Ticket ticket = tickets.find(ticketId).filter(t -> TicketAccess.canView(viewer, t.summary()))
                    .orElseThrow(RatingService::ticketNotFound);
            if (!mayRate(contact, ticket)) {
                throw new AccessDeniedException("rating.not_allowed", "Only the requester of ticket "
                        + schema.referenceOf(ticket.number()) + " or a primary user of its organization may rate it");
            }
            return rateAs(ticket, contact, score, comment);
        });
    }

    /** The ticket's current rating, for whoever may see the ticket. */
    public Optional<RatingView> ratingOf(Caller caller, TicketId ticketId) {
        Viewer viewer = viewers.resolve(caller);
        tickets.find(ticketId).filter(t -> TicketAccess.canView(viewer, t.summary()))
                .orElseThrow(RatingService::ticketNotFound);
        return ratings.find(ticketId).map(r -> RatingView.of(r, policy.changeWindow()));
    }

    /**
     * A single-use rating link for the e-mail that tells the requester their ticket was resolved. Called by the mail
     * adapter (trusted: no caller). The token is returned here once; only its SHA-256 is stored.
     *
     * @throws NotFoundException  for an unknown ticket
     * @throws ConflictException {@code rating.not_resolved} when the ticket is not resolved (any more)
     */
    public MailInvitation inviteByMail(TicketId ticketId) {
        String token = newToken();
        MailInvitation invitation = transactor.inTransaction(() -> {
            Ticket ticket = tickets.find(ticketId).orElseThrow(RatingService::ticketNotFound);
            Instant resolved = ticket.resolvedAt().orElseThrow(() -> notResolved(ticket));
            Instant now = now();
            Instant expires = now.plus(policy.invitationValidity());
            ratings.saveInvitation(new RatingInvitation(sha256(token), ticket.id(), resolved, now, expires));
            return new MailInvitation(ticket.id(), token, expires);
        });
        LOG.debug("rating invitation issued for ticket {}", ticketId);
        return invitation;
    }

    /**
     * What the link would rate; changes nothing and may be called any number of times (safe for link scanners).
     *
     * @throws AuthenticationFailedException {@code rating.invitation_invalid} for a token that is malformed,
     *                                       unknown, used or expired, or whose ticket was reopened since
     */
    public InvitationPreview previewInvitation(String token) {
        // reads only: no unit of work, so a scanner fetching links takes no write lock
        Usable usable = usable(token);
        return new InvitationPreview(usable.ticket().id(), schema.referenceOf(usable.ticket().number()),
                usable.ticket().subject(), usable.invitation().expiresAt());
    }

    /**
     * The confirming step of an e-mailed link: uses the token up and rates as the ticket's requester, all in one
     * unit of work (a refused rating leaves the token usable).
     *
     * @throws AuthenticationFailedException {@code rating.invitation_invalid}, as for {@link #previewInvitation}
     * @throws InvalidInputException         as for {@link #rate}
     * @throws ConflictException             {@code rating.window_closed}, as for {@link #rate}
     */
    public RatingOutcome rateWithInvitation(String token, Score score, String comment) {
        return transactor.inTransaction(() -> {
            Usable usable = usable(token);
            RatingOutcome outcome = rateAs(usable.ticket(), null, score, comment);
            if (!ratings.consumeInvitation(usable.invitation().tokenHash())) {
                throw invalidInvitation();
            }
            return outcome;
        });
    }

    /**
     * Satisfaction counted per team, agent, category or month, over the ratings given in {@code [from, to)}. Staff
     * only.
     */
    public List<SatisfactionRow> satisfaction(Caller caller, SatisfactionDimension dimension, Instant from,
                                              Instant to) {
        if (!viewers.resolve(caller).isStaff()) {
            throw new AccessDeniedException("staff.only", "Only support agents may see satisfaction figures");
        }
        if (dimension == null) {
            throw InvalidInputException.of("dimension", "required", "choose team, agent, category or month");
        }
        if (from == null) {
            throw InvalidInputException.of("from", "required", "give the start of the period");
        }
        if (to == null) {
            throw InvalidInputException.of("to", "required", "give the end of the period");
        }
        if (!to.isAfter(from)) {
            throw InvalidInputException.of("to", "after_from", "the end of the period must be after its start");
        }
        return ratings.satisfaction(dimension, from, to);
    }

    /** Rates inside the caller's unit of work; {@code by} is null for the requester (e-mailed links). */
    private RatingOutcome rateAs(Ticket ticket, Contact by, Score score, String comment) {
        ticket.resolvedAt().orElseThrow(() -> notResolved(ticket));
        Instant now = now();
        Optional<Rating> previous = ratings.find(ticket.id());
        Rating rating = Rating.rate(ticket, previous, score, comment, by == null ? ticket.requester() : by.id(), now,
                policy.changeWindow());
        ratings.save(rating);
        outbox.append(new RatingEvents.RatingReceived(ticket.id(), rating.score(), now));
        if (rating.score() == Score.UNHAPPY) {
            outbox.append(new RatingEvents.ComplaintRaised(ticket.id(), now));
        }
        LOG.debug("ticket {} rated {}", ticket.id(), rating.score());
        List<ReviewLink> links = rating.score() == Score.HAPPY ? policy.reviewLinks() : List.of();
        return new RatingOutcome(RatingView.of(rating, policy.changeWindow()), links);
    }

    private static boolean mayRate(Contact contact, Ticket ticket) {
        return ticket.requester().equals(contact.id())
                || contact.membershipIn(ticket.organization()).map(Membership::primary).orElse(false);
    }

    private record Usable(RatingInvitation invitation, Ticket ticket) {
    }

    /** The invitation of a token and its ticket, if the token may still be used now. */
    private Usable usable(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw invalidInvitation();
        }
        RatingInvitation invitation = ratings.findInvitation(sha256(token))
                .filter(i -> i.validAt(now())).orElseThrow(RatingService::invalidInvitation);
        Ticket ticket = tickets.find(invitation.ticket())
                .filter(t -> t.resolvedAt().equals(Optional.of(invitation.resolvedAt())))
                .orElseThrow(RatingService::invalidInvitation);
        return new Usable(invitation, ticket);
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        return Digests.sha256Hex(token);
    }

    /** Storage time has millisecond precision everywhere, so the domain does too. */
    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private ConflictException notResolved(Ticket ticket) {
        return new ConflictException("rating.not_resolved", "Ticket " + schema.referenceOf(ticket.number())
                + " is not resolved; it can be rated once it is",
                Map.of("ticket", schema.referenceOf(ticket.number())));
    }

    private static AuthenticationFailedException invalidInvitation() {
        return new AuthenticationFailedException("rating.invitation_invalid",
                "This rating link is not valid: it was used already, it expired, or the ticket was reopened since");
    }

    private static NotFoundException ticketNotFound() {
        return new NotFoundException("ticket.not_found", "There is no such ticket, or you may not see it");
    }
}
