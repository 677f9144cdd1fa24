package dev.helpdesk.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.rating.Score;
import dev.helpdesk.core.domain.status.Status;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.service.ArticleSummaryView;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.KbCategoryView;
import dev.helpdesk.core.service.KbSectionView;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.TicketSummaryView;
import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.defaults.Argon2idPasswordHasher;
import dev.helpdesk.defaults.Bucket4jRateLimiter;
import dev.helpdesk.defaults.CommonmarkMarkdownRenderer;
import dev.helpdesk.examples.portal.demo.DemoData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo data has what the issue asks the portal to show off: every status, conversations, files, a rating, a KB. */
class DemoDataTest {
    private static Helpdesk helpdesk;

    @BeforeAll
    static void load() {
        helpdesk = Helpdesk.builder().storage(new InMemoryStorage()).schema(DemoData.schema())
                .markdown(new CommonmarkMarkdownRenderer()).passwordHasher(new Argon2idPasswordHasher())
                .rateLimiter(new Bucket4jRateLimiter()).build();
        DemoData.load(helpdesk);
    }

    @Test
    void thereIsATicketInEveryStatusOfTheCatalog() {
        Set<String> statuses = tickets(Caller.agent(DemoData.AGENT)).stream()
                .map(t -> t.status().orElseThrow().code()).collect(Collectors.toSet());
        assertThat(statuses).containsExactlyInAnyOrderElementsOf(
                helpdesk.schema().statuses().statuses().stream().map(Status::code).toList());
    }

    @Test
    void theFirstThreeTicketsStayAsTheWebTestsKnowThem() {
        List<TicketSummaryView> all = tickets(Caller.agent(DemoData.AGENT));
        assertThat(all).filteredOn(t -> Set.of("HD-1", "HD-2", "HD-3").contains(t.reference()))
                .extracting(TicketSummaryView::subject)
                .containsExactlyInAnyOrder("Mail to customers bounces", "Invoice 2026-114 is twice",
                        "Globex private question");
    }

    @Test
    void conversationsHaveSeveralMessagesAFileAndAResolvedTicketIsRated() {
        List<TicketView> views = tickets(Caller.agent(DemoData.AGENT)).stream()
                .map(t -> helpdesk.tickets().get(Caller.agent(DemoData.AGENT), t.id())).toList();
        assertThat(views).anySatisfy(v -> assertThat(v.messages()).hasSizeGreaterThanOrEqualTo(4));
        assertThat(views).anySatisfy(v -> assertThat(v.messages()).anySatisfy(m ->
                assertThat(m.attachments()).extracting(a -> a.fileName()).contains("mail-log.txt")));
        TicketView resolved = views.stream().filter(v -> v.status().orElseThrow().code().equals("closed"))
                .findFirst().orElseThrow();
        assertThat(helpdesk.ratings().ratingOf(Caller.contact(DemoData.PRIMARY), resolved.id()))
                .hasValueSatisfying(r -> assertThat(r.score()).isEqualTo(Score.HAPPY));
    }

    @Test
    void thePrimaryUserSeesTheOrganizationsTicketsAndNoneOfGlobex() {
        assertThat(tickets(Caller.contact(DemoData.PRIMARY))).hasSizeGreaterThanOrEqualTo(7)
                .extracting(t -> t.requester().id()).contains("paola", "marco").doesNotContain("olga");
        assertThat(tickets(Caller.contact(DemoData.OUTSIDER))).extracting(t -> t.requester().id())
                .containsOnly("olga");
    }

    @Test
    void theKnowledgeBaseHasTwoCategoriesAndAGlobexOnlyArticle() {
        List<ArticleSummaryView> acme = articles(Caller.contact(DemoData.PRIMARY));
        List<ArticleSummaryView> globex = articles(Caller.contact(DemoData.OUTSIDER));
        assertThat(helpdesk.knowledgeBase().categories(Caller.contact(DemoData.PRIMARY))).hasSize(2);
        assertThat(acme).hasSize(5).noneMatch(a -> a.title().contains("Globex"));
        assertThat(globex).hasSize(6).anyMatch(a -> a.title().contains("Globex"));
        assertThat(articles(Caller.agent(DemoData.AGENT))).hasSize(7).anyMatch(a -> a.title().contains("draft"));
        assertThat(acme).allSatisfy(a -> assertThat(a.keywords()).isNotEmpty());
    }

    private static List<TicketSummaryView> tickets(Caller caller) {
        return helpdesk.tickets().list(caller, ListTickets.firstPage().ofSize(100)).items();
    }

    private static List<ArticleSummaryView> articles(Caller caller) {
        List<ArticleSummaryView> all = new ArrayList<>();
        for (KbCategoryView category : helpdesk.knowledgeBase().categories(caller)) {
            for (KbSectionView section : helpdesk.knowledgeBase().sections(caller, category.id())) {
                all.addAll(helpdesk.knowledgeBase().articles(caller, section.id()));
            }
        }
        return all;
    }
}
