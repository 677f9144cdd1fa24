package dev.helpdesk.core.contract;

import static dev.helpdesk.core.fixture.KnowledgeBase.aCategory;
import static dev.helpdesk.core.fixture.KnowledgeBase.aSection;
import static dev.helpdesk.core.fixture.KnowledgeBase.anArticle;
import static dev.helpdesk.core.fixture.KnowledgeBase.contactOf;
import static dev.helpdesk.core.fixture.KnowledgeBase.staff;
import static dev.helpdesk.core.fixture.Tickets.anAttachment;
import static dev.helpdesk.core.fixture.Tickets.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.kb.Article;
import dev.helpdesk.core.domain.kb.ArticleId;
import dev.helpdesk.core.domain.kb.ArticleMatch;
import dev.helpdesk.core.domain.kb.ArticleQuery;
import dev.helpdesk.core.domain.kb.ArticleState;
import dev.helpdesk.core.domain.kb.ArticleText;
import dev.helpdesk.core.domain.kb.Audience;
import dev.helpdesk.core.domain.kb.Helpfulness;
import dev.helpdesk.core.domain.kb.KbCategory;
import dev.helpdesk.core.domain.kb.KbCategoryId;
import dev.helpdesk.core.domain.kb.KnowledgeBaseScope;
import dev.helpdesk.core.domain.kb.Section;
import dev.helpdesk.core.domain.kb.SectionId;
import dev.helpdesk.core.domain.kb.Vote;
import dev.helpdesk.core.domain.kb.Voter;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.ticket.SearchTerms;
import dev.helpdesk.core.fixture.Generators;
import dev.helpdesk.core.fixture.KnowledgeBase;
import dev.helpdesk.core.port.KnowledgeBaseRepository;
import dev.helpdesk.core.port.Storage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link KnowledgeBaseRepository}: content round-trips; every read answers exactly what the scope sees (drafts and
 * content not enabled for a contact's organizations never reach them); search finds exactly what the match's
 * reference meaning accepts, ranks clear cases alike in every adapter and never lets typed text act as query syntax;
 * one vote per voter, counted, with feedback and the least helpful articles.
 */
public abstract class KnowledgeBaseRepositoryContract extends PortContract {
    private static final int EXAMPLES = 40;

    private KnowledgeBaseRepository kb() {
        return storage().knowledgeBase();
    }

    private void given(KbCategory... categories) {
        inTransaction(() -> List.of(categories).forEach(kb()::saveCategory));
    }

    private void given(Section... sections) {
        inTransaction(() -> List.of(sections).forEach(kb()::saveSection));
    }

    private void given(Article... articles) {
        inTransaction(() -> List.of(articles).forEach(kb()::insertArticle));
    }

    private static List<String> ids(List<Article> articles) {
        return articles.stream().map(a -> a.id().value()).toList();
    }

    private List<String> search(KnowledgeBaseScope scope, String typed) {
        return search(storage(), scope, typed, ArticleQuery.MAX_LIMIT);
    }

    private static List<String> search(Storage storage, KnowledgeBaseScope scope, String typed, int limit) {
        ArticleMatch match = new ArticleMatch.AllTerms(SearchTerms.parse(typed).orElseThrow());
        return ids(storage.knowledgeBase().search(new ArticleQuery(scope, match, limit)));
    }

    private List<String> suggest(KnowledgeBaseScope scope, String subject, String description, int limit) {
        ArticleMatch match = ArticleMatch.suggestionFor(subject, description).orElseThrow();
        return ids(kb().search(new ArticleQuery(scope, match, limit)));
    }

    // ------------------------------------------------------------------------------------ content round trip

    private final KbCategory guides = aCategory("guides").position(2).build();
    private final KbCategory billing = aCategory("billing").position(1).onlyFor("acme", "globex").build();
    private final Section setup = aSection("setup", guides).position(1).build();
    private final Section printing = aSection("printing", guides).position(0).onlyFor("acme").build();
    private final Section invoices = aSection("invoices", billing).build();

    @Test
    public void categoriesAndSectionsComeBackAsSavedInPositionOrder() {
        KbCategory alsoFirst = aCategory("accounts").position(1).build();
        given(guides, billing, alsoFirst);
        given(setup, printing, invoices);

        assertThat(kb().categories(staff())).as(adapter("lists categories by position, then id"))
                .containsExactly(alsoFirst, billing, guides);
        assertThat(kb().sections(staff(), guides.id())).as(adapter("lists a category's sections by position"))
                .containsExactly(printing, setup);
        assertThat(kb().findCategory(staff(), billing.id())).as(adapter("keeps a category with its audience"))
                .contains(billing);
        assertThat(kb().findSection(staff(), printing.id())).as(adapter("keeps a section with its audience"))
                .contains(printing);
        assertThat(kb().findCategory(staff(), KbCategoryId.of("nothing"))).as(adapter("finds no unknown category"))
                .isEmpty();
    }

    @Test
    public void savingAgainReplacesNameAndAudience() {
        given(billing);
        given(invoices);
        KbCategory renamed = aCategory("billing").named("Money").position(5).onlyFor("initech").build();
        Section everyone = aSection("invoices", renamed).named("Bills").audience(Audience.all()).build();
        given(renamed);
        given(everyone);

        assertThat(kb().findCategory(staff(), billing.id())).as(adapter("replaces a saved category")).contains(renamed);
        assertThat(kb().findSection(staff(), invoices.id())).as(adapter("replaces a saved section")).contains(everyone);
        assertThat(kb().categories(contactOf("acme"))).as(adapter("forgets organizations no longer enabled")).isEmpty();
        assertThat(kb().categories(contactOf("initech"))).as(adapter("enables the new organization"))
                .containsExactly(renamed);
    }

    @Test
    public void anArticleComesBackAsStored() {
        given(guides);
        given(setup);
        Article article = anArticle("first-steps", setup).title("First steps").body("# Hello\n\nIt **works**.")
                .keywords("start", "Setup").files(anAttachment("f1", "guide.pdf", "a".repeat(64), 1234))
                .draft().at(3).updatedAt(4).build();
        given(article);

        assertThat(kb().findArticle(staff(), article.id())).as(adapter("gives the article back as stored"))
                .contains(article);
        assertThat(kb().articles(staff(), setup.id())).as(adapter("lists the section's articles"))
                .containsExactly(article);
        assertThat(kb().findArticle(staff(), ArticleId.of("missing"))).as(adapter("finds no unknown article")).isEmpty();
    }

    @Test
    public void articlesOfASectionAreListedByCreationThenId() {
        given(guides);
        given(setup, printing);
        Article b = anArticle("b", setup).at(2).build();
        Article a = anArticle("a", setup).at(2).build();
        Article early = anArticle("z", setup).at(1).build();
        Article elsewhere = anArticle("elsewhere", printing).at(0).build();
        given(b, a, early, elsewhere);

        assertThat(ids(kb().articles(staff(), setup.id()))).as(adapter("orders by creation time, then id"))
                .containsExactly("z", "a", "b");
    }

    @Test
    public void aSecondArticleWithTheSameIdIsAConflict() {
        given(guides);
        given(setup);
        given(anArticle("dup", setup).title("One").build());

        assertConflict("article.duplicate", "refuses a second article with the same id",
                () -> given(anArticle("dup", setup).title("Two").build()));
        assertThat(kb().findArticle(staff(), ArticleId.of("dup")).map(Article::title))
                .as(adapter("keeps the first article")).contains("One");
    }

    @Test
    public void anUpdateOverAStaleVersionIsAConflictAndWritesNothing() {
        given(guides);
        given(setup);
        Article v1 = anArticle("a", setup).title("Printer setup").build();
        given(v1);
        Article v2 = v1.edited(setup.id(), "Printer setup, revised", "new body", List.of(), at(10));
        inTransaction(() -> kb().updateArticle(v2));

        Article fromV1 = v1.edited(setup.id(), "Lost update", "", List.of(), at(11));
        assertConflict("article.stale", "refuses a change made over an older version",
                () -> inTransaction(() -> kb().updateArticle(fromV1)));
        assertThat(kb().findArticle(staff(), v1.id())).as(adapter("keeps the current version")).contains(v2);
        assertThat(search(staff(), "lost")).as(adapter("indexes nothing of a refused update")).isEmpty();
    }

    @Test
    public void aRolledBackInsertLeavesNoArticleAndNoIndexEntry() {
        given(guides);
        given(setup);
        Article article = anArticle("gone", setup).title("Vanishing printer").build();
        assertThatThrownBy(() -> inTransaction(() -> {
            kb().insertArticle(article);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(kb().findArticle(staff(), article.id())).as(adapter("keeps no rolled-back article")).isEmpty();
        assertThat(search(staff(), "vanishing")).as(adapter("keeps no index entry of a rolled-back article")).isEmpty();
    }

    @Test
    public void anUpdateReindexesTheArticle() {
        given(guides);
        given(setup, printing);
        Article before = anArticle("a", setup).title("Toner").body("replace the cartridge").keywords("ink").build();
        given(before);
        Article after = before.edited(printing.id(), "Paper jam", "open the tray", List.of("jam"), at(5));
        inTransaction(() -> kb().updateArticle(after));

        assertThat(search(staff(), "toner")).as(adapter("no longer finds the old title")).isEmpty();
        assertThat(search(staff(), "cartridge")).as(adapter("no longer finds the old body")).isEmpty();
        assertThat(search(staff(), "ink")).as(adapter("no longer finds the old keyword")).isEmpty();
        assertThat(search(staff(), "tray jam")).as(adapter("finds the new words")).containsExactly("a");
        assertThat(ids(kb().articles(staff(), printing.id()))).as(adapter("lists the article in its new section"))
                .containsExactly("a");
        assertThat(kb().articles(staff(), setup.id())).as(adapter("no longer lists it in the old one")).isEmpty();
    }

    // ----------------------------------------------------------------------------------------- visibility

    /**
     * Guides (everyone): setup (everyone), printing (acme only). Billing (acme, globex): invoices (everyone),
     * refunds (globex only). Hidden (nobody): internal (everyone).
     */
    private void givenAKnowledgeBaseWithAudiences() {
        KbCategory hidden = aCategory("hidden").position(3).audience(Audience.only(Set.of())).build();
        Section refunds = aSection("refunds", billing).onlyFor("globex").build();
        Section internal = aSection("internal", hidden).build();
        given(guides, billing, hidden);
        given(setup, printing, invoices, refunds, internal);
        given(anArticle("setup-public", setup).at(1).build(),
                anArticle("setup-draft", setup).draft().at(2).build(),
                anArticle("printing-acme", printing).at(3).build(),
                anArticle("invoices-acme-globex", invoices).at(4).build(),
                anArticle("refunds-globex", refunds).at(5).build(),
                anArticle("internal-nobody", internal).at(6).build());
    }

    private List<String> visibleArticles(KnowledgeBaseScope scope) {
        List<String> visible = new ArrayList<>();
        for (KbCategory category : kb().categories(scope)) {
            for (Section section : kb().sections(scope, category.id())) {
                visible.addAll(ids(kb().articles(scope, section.id())));
            }
        }
        return visible;
    }

    @Test
    public void contactsSeeOnlyPublishedArticlesEnabledForOneOfTheirOrganizations() {
        givenAKnowledgeBaseWithAudiences();

        assertThat(visibleArticles(contactOf())).as(adapter("shows a contact of no organization what is for everyone"))
                .containsExactlyInAnyOrder("setup-public");
        assertThat(visibleArticles(contactOf("initech"))).as(adapter("shows initech only what is for everyone"))
                .containsExactlyInAnyOrder("setup-public");
        assertThat(visibleArticles(contactOf("acme")))
                .as(adapter("shows acme its sections, never another's or a draft"))
                .containsExactlyInAnyOrder("setup-public", "printing-acme", "invoices-acme-globex");
        assertThat(visibleArticles(contactOf("globex", "initech")))
                .as(adapter("shows a contact of two organizations what either sees"))
                .containsExactlyInAnyOrder("setup-public", "invoices-acme-globex", "refunds-globex");
        assertThat(visibleArticles(staff())).as(adapter("shows agents everything, drafts included"))
                .containsExactlyInAnyOrder("setup-public", "setup-draft", "printing-acme", "invoices-acme-globex",
                        "refunds-globex", "internal-nobody");
    }

    @Test
    public void contactsCannotOpenOrFindWhatTheyMayNotSee() {
        givenAKnowledgeBaseWithAudiences();
        KnowledgeBaseScope initech = contactOf("initech");

        for (String id : List.of("setup-draft", "printing-acme", "invoices-acme-globex", "internal-nobody")) {
            assertThat(kb().findArticle(initech, ArticleId.of(id))).as(adapter("hides " + id + " from initech"))
                    .isEmpty();
        }
        assertThat(kb().findArticle(initech, ArticleId.of("setup-public"))).as(adapter("opens what is for everyone"))
                .isPresent();
        assertThat(kb().findCategory(initech, billing.id())).as(adapter("hides a category not enabled")).isEmpty();
        assertThat(kb().findSection(contactOf("acme"), SectionId.of("refunds")))
                .as(adapter("hides a section not enabled for the contact")).isEmpty();
        assertThat(kb().findSection(contactOf("globex"), printing.id()))
                .as(adapter("hides a section enabled for another organization")).isEmpty();
        assertThat(kb().findSection(contactOf("acme"), SectionId.of("internal")))
                .as(adapter("hides a section of a category enabled for nobody")).isEmpty();
        assertThat(search(initech, "article")).as(adapter("searches only what the contact may see"))
                .containsExactly("setup-public");
    }

    @Test
    public void aSectionAndItsCategoryMustBeEnabledForTheSameOrganization() {
        KbCategory acmeOnly = aCategory("acme-only").onlyFor("acme").build();
        Section globexOnly = aSection("globex-only", acmeOnly).onlyFor("globex").build();
        given(acmeOnly);
        given(globexOnly);
        given(anArticle("crossed", globexOnly).build());

        assertThat(visibleArticles(contactOf("acme", "globex")))
                .as(adapter("hides content that no single organization of the contact has enabled")).isEmpty();
        assertThat(kb().findArticle(contactOf("acme", "globex"), ArticleId.of("crossed"))).isEmpty();
    }

    @Test
    public void everyReadAnswersWhatTheScopeSeesOnGeneratedKnowledgeBases() {
        qt().withExamples(EXAMPLES).withShrinkCycles(200)
                .forAll(KnowledgeBase.contents(), KnowledgeBase.scopes(), searches())
                .checkAssert((content, scope, typed) -> withFreshStorage(storage -> {
                    store(storage, content);
                    assertReadsAnswerTheReference(storage, content, scope, typed);
                }));
    }

    private static Gen<String> searches() {
        return in -> {
            List<String> parts = new ArrayList<>();
            int count = Generate.range(1, 3).generate(in);
            for (int i = 0; i < count; i++) {
                String word = KnowledgeBase.phrase(1, 2).generate(in).replaceAll("[^\\p{L}\\p{N} ]", " ").strip();
                String quoted = word.contains(" ") ? "\"" + word + "\"" : word;
                parts.add(Generators.chance(25).generate(in) ? "-" + quoted : quoted);
            }
            return String.join(" ", parts);
        };
    }

    private void store(Storage storage, KnowledgeBase.Content content) {
        storage.transactor().run(() -> {
            content.categories().forEach(storage.knowledgeBase()::saveCategory);
            content.sections().forEach(storage.knowledgeBase()::saveSection);
            content.articles().forEach(storage.knowledgeBase()::insertArticle);
        });
    }

    /**
     * The reference, written apart from the scope's own {@code sees}: agents see all; a contact sees published
     * articles in a section and category both enabled for one of their organizations, or both for everyone.
     */
    private static boolean independentlyVisible(KnowledgeBase.Content content, KnowledgeBaseScope scope,
                                                Article article) {
        Section section = content.sections().stream().filter(s -> s.id().equals(article.section())).findFirst()
                .orElseThrow();
        KbCategory category = content.categories().stream().filter(c -> c.id().equals(section.category()))
                .findFirst().orElseThrow();
        if (scope instanceof KnowledgeBaseScope.Staff) {
            return true;
        }
        if (article.state() != ArticleState.PUBLISHED) {
            return false;
        }
        if (category.audience().everyone() && section.audience().everyone()) {
            return true;
        }
        for (OrganizationId organization : ((KnowledgeBaseScope.Contact) scope).organizations()) {
            boolean categoryOn = category.audience().everyone() || category.audience().organizations().contains(organization);
            boolean sectionOn = section.audience().everyone() || section.audience().organizations().contains(organization);
            if (categoryOn && sectionOn) {
                return true;
            }
        }
        return false;
    }

    private void assertReadsAnswerTheReference(Storage storage, KnowledgeBase.Content content,
                                               KnowledgeBaseScope scope, String typed) {
        KnowledgeBaseRepository kb = storage.knowledgeBase();
        Predicate<Article> visible = a -> independentlyVisible(content, scope, a);
        for (Article article : content.articles()) {
            KbCategory category = categoryOf(content, article);
            Section section = sectionOf(content, article);
            assertThat(scope.sees(category, section, article))
                    .as("the scope's own reference agrees with the suite's for " + article.id() + " and " + scope)
                    .isEqualTo(visible.test(article));
            assertThat(kb.findArticle(scope, article.id()).isPresent())
                    .as(adapter("opens " + article.id() + " exactly when " + scope + " sees it"))
                    .isEqualTo(visible.test(article));
        }
        assertThat(kb.categories(scope)).as(adapter("lists the categories " + scope + " sees"))
                .isEqualTo(content.categories().stream().filter(scope::sees)
                        .sorted(Comparator.comparingInt(KbCategory::position).thenComparing(c -> c.id().value()))
                        .toList());
        for (KbCategory category : content.categories()) {
            assertThat(kb.sections(scope, category.id())).as(adapter("lists the sections " + scope + " sees"))
                    .isEqualTo(content.sections().stream()
                            .filter(s -> s.category().equals(category.id()) && scope.sees(category, s))
                            .sorted(Comparator.comparingInt(Section::position).thenComparing(s -> s.id().value()))
                            .toList());
        }
        for (Section section : content.sections()) {
            assertThat(ids(kb.articles(scope, section.id()))).as(adapter("lists the articles " + scope + " sees"))
                    .isEqualTo(ids(content.articles().stream()
                            .filter(a -> a.section().equals(section.id()) && visible.test(a))
                            .sorted(Comparator.comparing(Article::createdAt).thenComparing(a -> a.id().value()))
                            .toList()));
        }
        ArticleMatch match = new ArticleMatch.AllTerms(SearchTerms.parse(typed).orElseThrow());
        Set<String> expected = content.articles().stream()
                .filter(a -> visible.test(a) && match.matches(ArticleText.of(a)))
                .map(a -> a.id().value()).collect(Collectors.toSet());
        List<String> found = ids(kb.search(new ArticleQuery(scope, match, ArticleQuery.MAX_LIMIT)));
        assertThat(found).as(adapter("finds exactly the visible articles matching '" + typed + "' for " + scope))
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        List<String> suggested = ArticleMatch.suggestionFor(typed, "").map(words -> ids(kb.search(
                new ArticleQuery(scope, words, ArticleQuery.MAX_LIMIT)))).orElse(List.of());
        Set<String> expectedSuggestions = ArticleMatch.suggestionFor(typed, "").map(words ->
                content.articles().stream().filter(a -> visible.test(a) && words.matches(ArticleText.of(a)))
                        .map(a -> a.id().value()).collect(Collectors.toSet())).orElse(Set.of());
        assertThat(suggested).as(adapter("suggests exactly the visible articles with a word of '" + typed + "'"))
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expectedSuggestions);
    }

    private static Section sectionOf(KnowledgeBase.Content content, Article article) {
        return content.sections().stream().filter(s -> s.id().equals(article.section())).findFirst().orElseThrow();
    }

    private static KbCategory categoryOf(KnowledgeBase.Content content, Article article) {
        SectionId section = article.section();
        KbCategoryId id = sectionOf(content, article).category();
        return content.categories().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no category for " + section));
    }

    // --------------------------------------------------------------------------------------------- search

    private void givenArticlesToSearch() {
        given(guides);
        given(setup);
        given(anArticle("printer-title", setup).title("Printer offline").body("Check the cable.").at(1).build(),
                anArticle("printer-body", setup).title("Office devices").body("When the printer is offline, restart it.")
                        .at(2).build(),
                anArticle("cafe", setup).title("Le Café").body("Où est le café? Naïve question.").at(3).build(),
                anArticle("keyword", setup).title("Paper").body("Load the tray.").keywords("printer jam").at(4).build(),
                anArticle("vpn", setup).title("VPN access").body("Use error-404 codes: see server logs.").at(5).build());
    }

    @Test
    public void searchFindsArticlesWithEveryTermInTitleBodyOrKeywords() {
        givenArticlesToSearch();

        assertThat(search(staff(), "printer")).as(adapter("finds a word in title, body or keywords"))
                .containsExactlyInAnyOrder("printer-title", "printer-body", "keyword");
        assertThat(search(staff(), "printer offline")).as(adapter("needs every word"))
                .containsExactlyInAnyOrder("printer-title", "printer-body");
        assertThat(search(staff(), "\"printer offline\"")).as(adapter("finds a phrase only as consecutive words"))
                .containsExactly("printer-title");
        assertThat(search(staff(), "printer -offline")).as(adapter("leaves out articles with an excluded word"))
                .containsExactly("keyword");
        assertThat(search(staff(), "-printer")).as(adapter("finds every article without an excluded word"))
                .containsExactlyInAnyOrder("cafe", "vpn");
        assertThat(search(staff(), "cafe naive")).as(adapter("ignores accents and case"))
                .containsExactly("cafe");
        assertThat(search(staff(), "error-404")).as(adapter("finds a hyphenated chunk as a phrase"))
                .containsExactly("vpn");
        assertThat(search(staff(), "\"offline check\"")).as(adapter("never joins the title and the body into a phrase"))
                .isEmpty();
        assertThat(search(staff(), "print")).as(adapter("matches whole words only")).isEmpty();
    }

    @Test
    public void typedTextIsNeverQuerySyntax() {
        givenArticlesToSearch();
        given(anArticle("syntax", setup).title("NEAR or AND not").body("a \"quoted\" * star OR OR").at(9).build());

        for (String nasty : List.of("\"", "*", "NEAR(", "NEAR(printer offline, 2)", "OR OR", "AND", "printer OR",
                "NOT printer", "printer*", "'; DROP TABLE kb_article; --", "title:printer", "{title}: printer",
                "^printer", "printer:*", "!!", "(printer", "a & b | !c", "\\", "%_")) {
            if (SearchTerms.parse(nasty).isEmpty()) {
                continue; // no word at all: the service answers without asking the storage
            }
            List<String> found = search(storage(), staff(), nasty, ArticleQuery.MAX_LIMIT);
            Set<String> expected = referenceMatches(nasty);
            assertThat(found).as(adapter("treats " + nasty + " as plain words")).containsExactlyInAnyOrderElementsOf(
                    expected);
        }
        assertThat(search(staff(), "near or and not")).as(adapter("finds operator words as words"))
                .containsExactly("syntax");
        String huge = "printer NEAR( \"OR\" * ".repeat(600);
        List<String> suggested = suggest(staff(), huge.substring(0, 10_000), huge, 10);
        assertThat(suggested).as(adapter("suggests from 10,000 characters of syntax"))
                .contains("printer-title", "printer-body", "keyword");
    }

    private Set<String> referenceMatches(String typed) {
        Optional<SearchTerms> terms = SearchTerms.parse(typed);
        if (terms.isEmpty()) {
            return Set.of();
        }
        ArticleMatch match = new ArticleMatch.AllTerms(terms.get());
        List<Article> all = new ArrayList<>();
        for (Section section : kb().sections(staff(), guides.id())) {
            all.addAll(kb().articles(staff(), section.id()));
        }
        return all.stream().filter(a -> match.matches(ArticleText.of(a))).map(a -> a.id().value())
                .collect(Collectors.toSet());
    }

    @Test
    public void aTitleOrKeywordHitRanksBeforeABodyOnlyHit() {
        given(guides);
        given(setup);
        List<Article> filler = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            filler.add(anArticle("filler" + i, setup).title("Unrelated topic " + i).body("Nothing about it here.")
                    .at(i).build());
        }
        given(filler.toArray(Article[]::new));
        // the body-only hit is the newest, so recency alone would put it first
        given(anArticle("body", setup).title("General help").body("Sometimes the router needs a restart.").at(20)
                        .build(),
                anArticle("title", setup).title("Router restart").body("Sometimes it needs one.").at(10).build(),
                anArticle("keyword", setup).title("Network basics").body("Cables and lights.").keywords("router")
                        .at(11).build());

        List<String> found = search(staff(), "router");
        assertThat(found).as(adapter("finds the three articles about routers"))
                .containsExactlyInAnyOrder("title", "keyword", "body");
        assertThat(found.get(2)).as(adapter("ranks the body-only hit last")).isEqualTo("body");
        assertThat(search(storage(), staff(), "router", 1)).as(adapter("keeps the best hit under a limit of one"))
                .containsExactly("title");
    }

    @Test
    public void suggestionsRankArticlesMatchingMoreWordsFirst() {
        given(guides);
        given(setup);
        List<Article> filler = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            filler.add(anArticle("filler" + i, setup).title("Unrelated topic " + i).body("Nothing about it here.")
                    .at(i).build());
        }
        given(filler.toArray(Article[]::new));
        given(anArticle("one", setup).title("Help").body("The mailbox is slow today.").at(20).build(),
                anArticle("three", setup).title("Help").body("A full mailbox: raise the quota or archive.").at(10)
                        .build(),
                anArticle("two", setup).title("Help").body("The mailbox quota explained.").at(15).build());

        List<String> suggested = suggest(staff(), "Mailbox full", "I am over my quota, can I archive?", 10);
        assertThat(suggested).as(adapter("suggests articles with more of the words first"))
                .containsExactly("three", "two", "one");
    }

    @Test
    public void suggestionsLeaveOutShortAndCommonWords() {
        givenArticlesToSearch();
        given(anArticle("common", setup).title("The and for with").body("it is on to").at(8).build());

        assertThat(ArticleMatch.suggestionFor("it is on the", "and for with")).as("holds no significant word").isEmpty();
        assertThat(suggest(staff(), "The printer", "is it on?", 10)).as(adapter("suggests from significant words only"))
                .containsExactlyInAnyOrder("printer-title", "printer-body", "keyword");
    }

    @Test
    public void searchKeepsToItsLimitAndScope() {
        given(guides, billing);
        given(setup, invoices);
        List<Article> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(anArticle("setup" + i, setup).title("Backup guide " + i).at(i).build());
            many.add(anArticle("billing" + i, invoices).title("Backup invoices " + i).at(i).build());
        }
        many.add(anArticle("draft", setup).title("Backup draft").draft().at(30).build());
        given(many.toArray(Article[]::new));

        assertThat(search(storage(), staff(), "backup", 5)).as(adapter("returns at most the limit")).hasSize(5);
        assertThat(search(storage(), staff(), "backup", 100)).as(adapter("finds all 25 for agents")).hasSize(25);
        List<String> initech = search(storage(), contactOf("initech"), "backup", 100);
        assertThat(initech).as(adapter("finds only the published articles enabled for initech")).hasSize(12)
                .allMatch(id -> id.startsWith("setup"));
        assertThat(search(storage(), contactOf("initech"), "backup", 3)).as(adapter("limits within the scope"))
                .hasSize(3).allMatch(id -> id.startsWith("setup"));
    }

    // ---------------------------------------------------------------------------------------------- votes

    private static final Voter ALICE = Voter.contact(ContactId.of("alice"));
    private static final Voter BOB = Voter.contact(ContactId.of("bob"));
    private static final Voter AGENT_ALICE = Voter.agent(AgentId.of("alice"));

    private void givenArticles(String... ids) {
        given(guides);
        given(setup);
        List<Article> articles = new ArrayList<>();
        for (String id : ids) {
            articles.add(anArticle(id, setup).build());
        }
        given(articles.toArray(Article[]::new));
    }

    private void vote(String article, Voter voter, boolean helpful, String missing, long minute) {
        inTransaction(() -> kb().saveVote(new Vote(ArticleId.of(article), voter, helpful, missing, at(minute))));
    }

    @Test
    public void eachPersonHasOneChangeableVote() {
        givenArticles("a", "b");
        vote("a", ALICE, true, "", 1);
        vote("a", BOB, false, "screenshots", 2);
        vote("a", AGENT_ALICE, false, "", 3);
        vote("b", ALICE, false, "", 4);

        assertThat(kb().helpfulness(ArticleId.of("a"))).as(adapter("counts one vote per voter, contact and agent apart"))
                .isEqualTo(new Helpfulness(ArticleId.of("a"), 1, 2));
        vote("a", BOB, true, "", 5);
        assertThat(kb().helpfulness(ArticleId.of("a"))).as(adapter("replaces a voter's earlier vote"))
                .isEqualTo(new Helpfulness(ArticleId.of("a"), 2, 1));
        assertThat(kb().findVote(ArticleId.of("a"), BOB)).as(adapter("keeps the latest vote"))
                .contains(new Vote(ArticleId.of("a"), BOB, true, "", at(5)));
        assertThat(kb().findVote(ArticleId.of("b"), BOB)).as(adapter("finds no vote never cast")).isEmpty();
        assertThat(kb().helpfulness(ArticleId.of("b"))).as(adapter("counts each article apart"))
                .isEqualTo(new Helpfulness(ArticleId.of("b"), 0, 1));
        assertThat(kb().helpfulness(ArticleId.of("nothing"))).as(adapter("counts zero for an article without votes"))
                .isEqualTo(Helpfulness.none(ArticleId.of("nothing")));
    }

    @Test
    public void feedbackListsWhatWasMissingNewestFirst() {
        givenArticles("a", "b");
        vote("a", ALICE, false, "A screenshot of the dialog", 1);
        vote("a", BOB, false, "", 2);
        vote("a", AGENT_ALICE, false, "Steps for macOS", 3);
        vote("a", Voter.contact(ContactId.of("carol")), false, "Was it <b>fixed</b>?", 4);
        vote("b", BOB, false, "Other article", 5);

        assertThat(kb().feedback(ArticleId.of("a"), 10)).extracting(Vote::missing)
                .as(adapter("lists the texts of 'no' votes, newest first"))
                .containsExactly("Was it <b>fixed</b>?", "Steps for macOS", "A screenshot of the dialog");
        assertThat(kb().feedback(ArticleId.of("a"), 2)).as(adapter("keeps to the limit")).hasSize(2);
        vote("a", ALICE, true, "", 6);
        assertThat(kb().feedback(ArticleId.of("a"), 10)).extracting(Vote::missing)
                .as(adapter("drops the text when the voter changes to yes"))
                .containsExactly("Was it <b>fixed</b>?", "Steps for macOS");
    }

    @Test
    public void leastHelpfulListsArticlesWithEnoughVotesLowestShareFirst() {
        givenArticles("great", "poor", "mixed", "few", "worst", "mixed-more");
        vote("great", ALICE, true, "", 1);
        vote("great", BOB, true, "", 1);
        vote("poor", ALICE, false, "", 1);
        vote("poor", BOB, true, "", 1);
        vote("poor", AGENT_ALICE, false, "", 1);
        vote("mixed", ALICE, true, "", 1);
        vote("mixed", BOB, false, "", 1);
        vote("few", ALICE, false, "", 1);
        vote("worst", ALICE, false, "", 1);
        vote("worst", BOB, false, "", 1);
        for (String voter : List.of("c1", "c2", "c3", "c4")) {
            vote("mixed-more", Voter.contact(ContactId.of(voter)), voter.equals("c1") || voter.equals("c2"), "", 1);
        }

        assertThat(kb().leastHelpful(2, 10)).extracting(h -> h.article().value())
                .as(adapter("lists articles with at least 2 votes, lowest share of yes, then most votes, first"))
                .containsExactly("worst", "poor", "mixed-more", "mixed", "great");
        assertThat(kb().leastHelpful(2, 2)).extracting(h -> h.article().value()).as(adapter("keeps to the limit"))
                .containsExactly("worst", "poor");
        assertThat(kb().leastHelpful(1, 10)).extracting(h -> h.article().value())
                .as(adapter("counts an article with one vote when one is enough")).contains("few");
        assertThat(kb().leastHelpful(2, 10).get(1)).as(adapter("gives the counts"))
                .isEqualTo(new Helpfulness(ArticleId.of("poor"), 1, 2));
    }

    @Test
    public void voteCountsFollowTheLastVoteOfEachVoterOnGeneratedVotes() {
        List<Voter> voters = List.of(ALICE, BOB, AGENT_ALICE, Voter.agent(AgentId.of("bob")));
        Gen<List<Vote>> votes = in -> {
            List<Vote> cast = new ArrayList<>();
            int count = Generate.range(0, 12).generate(in);
            for (int i = 0; i < count; i++) {
                boolean helpful = Generate.booleans().generate(in);
                cast.add(new Vote(ArticleId.of(Generate.pick(List.of("a", "b")).generate(in)),
                        Generate.pick(voters).generate(in), helpful, helpful ? "" : "missing " + i, at(i)));
            }
            return cast;
        };
        qt().withExamples(EXAMPLES).forAll(votes).checkAssert(cast -> withFreshStorage(storage -> {
            KnowledgeBaseRepository kb = storage.knowledgeBase();
            storage.transactor().run(() -> {
                kb.saveCategory(guides);
                kb.saveSection(setup);
                kb.insertArticle(anArticle("a", setup).build());
                kb.insertArticle(anArticle("b", setup).build());
            });
            Map<List<Object>, Vote> last = new HashMap<>();
            for (Vote vote : cast) {
                storage.transactor().run(() -> kb.saveVote(vote));
                last.put(List.of(vote.article(), vote.voter()), vote);
            }
            for (String article : List.of("a", "b")) {
                ArticleId id = ArticleId.of(article);
                long yes = last.values().stream().filter(v -> v.article().equals(id) && v.helpful()).count();
                long no = last.values().stream().filter(v -> v.article().equals(id) && !v.helpful()).count();
                assertThat(kb.helpfulness(id)).as(adapter("counts the last vote of each voter on " + article))
                        .isEqualTo(new Helpfulness(id, yes, no));
                assertThat(kb.feedback(id, 10)).extracting(Vote::missing)
                        .as(adapter("lists the feedback of the current 'no' votes on " + article))
                        .containsExactlyInAnyOrderElementsOf(last.values().stream()
                                .filter(v -> v.article().equals(id) && !v.helpful()).map(Vote::missing).toList());
            }
        }));
    }

    @Test
    public void aRolledBackVoteIsNotCounted() {
        givenArticles("a");
        vote("a", ALICE, true, "", 1);
        assertThatThrownBy(() -> inTransaction(() -> {
            kb().saveVote(new Vote(ArticleId.of("a"), ALICE, false, "no", at(2)));
            kb().saveVote(new Vote(ArticleId.of("a"), BOB, false, "", at(2)));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(kb().helpfulness(ArticleId.of("a"))).as(adapter("keeps the votes from before the rollback"))
                .isEqualTo(new Helpfulness(ArticleId.of("a"), 1, 0));
    }
}
