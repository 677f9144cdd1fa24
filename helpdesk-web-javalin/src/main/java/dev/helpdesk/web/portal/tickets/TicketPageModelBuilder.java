package dev.helpdesk.web.portal.tickets;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.policy.FieldAccess;
import dev.helpdesk.core.domain.rating.ReviewLink;
import dev.helpdesk.core.domain.rating.Score;
import dev.helpdesk.core.domain.status.ClosedTicketReplyPolicy;
import dev.helpdesk.core.domain.status.StatusKind;
import dev.helpdesk.core.domain.ticket.Attachment;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.RatingView;
import dev.helpdesk.core.service.SecretShareService;
import dev.helpdesk.core.service.SecretShareView;
import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.core.service.TicketView.MessageView;
import dev.helpdesk.web.i18n.Translator;
import dev.helpdesk.web.portal.tickets.TicketPageModel.Details;
import dev.helpdesk.web.portal.tickets.TicketPageModel.Entry;
import dev.helpdesk.web.portal.tickets.TicketPageModel.File;
import dev.helpdesk.web.portal.tickets.TicketPageModel.Link;
import dev.helpdesk.web.portal.tickets.TicketPageModel.Rating;
import dev.helpdesk.web.portal.tickets.TicketPageModel.Reply;
import dev.helpdesk.web.portal.tickets.TicketPageModel.Secrets;
import dev.helpdesk.web.portal.tickets.TicketPageModel.Shared;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Puts the ticket page together from the ticket view and what the other services say about the ticket. */
final class TicketPageModelBuilder {
    private final Helpdesk helpdesk;
    private final Translator t;
    private final Labels labels;
    private final UnaryOperator<String> url;

    public TicketPageModelBuilder(Helpdesk helpdesk, Translator t, UnaryOperator<String> url) {
        this.helpdesk = helpdesk;
        this.t = t;
        this.labels = new Labels(t);
        this.url = url;
    }

    /**
     * @param limits the upload limits in words, for the reply editor's hint
     */
    public TicketPageModel build(Caller caller, ContactId viewer, TicketView view, Submitted submitted, String limits,
            Instant now) {
        TicketSchema schema = helpdesk.tickets().schema();
        String base = url.apply("/tickets/" + view.id().value());
        // a colleague who may only read sees no forms: the services would refuse them anyway
        boolean canAct = view.canReply() || view.canResolve();
        PropertyForm form = new PropertyForm(schema);
        Set<String> customerTypes = helpdesk.portalSettings().get().withTypesOf(schema).customerTicketTypes();
        Optional<StatusKind> kind = view.status().flatMap(s -> StatusKinds.kindOf(schema, s.code()));
        boolean refusesReplies = kind.equals(Optional.of(StatusKind.CLOSED))
                && schema.statuses().closedReplyPolicy() == ClosedTicketReplyPolicy.REFUSE;
        Reply reply = new Reply(view.canReply(), submitted.is(Submitted.REPLY) ? submitted.typed("body")
                : "", submitted.is(Submitted.REPLY) ? submitted.errors() : Map.of(), limits,
                view.canReply() ? replyOutcome(kind) : "", !view.canReply() && refusesReplies);
        return new TicketPageModel(base, view.reference(), view.subject(), submitted.problem(),
                details(schema, view, now),
                form.properties(view, canAct, customerTypes, t, submitted), canAct && view.fields().stream()
                        .anyMatch(f -> f.access() == FieldAccess.EDITABLE),
                view.version(), reply, conversation(base, view, now), view.canResolve(),
                rating(caller, viewer, schema, view, submitted, now), secrets(caller, view, canAct, submitted),
                canAct);
    }

    /** A reply to a done ticket reopens it (the catalog's policy, or a solved one): the editor says so. */
    private String replyOutcome(Optional<StatusKind> kind) {
        if (kind.equals(Optional.of(StatusKind.SOLVED))) {
            return t.t("ticket.reply.reopens_solved");
        }
        return kind.equals(Optional.of(StatusKind.CLOSED)) ? t.t("ticket.reply.reopens") : "";
    }

    private Details details(TicketSchema schema, TicketView view, Instant now) {
        String category = labels.category(view.category().id(), view.category().name())
                + view.subcategory().map(s -> " › " + labels.category(s.id(), s.name())).orElse("");
        return new Details(view.status().map(s -> labels.status(s.code(), s.label())).orElse(""),
                view.status().map(s -> StatusKinds.cssClass(schema, s.code())).orElse(""),
                view.assignee().orElse(t.t("ticket.details.unassigned")), view.requester().name(), category,
                t.dateTime(view.createdAt()), t.dateTime(view.updatedAt()), t.relative(view.updatedAt(), now));
    }

    private List<Entry> conversation(String base, TicketView view, Instant now) {
        List<Entry> entries = new ArrayList<>();
        for (MessageView message : view.messages()) {
            List<File> files = new ArrayList<>();
            for (Attachment attachment : message.attachments()) {
                files.add(new File(attachment.fileName(), Sizes.human(attachment.size(), t),
                        base + "/attachments/" + attachment.id().value()));
            }
            entries.add(new Entry(message.byAgent() ? t.t("ticket.message.by_support", message.authorName())
                    : message.authorName(), message.byAgent(), t.relative(message.createdAt(), now),
                    t.dateTime(message.createdAt()),
                    t.t("ticket.channel." + message.channel().name().toLowerCase(Locale.ROOT)), message.bodyHtml(),
                    files));
        }
        return entries;
    }

    private Optional<Rating> rating(Caller caller, ContactId viewer, TicketSchema schema, TicketView view,
            Submitted submitted, Instant now) {
        boolean done = view.status().flatMap(s -> StatusKinds.kindOf(schema, s.code()))
                .map(kind -> kind.isDone()).orElse(false);
        Optional<RatingView> current = helpdesk.ratings().ratingOf(caller, view.id());
        if (!done && current.isEmpty()) {
            return Optional.empty();
        }
        boolean open = current.map(r -> r.changeableUntil().isAfter(now)).orElse(true);
        // the directory is read only when the answer matters: a resolved ticket someone else requested
        boolean mayRate = done && open && (view.requester().id().equals(viewer.value())
                || Colleagues.isPrimaryIn(helpdesk, viewer, OrganizationId.of(view.organization().id())));
        List<Link> links = new ArrayList<>();
        if (current.map(r -> r.score() == Score.HAPPY).orElse(false)) {
            for (ReviewLink link : helpdesk.ratings().policy().reviewLinks()) {
                links.add(new Link(link.label(), link.url().toString()));
            }
        }
        boolean refused = submitted.is(Submitted.RATING);
        // the comment box is the complaint: it shows (with the complaint) only while the rating is unhappy
        boolean unhappy = current.map(r -> r.score() == Score.UNHAPPY).orElse(false);
        String comment = refused ? submitted.typed("comment")
                : current.filter(r -> r.score() == Score.UNHAPPY).map(RatingView::comment).orElse("");
        return Optional.of(new Rating(mayRate,
                current.map(r -> r.score().name().toLowerCase(Locale.ROOT)).orElse(""),
                current.map(r -> t.t("ticket.rating.score." + r.score().name().toLowerCase(Locale.ROOT))).orElse(""),
                current.map(r -> t.dateTime(r.changeableUntil())).orElse(""), comment,
                refused ? submitted.errors() : Map.of(), links,
                refused ? submitted.errors().containsKey("comment") || "unhappy".equals(submitted.typed("score"))
                        : unhappy));
    }

    private Optional<Secrets> secrets(Caller caller, TicketView view, boolean canAct, Submitted submitted) {
        Optional<SecretShareService> service = secretShares();
        if (service.isEmpty()) {
            return Optional.empty();
        }
        List<Shared> shared = new ArrayList<>();
        for (SecretShareView share : service.get().list(caller, view.id())) {
            shared.add(new Shared(share.label(), t.dateTime(share.sharedAt()), t.dateTime(share.purgeAt()),
                    share.purged()));
        }
        boolean refused = submitted.is(Submitted.SECRET);
        return Optional.of(new Secrets(shared, canAct, refused ? submitted.typed("label") : "",
                refused ? submitted.errors() : Map.of(), refused));
    }

    /** The secret-share service, when the host configured a cipher for it; without one the page offers none. */
    private Optional<SecretShareService> secretShares() {
        try {
            return Optional.of(helpdesk.secretShares());
        } catch (IllegalStateException noCipher) {
            return Optional.empty();
        }
    }
}
