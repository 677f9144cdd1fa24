package dev.helpdesk.core.domain.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.ticket.Viewer;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.fixture.Directory;
import dev.helpdesk.core.fixture.Generators;
import dev.helpdesk.core.fixture.KnowledgeBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The knowledge base's values: who a contact's scope covers, what suggestions read, what articles and votes accept. */
class KnowledgeBaseDomainTest {

    @Test
    void aContactsScopeHoldsTheExistingOrganizationsOfTheirMemberships() {
        List<String> all = List.of("acme", "globex", "initech");
        qt().forAll(Generators.subsetsOf(all), Generators.subsetsOf(all)).checkAssert((memberOf, existing) -> {
            Directory.ContactBuilder builder = Directory.aContact("reader");
            memberOf.forEach(o -> builder.memberOf(OrganizationId.of(o)));
            Contact contact = builder.build();
            Organization[] known = existing.stream().map(o -> Organization.of(o, o, SharingMode.OWN_TICKETS_ONLY))
                    .toArray(Organization[]::new);
            KnowledgeBaseScope scope = KnowledgeBaseAccess.scopeOf(Directory.customer(contact, known));

            Set<OrganizationId> expected = memberOf.stream().filter(existing::contains).map(OrganizationId::of)
                    .collect(Collectors.toSet());
            assertThat(scope).isEqualTo(new KnowledgeBaseScope.Contact(expected));
        });
        Viewer agent = Directory.staff(Directory.anAgent("ann").build());
        assertThat(KnowledgeBaseAccess.scopeOf(agent)).isInstanceOf(KnowledgeBaseScope.Staff.class);
        assertThat(KnowledgeBaseAccess.canManage(agent)).isTrue();
    }

    @Test
    void aContactSeesPublishedContentEnabledForOneOrganizationOnly() {
        KbCategory category = KnowledgeBase.aCategory("c").onlyFor("acme", "globex").build();
        Section section = KnowledgeBase.aSection("s", category).onlyFor("globex").build();
        Article published = KnowledgeBase.anArticle("a", section).build();
        Article draft = KnowledgeBase.anArticle("d", section).draft().build();

        assertThat(KnowledgeBase.contactOf("globex").sees(category, section, published)).isTrue();
        assertThat(KnowledgeBase.contactOf("globex").sees(category, section, draft)).isFalse();
        assertThat(KnowledgeBase.contactOf("acme").sees(category)).isTrue();
        assertThat(KnowledgeBase.contactOf("acme").sees(category, section)).isFalse();
        assertThat(KnowledgeBase.contactOf().sees(category)).isFalse();
        assertThat(KnowledgeBase.staff().sees(category, section, draft)).isTrue();
        Section elsewhere = KnowledgeBase.aSection("x", KnowledgeBase.aCategory("other").build()).build();
        assertThat(KnowledgeBase.staff().sees(category, elsewhere)).as("a section of another category").isFalse();
    }

    @Test
    void suggestionsKeepSignificantWordsSubjectFirst() {
        assertThat(ArticleMatch.suggestionFor("The VPN is down", "Since the update, my VPN client says error 404"))
                .map(ArticleMatch.AnyWord::words).contains(List.of("vpn", "down", "since", "update", "client",
                        "says", "error", "404"));
        assertThat(ArticleMatch.suggestionFor(null, null)).isEmpty();
        assertThat(ArticleMatch.suggestionFor("a an it", "the and for")).isEmpty();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            words.add("word" + i);
        }
        assertThat(ArticleMatch.suggestionFor(String.join(" ", words), "").orElseThrow().words())
                .hasSize(16).startsWith("word0");
        assertThatThrownBy(() -> ArticleMatch.suggestionFor("x", "y".repeat(ArticleMatch.SUGGESTION_INPUT_LIMIT)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get(0).rule()).isEqualTo("too_long"));
    }

    @Test
    void keywordsAreTrimmedAndKeptOnceIgnoringCase() {
        assertThat(Article.keywords(Arrays.asList(" VPN ", "vpn", "", null, "Remote access")))
                .containsExactly("VPN", "Remote access");
        assertThatThrownBy(() -> Article.keywords(List.of("two\nlines")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("keywords"));
    }

    @Test
    void searchMatchesPhrasesWithinOneFieldOnly() {
        KbCategory category = KnowledgeBase.aCategory("c").build();
        Section section = KnowledgeBase.aSection("s", category).build();
        Article article = KnowledgeBase.anArticle("a", section).title("Printer offline").body("Check cables")
                .keywords("Café").build();
        ArticleText text = ArticleText.of(article);

        assertThat(new ArticleMatch.AllTerms(dev.helpdesk.core.domain.ticket.SearchTerms.parse("\"offline check\"")
                .orElseThrow()).matches(text)).isFalse();
        assertThat(new ArticleMatch.AllTerms(dev.helpdesk.core.domain.ticket.SearchTerms.parse("cafe -printers")
                .orElseThrow()).matches(text)).isTrue();
        assertThat(text.score(List.of("printer"))).isGreaterThan(text.score(List.of("cables")));
        assertThat(text.score(List.of("cafe"))).isGreaterThan(text.score(List.of("cables")));
    }

    @Test
    void votesAndAudiencesRefuseWhatMakesNoSense() {
        assertThatThrownBy(() -> new Vote(ArticleId.of("a"), Voter.agent(dev.helpdesk.core.domain.staff.AgentId.of("x")),
                true, "but", dev.helpdesk.core.fixture.Tickets.T0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get(0).rule()).isEqualTo("only_when_unhelpful"));
        assertThatThrownBy(() -> new Audience(true, Set.of(OrganizationId.of("acme"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Helpfulness(ArticleId.of("a"), 1, 3).ratio()).isEqualTo(0.25);
        assertThat(Helpfulness.none(ArticleId.of("a")).ratio()).isZero();
        assertThat(Audience.only().includes(OrganizationId.of("acme"))).isFalse();
    }
}
