package dev.helpdesk.core.domain.ticket;

import static dev.helpdesk.core.fixture.Generators.commandSequences;
import static dev.helpdesk.core.fixture.Generators.statusCatalogs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldValue;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.AgentRole;
import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.status.ClosedTicketReplyPolicy;
import dev.helpdesk.core.domain.status.StatusCatalog;
import dev.helpdesk.core.domain.status.StatusKind;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.fixture.Generators;
import dev.helpdesk.core.fixture.Generators.AgentReply;
import dev.helpdesk.core.fixture.Generators.ChangeField;
import dev.helpdesk.core.fixture.Generators.ChangeStatus;
import dev.helpdesk.core.fixture.Generators.CustomerReply;
import dev.helpdesk.core.fixture.Generators.InternalNote;
import dev.helpdesk.core.fixture.Generators.Resolve;
import dev.helpdesk.core.fixture.Generators.Step;
import dev.helpdesk.core.fixture.Generators.TicketCommand;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.service.AddMessage;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.TicketService;
import dev.helpdesk.core.service.TicketSummaryView;
import dev.helpdesk.core.service.TicketView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Random command sequences against a ticket, through its verbs and through the service: the status always comes
 * from the catalog, versions count changes exactly, the conversation only grows, time never runs backwards,
 * resolvedAt tracks the done kinds, and internal notes never reach a customer.
 */
class TicketStatusPropertiesTest {
    private static final ContactId REQUESTER = ContactId.of("martha");
    private static final AgentId AGENT = AgentId.of("sam");
    private static final OrganizationId ORGANIZATION = OrganizationId.of("acme");

    @Test
    void everyCommandSequenceKeepsTheTicketsInvariantsAfterEveryStep() {
        qt().withExamples(200).withShrinkCycles(200)
                .forAll(statusCatalogs(), commandSequences(Generators.SCHEMA, 1, 30))
                .checkAssert(TicketStatusPropertiesTest::runAgainstTheModel);
    }

    @Test
    void underRefuseACustomerReplyToAClosedTicketIsRefusedWhateverHappenedBefore() {
        StatusCatalog refusing = StatusCatalog.defaults().withClosedReplyPolicy(ClosedTicketReplyPolicy.REFUSE);
        qt().withExamples(100)
                .forAll(commandSequences(Generators.SCHEMA, 0, 10), Generate.longRange(0, 86_400_000))
                .checkAssert((steps, later) -> {
                    Ticket ticket = newTicket(refusing);
                    Instant now = ticket.createdAt();
                    for (Step step : steps) {
                        now = now.plusMillis(Math.max(0, step.advanceMillis()));
                        try {
                            ticket = apply(ticket, step.command(), refusing, now, "m" + ticket.messages().size());
                        } catch (ConflictException refused) {
                            // the sequence only sets the scene
                        }
                    }
                    Ticket closed = ticket.withStatus("closed", refusing, now);
                    Message reply = customerMessage("late", "Is anyone there?", now.plusMillis(later));
                    assertThatThrownBy(() -> closed.withCustomerReply(reply, refusing))
                            .isInstanceOfSatisfying(ConflictException.class,
                                    e -> assertThat(e.code()).isEqualTo("ticket.closed"));
                    assertThatThrownBy(() -> closed.requireOpenForCustomerReplies(refusing))
                            .isInstanceOf(ConflictException.class);
                    Message answer = new Message(MessageId.of("late-agent"), Author.agent(AGENT), MessageVisibility.PUBLIC,
                            Channel.WEB, "We are", now, List.of(), Optional.empty());
                    assertThat(closed.withAgentReply(answer, refusing).status())
                            .as("agents may still answer a closed ticket").isEqualTo("replied");
                });
    }

    @Test
    void aCustomerReplyReopensASolvedTicketEvenUnderRefuse() {
        StatusCatalog catalog = Generators.solvingCatalog(ClosedTicketReplyPolicy.REFUSE);
        Ticket solved = newTicket(catalog).resolved(catalog, Generators.EPOCH.plusSeconds(60));
        assertThat(solved.status()).isEqualTo("solved");

        Message reply = customerMessage("m1", "Still broken", Generators.EPOCH.plusSeconds(120));

        Ticket reopened = solved.withCustomerReply(reply, catalog);

        assertThat(reopened.status()).isEqualTo("opened");
        assertThat(reopened.resolvedAt()).isEmpty();
        assertThat(reopened.version()).isEqualTo(solved.version() + 1);
    }

    @Test
    void aCustomerReplyReopensAClosedTicketUnderReopen() {
        StatusCatalog catalog = StatusCatalog.defaults();
        Ticket closed = newTicket(catalog).resolved(catalog, Generators.EPOCH.plusSeconds(60));

        Message reply = customerMessage("m1", "Still broken", Generators.EPOCH.plusSeconds(120));

        Ticket reopened = closed.withCustomerReply(reply, catalog);

        assertThat(reopened.status()).isEqualTo("opened");
        assertThat(reopened.resolvedAt()).isEmpty();
    }

    @Test
    void resolvingAClosedTicketIsAConflict() {
        StatusCatalog catalog = StatusCatalog.defaults();
        Ticket closed = newTicket(catalog).resolved(catalog, Generators.EPOCH.plusSeconds(60));

        assertThatThrownBy(() -> closed.resolved(catalog, Generators.EPOCH.plusSeconds(90)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("ticket.already_resolved"));
    }

    @Test
    void aStatusOutsideTheCatalogIsRefusedNamingTheStatusField() {
        StatusCatalog catalog = StatusCatalog.defaults();
        Ticket ticket = newTicket(catalog);

        assertThatThrownBy(() -> ticket.withStatus("archived", catalog, Generators.EPOCH.plusSeconds(1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("status"));
    }

    @Test
    void internalNotesNeverReachACustomerWhateverHappensToTheTicket() {
        qt().withExamples(40).withShrinkCycles(100)
                .forAll(Generate.enumValues(ClosedTicketReplyPolicy.class), commandSequences(Generators.SCHEMA, 1, 15))
                .checkAssert(TicketStatusPropertiesTest::runThroughTheService);
    }

    // ------------------------------------------------------------------------------------ domain model run

    private static void runAgainstTheModel(StatusCatalog catalog, List<Step> steps) {
        Ticket ticket = newTicket(catalog);
        assertInvariants(ticket, catalog);
        Instant now = ticket.createdAt();
        int stepNumber = 0;
        for (Step step : steps) {
            stepNumber++;
            now = now.plusMillis(step.advanceMillis());
            Ticket before = ticket;
            TicketCommand command = step.command();
            String description = "step " + stepNumber + " " + command + " on " + before.status()
                    + " with " + catalog.closedReplyPolicy();
            Optional<String> refusal = expectedRefusal(before, command, catalog);
            Ticket after;
            try {
                after = apply(before, command, catalog, now, "m" + stepNumber);
            } catch (ConflictException e) {
                assertThat(refusal).as(description + " was refused with " + e.code()).contains(e.code());
                continue;
            }
            assertThat(refusal).as(description + " should have been refused").isEmpty();
            checkStep(before, after, command, catalog, now, description);
            assertInvariants(after, catalog);
            ticket = after;
        }
    }

    private static Optional<String> expectedRefusal(Ticket before, TicketCommand command, StatusCatalog catalog) {
        StatusKind kind = kindOf(before.status(), catalog);
        if (command instanceof CustomerReply && kind == StatusKind.CLOSED
                && catalog.closedReplyPolicy() == ClosedTicketReplyPolicy.REFUSE) {
            return Optional.of("ticket.closed");
        }
        if (command instanceof Resolve && (kind == StatusKind.SOLVED || kind == StatusKind.CLOSED)) {
            return Optional.of("ticket.already_resolved");
        }
        return Optional.empty();
    }

    private static void checkStep(Ticket before, Ticket after, TicketCommand command, StatusCatalog catalog,
                                  Instant now, String description) {
        String expectedStatus = before.status();
        boolean addsMessage = false;
        Map<FieldRef, FieldValue> expectedFields = before.fields();
        if (command instanceof CustomerReply) {
            expectedStatus = catalog.onCustomerReply();
            addsMessage = true;
        } else if (command instanceof AgentReply) {
            expectedStatus = catalog.onAgentReply();
            addsMessage = true;
        } else if (command instanceof InternalNote) {
            addsMessage = true;
        } else if (command instanceof ChangeStatus) {
            expectedStatus = ((ChangeStatus) command).code();
        } else if (command instanceof Resolve) {
            expectedStatus = catalog.onResolve();
        } else if (command instanceof ChangeField) {
            ChangeField change = (ChangeField) command;
            TreeMap<FieldRef, FieldValue> fields = new TreeMap<>(before.fields());
            change.code().ifPresentOrElse(code -> fields.put(change.field(), new FieldValue.ChoiceValue(code)),
                    () -> fields.remove(change.field()));
            expectedFields = fields;
        }
        boolean changes = addsMessage || !expectedStatus.equals(before.status()) || !expectedFields.equals(before.fields());

        assertThat(after.status()).as(description + ": status").isEqualTo(expectedStatus);
        assertThat(after.fields()).as(description + ": fields").isEqualTo(expectedFields);
        assertThat(after.version()).as(description + ": version").isEqualTo(before.version() + (changes ? 1 : 0));
        if (!changes) {
            assertThat(after).as(description + ": a no-op changes nothing").isEqualTo(before);
        }
        assertThat(after.messages()).as(description + ": messages are append-only")
                .hasSize(before.messages().size() + (addsMessage ? 1 : 0))
                .startsWith(before.messages().toArray(Message[]::new));
        Instant expectedUpdate = changes && now.isAfter(before.updatedAt()) ? now : before.updatedAt();
        assertThat(after.updatedAt()).as(description + ": updatedAt").isEqualTo(expectedUpdate);

        boolean wasDone = kindOf(before.status(), catalog).isDone();
        boolean isDone = kindOf(after.status(), catalog).isDone();
        Optional<Instant> expectedResolvedAt = !isDone ? Optional.empty()
                : wasDone ? before.resolvedAt() : Optional.of(now);
        assertThat(after.resolvedAt()).as(description + ": resolvedAt").isEqualTo(expectedResolvedAt);

        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
        assertThat(after.subject()).isEqualTo(before.subject());
    }

    private static void assertInvariants(Ticket ticket, StatusCatalog catalog) {
        assertThat(catalog.codes()).as("status is a catalog code").contains(ticket.status());
        assertThat(ticket.updatedAt()).as("updatedAt >= createdAt").isAfterOrEqualTo(ticket.createdAt());
        StatusKind kind = kindOf(ticket.status(), catalog);
        assertThat(ticket.resolvedAt().isPresent()).as("resolvedAt present iff %s is SOLVED or CLOSED", kind)
                .isEqualTo(kind == StatusKind.SOLVED || kind == StatusKind.CLOSED);
    }

    private static StatusKind kindOf(String code, StatusCatalog catalog) {
        return catalog.statuses().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().kind();
    }

    private static Ticket apply(Ticket ticket, TicketCommand command, StatusCatalog catalog, Instant now, String messageId) {
        if (command instanceof CustomerReply) {
            return ticket.withCustomerReply(customerMessage(messageId, ((CustomerReply) command).body(), now), catalog);
        }
        if (command instanceof AgentReply) {
            return ticket.withAgentReply(new Message(MessageId.of(messageId), Author.agent(AGENT), MessageVisibility.PUBLIC,
                    Channel.WEB, ((AgentReply) command).body(), now, List.of(), Optional.empty()), catalog);
        }
        if (command instanceof InternalNote) {
            return ticket.withInternalNote(new Message(MessageId.of(messageId), Author.agent(AGENT),
                    MessageVisibility.INTERNAL, Channel.WEB, ((InternalNote) command).body(), now, List.of(), Optional.empty()));
        }
        if (command instanceof ChangeStatus) {
            return ticket.withStatus(((ChangeStatus) command).code(), catalog, now);
        }
        if (command instanceof Resolve) {
            return ticket.resolved(catalog, now);
        }
        if (command instanceof ChangeField) {
            ChangeField change = (ChangeField) command;
            return ticket.withFields(Map.of(change.field(), change.code().map(FieldValue.ChoiceValue::new)), now);
        }
        throw new IllegalStateException("unhandled command " + command);
    }

    private static Message customerMessage(String id, String body, Instant at) {
        return new Message(MessageId.of(id), Author.customer(REQUESTER), MessageVisibility.PUBLIC, Channel.WEB, body, at,
                List.of(), Optional.empty());
    }

    private static Ticket newTicket(StatusCatalog catalog) {
        return Ticket.open(TicketId.of("t1"), new TicketNumber(1), "Printer on fire", REQUESTER, ORGANIZATION,
                CategoryId.of("billing"), Optional.empty(), Map.of(FieldRef.PRIORITY, new FieldValue.ChoiceValue("medium")),
                Assignment.NOBODY, Optional.of(customerMessage("m0", "It is on fire", Generators.EPOCH)), catalog,
                Generators.EPOCH);
    }


    // ---------------------------------------------------------------------------------------- service run

    private static void runThroughTheService(ClosedTicketReplyPolicy policy, List<Step> steps) {
        TicketSchema schema = TicketSchema.defaults()
                .withStatuses(StatusCatalog.defaults().withClosedReplyPolicy(policy));
        AtomicReference<Instant> time = new AtomicReference<>(Generators.EPOCH);
        Helpdesk helpdesk = Helpdesk.builder().storage(new InMemoryStorage(time::get)).schema(schema).clock(time::get)
                .ids(Generators.countingIds()).build();
        Organization acme = Organization.of(ORGANIZATION.value(), "Acme", SharingMode.OWN_TICKETS_ONLY);
        helpdesk.directory().save(acme);
        helpdesk.directory().save(new Contact(REQUESTER, "Martha", "Jones", EmailAddress.of("martha@acme.example"),
                Set.of(), List.of(Membership.member(acme.id()))));
        ContactId boss = ContactId.of("boss");
        helpdesk.directory().save(new Contact(boss, "Bea", "Boss", EmailAddress.of("bea@acme.example"),
                Set.of(), List.of(Membership.primaryUser(acme.id()))));
        helpdesk.directory().save(new Team(TeamId.of("billing"), "Billing"));
        helpdesk.directory().save(new Agent(AGENT, "Sam", EmailAddress.of("sam@support.example"),
                Set.of(TeamId.of("billing")), AgentRole.AGENT));

        TicketService tickets = helpdesk.tickets();
        Caller customer = Caller.contact(REQUESTER);
        Caller agent = Caller.agent(AGENT);
        List<Caller> customers = List.of(customer, Caller.contact(boss));
        TicketId id = tickets.open(customer, OpenTicket.of(CategoryId.of("billing"), "Charged twice",
                "My invoice came twice")).id();
        int publicMessages = 1;
        List<String> secrets = new ArrayList<>();
        for (Step step : steps) {
            time.set(time.get().plusMillis(step.advanceMillis()));
            TicketCommand command = step.command();
            TicketView before = tickets.get(agent, id);
            String statusBefore = before.status().orElseThrow().code();
            Optional<String> refusal = Optional.empty();
            if (command instanceof CustomerReply && statusBefore.equals("closed") && policy == ClosedTicketReplyPolicy.REFUSE) {
                refusal = Optional.of("ticket.closed");
            } else if (command instanceof Resolve && statusBefore.equals("closed")) {
                refusal = Optional.of("ticket.already_resolved");
            }
            List<TicketView> customerViews = new ArrayList<>();
            try {
                if (command instanceof CustomerReply) {
                    customerViews.add(tickets.reply(customer, AddMessage.of(id, ((CustomerReply) command).body())));
                    publicMessages++;
                } else if (command instanceof AgentReply) {
                    tickets.reply(agent, AddMessage.of(id, ((AgentReply) command).body()));
                    publicMessages++;
                } else if (command instanceof InternalNote) {
                    tickets.addInternalNote(agent, AddMessage.of(id, ((InternalNote) command).body()));
                    secrets.add(((InternalNote) command).secret());
                } else if (command instanceof ChangeStatus) {
                    tickets.changeStatus(agent, id, tickets.get(agent, id).version(), ((ChangeStatus) command).code());
                } else if (command instanceof Resolve) {
                    customerViews.add(tickets.markResolved(customer, id));
                } else if (command instanceof ChangeField) {
                    ChangeField change = (ChangeField) command;
                    FieldInputs inputs = FieldInputs.builder()
                            .set(change.field(), change.code().stream().toArray(String[]::new)).build();
                    tickets.updateFields(agent, id, tickets.get(agent, id).version(), inputs);
                }
                assertThat(refusal).as("%s on a %s ticket should have been refused", command, statusBefore).isEmpty();
            } catch (ConflictException e) {
                assertThat(refusal).as("%s on a %s ticket was refused with %s", command, statusBefore, e.code())
                        .contains(e.code());
                TicketView after = tickets.get(agent, id);
                assertThat(after.version()).as("a refused command changes nothing").isEqualTo(before.version());
                assertThat(after.messages()).isEqualTo(before.messages());
            }
            for (Caller each : customers) {
                customerViews.add(tickets.get(each, id));
            }
            for (TicketView view : customerViews) {
                assertThat(view.messages()).as("after %s", command).hasSize(publicMessages)
                        .noneMatch(TicketView.MessageView::internal)
                        .noneMatch(m -> secrets.stream().anyMatch(m.body()::contains));
            }
            TicketView staffView = tickets.get(agent, id);
            assertThat(staffView.messages()).filteredOn(TicketView.MessageView::internal).hasSize(secrets.size());
            for (Caller each : customers) {
                assertThat(ids(tickets.list(each, ListTickets.firstPage()).items())).containsExactly(id);
            }
            for (String secret : secrets) {
                for (Caller each : customers) {
                    assertThat(tickets.list(each, ListTickets.firstPage().searching(secret)).items())
                            .as("a customer searching for '%s', a word only in a note", secret).isEmpty();
                }
                assertThat(ids(tickets.list(agent, ListTickets.firstPage().searching(secret)).items()))
                        .as("the agent finds the note's word").containsExactly(id);
            }
        }
    }

    private static List<TicketId> ids(List<TicketSummaryView> views) {
        return views.stream().map(TicketSummaryView::id).toList();
    }
}
