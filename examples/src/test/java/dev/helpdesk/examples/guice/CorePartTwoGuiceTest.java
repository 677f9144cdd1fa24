package dev.helpdesk.examples.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.rating.Score;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.AgentRole;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.IdGenerator;
import dev.helpdesk.core.service.AccountService;
import dev.helpdesk.core.service.ArticleView;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.CategoryDetails;
import dev.helpdesk.core.service.DirectoryService;
import dev.helpdesk.core.service.KnowledgeBaseService;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.PortalSettingsService;
import dev.helpdesk.core.service.RatingService;
import dev.helpdesk.core.service.RevealedSecret;
import dev.helpdesk.core.service.SecretShareService;
import dev.helpdesk.core.service.SecretShareView;
import dev.helpdesk.core.service.SectionDetails;
import dev.helpdesk.core.service.SlaService;
import dev.helpdesk.core.service.TicketService;
import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.core.service.WriteArticle;
import dev.helpdesk.defaults.DefaultsModule;
import dev.helpdesk.defaults.TinkKeysets;
import dev.helpdesk.defaults.TinkSecretCipher;
import dev.helpdesk.storage.jdbc.JdbcStorage;
import dev.helpdesk.storage.jdbc.JdbcStorageConfig;
import dev.helpdesk.storage.jdbc.JdbcStorageModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Guice host with an SQLite file: the JDBC module binds every storage port, {@link DefaultsModule} the library
 * ports and default policies, the host its clock, ids and schema. Every service of core is then built just in
 * time and works end to end on the database.
 */
class CorePartTwoGuiceTest {
    @TempDir
    Path directory;

    @Test
    void everyServiceIsBuiltByGuiceAndWorksOnAnSqliteFile() {
        TinkSecretCipher cipher = TinkSecretCipher.fromCleartextKeysetForTestsAndDevOnly(
                TinkKeysets.newCleartextKeysetForTestsAndDevOnly());
        Injector injector = Guice.createInjector(new JdbcStorageModule(JdbcStorageConfig.sqlite(
                directory.resolve("helpdesk.db"))), new DefaultsModule(cipher), new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(Clock.class).toInstance(Clock.system());
                        bind(IdGenerator.class).toInstance(IdGenerator.secureRandom());
                        bind(TicketSchema.class).toInstance(TicketSchema.defaults());
                    }
                });
        try {
            DirectoryService people = injector.getInstance(DirectoryService.class);
            people.save(Organization.of("acme", "Acme", SharingMode.MEMBERS_VIEW));
            people.save(new Contact(ContactId.of("anna"), "Anna", "Rossi", EmailAddress.of("anna@acme.test"), Set.of(),
                    List.of(Membership.member(OrganizationId.of("acme")))));
            people.save(new Agent(AgentId.of("wendy"), "Wendy", EmailAddress.of("wendy@support.test"), Set.of(),
                    AgentRole.ADMIN));
            Caller anna = Caller.contact(ContactId.of("anna"));
            Caller wendy = Caller.agent(AgentId.of("wendy"));

            AccountService accounts = injector.getInstance(AccountService.class);
            accounts.invite(wendy, ContactId.of("anna"));
            String code = accounts.issueWelcomeCode(ContactId.of("anna")).code();
            accounts.setPasswordWithCode(code, "correct horse battery");
            assertThat(accounts.signIn("anna@acme.test", "correct horse battery").contact())
                    .as("Argon2id hash stored in SQLite, verified").isEqualTo(ContactId.of("anna"));

            TicketService tickets = injector.getInstance(TicketService.class);
            TicketView ticket = tickets.open(anna, OpenTicket.of(CategoryId.of("other"), "VPN down",
                    "Since *this morning*."));
            assertThat(ticket.messages().get(0).bodyHtml()).as("CommonMark renders ticket messages")
                    .contains("<em>this morning</em>");
            assertThat(injector.getInstance(SlaService.class).ofTicket(wendy, ticket.id()))
                    .as("the SLA clock started with the ticket").isPresent();

            SecretShareService secrets = injector.getInstance(SecretShareService.class);
            SecretShareView shared = secrets.share(anna, ticket.id(), "VPN password", "hunter2-hunter2".toCharArray());
            RevealedSecret revealed = secrets.reveal(wendy, shared.id());
            assertThat(new String(revealed.value())).as("Tink round trip through the database")
                    .isEqualTo("hunter2-hunter2");

            tickets.markResolved(anna, ticket.id());
            assertThat(injector.getInstance(RatingService.class).rate(anna, ticket.id(), Score.HAPPY, "")
                    .rating().score()).isEqualTo(Score.HAPPY);

            KnowledgeBaseService kb = injector.getInstance(KnowledgeBaseService.class);
            var section = kb.createSection(wendy, SectionDetails.of(
                    kb.createCategory(wendy, CategoryDetails.of("Guides")).id(), "VPN"));
            ArticleView article = kb.createArticle(wendy, WriteArticle.published(section.id(), "Reset the VPN",
                    "Press **reset**."));
            assertThat(kb.article(anna, article.id()).html()).contains("<strong>reset</strong>");

            assertThat(injector.getInstance(PortalSettingsService.class).get().baseUrl())
                    .isEqualTo("http://localhost:8080");
        } finally {
            injector.getInstance(JdbcStorage.class).close();
        }
    }
}
