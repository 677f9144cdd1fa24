package dev.helpdesk.web.portal;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.kb.Audience;
import dev.helpdesk.core.service.ArticleView;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.CategoryDetails;
import dev.helpdesk.core.service.KbCategoryView;
import dev.helpdesk.core.service.KbSectionView;
import dev.helpdesk.core.service.KnowledgeBaseService;
import dev.helpdesk.core.service.NewAttachment;
import dev.helpdesk.core.service.SectionDetails;
import dev.helpdesk.core.service.WriteArticle;
import dev.helpdesk.web.support.DemoData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Knowledge-base content for the web tests, written by the demo agent: a category for everyone with a published
 * article (with keywords and a file) and a draft, and a category enabled only for Globex.
 */
final class KbContent {
    static final byte[] GUIDE = "Check the SPF record first.\n".getBytes(StandardCharsets.UTF_8);

    final KbCategoryView everyone;
    final KbSectionView mail;
    final ArticleView bounces;
    final ArticleView draft;
    final KbCategoryView globexOnly;
    final KbSectionView globexSection;
    final ArticleView globexArticle;

    KbContent(Helpdesk helpdesk) {
        KnowledgeBaseService kb = helpdesk.knowledgeBase();
        Caller agent = Caller.agent(DemoData.AGENT);
        everyone = kb.createCategory(agent, new CategoryDetails("Getting started", "The basics of our services.", 1));
        mail = kb.createSection(agent, new SectionDetails(everyone.id(), "E-mail", "Sending and receiving mail.", 1));
        bounces = kb.createArticle(agent, new WriteArticle(mail.id(), "Why mail bounces",
                "Mail **bounces** when the SPF record is wrong.\n\n<script>alert('x')</script>\n",
                List.of("bounce", "smtp"), List.of(NewAttachment.of("spf-guide.txt", "text/plain", GUIDE)), true));
        draft = kb.createArticle(agent, WriteArticle.draft(mail.id(), "Unfinished draft about bounces", "Soon."));
        globexOnly = kb.createCategory(agent, new CategoryDetails("Globex internal", "", 2));
        kb.enableCategory(agent, globexOnly.id(), Audience.only(DemoData.GLOBEX));
        globexSection = kb.createSection(agent, SectionDetails.of(globexOnly.id(), "Globex VPN"));
        globexArticle = kb.createArticle(agent, new WriteArticle(globexSection.id(), "Globex VPN mail setup",
                "Only for Globex: mail bounces through the VPN.", List.of("vpn"),
                List.of(NewAttachment.of("vpn.txt", "text/plain", "secret".getBytes(StandardCharsets.UTF_8))), true));
    }

    /**
     * Seed 002's Martha: an Acme contact who may open tickets only in billing. Returns her e-mail address; her
     * password is the demo one, as for every contact added here.
     */
    static String addBillingOnlyContact(Helpdesk helpdesk) {
        return addContact(helpdesk, "martha", "Martha",
                List.of(Membership.limitedTo(DemoData.ACME, Set.of(CategoryId.of("billing")))));
    }

    /** A consultant working for both Acme and Globex: she chooses for whom a ticket is. */
    static String addContactOfTwoOrganizations(Helpdesk helpdesk) {
        return addContact(helpdesk, "nina", "Nina", List.of(Membership.member(DemoData.ACME),
                Membership.member(DemoData.GLOBEX)));
    }

    private static String addContact(Helpdesk helpdesk, String id, String name, List<Membership> memberships) {
        ContactId contact = ContactId.of(id);
        String email = id + "@consultants.example";
        helpdesk.directory().save(new Contact(contact, name, "Tester", EmailAddress.of(email), Set.of(), memberships));
        helpdesk.accounts().invite(Caller.agent(DemoData.AGENT), contact);
        String code = helpdesk.accounts().issueWelcomeCode(contact).code();
        helpdesk.accounts().setPasswordWithCode(code, DemoData.PASSWORD);
        return email;
    }
}
