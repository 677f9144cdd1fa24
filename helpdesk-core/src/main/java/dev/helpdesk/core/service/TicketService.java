package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.Page;
import dev.helpdesk.core.domain.Text;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.sla.ServiceLevels;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.ticket.Assignment;
import dev.helpdesk.core.domain.ticket.Attachment;
import dev.helpdesk.core.domain.ticket.AttachmentId;
import dev.helpdesk.core.domain.ticket.Author;
import dev.helpdesk.core.domain.ticket.Message;
import dev.helpdesk.core.domain.ticket.MessageId;
import dev.helpdesk.core.domain.ticket.MessageVisibility;
import dev.helpdesk.core.domain.ticket.SearchTerms;
import dev.helpdesk.core.domain.ticket.SortKey;
import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketAccess;
import dev.helpdesk.core.domain.ticket.TicketEvents;
import dev.helpdesk.core.domain.ticket.TicketFields;
import dev.helpdesk.core.domain.ticket.TicketFilter;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.domain.ticket.TicketQuery;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.domain.ticket.TicketSort;
import dev.helpdesk.core.domain.ticket.TicketSummary;
import dev.helpdesk.core.domain.ticket.Viewer;
import dev.helpdesk.core.domain.ticket.VisibilityScope;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.NotFoundException;
import dev.helpdesk.core.error.RateLimitedException;
import dev.helpdesk.core.port.AgentRepository;
import dev.helpdesk.core.port.AttachmentStore;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.ContactRepository;
import dev.helpdesk.core.port.IdGenerator;
import dev.helpdesk.core.port.MarkdownRenderer;
import dev.helpdesk.core.port.OrganizationRepository;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.PortalSettingsRepository;
import dev.helpdesk.core.port.RateLimit;
import dev.helpdesk.core.port.RateLimiter;
import dev.helpdesk.core.port.SlaRepository;
import dev.helpdesk.core.port.TeamRepository;
import dev.helpdesk.core.port.TicketRepository;
import dev.helpdesk.core.port.TicketSearch;
import dev.helpdesk.core.port.Transactor;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything people do with tickets. Each command checks the caller's right through {@link TicketAccess}, the
 * fields through the field policy, then changes the ticket and writes its events in one unit of work. What
 * leaves is always a view for that caller.
 */
public final class TicketService {
    private static final Logger LOG = LoggerFactory.getLogger(TicketService.class);
    static final int BODY_LIMIT = 50_000;

    private final Transactor transactor;
    private final TicketRepository tickets;
    private final TicketSearch search;
    private final Outbox outbox;
    private final ContactRepository contacts;
    private final AttachmentStore attachments;
    private final AgentRepository agents;
    private final TeamRepository teams;
    private final Clock clock;
    private final IdGenerator ids;
    private final TicketSchema schema;
    private final PortalSettingsRepository portalSettings;
    private final RateLimiter limiter;
    private final TicketOpeningLimits openingLimits;
    private final ViewerResolver viewers;
    private final TicketProjector projector;
    private final AttachmentIntake intake;
    private final SlaClock sla;
    private final MarkdownRenderer markdown;

    @Inject
    public TicketService(Transactor transactor, TicketRepository tickets, TicketSearch search, Outbox outbox,
                         ContactRepository contacts, OrganizationRepository organizations, AgentRepository agents,
                         TeamRepository teams, ViewerResolver viewers, AttachmentStore attachments, Clock clock,
                         IdGenerator ids, TicketSchema schema, SlaRepository slas, ServiceLevels serviceLevels,
                         MarkdownRenderer markdown, PortalSettingsRepository portalSettings, RateLimiter limiter,
                         TicketOpeningLimits openingLimits) {
        this.portalSettings = portalSettings;
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.openingLimits = Objects.requireNonNull(openingLimits, "openingLimits");
        this.transactor = transactor;
        this.tickets = tickets;
        this.search = search;
        this.outbox = outbox;
        this.contacts = contacts;
        this.attachments = attachments;
        this.agents = agents;
        this.teams = teams;
        this.clock = clock;
        this.ids = ids;
        this.schema = schema;
        this.viewers = viewers;
        this.projector = new TicketProjector(schema, contacts, agents, teams, organizations, markdown);
        this.intake = new AttachmentIntake(attachments, ids);
        this.sla = new SlaClock(slas, serviceLevels, schema);
        this.markdown = markdown;
    }

    public TicketSchema schema() {
        return schema;
    }

    /**
     * A message body as the conversation will show it once sent (the same renderer, the same sanitising), for the
     * editors' Preview tabs; nothing is stored.
     */
    public String preview(String body) {
        return markdown.toSafeHtml(Text.optional("body", body, BODY_LIMIT));
    }

    /**
     * Opens a ticket; a customer for themselves, an agent on a customer's behalf. A contact who opened many tickets
     * lately waits ({@link TicketOpeningLimits}, when the helpdesk has a rate limiter); agents never do.
     *
     * @throws RateLimitedException when the contact is over a limit: nothing was checked or stored
     */
    public TicketView open(Caller caller, OpenTicket command) {
        Viewer viewer = viewers.resolve(caller);
        Optional<String> limitedContact = caller instanceof Caller.Contact
                ? Optional.of(((Caller.Contact) caller).id().value()) : Optional.empty();
        limitedContact.ifPresent(this::checkOpeningLimits);
        Contact requester = requesterOf(viewer, command);
        OrganizationId organization = organizationOf(requester, command.organization());
        List<FieldError> problems = new ArrayList<>();
        String title = UnitsOfWork.collect(problems, () -> Text.singleLine("title", command.title(), Ticket.SUBJECT_LIMIT));
        String description = UnitsOfWork.collect(problems, () -> Text.optional("description", command.description(), BODY_LIMIT));
        UnitsOfWork.collect(problems, () -> {
            schema.categories().checkChoice(command.category(), command.subcategory());
            return null;
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (viewer instanceof Viewer.Customer
                && !TicketAccess.canOpen((Viewer.Customer) viewer, organization, command.category())) {
            throw new AccessDeniedException("ticket.category_not_allowed", "You may not open tickets in '"
                    + schema.categories().nameOf(command.category()) + "'; choose another category",
                    Map.of("category", command.category().value()), List.of(new FieldError("category",
                    "not_allowed", "you may not open tickets in this category")));
        }
        TicketFields.Changes fields = viewer.isStaff()
                ? TicketFields.staffInput(schema, command.fields(), true)
                : TicketFields.customerCreate(forCustomers(command.fields()), command.category(), command.subcategory(),
                        command.fields());
        List<String> names = intake.check(schema.attachments(), command.attachments());
        List<Attachment> files = intake.store(schema.attachments(), command.attachments(), names);
        Instant now = now();
        Optional<Message> first = description.isEmpty() && files.isEmpty() ? Optional.empty()
                : Optional.of(message(authorOf(caller), MessageVisibility.PUBLIC, command.channel(),
                        description, files, Optional.empty(), now));
        Ticket opened = transactor.inTransaction(() -> {
            Ticket ticket = Ticket.open(TicketId.of(ids.newId()), tickets.nextNumber(), title, requester.id(),
                    organization, command.category(), command.subcategory(), fields.present(),
                    routed(command.category(), command.subcategory()), first, schema.statuses(), now);
            tickets.insert(ticket);
            sla.opened(ticket);
            outbox.append(new TicketEvents.TicketOpened(ticket.id(), ticket.number(), requester.id(), now));
            return ticket;
        });
        // only tickets opened count: a form refused for a missing field costs nothing
        limitedContact.ifPresent(contact -> openingLimits.perContact().forEach(l -> limiter.tryAcquire(l, contact)));
        LOG.debug("ticket {} opened", opened.number().value());
        return projector.view(viewer, opened);
    }

    /** Refuses a contact who opened too many tickets lately, before anything is checked or stored. */
    private void checkOpeningLimits(String contact) {
        Duration wait = Duration.ZERO;
        for (RateLimit limit : openingLimits.perContact()) {
            RateLimiter.Decision decision = limiter.peek(limit, contact);
            if (!decision.allowed() && decision.retryAfter().compareTo(wait) > 0) {
                wait = decision.retryAfter();
            }
        }
        if (!wait.isZero()) {
            throw new RateLimitedException("You opened many tickets in a short time; wait a little, then send the "
                    + "form again", wait);
        }
    }

    /** One ticket, if the caller may see it; otherwise not found, whether it exists or not. */
    public TicketView get(Caller caller, TicketId id) {
        return read(() -> {
            Viewer viewer = viewers.resolve(caller);
            return projector.view(viewer, visible(viewer, id));
        });
    }

    /**
     * The tickets the caller may see, filtered, searched, sorted, one page at a time. The viewer, the page and the
     * names on it are read in one read transaction.
     */
    public Page<TicketSummaryView> list(Caller caller, ListTickets request) {
        return read(() -> page(viewers.resolve(caller), request));
    }

    /**
     * Whether the caller's lists may hold tickets others requested: staff, a primary user, or a member of an
     * organization whose members see each other's tickets. A list shows requesters then. Decided from the viewer
     * alone (inside {@code Helpdesk.reading}, the one the page's list already resolved): no further read.
     */
    public boolean seesOthersTickets(Caller caller) {
        VisibilityScope scope = TicketAccess.scopeOf(viewers.resolve(caller));
        return !(scope instanceof VisibilityScope.Customer) || !((VisibilityScope.Customer) scope).grants().isEmpty();
    }

    private <T> T read(java.util.function.Supplier<T> reads) {
        return viewers.once(() -> transactor.inReadTransaction(reads));
    }

    private Page<TicketSummaryView> page(Viewer viewer, ListTickets request) {
        TicketFilter filter = viewer.isStaff() ? request.filter() : customerFilter(request);
        VisibilityScope scope = TicketAccess.scopeOf(viewer);
        Optional<SearchTerms> terms = SearchTerms.parse(request.text());
        Optional<SortKey> after = request.cursor().map(c -> SortKey.fromCursor(c, request.sort()));
        TicketQuery query = new TicketQuery(scope, filter, terms, request.sort(), schema.priorityOrder(),
                after, request.pageSize() + 1);
        List<TicketSummary> found = search.search(query);
        boolean more = found.size() > request.pageSize();
        List<TicketSummary> page = more ? found.subList(0, request.pageSize()) : found;
        List<TicketSummaryView> views = projector.summaries(viewer, page);
        Optional<String> next = more
                ? Optional.of(query.sortKey(page.get(page.size() - 1)).toCursor(request.sort()))
                : Optional.empty();
        return new Page<>(views, next);
    }

    /** A public reply. A customer's reopens a solved ticket, and a closed one as the status catalog says. */
    public TicketView reply(Caller caller, AddMessage command) {
        Viewer viewer = viewers.resolve(caller);
        Ticket before = visible(viewer, command.ticket());
        requireActing(viewer, before);
        String body = Text.optional("body", command.body(), BODY_LIMIT);
        requireContent(body, command.attachments());
        List<String> names = intake.check(schema.attachments(), command.attachments());
        if (!viewer.isStaff()) {
            // checked before the files are stored; the domain checks again inside the unit of work
            before.requireOpenForCustomerReplies(schema.statuses());
        }
        List<Attachment> files = intake.store(schema.attachments(), command.attachments(), names);
        Ticket updated = UnitsOfWork.retryingOn("ticket.stale", () -> transactor.inTransaction(() -> {
            Ticket ticket = visible(viewer, command.ticket());
            Instant now = now();
            Message reply = message(authorOf(caller), MessageVisibility.PUBLIC, command.channel(), body, files,
                    command.emailMessageId(), now);
            Ticket next = viewer.isStaff() ? ticket.withAgentReply(reply, schema.statuses())
                    : ticket.withCustomerReply(reply, schema.statuses());
            tickets.update(next);
            sla.changed(ticket, next);
            outbox.append(new TicketEvents.MessageAdded(ticket.id(), reply.id(), MessageVisibility.PUBLIC,
                    viewer.isStaff(), now));
            statusEvent(ticket, next, now);
            return next;
        }));
        return projector.view(viewer, updated);
    }

    /** A note only agents see. Customers cannot write one. */
    public TicketView addInternalNote(Caller caller, AddMessage command) {
        Viewer viewer = viewers.resolve(caller);
        requireStaff(viewer);
        visible(viewer, command.ticket());
        String body = Text.optional("body", command.body(), BODY_LIMIT);
        requireContent(body, command.attachments());
        List<String> names = intake.check(schema.attachments(), command.attachments());
        List<Attachment> files = intake.store(schema.attachments(), command.attachments(), names);
        Ticket updated = UnitsOfWork.retryingOn("ticket.stale", () -> transactor.inTransaction(() -> {
            Ticket ticket = visible(viewer, command.ticket());
            Instant now = now();
            Message note = message(authorOf(caller), MessageVisibility.INTERNAL, command.channel(), body, files,
                    command.emailMessageId(), now);
            Ticket next = ticket.withInternalNote(note);
            tickets.update(next);
            outbox.append(new TicketEvents.MessageAdded(ticket.id(), note.id(), MessageVisibility.INTERNAL, true, now));
            return next;
        }));
        return projector.view(viewer, updated);
    }

    /**
     * Moves a ticket to a status of the catalog. Agents may; a customer only when the field policy makes status
     * editable for them.
     */
    public TicketView changeStatus(Caller caller, TicketId id, long expectedVersion, String status) {
        Viewer viewer = viewers.resolve(caller);
        return changeAt(viewer, id, expectedVersion, ticket -> {
            if (!viewer.isStaff()) {
                requireCustomerMayEdit(ticket, FieldRef.STATUS);
            }
            return ticket.withStatus(status, schema.statuses(), now());
        }, (before, after) -> statusEvent(before, after, after.updatedAt()));
    }

    /** Changes field values: every field for agents, the editable ones for customers. */
    public TicketView updateFields(Caller caller, TicketId id, long expectedVersion, FieldInputs inputs) {
        Viewer viewer = viewers.resolve(caller);
        return changeAt(viewer, id, expectedVersion, ticket -> {
            TicketFields.Changes changes = viewer.isStaff() ? TicketFields.staffInput(schema, inputs, false)
                    : TicketFields.customerUpdate(forCustomers(inputs), ticket.category(), ticket.subcategory(), inputs);
            return ticket.withFields(changes.values(), now());
        }, (before, after) -> outbox.append(new TicketEvents.FieldsChanged(before.id(), changedFields(before, after),
                after.updatedAt())));
    }

    /** Assigns a ticket to a team, an agent, or nobody. Agents only. */
    public TicketView assign(Caller caller, TicketId id, long expectedVersion, Assignment assignment) {
        Viewer viewer = viewers.resolve(caller);
        requireStaff(viewer);
        assignment.agent().ifPresent(agent -> agents.find(agent).orElseThrow(() ->
                InvalidInputException.of("assignee", "unknown", "there is no agent '" + agent + "'")));
        assignment.team().ifPresent(team -> teams.find(team).orElseThrow(() ->
                InvalidInputException.of("team", "unknown", "there is no team '" + team + "'")));
        return changeAt(viewer, id, expectedVersion, ticket -> ticket.assignedTo(assignment, now()),
                (before, after) -> outbox.append(new TicketEvents.TicketAssigned(before.id(), assignment,
                        after.updatedAt())));
    }

    /**
     * One change made over the version the caller saw, in one unit of work: a change that changes nothing (the
     * verb returns the same ticket) writes nothing and raises no event.
     */
    private TicketView changeAt(Viewer viewer, TicketId id, long expectedVersion, UnaryOperator<Ticket> change,
                                BiConsumer<Ticket, Ticket> events) {
        Ticket updated = transactor.inTransaction(() -> {
            Ticket ticket = current(viewer, id, expectedVersion);
            Ticket next = change.apply(ticket);
            if (next != ticket) {
                tickets.update(next);
                sla.changed(ticket, next);
                events.accept(ticket, next);
            }
            return next;
        });
        return projector.view(viewer, updated);
    }

    private static Set<FieldRef> changedFields(Ticket before, Ticket after) {
        Set<FieldRef> changed = new java.util.TreeSet<>(before.fields().keySet());
        changed.addAll(after.fields().keySet());
        changed.removeIf(field -> before.field(field).equals(after.field(field)));
        return changed;
    }

    /** "Mark as resolved" (seed 004): the requester, a colleague allowed to act, or an agent. */
    public TicketView markResolved(Caller caller, TicketId id) {
        Viewer viewer = viewers.resolve(caller);
        Ticket updated = UnitsOfWork.retryingOn("ticket.stale", () -> transactor.inTransaction(() -> {
            Ticket ticket = visible(viewer, id);
            requireActing(viewer, ticket);
            Ticket next = ticket.resolved(schema.statuses(), now());
            tickets.update(next);
            sla.changed(ticket, next);
            statusEvent(ticket, next, next.updatedAt());
            outbox.append(new TicketEvents.TicketResolved(ticket.id(), next.updatedAt()));
            return next;
        }));
        return projector.view(viewer, updated);
    }

    /** An attachment's bytes, if the caller may see the ticket and the message that carries it. */
    public AttachmentDownload openAttachment(Caller caller, TicketId id, AttachmentId attachment) {
        Viewer viewer = viewers.resolve(caller);
        Ticket ticket = visible(viewer, id);
        for (Message message : ticket.messages()) {
            if (!message.isPublic() && !viewer.isStaff()) {
                continue;
            }
            for (Attachment file : message.attachments()) {
                if (file.id().equals(attachment)) {
                    return attachments.open(file.sha256()).map(in -> new AttachmentDownload(file, in))
                            .orElseThrow(() -> notFound("attachment"));
                }
            }
        }
        throw notFound("attachment");
    }

    private Ticket visible(Viewer viewer, TicketId id) {
        return tickets.find(id).filter(t -> TicketAccess.canView(viewer, t.summary())).orElseThrow(() -> notFound("ticket"));
    }

    private Ticket current(Viewer viewer, TicketId id, long expectedVersion) {
        Ticket ticket = visible(viewer, id);
        requireActing(viewer, ticket);
        if (ticket.version() != expectedVersion) {
            throw new ConflictException("ticket.stale", "Ticket " + schema.referenceOf(ticket.number())
                    + " was changed by someone else meanwhile; reload it and try again",
                    Map.of("ticket", schema.referenceOf(ticket.number())));
        }
        return ticket;
    }

    private void requireActing(Viewer viewer, Ticket ticket) {
        if (!TicketAccess.canAct(viewer, ticket.summary())) {
            throw new AccessDeniedException("ticket.read_only",
                    "You may read ticket " + schema.referenceOf(ticket.number()) + " but not change or answer it");
        }
    }

    private void requireCustomerMayEdit(Ticket ticket, FieldRef field) {
        if (TicketFields.customerRule(schema, ticket.summary(), field).access()
                != dev.helpdesk.core.domain.policy.FieldAccess.EDITABLE) {
            throw AccessDeniedException.forFields(List.of(new FieldError(field.name(), "view_only",
                    field.name() + " cannot be changed by customers")));
        }
    }

    private static void requireStaff(Viewer viewer) {
        if (!viewer.isStaff()) {
            throw new AccessDeniedException("staff.only", "Only support agents may do this");
        }
    }

    private static void requireContent(String body, List<NewAttachment> files) {
        if (body.isEmpty() && files.isEmpty()) {
            throw InvalidInputException.of("body", "required", "write a message or attach a file");
        }
    }

    /**
     * A customer filters only by what the field policy shows them: a field hidden everywhere is an error, and a
     * field hidden in some categories limits the search to the categories where it is shown, so that matching on
     * it never reveals a hidden value. Sorting by priority needs priority shown everywhere, for the same reason.
     */
    private TicketFilter customerFilter(ListTickets request) {
        Set<FieldRef> filtered = new LinkedHashSet<>(request.filter().fieldValues().keySet());
        if (!request.filter().statuses().isEmpty()) {
            filtered.add(FieldRef.STATUS);
        }
        List<FieldError> hidden = new ArrayList<>();
        Set<CategoryId> shown = new LinkedHashSet<>();
        Map<CategoryId, CategoryId> leaves = schema.categories().leaves();
        for (FieldRef field : filtered) {
            Set<CategoryId> shownFor = schema.leafCategoriesShowing(field);
            if (shownFor.isEmpty()) {
                hidden.add(new FieldError(field.name(), "hidden", "tickets cannot be filtered by '" + field + "'"));
            }
            if (shown.isEmpty()) {
                shown.addAll(shownFor);
            } else {
                shown.retainAll(shownFor);
            }
        }
        if (request.sort() == TicketSort.PRIORITY
                && schema.leafCategoriesShowing(FieldRef.PRIORITY).size() != leaves.size()) {
            hidden.add(new FieldError("sort", "hidden", "tickets cannot be sorted by priority"));
        }
        if (!hidden.isEmpty()) {
            throw new InvalidInputException(hidden);
        }
        if (filtered.isEmpty() || shown.size() == leaves.size()) {
            return request.filter();
        }
        if (shown.isEmpty()) {
            throw InvalidInputException.of("filter", "hidden", "no category shows all of these fields together");
        }
        return request.filter().withinLeafCategories(shown);
    }


    private Contact requesterOf(Viewer viewer, OpenTicket command) {
        if (viewer instanceof Viewer.Customer) {
            Contact self = ((Viewer.Customer) viewer).contact();
            if (command.requester().filter(r -> !r.equals(self.id())).isPresent()) {
                throw new AccessDeniedException("ticket.on_behalf", "Only agents may open tickets for someone else");
            }
            return self;
        }
        ContactId id = command.requester().orElseThrow(() ->
                InvalidInputException.of("requester", "required", "name the customer this ticket is for"));
        return contacts.find(id).orElseThrow(() ->
                InvalidInputException.of("requester", "unknown", "there is no contact '" + id + "'"));
    }

    private static OrganizationId organizationOf(Contact requester, Optional<OrganizationId> chosen) {
        if (chosen.isPresent()) {
            if (requester.membershipIn(chosen.get()).isEmpty()) {
                throw InvalidInputException.of("organization", "not_a_member",
                        requester.displayName() + " is not a member of '" + chosen.get() + "'");
            }
            return chosen.get();
        }
        List<Membership> memberships = requester.memberships();
        if (memberships.size() != 1) {
            throw InvalidInputException.of("organization", "required", memberships.isEmpty()
                    ? requester.displayName() + " belongs to no organization"
                    : "choose which organization this ticket is for");
        }
        return memberships.get(0).organization();
    }

    private Assignment routed(CategoryId category, Optional<CategoryId> subcategory) {
        return schema.categories().routeTo(category, subcategory).map(Assignment::team).orElse(Assignment.NOBODY);
    }

    private static Author authorOf(Caller caller) {
        if (caller instanceof Caller.Agent) {
            AgentId agent = ((Caller.Agent) caller).id();
            return Author.agent(agent);
        }
        return Author.customer(((Caller.Contact) caller).id());
    }

    private Message message(Author author, MessageVisibility visibility, dev.helpdesk.core.domain.ticket.Channel channel,
                            String body, List<Attachment> files, Optional<String> emailMessageId, Instant now) {
        return new Message(MessageId.of(ids.newId()), author, visibility, channel, body, now, files, emailMessageId);
    }

    private void statusEvent(Ticket before, Ticket after, Instant now) {
        if (!before.status().equals(after.status())) {
            DomainEvent event = new TicketEvents.StatusChanged(before.id(), before.status(), after.status(), now);
            outbox.append(event);
        }
    }

    /**
     * The schema a customer's input is checked against: the ticket types the portal settings allow them. The
     * settings are read only when the input names a type.
     */
    private TicketSchema forCustomers(FieldInputs inputs) {
        if (!inputs.values().containsKey(FieldRef.TYPE)) {
            return schema;
        }
        return portalSettings.find()
                .map(settings -> schema.withCustomerTypes(settings.withTypesOf(schema).customerTicketTypes()))
                .orElse(schema);
    }

    /** Storage time has millisecond precision everywhere (SQLite keeps epoch milliseconds), so the domain does too. */
    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }



    private static NotFoundException notFound(String what) {
        return new NotFoundException(what + ".not_found", "There is no such " + what + ", or you may not see it");
    }
}
