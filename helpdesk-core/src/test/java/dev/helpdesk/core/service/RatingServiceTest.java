package dev.helpdesk.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.helpdesk.core.domain.rating.RatingEvents;
import dev.helpdesk.core.domain.rating.RatingPolicy;
import dev.helpdesk.core.domain.rating.ReviewLink;
import dev.helpdesk.core.domain.rating.SatisfactionDimension;
import dev.helpdesk.core.domain.rating.SatisfactionRow;
import dev.helpdesk.core.domain.rating.Score;
import dev.helpdesk.core.domain.secret.SecretSharePolicy;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.ticket.Assignment;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.HelpdeskException;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Seed 004's "Please rate our services", through {@link RatingService} over the in-memory adapter. */
class RatingServiceTest {
    private static final List<ReviewLink> LINKS = List.of(ReviewLink.of("Trustpilot", "https://www.trustpilot.com/review/example.test"));
    private final World world = new World(RatingPolicy.defaults().withReviewLinks(LINKS), SecretSharePolicy.defaults());

    @Test
    void theRequesterRatesAResolvedTicketHappyAndIsOfferedTheReviewLinks() {
        TicketId ticket = world.resolvedTicket(world.anna);

        RatingOutcome outcome = world.ratings().rate(world.anna, ticket, Score.HAPPY, "Quick and kind");

        assertThat(outcome.rating().score()).isEqualTo(Score.HAPPY);
        assertThat(outcome.rating().comment()).isEqualTo("Quick and kind");
        assertThat(outcome.rating().changeableUntil()).isEqualTo(world.now.get().plus(Duration.ofDays(7)));
        assertThat(outcome.reviewLinks()).isEqualTo(LINKS);
        assertThat(world.events(RatingEvents.RatingReceived.class)).singleElement()
                .satisfies(e -> assertThat(e.score()).isEqualTo(Score.HAPPY))
                .satisfies(e -> assertThat(e.ticket()).isEqualTo(ticket));
        assertThat(world.events(RatingEvents.ComplaintRaised.class)).isEmpty();
        assertThat(world.ratings().ratingOf(world.anna, ticket)).map(RatingView::score).contains(Score.HAPPY);
    }

    @Test
    void neutralAndUnhappyRatingsOfferNoReviewLinks() {
        TicketId ticket = world.resolvedTicket(world.anna);

        assertThat(world.ratings().rate(world.anna, ticket, Score.NEUTRAL, null).reviewLinks()).isEmpty();
        assertThat(world.ratings().rate(world.anna, ticket, Score.UNHAPPY, "Took a week").reviewLinks()).isEmpty();
    }

    @Test
    void anUnhappyRatingNeedsAComplaintNamingTheCommentField() {
        TicketId ticket = world.resolvedTicket(world.anna);

        assertInvalid(() -> world.ratings().rate(world.anna, ticket, Score.UNHAPPY, "   "), "comment", "required");
        assertThat(world.ratings().ratingOf(world.anna, ticket)).isEmpty();
        assertThat(world.events(RatingEvents.RatingReceived.class)).isEmpty();
    }

    @Test
    void anUnhappyRatingRaisesAComplaintForManagersWithoutItsText() {
        TicketId ticket = world.resolvedTicket(world.anna);

        world.ratings().rate(world.anna, ticket, Score.UNHAPPY, "Nobody read my logs");

        assertThat(world.events(RatingEvents.ComplaintRaised.class)).singleElement()
                .satisfies(e -> assertThat(e.ticket()).isEqualTo(ticket));
        assertThat(world.events().toString()).doesNotContain("Nobody read my logs");
    }

    @Test
    void aMissingScoreOrACommentTooLongIsRefusedNamingFieldAndRule() {
        TicketId ticket = world.resolvedTicket(world.anna);

        assertInvalid(() -> world.ratings().rate(world.anna, ticket, null, "ok"), "score", "required");
        assertInvalid(() -> world.ratings().rate(world.anna, ticket, Score.NEUTRAL, "x".repeat(2001)), "comment",
                "too_long");
        assertThat(world.ratings().rate(world.anna, ticket, Score.NEUTRAL, "x".repeat(2000)).rating().comment())
                .hasSize(2000);
    }

    @Test
    void aTicketThatIsNotResolvedCannotBeRated() {
        TicketId ticket = world.open(world.anna, World.OTHER, "Printer");

        assertConflict(() -> world.ratings().rate(world.anna, ticket, Score.HAPPY, ""), "rating.not_resolved");
    }

    @Test
    void aRatingMayChangeWithinTheWindowCountedFromTheFirstRating() {
        TicketId ticket = world.resolvedTicket(world.anna);
        Instant first = world.now.get();
        world.ratings().rate(world.anna, ticket, Score.NEUTRAL, "");
        world.advance(Duration.ofDays(6));

        RatingView changed = world.ratings().rate(world.anna, ticket, Score.HAPPY, "Fixed for good").rating();

        assertThat(changed.firstRatedAt()).isEqualTo(first);
        assertThat(changed.ratedAt()).isEqualTo(world.now.get());
        world.advance(Duration.ofDays(1).plusMillis(1));
        assertConflict(() -> world.ratings().rate(world.anna, ticket, Score.UNHAPPY, "Broken again"),
                "rating.window_closed");
        assertThat(world.ratings().ratingOf(world.anna, ticket)).map(RatingView::score).contains(Score.HAPPY);
    }

    @Test
    void theChangeWindowIsConfigurable() {
        World hourly = new World(RatingPolicy.defaults().withChangeWindow(Duration.ofHours(1)),
                SecretSharePolicy.defaults());
        TicketId ticket = hourly.resolvedTicket(hourly.anna);
        hourly.ratings().rate(hourly.anna, ticket, Score.NEUTRAL, "");
        hourly.advance(Duration.ofMinutes(61));

        assertConflict(() -> hourly.ratings().rate(hourly.anna, ticket, Score.HAPPY, ""), "rating.window_closed");
    }

    /** For any delay, a change succeeds exactly while the window (from the first rating) is open. */
    @Test
    void aChangeSucceedsExactlyWithinTheWindow() {
        qt().withExamples(60).forAll(integers().between(0, 20_000)).checkAssert(minutes -> {
            World fresh = new World();
            TicketId ticket = fresh.resolvedTicket(fresh.anna);
            fresh.ratings().rate(fresh.anna, ticket, Score.NEUTRAL, "");
            fresh.advance(Duration.ofMinutes(minutes));
            boolean open = minutes <= Duration.ofDays(7).toMinutes();
            if (open) {
                assertThat(fresh.ratings().rate(fresh.anna, ticket, Score.HAPPY, "").rating().score())
                        .isEqualTo(Score.HAPPY);
            } else {
                assertConflict(() -> fresh.ratings().rate(fresh.anna, ticket, Score.HAPPY, ""),
                        "rating.window_closed");
            }
        });
    }

    @Test
    void aPrimaryUserMayRateAColleaguesTicketButAPlainColleagueMayNot() {
        TicketId brunos = world.resolvedTicket(world.bruno);
        TicketId annas = world.resolvedTicket(world.anna);

        assertThat(world.ratings().rate(world.anna, brunos, Score.HAPPY, "").rating().score()).isEqualTo(Score.HAPPY);
        assertThatThrownBy(() -> world.ratings().rate(world.bruno, annas, Score.HAPPY, ""))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.code()).isEqualTo("rating.not_allowed"));
    }

    @Test
    void aContactWhoCannotSeeTheTicketGetsNotFoundAndAnAgentIsRefused() {
        TicketId ticket = world.resolvedTicket(world.anna);

        assertThatThrownBy(() -> world.ratings().rate(world.carla, ticket, Score.HAPPY, ""))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.ratings().rate(world.tess, ticket, Score.HAPPY, ""))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.code()).isEqualTo("rating.customers_only"));
    }

    @Test
    void aNewResolutionAfterAReopenStartsANewRating() {
        TicketId ticket = world.resolvedTicket(world.anna);
        world.ratings().rate(world.anna, ticket, Score.HAPPY, "");
        world.advance(Duration.ofDays(10));
        world.reopen(world.anna, ticket);

        assertConflict(() -> world.ratings().rate(world.anna, ticket, Score.UNHAPPY, "Back again"),
                "rating.not_resolved");
        world.tickets().markResolved(world.tess, ticket);
        RatingView again = world.ratings().rate(world.anna, ticket, Score.UNHAPPY, "Back again").rating();
        assertThat(again.firstRatedAt()).isEqualTo(world.now.get());
    }

    // ------------------------------------------------------------------------------------------ e-mail invitations

    @Test
    void anInvitationTokenIsLongRandomAndNeverInAnEvent() {
        TicketId ticket = world.resolvedTicket(world.anna);

        MailInvitation first = world.ratings().inviteByMail(ticket);
        MailInvitation second = world.ratings().inviteByMail(ticket);

        assertThat(first.token()).hasSize(43).isNotEqualTo(second.token()); // 256 bits in URL-safe base64
        assertThat(first.toString()).doesNotContain(first.token());
        assertThat(first.expiresAt()).isEqualTo(world.now.get().plus(RatingPolicy.DEFAULT_INVITATION_VALIDITY));
        assertThat(world.events().toString()).doesNotContain(first.token(), second.token());
    }

    @Test
    void previewingAnInvitationShowsTheTicketAndChangesNothing() {
        TicketId ticket = world.resolvedTicket(world.anna);
        String token = world.ratings().inviteByMail(ticket).token();
        int events = world.events().size();

        InvitationPreview preview = world.ratings().previewInvitation(token);
        world.ratings().previewInvitation(token); // a mail scanner following the link again

        assertThat(preview.ticket()).isEqualTo(ticket);
        assertThat(preview.reference()).isEqualTo("HD-1");
        assertThat(preview.subject()).isEqualTo("VPN drops every hour");
        assertThat(world.ratings().ratingOf(world.anna, ticket)).isEmpty();
        assertThat(world.events()).hasSize(events);
    }

    @Test
    void confirmingAnInvitationRatesAsTheRequesterOnce() {
        TicketId ticket = world.resolvedTicket(world.anna);
        String token = world.ratings().inviteByMail(ticket).token();

        RatingOutcome outcome = world.ratings().rateWithInvitation(token, Score.HAPPY, "Thanks!");

        assertThat(outcome.reviewLinks()).isEqualTo(LINKS);
        assertThat(world.ratings().ratingOf(world.anna, ticket)).map(RatingView::comment).contains("Thanks!");
        assertInvalidInvitation(() -> world.ratings().rateWithInvitation(token, Score.UNHAPPY, "changed my mind"));
        assertInvalidInvitation(() -> world.ratings().previewInvitation(token));
        assertThat(world.ratings().ratingOf(world.anna, ticket)).map(RatingView::score).contains(Score.HAPPY);
    }

    @Test
    void aRefusedConfirmationLeavesTheInvitationUsable() {
        TicketId ticket = world.resolvedTicket(world.anna);
        String token = world.ratings().inviteByMail(ticket).token();

        assertInvalid(() -> world.ratings().rateWithInvitation(token, Score.UNHAPPY, ""), "comment", "required");

        assertThat(world.ratings().rateWithInvitation(token, Score.UNHAPPY, "Slow").rating().score())
                .isEqualTo(Score.UNHAPPY);
    }

    @Test
    void badExpiredAndUnknownTokensGetOneClearError() {
        TicketId ticket = world.resolvedTicket(world.anna);
        String token = world.ratings().inviteByMail(ticket).token();
        String unknown = "A".repeat(43);

        assertInvalidInvitation(() -> world.ratings().previewInvitation(null));
        assertInvalidInvitation(() -> world.ratings().previewInvitation("not a token"));
        assertInvalidInvitation(() -> world.ratings().previewInvitation(unknown));
        assertInvalidInvitation(() -> world.ratings().rateWithInvitation(unknown, Score.HAPPY, ""));
        world.advance(RatingPolicy.DEFAULT_INVITATION_VALIDITY);
        assertInvalidInvitation(() -> world.ratings().previewInvitation(token));
        assertInvalidInvitation(() -> world.ratings().rateWithInvitation(token, Score.HAPPY, ""));
        assertThat(world.ratings().ratingOf(world.anna, ticket)).isEmpty();
    }

    @Test
    void reopeningATicketClearsItsInvitationEvenOnceResolvedAgain() {
        TicketId ticket = world.resolvedTicket(world.anna);
        String token = world.ratings().inviteByMail(ticket).token();
        world.advance(Duration.ofMinutes(5));
        world.reopen(world.anna, ticket);

        assertInvalidInvitation(() -> world.ratings().previewInvitation(token));
        world.advance(Duration.ofMinutes(5));
        world.tickets().markResolved(world.tess, ticket);
        assertInvalidInvitation(() -> world.ratings().rateWithInvitation(token, Score.HAPPY, ""));
        String fresh = world.ratings().inviteByMail(ticket).token();
        assertThat(world.ratings().rateWithInvitation(fresh, Score.HAPPY, "").rating().score()).isEqualTo(Score.HAPPY);
    }

    @Test
    void anUnresolvedTicketGetsNoInvitation() {
        TicketId ticket = world.open(world.anna, World.OTHER, "Printer");

        assertConflict(() -> world.ratings().inviteByMail(ticket), "rating.not_resolved");
    }

    // ------------------------------------------------------------------------------------------------ aggregates

    @Test
    void staffSeeSatisfactionPerTeamAgentCategoryAndMonth() {
        TicketId vpn = world.resolvedTicket(world.anna);
        TicketId invoice = world.open(world.anna, World.BILLING, "Invoice 12 is wrong");
        world.tickets().assign(world.bill, invoice, world.tickets().get(world.bill, invoice).version(),
                new Assignment(Optional.of(dev.helpdesk.core.domain.staff.TeamId.of("billing")),
                        Optional.of(AgentId.of("bill"))));
        world.tickets().markResolved(world.anna, invoice);
        world.ratings().rate(world.anna, vpn, Score.HAPPY, "");
        world.ratings().rate(world.anna, invoice, Score.UNHAPPY, "Still wrong");
        Instant from = world.now.get().minus(Duration.ofDays(1));
        Instant to = world.now.get().plus(Duration.ofDays(1));

        assertThat(world.ratings().satisfaction(world.tess, SatisfactionDimension.TEAM, from, to)).containsExactly(
                SatisfactionRow.of(Optional.of("billing"), 1, 0, 0),
                SatisfactionRow.of(Optional.of("technical-support"), 0, 0, 1));
        assertThat(world.ratings().satisfaction(world.tess, SatisfactionDimension.AGENT, from, to)).containsExactly(
                SatisfactionRow.of(Optional.of("bill"), 1, 0, 0), SatisfactionRow.of(Optional.empty(), 0, 0, 1));
        assertThat(world.ratings().satisfaction(world.bill, SatisfactionDimension.CATEGORY, from, to))
                .extracting(SatisfactionRow::key).containsExactly(Optional.of("billing"), Optional.of("other"));
        assertThat(world.ratings().satisfaction(world.bill, SatisfactionDimension.MONTH, from, to)).singleElement()
                .satisfies(row -> assertThat(row.key()).contains("2026-03"))
                .satisfies(row -> assertThat(row.total()).isEqualTo(2))
                .satisfies(row -> assertThat(row.shareHappy()).isEqualTo(0.5));
    }

    @Test
    void satisfactionIsForStaffOverAValidPeriod() {
        Instant now = world.now.get();
        assertThatThrownBy(() -> world.ratings().satisfaction(world.anna, SatisfactionDimension.TEAM, now,
                now.plusSeconds(1))).isInstanceOf(AccessDeniedException.class);
        assertInvalid(() -> world.ratings().satisfaction(world.tess, SatisfactionDimension.TEAM, now, now), "to",
                "after_from");
        assertInvalid(() -> world.ratings().satisfaction(world.tess, null, now, now.plusSeconds(1)), "dimension",
                "required");
        assertInvalid(() -> world.ratings().satisfaction(world.tess, SatisfactionDimension.TEAM, null, now), "from",
                "required");
    }

    private static void assertInvalid(ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).extracting(f -> f.field() + ":" + f.rule())
                        .containsExactly(field + ":" + rule));
    }

    private static void assertConflict(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private static void assertInvalidInvitation(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AuthenticationFailedException.class,
                e -> assertThat(((HelpdeskException) e).code()).isEqualTo("rating.invitation_invalid"));
    }
}
