package dev.helpdesk.examples.portal.demo;

import static dev.helpdesk.examples.portal.demo.DemoData.AGENT;
import static dev.helpdesk.examples.portal.demo.DemoData.GLOBEX;

import dev.helpdesk.core.domain.kb.Audience;
import dev.helpdesk.core.domain.kb.KbCategoryId;
import dev.helpdesk.core.domain.kb.SectionId;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.CategoryDetails;
import dev.helpdesk.core.service.KnowledgeBaseService;
import dev.helpdesk.core.service.NewAttachment;
import dev.helpdesk.core.service.SectionDetails;
import dev.helpdesk.core.service.WriteArticle;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The demo knowledge base, written by the demo agent: two categories, four sections (one enabled only for Globex,
 * so Acme's people never see its article), six published articles with Markdown bodies and keywords (one with a
 * file) and one draft that only agents see.
 */
final class DemoKnowledgeBase {
    private static final Caller AGENT_CALLER = Caller.agent(AGENT);

    private final KnowledgeBaseService kb;

    private DemoKnowledgeBase(KnowledgeBaseService kb) {
        this.kb = kb;
    }

    static void load(KnowledgeBaseService kb) {
        new DemoKnowledgeBase(kb).load();
    }

    private void load() {
        KbCategoryId mail = category("E-mail and hosting", "Set up mailboxes, fix delivery, manage your sites.", 1);
        KbCategoryId account = category("Account and billing", "Your portal account, invoices and payments.", 2);

        SectionId mailboxes = section(mail, "Mailboxes", "Connecting mail clients and phones.", 1);
        article(mailboxes, "Set up your mailbox in Thunderbird or Outlook", """
                Use these settings for any mail client:

                - **Incoming (IMAP):** server `mail.example.net`, port 993, SSL/TLS
                - **Outgoing (SMTP):** server `mail.example.net`, port 465, SSL/TLS

                The user name is your **full address**, such as `paola@acme.example`.

                The attached file has the same settings to keep at hand.
                """, List.of("imap", "smtp", "thunderbird", "outlook"),
                List.of(NewAttachment.of("mail-settings.txt", "text/plain", ("IMAP mail.example.net:993 SSL/TLS\n"
                        + "SMTP mail.example.net:465 SSL/TLS\n").getBytes(StandardCharsets.UTF_8))));
        article(mailboxes, "Why does my mail bounce?", """
                A bounce tells you why the receiving server refused a message. The most frequent reasons:

                1. **SPF or DMARC**: your domain does not allow our servers to send for it. Add
                   `include:spf.example.net` to its SPF record.
                2. **Full mailbox** at the receiver: nothing to do but wait.
                3. **Blocklisted address**: open a ticket in *E-mail Problems* with the bounce attached.
                """, List.of("bounce", "spf", "dmarc", "delivery"), List.of());

        SectionId websites = section(mail, "Websites", "PHP versions, databases and backups.", 2);
        article(websites, "Change the PHP version of a site", """
                In the control panel open **Sites → your site → PHP** and pick the version.
                The change takes effect within a minute; test your site afterwards.

                > Versions older than 8.1 no longer receive security fixes.
                """, List.of("php", "version", "upgrade"), List.of());
        article(websites, "Restore a database backup", """
                Backups are taken every night at 23:00 and kept for 30 days.

                - Open **Databases → Backups**.
                - Choose the date and click **Restore into a copy**.
                - Check the copy, then swap it with the live database.
                """, List.of("backup", "mysql", "restore"), List.of());
        kb.createArticle(AGENT_CALLER, WriteArticle.draft(websites, "Moving a site to another server (draft)",
                "Being written: agents see drafts, customers do not."));

        SectionId yourAccount = section(account, "Your account", "Signing in, passwords and profile.", 1);
        article(yourAccount, "Reset a forgotten password", """
                On the sign-in page choose **Forgot password?** and enter your address. You get a code by e-mail;
                enter it with your new password. The code works once and for a limited time.
                """, List.of("password", "sign in", "reset"), List.of());

        SectionId globexOnly = section(account, "Globex customers", "Only for Globex.", 2);
        kb.enableSection(AGENT_CALLER, globexOnly, Audience.only(GLOBEX));
        article(globexOnly, "Your dedicated Globex support line", """
                Globex has a dedicated line: call **+39 02 0000 0000**, weekdays 8:00 to 20:00.
                """, List.of("globex", "phone"), List.of());
    }

    private KbCategoryId category(String name, String description, int position) {
        return kb.createCategory(AGENT_CALLER, new CategoryDetails(name, description, position)).id();
    }

    private SectionId section(KbCategoryId category, String name, String description, int position) {
        return kb.createSection(AGENT_CALLER, new SectionDetails(category, name, description, position)).id();
    }

    private void article(SectionId section, String title, String body, List<String> keywords,
                         List<NewAttachment> files) {
        kb.createArticle(AGENT_CALLER, new WriteArticle(section, title, body, keywords, files, true));
    }
}
