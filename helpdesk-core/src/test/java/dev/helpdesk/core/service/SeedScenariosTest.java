package dev.helpdesk.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.policy.FieldPolicy;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldRule;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.AgentRole;
import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.status.ClosedTicketReplyPolicy;
import dev.helpdesk.core.domain.ticket.Assignment;
import dev.helpdesk.core.domain.ticket.TicketEvents;
import dev.helpdesk.core.domain.ticket.TicketFilter;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.NotFoundException;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.OutboxEntry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The seeds' stories, told through the public API over the in-memory adapter. */
class SeedScenariosTest {
    private static final CategoryId BILLING = CategoryId.of("billing");
    private static final CategoryId CONTROL_PANEL = CategoryId.of("control-panel");
    private static final CategoryId PHP = CategoryId.of("control-panel-php");
    private static final CategoryId OTHER = CategoryId.of("other");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryStorage storage = new InMemoryStorage(now::get);
    private Helpdesk helpdesk = helpdeskWith(TicketSchema.defaults());

    private final Caller anna = Caller.contact(ContactId.of("anna"));     // primary user of Acme
    private final Caller bruno = Caller.contact(ContactId.of("bruno"));   // Acme colleague
    private final Caller martha = Caller.contact(ContactId.of("martha")); // Acme, billing only
    private final Caller carla = Caller.contact(ContactId.of("carla"));   // Globex, a private organization
    private final Caller dario = Caller.contact(ContactId.of("dario"));   // Globex colleague
    private final Caller tech = Caller.agent(AgentId.of("tess"));         // technical support agent
    private final Caller biller = Caller.agent(AgentId.of("bill"));       // billing agent

    SeedScenariosTest() {
        var directory = helpdesk.directory();
        directory.save(Organization.of("acme", "Acme", SharingMode.MEMBERS_VIEW));
        directory.save(new Organization(dev.helpdesk.core.domain.directory.OrganizationId.of("globex"), "Globex",
                ZoneId.of("Europe/Rome"), Locale.ITALIAN, SharingMode.OWN_TICKETS_ONLY));
        directory.save(contact("anna", "anna@acme.test", Membership.primaryUser(org("acme"))));
        directory.save(contact("bruno", "bruno@acme.test", Membership.member(org("acme"))));
        directory.save(contact("martha", "martha@acme.test", Membership.limitedTo(org("acme"), Set.of(BILLING))));
        directory.save(contact("carla", "carla@globex.test", Membership.member(org("globex"))));
        directory.save(contact("dario", "dario@globex.test", Membership.member(org("globex"))));
        for (String team : List.of("technical-support", "billing", "web-services")) {
            directory.save(new Team(TeamId.of(team), team));
        }
        directory.save(new Agent(AgentId.of("tess"), "Tess Tech", EmailAddress.of("tess@support.test"),
                Set.of(TeamId.of("technical-support")), AgentRole.AGENT));
        directory.save(new Agent(AgentId.of("bill"), "Bill Ling", EmailAddress.of("bill@support.test"),
                Set.of(TeamId.of("billing")), AgentRole.AGENT));
    }

    @Test
    void aPrimaryUserSeesATicketOpenedByAColleague() {
        TicketView opened = tickets().open(bruno, OpenTicket.of(OTHER, "VPN drops every hour", "Since Monday."));

        assertThat(tickets().get(anna, opened.id()).subject()).isEqualTo("VPN drops every hour");
        assertThat(tickets().list(anna, ListTickets.firstPage()).items())
                .extracting(TicketSummaryView::id).containsExactly(opened.id());
        assertThat(tickets().list(anna, ListTickets.firstPage()).items().get(0).requester().name())
                .isEqualTo("Bruno Tester");
    }

    @Test
    void aMemberOfAPrivateOrganizationDoesNotSeeAColleaguesTicket() {
        TicketView carlas = tickets().open(carla, OpenTicket.of(OTHER, "Invoice address", ""));

        assertThatThrownBy(() -> tickets().get(dario, carlas.id())).isInstanceOf(NotFoundException.class);
        assertThat(tickets().list(dario, ListTickets.firstPage()).items()).isEmpty();
        assertThat(tickets().list(carla, ListTickets.firstPage()).items()).hasSize(1);
    }

    @Test
    void aContactOfAnotherOrganizationGetsNotFoundNotForbidden() {
        TicketView annas = tickets().open(anna, OpenTicket.of(OTHER, "Printer", ""));

        assertThatThrownBy(() -> tickets().get(carla, annas.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageNotContaining("Printer");
    }

    @Test
    void aBillingOnlyContactCannotOpenAControlPanelTicket() {
        assertThatThrownBy(() -> tickets().open(martha,
                OpenTicket.of(CONTROL_PANEL, "PHP version", "").inSubcategory(PHP)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Control Panel")
                .extracting(e -> ((AccessDeniedException) e).code()).isEqualTo("ticket.category_not_allowed");
        assertThat(tickets().open(martha, OpenTicket.of(BILLING, "Duplicate charge", "Charged twice in March."))
                .category().name()).isEqualTo("Billing Issues");
    }

    @Test
    void aBillingOnlyContactSeesColleaguesBillingTicketsButNotOthers() {
        TicketView billing = tickets().open(bruno, OpenTicket.of(BILLING, "Invoice 12 is wrong", ""));
        TicketView other = tickets().open(bruno, OpenTicket.of(OTHER, "Our DNS", ""));

        assertThat(tickets().list(martha, ListTickets.firstPage()).items())
                .extracting(TicketSummaryView::id).containsExactly(billing.id());
        assertThatThrownBy(() -> tickets().get(martha, other.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aViewOnlyPriorityCannotBeChangedByTheCustomer() {
        useSchema(TicketSchema.defaults().withPolicy(FieldPolicy.defaults().with(FieldRef.PRIORITY, FieldRule.VIEW_ONLY)));
        TicketView opened = tickets().open(bruno, OpenTicket.of(OTHER, "Slow site", ""));
        assertThat(opened.field(FieldRef.PRIORITY)).get().extracting(TicketView.FieldView::text).isEqualTo("Medium");

        assertThatThrownBy(() -> tickets().updateFields(bruno, opened.id(), opened.version(),
                FieldInputs.builder().set(FieldRef.PRIORITY, "critical").build()))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).fieldErrors())
                        .extracting(f -> f.field() + ":" + f.rule()).containsExactly("priority:view_only"));
        assertThat(tickets().get(bruno, opened.id()).field(FieldRef.PRIORITY).orElseThrow().value()).contains("medium");
    }

    @Test
    void aHiddenFieldIsAbsentFromTheCustomerViewButAgentsSeeIt() {
        useSchema(TicketSchema.defaults().withPolicy(FieldPolicy.defaults().with(FieldRef.IMPACT, FieldRule.HIDDEN)));
        TicketView opened = tickets().open(bruno, OpenTicket.of(OTHER, "Mail bounces", ""));
        tickets().updateFields(tech, opened.id(), opened.version(), FieldInputs.builder().set(FieldRef.IMPACT, "major").build());

        assertThat(tickets().get(bruno, opened.id()).fields()).extracting(TicketView.FieldView::ref)
                .doesNotContain(FieldRef.IMPACT);
        assertThat(tickets().get(tech, opened.id()).field(FieldRef.IMPACT).orElseThrow().text()).isEqualTo("Major");
    }

    @Test
    void aFieldRequiredForBillingIsHiddenForOther() {
        FieldRef invoice = FieldRef.custom("invoice_number");
        useSchema(TicketSchema.defaults()
                .withCustomFields(List.of(dev.helpdesk.core.domain.policy.FieldDefinition.custom("invoice_number",
                        "Invoice number", dev.helpdesk.core.domain.policy.FieldType.TEXT)))
                .withPolicy(FieldPolicy.defaults()
                        .withOverride(BILLING, invoice, FieldRule.REQUIRED)
                        .withOverride(OTHER, invoice, FieldRule.HIDDEN)));

        assertThatThrownBy(() -> tickets().open(bruno, OpenTicket.of(BILLING, "Refund", "")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .extracting(f -> f.field() + ":" + f.rule()).containsExactly("custom.invoice_number:required"));
        TicketView billing = tickets().open(bruno, OpenTicket.of(BILLING, "Refund", "")
                .withFields(FieldInputs.builder().set(invoice, "INV-2026-17").build()));
        assertThat(billing.field(invoice).orElseThrow().value()).contains("INV-2026-17");
        assertThatThrownBy(() -> tickets().open(bruno, OpenTicket.of(OTHER, "Question", "")
                .withFields(FieldInputs.builder().set(invoice, "INV-1").build())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .extracting(f -> f.field() + ":" + f.rule()).containsExactly("custom.invoice_number:hidden"));
    }

    @Test
    void aMissingTitleAndAnUnknownCategoryAreReportedTogetherAndNothingIsWritten() {
        assertThatThrownBy(() -> tickets().open(bruno, OpenTicket.of(CategoryId.of("nope"), "  ", "text")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .extracting(f -> f.field() + ":" + f.rule())
                        .containsExactly("title:required", "category:unknown"));
        assertThat(storage.outbox().pending(10)).isEmpty();
        assertThat(tickets().list(anna, ListTickets.firstPage()).items()).isEmpty();
    }

    @Test
    void aCategoryWithSubcategoriesAsksForOneAndRoutesToItsTeam() {
        assertThatThrownBy(() -> tickets().open(bruno, OpenTicket.of(CONTROL_PANEL, "PHP 8.4 please", "")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("choose a subcategory");

        TicketView opened = tickets().open(bruno, OpenTicket.of(CONTROL_PANEL, "PHP 8.4 please", "").inSubcategory(PHP));

        assertThat(opened.subcategory()).get().extracting(TicketView.Named::name).isEqualTo("PHP and Apache");
        assertThat(tickets().get(tech, opened.id()).assignee()).contains("technical-support");
        assertThatThrownBy(() -> tickets().get(biller, opened.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void repliesMoveTheStatusAsInSeed004() {
        TicketView opened = tickets().open(bruno, OpenTicket.of(OTHER, "Backup failed", "Last night."));
        assertThat(opened.status()).get().extracting(TicketView.StatusView::label).isEqualTo("Opened");

        tick();
        TicketView replied = tickets().reply(tech, AddMessage.of(opened.id(), "Which server?"));
        assertThat(replied.status()).get().extracting(TicketView.StatusView::code).isEqualTo("replied");

        tick();
        TicketView answered = tickets().reply(bruno, AddMessage.of(opened.id(), "srv-2"));
        assertThat(answered.status()).get().extracting(TicketView.StatusView::code).isEqualTo("opened");
        assertThat(answered.messages()).extracting(TicketView.MessageView::body)
                .containsExactly("srv-2", "Which server?", "Last night.");
    }

    @Test
    void anInternalNoteNeverReachesTheCustomer() {
        TicketView opened = tickets().open(bruno, OpenTicket.of(OTHER, "Slow mailbox", ""));
        tickets().addInternalNote(tech, AddMessage.of(opened.id(), "Customer is over quota, upsell"));

        assertThat(tickets().get(bruno, opened.id()).messages()).isEmpty();
        assertThat(tickets().get(tech, opened.id()).messages()).extracting(TicketView.MessageView::internal)
                .containsExactly(true);
        assertThat(tickets().list(bruno, ListTickets.firstPage().searching("upsell")).items()).isEmpty();
        assertThat(tickets().list(tech, ListTickets.firstPage().searching("upsell")).items()).hasSize(1);
        assertThatThrownBy(() -> tickets().addInternalNote(bruno, AddMessage.of(opened.id(), "me too")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void markAsResolvedClosesTheTicketAndTellsTheOutbox() {
        TicketView opened = tickets().open(bruno, OpenTicket.of(OTHER, "Domain renewal", ""));

        TicketView resolved = tickets().markResolved(bruno, opened.id());

        assertThat(resolved.status()).get().extracting(TicketView.StatusView::code).isEqualTo("closed");
        assertThat(resolved.canResolve()).isFalse();
        assertThat(storage.outbox().pending(10)).extracting(OutboxEntry::event)
                .hasAtLeastOneElementOfType(TicketEvents.TicketResolved.class);
        assertThatThrownBy(() -> tickets().markResolved(bruno, opened.id()))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code()).isEqualTo("ticket.already_resolved");
    }

    @Test
    void aReplyToAClosedTicketReopensItByDefault() {
        TicketView opened = tickets().open(bruno, OpenTicket.of(OTHER, "Domain renewal", ""));
        tickets().markResolved(bruno, opened.id());

        TicketView reopened = tickets().reply(bruno, AddMessage.of(opened.id(), "It expired again"));

        assertThat(reopened.status()).get().extracting(TicketView.StatusView::code).isEqualTo("opened");
    }

    @Test
    void aReplyToAClosedTicketIsRefusedWhenThePolicySaysOpenANewOne() {
        useSchema(TicketSchema.defaults().withStatuses(
                TicketSchema.defaults().statuses().withClosedReplyPolicy(ClosedTicketReplyPolicy.REFUSE)));
        TicketView opened = tickets().open(bruno, OpenTicket.of(OTHER, "Domain renewal", ""));
        tickets().markResolved(bruno, opened.id());

        assertThatThrownBy(() -> tickets().reply(bruno, AddMessage.of(opened.id(), "It expired again")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("open a new ticket");
        assertThat(tickets().get(bruno, opened.id()).messages()).isEmpty();
        assertThat(tickets().get(bruno, opened.id()).canReply()).isFalse();
    }

    @Test
    void anInternalStatusShowsToCustomersUnderItsCustomerLabel() {
        var catalog = TicketSchema.defaults().statuses();
        useSchema(TicketSchema.defaults().withStatuses(
                catalog.with(catalog.find("install_request").orElseThrow().labelledForCustomers("In progress"))));
        TicketView opened = tickets().open(bruno, OpenTicket.of(OTHER, "Install LiteSpeed", ""));

        tickets().changeStatus(tech, opened.id(), opened.version(), "install_request");

        assertThat(tickets().get(bruno, opened.id()).status()).get()
                .isEqualTo(new TicketView.StatusView("install_request", "In progress"));
        assertThat(tickets().get(tech, opened.id()).status()).get()
                .extracting(TicketView.StatusView::label).isEqualTo("Install request");
    }

    @Test
    void aColleagueMayReadButNotAnswerInAViewOnlyOrganization() {
        TicketView brunos = tickets().open(bruno, OpenTicket.of(OTHER, "Our DNS", ""));
        TicketView seenByMartha = tickets().open(martha, OpenTicket.of(BILLING, "Receipt", ""));

        assertThat(tickets().get(martha, seenByMartha.id()).canReply()).isTrue();
        assertThat(tickets().get(bruno, seenByMartha.id()).canReply()).isFalse();
        assertThatThrownBy(() -> tickets().reply(bruno, AddMessage.of(seenByMartha.id(), "me too")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tickets().reply(anna, AddMessage.of(brunos.id(), "Primary user here")).messages()).hasSize(1);
    }

    @Test
    void aStaleVersionIsAConflictAndOverwritesNothing() {
        TicketView opened = tickets().open(bruno, OpenTicket.of(OTHER, "Slow site", ""));
        tickets().updateFields(tech, opened.id(), opened.version(), FieldInputs.builder().set(FieldRef.PRIORITY, "high").build());

        assertThatThrownBy(() -> tickets().updateFields(bruno, opened.id(), opened.version(),
                FieldInputs.builder().set(FieldRef.PRIORITY, "low").build()))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code()).isEqualTo("ticket.stale");
        assertThat(tickets().get(bruno, opened.id()).field(FieldRef.PRIORITY).orElseThrow().value()).contains("high");
    }

    @Test
    void filesTravelWithAReplyAndOnlyVisibleOnesCanBeDownloaded() throws Exception {
        TicketView opened = tickets().open(bruno, OpenTicket.of(OTHER, "Error page", "See the screenshot")
                .withAttachments(List.of(NewAttachment.of("C:\\Users\\bruno\\error.png", "image/png", bytes("png")))));
        TicketView noted = tickets().addInternalNote(tech, AddMessage.of(opened.id(), "server log")
                .withAttachments(List.of(NewAttachment.of("server.log", "text/plain", bytes("secret log")))));

        var png = opened.messages().get(0).attachments().get(0);
        assertThat(png.fileName()).isEqualTo("error.png");
        try (InputStream in = tickets().openAttachment(bruno, opened.id(), png.id()).content()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("png");
        }
        var log = noted.messages().stream().filter(TicketView.MessageView::internal).findFirst().orElseThrow()
                .attachments().get(0);
        assertThatThrownBy(() -> tickets().openAttachment(bruno, opened.id(), log.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tickets().openAttachment(carla, opened.id(), png.id())).isInstanceOf(NotFoundException.class);
        assertThat(tickets().openAttachment(tech, opened.id(), log.id()).attachment().size()).isEqualTo(10);
    }

    @Test
    void anOversizedOrBlockedFileIsAClearErrorAndNoTicketIsWritten() {
        useSchema(TicketSchema.defaults().withAttachments(
                dev.helpdesk.core.domain.ticket.AttachmentPolicy.defaults().withMaxFileBytes(1024)));

        assertThatThrownBy(() -> tickets().open(bruno, OpenTicket.of(OTHER, "Big", "")
                .withAttachments(List.of(NewAttachment.of("dump.bin", "application/octet-stream", new byte[1025])))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'dump.bin' is larger than the limit of 1 KB");
        assertThatThrownBy(() -> tickets().open(bruno, OpenTicket.of(OTHER, "Tool", "")
                .withAttachments(List.of(NewAttachment.of("setup.EXE", "application/octet-stream", new byte[3])))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot be attached");
        assertThat(tickets().list(bruno, ListTickets.firstPage()).items()).isEmpty();
        assertThat(storage.outbox().pending(10)).isEmpty();
    }

    @Test
    void aContactInTwoOrganizationsPicksOneWhenOpening() {
        helpdesk.directory().save(contact("eva", "eva@both.test", Membership.member(org("acme")),
                Membership.member(org("globex"))));
        Caller eva = Caller.contact(ContactId.of("eva"));

        assertThatThrownBy(() -> tickets().open(eva, OpenTicket.of(OTHER, "Which one?", "")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("choose which organization");
        TicketView forGlobex = tickets().open(eva, OpenTicket.of(OTHER, "For Globex", "").forOrganization(org("globex")));
        assertThat(forGlobex.organization().name()).isEqualTo("Globex");
    }

    @Test
    void customersFilterByStatusAndSearchTheirTickets() {
        TicketView first = tickets().open(bruno, OpenTicket.of(OTHER, "Café wifi is slow", "Since the move"));
        tick();
        TicketView second = tickets().open(bruno, OpenTicket.of(BILLING, "Invoice copy", "For March"));
        tickets().reply(biller, AddMessage.of(second.id(), "Attached"));

        var replied = tickets().list(bruno, ListTickets.firstPage()
                .filtered(TicketFilter.builder().statuses("replied", "closed").build()));
        assertThat(replied.items()).extracting(TicketSummaryView::id).containsExactly(second.id());
        assertThat(tickets().list(bruno, ListTickets.firstPage().searching("cafe")).items())
                .extracting(TicketSummaryView::id).containsExactly(first.id());
        assertThat(tickets().list(bruno, ListTickets.firstPage().searching("march")).items())
                .extracting(TicketSummaryView::id).containsExactly(second.id());
    }

    @Test
    void aCustomerCannotSortByAPriorityThatSomeCategoryHides() {
        useSchema(TicketSchema.defaults().withPolicy(FieldPolicy.defaults()
                .withOverride(BILLING, FieldRef.PRIORITY, FieldRule.HIDDEN)));

        assertThatThrownBy(() -> tickets().list(bruno, ListTickets.firstPage()
                .sortedBy(dev.helpdesk.core.domain.ticket.TicketSort.PRIORITY)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot be sorted by priority");
        assertThat(tickets().list(tech, ListTickets.firstPage()
                .sortedBy(dev.helpdesk.core.domain.ticket.TicketSort.PRIORITY)).items()).isEmpty();
    }

    @Test
    void aFullPageOfAHundredSaysAnotherPageFollows() {
        for (int i = 0; i < 101; i++) {
            tickets().open(bruno, OpenTicket.of(OTHER, "Ticket " + i, ""));
        }

        var first = tickets().list(anna, ListTickets.firstPage().ofSize(ListTickets.MAX_PAGE_SIZE));
        var second = tickets().list(anna, ListTickets.firstPage().ofSize(100).after(first.nextCursor().orElseThrow()));

        assertThat(first.items()).hasSize(100);
        assertThat(second.items()).hasSize(1);
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void anAgentOpensATicketOnBehalfOfACustomer() {
        TicketView opened = tickets().open(tech, OpenTicket.of(OTHER, "Called about the VPN", "Phone call notes")
                .onBehalfOf(ContactId.of("bruno")));

        assertThat(opened.requester().name()).isEqualTo("Bruno Tester");
        assertThat(tickets().get(bruno, opened.id()).messages()).extracting(TicketView.MessageView::authorName)
                .containsExactly("Tess Tech");
        assertThatThrownBy(() -> tickets().open(bruno, OpenTicket.of(OTHER, "x", "").onBehalfOf(ContactId.of("anna"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void assigningToAnUnknownAgentIsAClearError() {
        TicketView opened = tickets().open(bruno, OpenTicket.of(OTHER, "x", ""));
        assertThatThrownBy(() -> tickets().assign(tech, opened.id(), opened.version(), Assignment.agent(AgentId.of("ghost"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ghost");
        assertThat(tickets().assign(tech, opened.id(), opened.version(), Assignment.agent(AgentId.of("bill"))).assignee())
                .contains("Bill Ling");
    }

    private TicketService tickets() {
        return helpdesk.tickets();
    }

    private void useSchema(TicketSchema schema) {
        helpdesk = helpdeskWith(schema);
    }

    private Helpdesk helpdeskWith(TicketSchema schema) {
        return Helpdesk.builder().storage(storage).schema(schema).clock(now::get).build();
    }

    private void tick() {
        now.updateAndGet(t -> t.plus(Duration.ofMinutes(5)));
    }

    private static dev.helpdesk.core.domain.directory.OrganizationId org(String id) {
        return dev.helpdesk.core.domain.directory.OrganizationId.of(id);
    }

    private static Contact contact(String id, String email, Membership... memberships) {
        String first = Character.toUpperCase(id.charAt(0)) + id.substring(1);
        return new Contact(ContactId.of(id), first, "Tester", EmailAddress.of(email), Set.of(), List.of(memberships));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
