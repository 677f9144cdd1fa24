package dev.helpdesk.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.kb.Article;
import dev.helpdesk.core.domain.kb.ArticleState;
import dev.helpdesk.core.domain.kb.Audience;
import dev.helpdesk.core.domain.kb.Helpfulness;
import dev.helpdesk.core.domain.kb.KbCategory;
import dev.helpdesk.core.domain.kb.KnowledgeBaseEvents;
import dev.helpdesk.core.domain.kb.Section;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.AgentRole;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.NotFoundException;
import dev.helpdesk.core.fixture.EscapingMarkdownRenderer;
import dev.helpdesk.core.fixture.Generators;
import dev.helpdesk.core.fixture.KnowledgeBase;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.OutboxEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The knowledge base through its service over the in-memory adapter: who manages, who sees, search, votes. */
class KnowledgeBaseServiceTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryStorage storage = new InMemoryStorage(now::get);
    private final Helpdesk helpdesk = Helpdesk.builder().storage(storage).clock(now::get)
            .ids(Generators.countingIds()).markdown(new EscapingMarkdownRenderer()).build();
    private final KnowledgeBaseService kb = helpdesk.knowledgeBase();

    private final Caller writer = Caller.agent(AgentId.of("wendy"));
    private final Caller anna = Caller.contact(ContactId.of("anna"));   // Acme
    private final Caller carla = Caller.contact(ContactId.of("carla")); // Globex
    private final Caller nobody = Caller.contact(ContactId.of("nemo")); // no organization

    KnowledgeBaseServiceTest() {
        var directory = helpdesk.directory();
        directory.save(Organization.of("acme", "Acme", SharingMode.MEMBERS_VIEW));
        directory.save(Organization.of("globex", "Globex", SharingMode.MEMBERS_VIEW));
        directory.save(contact("anna", Membership.member(OrganizationId.of("acme"))));
        directory.save(contact("carla", Membership.member(OrganizationId.of("globex"))));
        directory.save(contact("nemo"));
        directory.save(new Agent(AgentId.of("wendy"), "Wendy Writer", EmailAddress.of("wendy@support.test"), Set.of(),
                AgentRole.AGENT));
    }

    private static Contact contact(String id, Membership... memberships) {
        return new Contact(ContactId.of(id), id, "", EmailAddress.of(id + "@example.test"), Set.of(),
                List.of(memberships));
    }

    private KbSectionView aSection() {
        KbCategoryView guides = kb.createCategory(writer, new CategoryDetails("Guides", "How to", 1));
        return kb.createSection(writer, SectionDetails.of(guides.id(), "Printing"));
    }

    private ArticleView published(KbSectionView section, String title, String body, String... keywords) {
        return kb.createArticle(writer, new WriteArticle(section.id(), title, body, List.of(keywords), List.of(), true));
    }

    private static void assertInvalid(String field, String rule, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::rule)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, rule)));
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFoundException.class);
    }

    // ------------------------------------------------------------------------------------------ browsing

    @Test
    public void aContactBrowsesToAPublishedArticleRenderedSafely() {
        KbSectionView section = aSection();
        ArticleView written = published(section, "Printer offline", "Restart it. <script>alert(1)</script>", "printer");

        KbCategoryView category = kb.categories(anna).get(0);
        assertThat(category.name()).isEqualTo("Guides");
        assertThat(category.audience()).as("contacts never learn for whom content is enabled").isEmpty();
        assertThat(kb.sections(anna, category.id())).extracting(KbSectionView::name).containsExactly("Printing");
        assertThat(kb.articles(anna, section.id())).extracting(ArticleSummaryView::title)
                .containsExactly("Printer offline");

        ArticleView seen = kb.article(anna, written.id());
        assertThat(seen.html()).isEqualTo("<p>Restart it. &lt;script&gt;alert(1)&lt;/script&gt;</p>");
        assertThat(seen.markdown()).as("only agents get the source").isEmpty();
        assertThat(seen.keywords()).containsExactly("printer");
        assertThat(seen.authorName()).isEqualTo("Wendy Writer");
        assertThat(seen.category()).isEqualTo(category.id());
        assertThat(seen.createdAt()).isEqualTo(now.get());
        assertThat(kb.article(writer, written.id()).markdown()).contains("Restart it. <script>alert(1)</script>");
        assertThat(kb.categories(writer).get(0).audience()).contains(Audience.all());
    }

    @Test
    public void draftsAreForAgentsUntilPublished() {
        KbSectionView section = aSection();
        ArticleView draft = kb.createArticle(writer, WriteArticle.draft(section.id(), "Upcoming VPN", "Soon."));

        assertNotFound(() -> kb.article(anna, draft.id()));
        assertThat(kb.articles(anna, section.id())).isEmpty();
        assertThat(kb.search(anna, "vpn", 10)).isEmpty();
        assertThat(kb.search(writer, "vpn", 10)).extracting(ArticleSummaryView::id).containsExactly(draft.id());

        ArticleView published = kb.publish(writer, draft.id(), draft.version());
        assertThat(published.state()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(kb.article(anna, draft.id()).title()).isEqualTo("Upcoming VPN");

        kb.unpublish(writer, draft.id(), published.version());
        assertNotFound(() -> kb.article(anna, draft.id()));
    }

    @Test
    public void contentEnabledForOneOrganizationIsNotFoundByOthers() {
        KbSectionView section = aSection();
        ArticleView article = published(section, "Acme printers", "Model X");
        kb.enableSection(writer, section.id(), Audience.only(OrganizationId.of("acme")));

        assertThat(kb.article(anna, article.id()).title()).isEqualTo("Acme printers");
        assertNotFound(() -> kb.article(carla, article.id()));
        assertNotFound(() -> kb.articles(carla, section.id()));
        assertNotFound(() -> kb.article(nobody, article.id()));
        assertThat(kb.search(carla, "printers", 10)).isEmpty();
        assertThat(kb.suggest(carla, "Printers", "model x broken", 10)).isEmpty();
        assertThat(kb.suggest(anna, "Printers", "model x broken", 10)).extracting(ArticleSummaryView::id)
                .containsExactly(article.id());

        kb.enableCategory(writer, section.category(), Audience.only(OrganizationId.of("globex")));
        assertNotFound(() -> kb.article(anna, article.id()));
        assertThat(kb.categories(anna)).isEmpty();
        assertNotFound(() -> kb.sections(anna, section.category()));
    }

    @Test
    public void enablingForAnUnknownOrganizationIsRefused() {
        KbSectionView section = aSection();
        assertInvalid("organizations", "unknown",
                () -> kb.enableSection(writer, section.id(), Audience.only(OrganizationId.of("initech"))));
    }

    @Test
    public void onlyAgentsManageTheKnowledgeBase() {
        KbSectionView section = aSection();
        ArticleView article = published(section, "Title", "Body");

        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> kb.createCategory(anna, CategoryDetails.of("Mine")),
                () -> kb.createSection(anna, SectionDetails.of(section.category(), "Mine")),
                () -> kb.createArticle(anna, WriteArticle.published(section.id(), "Mine", "")),
                () -> kb.editArticle(anna, article.id(), article.version(),
                        new EditArticle(section.id(), "Hacked", "", List.of())),
                () -> kb.enableSection(anna, section.id(), Audience.all()),
                () -> kb.feedback(anna, article.id(), 10),
                () -> kb.leastHelpful(anna, 1, 10))) {
            assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(kb.article(anna, article.id()).title()).isEqualTo("Title");
    }

    // ------------------------------------------------------------------------------------------ writing

    @Test
    public void badInputNamesTheFieldAndTheRule() {
        KbSectionView section = aSection();

        assertInvalid("title", "required", () -> kb.createArticle(writer, WriteArticle.published(section.id(), " ", "")));
        assertInvalid("title", "single_line",
                () -> kb.createArticle(writer, WriteArticle.published(section.id(), "two\nlines", "")));
        assertInvalid("body", "too_long", () -> kb.createArticle(writer,
                WriteArticle.published(section.id(), "Long", "x".repeat(Article.BODY_LIMIT + 1))));
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= Article.MAX_KEYWORDS; i++) {
            tooMany.add("k" + i);
        }
        assertInvalid("keywords", "too_many", () -> kb.createArticle(writer,
                new WriteArticle(section.id(), "Keywords", "", tooMany, List.of(), true)));
        assertInvalid("section", "unknown", () -> kb.createArticle(writer,
                WriteArticle.published(dev.helpdesk.core.domain.kb.SectionId.of("nowhere"), "Lost", "")));
        assertInvalid("name", "required", () -> kb.createCategory(writer, CategoryDetails.of("")));
        assertInvalid("category", "unknown", () -> kb.createSection(writer,
                SectionDetails.of(dev.helpdesk.core.domain.kb.KbCategoryId.of("nowhere"), "Lost")));
        assertInvalid("limit", "range", () -> kb.search(anna, "printer", 0));
        assertInvalid("limit", "range", () -> kb.suggest(anna, "printer", "", 101));
        assertInvalid("q", "too_long", () -> kb.search(anna, "x".repeat(501), 10));
        assertThat(kb.search(anna, "  \" * -", 10)).as("text without a word finds nothing").isEmpty();
        assertThat(storage.outbox().pending(100)).extracting(e -> e.event().type())
                .as("refused input writes no event").containsExactly("kb.category_saved", "kb.section_saved");
    }

    @Test
    public void anEditOverAStaleVersionIsAConflict() {
        KbSectionView section = aSection();
        ArticleView article = published(section, "Toner", "Replace the cartridge", "ink");
        ArticleView edited = kb.editArticle(writer, article.id(), article.version(),
                new EditArticle(section.id(), "Paper jam", "Open the tray", List.of("jam")));

        assertThat(edited.version()).isEqualTo(article.version() + 1);
        assertThatThrownBy(() -> kb.editArticle(writer, article.id(), article.version(),
                new EditArticle(section.id(), "Lost", "", List.of())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("article.stale"));
        assertThat(kb.search(anna, "toner", 10)).isEmpty();
        assertThat(kb.search(anna, "tray", 10)).extracting(ArticleSummaryView::title).containsExactly("Paper jam");
    }

    @Test
    public void changesWriteEventsWithIdsOnly() {
        KbSectionView section = aSection();
        ArticleView article = published(section, "Secret recipe", "The body text stays out of events");
        kb.editArticle(writer, article.id(), article.version(),
                new EditArticle(section.id(), "Secret recipe", "New body text", List.of()));
        kb.vote(anna, article.id(), false, "The missing part stays out too");

        List<OutboxEntry> entries = storage.outbox().pending(100);
        assertThat(entries).extracting(e -> e.event().type()).containsExactly("kb.category_saved",
                "kb.section_saved", "kb.article_created", "kb.article_updated", "kb.article_voted");
        assertThat(entries.get(2).event()).isEqualTo(new KnowledgeBaseEvents.ArticleCreated(article.id(),
                section.id(), AgentId.of("wendy"), now.get()));
        assertThat(entries).allSatisfy(e -> assertThat(e.event().toString())
                .doesNotContain("body text", "recipe", "missing part"));
    }

    // -------------------------------------------------------------------------------------------- files

    @Test
    public void filesAreDownloadedByThoseWhoSeeTheArticle() throws IOException {
        KbSectionView section = aSection();
        ArticleView article = kb.createArticle(writer, new WriteArticle(section.id(), "Manual", "See the file",
                List.of(), List.of(NewAttachment.of("manual.pdf", "application/pdf",
                "PDF bytes".getBytes(StandardCharsets.UTF_8))), true));
        var file = article.files().get(0);

        try (InputStream in = kb.openFile(anna, article.id(), file.id()).content()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("PDF bytes");
        }
        kb.enableSection(writer, section.id(), Audience.only(OrganizationId.of("globex")));
        assertNotFound(() -> kb.openFile(anna, article.id(), file.id()));
        assertThat(kb.openFile(carla, article.id(), file.id()).attachment().fileName()).isEqualTo("manual.pdf");

        ArticleView without = kb.removeFile(writer, article.id(), article.version(), file.id());
        assertThat(without.files()).isEmpty();
        assertNotFound(() -> kb.openFile(carla, article.id(), file.id()));
        assertInvalid("attachments", "blocked_type", () -> kb.addFiles(writer, article.id(), without.version(),
                List.of(NewAttachment.of("setup.exe", "application/octet-stream", new byte[] {1}))));
        assertThat(kb.addFiles(writer, article.id(), without.version(),
                List.of(NewAttachment.of("notes.txt", "text/plain", new byte[] {1}))).files())
                .extracting(a -> a.fileName()).containsExactly("notes.txt");
    }

    // -------------------------------------------------------------------------------------------- votes

    @Test
    public void eachPersonVotesOnceAndMayChangeTheirMind() {
        KbSectionView section = aSection();
        ArticleView article = published(section, "Printer offline", "Restart it");

        assertThat(kb.vote(anna, article.id(), false, "A screenshot")).isEqualTo(new Helpfulness(article.id(), 0, 1));
        assertThat(kb.vote(carla, article.id(), true, "")).isEqualTo(new Helpfulness(article.id(), 1, 1));
        assertThat(kb.article(anna, article.id()).yourVote()).contains(false);
        assertThat(kb.feedback(writer, article.id(), 10)).extracting(ArticleFeedbackView::missing)
                .containsExactly("A screenshot");

        assertThat(kb.vote(anna, article.id(), true, null)).isEqualTo(new Helpfulness(article.id(), 2, 0));
        assertThat(kb.article(anna, article.id()).yourVote()).contains(true);
        assertThat(kb.article(writer, article.id()).yourVote()).isEmpty();
        assertThat(kb.feedback(writer, article.id(), 10)).isEmpty();

        assertInvalid("missing", "too_long", () -> kb.vote(anna, article.id(), false, "x".repeat(501)));
        assertInvalid("missing", "only_when_unhelpful", () -> kb.vote(anna, article.id(), true, "but"));
        kb.unpublish(writer, article.id(), article.version());
        assertNotFound(() -> kb.vote(anna, article.id(), false, ""));
        assertThat(kb.article(writer, article.id()).helpfulness()).isEqualTo(new Helpfulness(article.id(), 2, 0));
    }

    @Test
    public void agentsSeeTheLeastHelpfulArticles() {
        KbSectionView section = aSection();
        ArticleView good = published(section, "Good", "");
        ArticleView bad = published(section, "Bad", "");
        ArticleView unrated = published(section, "Unrated", "");
        kb.vote(anna, good.id(), true, "");
        kb.vote(carla, good.id(), true, "");
        kb.vote(anna, bad.id(), false, "everything");
        kb.vote(carla, bad.id(), true, "");
        kb.vote(writer, bad.id(), false, "");

        assertThat(kb.leastHelpful(writer, 2, 10)).extracting(v -> v.article().title(), v -> v.helpfulness().no())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bad", 2L),
                        org.assertj.core.groups.Tuple.tuple("Good", 0L));
        assertThat(kb.leastHelpful(writer, 3, 10)).extracting(v -> v.article().id()).containsExactly(bad.id());
        assertThat(kb.leastHelpful(writer, 1, 10)).extracting(v -> v.article().id()).doesNotContain(unrated.id());
        assertInvalid("minVotes", "range", () -> kb.leastHelpful(writer, 0, 10));
    }

    // ------------------------------------------------------------------------------------------- search

    @Test
    public void suggestionsComeFromTheNewTicketsSubjectAndDescription() {
        KbSectionView section = aSection();
        ArticleView vpn = published(section, "VPN disconnects", "Renew the certificate", "vpn");
        published(section, "Invoices", "Download them from billing");

        assertThat(kb.suggest(anna, "The VPN keeps dropping", "since the certificate expired", 5))
                .extracting(ArticleSummaryView::id).containsExactly(vpn.id());
        assertThat(kb.suggest(anna, "It is on", "and the", 5)).as("no significant word").isEmpty();
        assertThat(kb.suggest(anna, "NEAR(\"vpn\" OR *", "\" -- ; DROP".repeat(1000), 5))
                .extracting(ArticleSummaryView::id).containsExactly(vpn.id());
    }

    @Test
    public void withoutAMarkdownRendererTheKnowledgeBaseIsUnavailable() {
        Helpdesk plain = Helpdesk.builder().storage(new InMemoryStorage()).build();
        assertThatThrownBy(plain::knowledgeBase).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CommonmarkMarkdownRenderer");
    }

    // --------------------------------------------------------------------------------------- visibility

    @Test
    public void contactsOpenExactlyThePublishedArticlesEnabledForTheirOrganizations() {
        qt().withExamples(30).forAll(KnowledgeBase.contents(),
                Generators.subsetsOf(KnowledgeBase.ORGANIZATIONS)).checkAssert((content, theirs) -> {
            InMemoryStorage fresh = new InMemoryStorage();
            Helpdesk desk = Helpdesk.builder().storage(fresh).markdown(new EscapingMarkdownRenderer()).build();
            List<Membership> memberships = new ArrayList<>();
            for (String organization : KnowledgeBase.ORGANIZATIONS) {
                desk.directory().save(Organization.of(organization, organization, SharingMode.MEMBERS_VIEW));
            }
            theirs.forEach(o -> memberships.add(Membership.member(OrganizationId.of(o))));
            desk.directory().save(contact("reader", memberships.toArray(Membership[]::new)));
            fresh.transactor().run(() -> {
                content.categories().forEach(fresh.knowledgeBase()::saveCategory);
                content.sections().forEach(fresh.knowledgeBase()::saveSection);
                content.articles().forEach(fresh.knowledgeBase()::insertArticle);
            });
            Caller reader = Caller.contact(ContactId.of("reader"));
            for (Article article : content.articles()) {
                boolean expected = visibleTo(content, theirs, article);
                boolean opened;
                try {
                    desk.knowledgeBase().article(reader, article.id());
                    opened = true;
                } catch (NotFoundException e) {
                    opened = false;
                }
                assertThat(opened).as(article.id() + " for a contact of " + theirs).isEqualTo(expected);
            }
        });
    }

    private static boolean visibleTo(KnowledgeBase.Content content, List<String> organizations, Article article) {
        Section section = content.sections().stream().filter(s -> s.id().equals(article.section())).findFirst()
                .orElseThrow();
        KbCategory category = content.categories().stream().filter(c -> c.id().equals(section.category()))
                .findFirst().orElseThrow();
        if (!article.isPublished()) {
            return false;
        }
        if (category.audience().everyone() && section.audience().everyone()) {
            return true;
        }
        return organizations.stream().map(OrganizationId::of)
                .anyMatch(o -> category.audience().includes(o) && section.audience().includes(o));
    }
}
