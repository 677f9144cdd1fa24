package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.policy.FieldAccess;
import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldValue;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.ticket.Author;
import dev.helpdesk.core.domain.ticket.Message;
import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketAccess;
import dev.helpdesk.core.domain.ticket.TicketFields;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.domain.ticket.TicketSummary;
import dev.helpdesk.core.domain.ticket.Viewer;
import dev.helpdesk.core.domain.status.StatusKind;
import dev.helpdesk.core.port.AgentRepository;
import dev.helpdesk.core.port.ContactRepository;
import dev.helpdesk.core.port.MarkdownRenderer;
import dev.helpdesk.core.port.OrganizationRepository;
import dev.helpdesk.core.port.TeamRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Makes views: the only way a ticket leaves the service, so nothing reaches a customer unfiltered. */
final class TicketProjector {
    private final TicketSchema schema;
    private final ContactRepository contacts;
    private final AgentRepository agents;
    private final TeamRepository teams;
    private final OrganizationRepository organizations;
    private final MarkdownRenderer markdown;

    TicketProjector(TicketSchema schema, ContactRepository contacts, AgentRepository agents, TeamRepository teams,
                    OrganizationRepository organizations, MarkdownRenderer markdown) {
        this.markdown = markdown;
        this.schema = schema;
        this.contacts = contacts;
        this.agents = agents;
        this.teams = teams;
        this.organizations = organizations;
    }

    TicketView view(Viewer viewer, Ticket ticket) {
        TicketSummary summary = ticket.summary();
        boolean staff = viewer.isStaff();
        Names names = new Names(viewer);
        List<TicketView.MessageView> messages = new ArrayList<>();
        for (Message message : ticket.messages()) {
            if (staff || message.isPublic()) {
                messages.add(new TicketView.MessageView(message.id(), names.author(message.author()),
                        message.author() instanceof Author.Agent, !message.isPublic(), message.channel(),
                        message.body(), markdown.toSafeHtml(message.body()), message.createdAt(),
                        message.attachments()));
            }
        }
        messages.sort(Comparator.comparing(TicketView.MessageView::createdAt).reversed());
        boolean canAct = TicketAccess.canAct(viewer, summary);
        boolean done = ticket.statusKind(schema.statuses()).isDone();
        return new TicketView(ticket.id(), schema.referenceOf(ticket.number()), ticket.subject(),
                new TicketView.Named(ticket.requester().value(), names.contact(ticket.requester())),
                new TicketView.Named(ticket.organization().value(), names.organization(ticket.organization())),
                named(ticket.category()), ticket.subcategory().map(this::named), status(viewer, summary),
                assignee(summary), fields(viewer, summary), messages, ticket.createdAt(), ticket.updatedAt(),
                ticket.version(), canAct && (staff || !(done && closedRefusesReplies(ticket))),
                canAct && !done);
    }

    /**
     * The rows of a page; the requesters' names are read once for the whole page, and not at all when the
     * requester is the customer asking (their own list).
     */
    List<TicketSummaryView> summaries(Viewer viewer, List<TicketSummary> tickets) {
        Map<ContactId, String> names = new HashMap<>();
        if (viewer instanceof Viewer.Customer) {
            Contact self = ((Viewer.Customer) viewer).contact();
            names.put(self.id(), self.displayName());
        }
        Set<ContactId> others = tickets.stream().map(TicketSummary::requester).filter(id -> !names.containsKey(id))
                .collect(Collectors.toSet());
        if (!others.isEmpty()) {
            names.putAll(contacts.displayNames(others));
        }
        return tickets.stream().map(ticket -> summary(viewer, ticket,
                names.getOrDefault(ticket.requester(), ticket.requester().value()))).toList();
    }

    /** A row; its fields are projected only if someone asks for them (the portal's list shows none). */
    private TicketSummaryView summary(Viewer viewer, TicketSummary ticket, String requesterName) {
        return new TicketSummaryView(ticket.id(), schema.referenceOf(ticket.number()), ticket.subject(),
                new TicketView.Named(ticket.requester().value(), requesterName),
                named(ticket.category()), status(viewer, ticket), () -> fields(viewer, ticket), ticket.createdAt(),
                ticket.updatedAt());
    }

    private boolean closedRefusesReplies(Ticket ticket) {
        return ticket.statusKind(schema.statuses()) == StatusKind.CLOSED
                && schema.statuses().closedReplyPolicy() == dev.helpdesk.core.domain.status.ClosedTicketReplyPolicy.REFUSE;
    }

    private Optional<TicketView.StatusView> status(Viewer viewer, TicketSummary ticket) {
        if (!viewer.isStaff() && !TicketFields.customerRule(schema, ticket, FieldRef.STATUS).access().visible()) {
            return Optional.empty();
        }
        return Optional.of(new TicketView.StatusView(ticket.status(), schema.statusLabel(ticket.status(), viewer.isStaff())));
    }

    private List<TicketView.FieldView> fields(Viewer viewer, TicketSummary ticket) {
        List<TicketView.FieldView> views = new ArrayList<>();
        Map<FieldRef, FieldValue> customerVisible = viewer.isStaff() ? ticket.fields()
                : TicketFields.customerView(schema, ticket);
        for (FieldDefinition definition : schema.fieldDefinitions()) {
            FieldAccess access = viewer.isStaff() ? FieldAccess.EDITABLE
                    : TicketFields.customerRule(schema, ticket, definition.ref()).access();
            if (!access.visible()) {
                continue;
            }
            Optional<FieldValue> value = Optional.ofNullable(customerVisible.get(definition.ref()));
            views.add(new TicketView.FieldView(definition.ref(), definition.label(), value.map(FieldValue::display),
                    value.map(definition::display).orElse(""), access));
        }
        return views;
    }

    private Optional<String> assignee(TicketSummary ticket) {
        Optional<String> agent = ticket.assignment().agent().flatMap(agents::find).map(a -> a.name());
        if (agent.isPresent()) {
            return agent;
        }
        // a category may route to a team the directory does not hold yet: still show where the ticket went
        return ticket.assignment().team().map(t -> teams.find(t).map(team -> team.name()).orElse(t.value()));
    }

    /**
     * The names one view shows, each read once: the asking customer's own name and organizations come with the
     * viewer, other people are read from the directory the first time they appear.
     */
    private final class Names {
        private final Map<ContactId, String> contacts = new HashMap<>();
        private final Map<AgentId, String> agents = new HashMap<>();
        private final Map<OrganizationId, String> organizations = new HashMap<>();

        Names(Viewer viewer) {
            if (viewer instanceof Viewer.Customer) {
                Viewer.Customer customer = (Viewer.Customer) viewer;
                contacts.put(customer.contact().id(), customer.contact().displayName());
                customer.organizations().forEach((id, organization) -> organizations.put(id, organization.name()));
            }
        }

        String author(Author author) {
            if (author instanceof Author.Agent) {
                return agents.computeIfAbsent(((Author.Agent) author).agent(),
                        id -> TicketProjector.this.agents.find(id).map(a -> a.name()).orElse("Support"));
            }
            return contact(((Author.Customer) author).contact());
        }

        String contact(ContactId id) {
            return contacts.computeIfAbsent(id,
                    key -> TicketProjector.this.contacts.find(key).map(c -> c.displayName()).orElse(key.value()));
        }

        String organization(OrganizationId id) {
            return organizations.computeIfAbsent(id,
                    key -> TicketProjector.this.organizations.find(key).map(o -> o.name()).orElse(key.value()));
        }
    }

    private TicketView.Named named(CategoryId id) {
        return new TicketView.Named(id.value(), schema.categories().nameOf(id));
    }
}
