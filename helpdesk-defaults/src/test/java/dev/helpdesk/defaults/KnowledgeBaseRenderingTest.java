package dev.helpdesk.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.AgentRole;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.service.ArticleView;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.CategoryDetails;
import dev.helpdesk.core.service.KbSectionView;
import dev.helpdesk.core.service.KnowledgeBaseService;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.SectionDetails;
import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.core.service.WriteArticle;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base and ticket messages wired with this renderer: readers get Markdown as HTML, and never the
 * author's raw HTML.
 */
class KnowledgeBaseRenderingTest {

    @Test
    void aContactReadsAnArticleAsSanitisedHtml() {
        Helpdesk helpdesk = Helpdesk.builder().storage(new InMemoryStorage())
                .markdown(new CommonmarkMarkdownRenderer()).build();
        helpdesk.directory().save(new Agent(AgentId.of("wendy"), "Wendy", EmailAddress.of("wendy@support.test"),
                Set.of(), AgentRole.AGENT));
        helpdesk.directory().save(new Contact(ContactId.of("anna"), "Anna", "", EmailAddress.of("anna@acme.test"),
                Set.of(), List.of()));
        KnowledgeBaseService kb = helpdesk.knowledgeBase();
        Caller writer = Caller.agent(AgentId.of("wendy"));
        KbSectionView section = kb.createSection(writer, SectionDetails.of(
                kb.createCategory(writer, CategoryDetails.of("Guides")).id(), "Printing"));
        ArticleView article = kb.createArticle(writer, WriteArticle.published(section.id(), "Printer offline",
                "## Fix\n\nRestart the **printer**. <img src=x onerror=alert(1)> [help](javascript:alert(1))"));

        String html = kb.article(Caller.contact(ContactId.of("anna")), article.id()).html();

        assertThat(html).contains("<h2>Fix</h2>", "<strong>printer</strong>", "&lt;img src&#61;x onerror&#61;alert(1)&gt;")
                .doesNotContain("<img", "javascript", "href");
    }

    @Test
    void ticketMessagesAreRenderedByTheSameRenderer() {
        Helpdesk helpdesk = Helpdesk.builder().storage(new InMemoryStorage())
                .markdown(new CommonmarkMarkdownRenderer()).build();
        helpdesk.directory().save(Organization.of("acme", "Acme", SharingMode.MEMBERS_VIEW));
        helpdesk.directory().save(new Contact(ContactId.of("anna"), "Anna", "", EmailAddress.of("anna@acme.test"),
                Set.of(), List.of(Membership.member(OrganizationId.of("acme")))));
        Caller anna = Caller.contact(ContactId.of("anna"));

        TicketView ticket = helpdesk.tickets().open(anna, OpenTicket.of(CategoryId.of("other"), "Printer",
                "It shows *PC LOAD LETTER*. <script>alert(1)</script>"));

        TicketView.MessageView message = ticket.messages().get(0);
        assertThat(message.body()).as("the source as written").contains("<script>");
        assertThat(message.bodyHtml()).contains("<em>PC LOAD LETTER</em>", "&lt;script&gt;").doesNotContain("<script");
    }

    @Test
    void withoutARendererTicketMessagesAreEscapedPlainText() {
        Helpdesk helpdesk = Helpdesk.builder().storage(new InMemoryStorage()).build();
        helpdesk.directory().save(Organization.of("acme", "Acme", SharingMode.MEMBERS_VIEW));
        helpdesk.directory().save(new Contact(ContactId.of("anna"), "Anna", "", EmailAddress.of("anna@acme.test"),
                Set.of(), List.of(Membership.member(OrganizationId.of("acme")))));

        TicketView ticket = helpdesk.tickets().open(Caller.contact(ContactId.of("anna")),
                OpenTicket.of(CategoryId.of("other"), "Printer", "It shows *PC LOAD LETTER*. <b>bold</b>"));

        assertThat(ticket.messages().get(0).bodyHtml())
                .isEqualTo("<p>It shows *PC LOAD LETTER*. &lt;b&gt;bold&lt;/b&gt;</p>\n");
    }
}
