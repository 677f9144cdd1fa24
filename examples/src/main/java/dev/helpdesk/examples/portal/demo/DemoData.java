package dev.helpdesk.examples.portal.demo;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.FieldPolicy;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldRule;
import dev.helpdesk.core.domain.policy.FieldType;
import dev.helpdesk.core.domain.policy.Option;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.AgentRole;
import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.domain.policy.FieldInputs;
import java.util.List;
import java.util.Set;

/**
 * People and content to try the portal with: an organization with a primary user and a colleague, a contact of
 * another organization, an agent, tickets in every status of the catalog (conversations, an attachment, a
 * rating) and a knowledge base. The standalone example and the benchmarks start from it. Every demo person's
 * password is {@link #PASSWORD}.
 *
 * <p>It belongs to the examples, not to the library. The web module's tests have a small fixture of their own
 * with the same people ({@code dev.helpdesk.web.support.DemoData} in its test sources), so both speak of the same
 * Paola. Tickets HD-1 to HD-3 come first and stay as they are; {@link DemoTickets} adds the rest,
 * {@link DemoKnowledgeBase} the articles.
 */
public final class DemoData {
    public static final String PASSWORD = "demo-password-2026";
    public static final ContactId PRIMARY = ContactId.of("paola");
    public static final String PRIMARY_EMAIL = "paola@acme.example";
    public static final ContactId COLLEAGUE = ContactId.of("marco");
    public static final String COLLEAGUE_EMAIL = "marco@acme.example";
    public static final ContactId OUTSIDER = ContactId.of("olga");
    public static final String OUTSIDER_EMAIL = "olga@globex.example";
    public static final AgentId AGENT = AgentId.of("wendy");
    public static final OrganizationId ACME = OrganizationId.of("acme");
    public static final OrganizationId GLOBEX = OrganizationId.of("globex");

    private DemoData() {
    }

    /**
     * The default schema (seed 002's categories) with custom fields of every visibility: editable, required on
     * creation, view-only and hidden from customers; the impact is view-only in the billing category.
     */
    public static TicketSchema schema() {
        TicketSchema base = TicketSchema.defaults();
        // custom fields carry their own labels per language: the portal's bundle only knows the built-in fields
        FieldDefinition website = FieldDefinition.custom("website", "Website address", FieldType.TEXT)
                .withLabel("fr", "Adresse du site").withLabel("de", "Adresse der Website")
                .withLabel("es", "Dirección del sitio web").withLabel("it", "Indirizzo del sito");
        FieldDefinition os = FieldDefinition.custom("operating_system", "Operating system", FieldType.SINGLE_CHOICE,
                Option.of("windows", "Windows"), Option.of("macos", "macOS"), Option.of("linux", "Linux"),
                Option.of("other", "Other").withLabel("fr", "Autre").withLabel("de", "Anderes")
                        .withLabel("es", "Otro").withLabel("it", "Altro"))
                .withLabel("fr", "Système d’exploitation").withLabel("de", "Betriebssystem")
                .withLabel("es", "Sistema operativo").withLabel("it", "Sistema operativo");
        FieldDefinition contract = FieldDefinition.custom("contract", "Contract number", FieldType.TEXT)
                .withLabel("fr", "Numéro de contrat").withLabel("de", "Vertragsnummer")
                .withLabel("es", "Número de contrato").withLabel("it", "Numero di contratto");
        FieldDefinition internal = FieldDefinition.custom("internal_score", "Internal score", FieldType.NUMBER);
        FieldPolicy policy = base.policy()
                .with(website.ref(), FieldRule.EDITABLE)
                .with(os.ref(), FieldRule.REQUIRED)
                .with(contract.ref(), FieldRule.VIEW_ONLY)
                .with(internal.ref(), FieldRule.HIDDEN)
                .withOverride(CategoryId.of("billing"), FieldRef.IMPACT, FieldRule.VIEW_ONLY);
        return base.withCustomFields(List.of(website, os, contract, internal)).withPolicy(policy);
    }

    /**
     * Fills an empty helpdesk built with {@link #schema()}: the {@linkplain #loadBasics basics}, tickets in every
     * status and a knowledge base. It needs accounts and a Markdown renderer.
     */
    public static void load(Helpdesk helpdesk) {
        loadBasics(helpdesk);
        DemoTickets.load(helpdesk);
        DemoKnowledgeBase.load(helpdesk.knowledgeBase());
    }

    /** Only the people (with their passwords) and three tickets, one per requester. */
    public static void loadBasics(Helpdesk helpdesk) {
        var people = helpdesk.directory();
        people.save(Organization.of(ACME.value(), "Acme Srl", SharingMode.MEMBERS_VIEW_AND_REPLY));
        people.save(Organization.of(GLOBEX.value(), "Globex", SharingMode.MEMBERS_VIEW));
        // the teams the default schema routes categories to, so tickets name them ("Technical support")
        people.save(new Team(TeamId.of("technical-support"), "Technical support"));
        people.save(new Team(TeamId.of("billing"), "Billing"));
        people.save(new Team(TeamId.of("web-services"), "Web services"));
        people.save(new Agent(AGENT, "Wendy Support", EmailAddress.of("wendy@support.example"), Set.of(),
                AgentRole.ADMIN));
        people.save(new Contact(PRIMARY, "Paola", "Bianchi", EmailAddress.of(PRIMARY_EMAIL), Set.of(),
                List.of(Membership.primaryUser(ACME))));
        people.save(new Contact(COLLEAGUE, "Marco", "Rossi", EmailAddress.of(COLLEAGUE_EMAIL), Set.of(),
                List.of(Membership.member(ACME))));
        people.save(new Contact(OUTSIDER, "Olga", "Novak", EmailAddress.of(OUTSIDER_EMAIL), Set.of(),
                List.of(Membership.member(GLOBEX))));
        Caller admin = Caller.agent(AGENT);
        for (ContactId contact : List.of(PRIMARY, COLLEAGUE, OUTSIDER)) {
            helpdesk.accounts().invite(admin, contact);
            String code = helpdesk.accounts().issueWelcomeCode(contact).code();
            helpdesk.accounts().setPasswordWithCode(code, PASSWORD);
        }
        var tickets = helpdesk.tickets();
        tickets.open(Caller.contact(PRIMARY), OpenTicket.of(CategoryId.of("email"), "Mail to customers bounces",
                "Since this morning every mail to **gmail.com** comes back.")
                .inSubcategory(CategoryId.of("email-delivery")).withFields(os("linux")));
        tickets.open(Caller.contact(COLLEAGUE), OpenTicket.of(CategoryId.of("billing"), "Invoice 2026-114 is twice",
                "We were charged twice for November.").withFields(os("windows")));
        tickets.open(Caller.contact(OUTSIDER), OpenTicket.of(CategoryId.of("other"), "Globex private question",
                "Only Globex may read this.").withFields(os("macos")));
    }

    static FieldInputs os(String value) {
        return FieldInputs.builder().set("custom.operating_system", value).build();
    }
}
