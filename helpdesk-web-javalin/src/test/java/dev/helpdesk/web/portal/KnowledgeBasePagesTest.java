package dev.helpdesk.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.kb.Helpfulness;
import dev.helpdesk.core.service.ArticleFeedbackView;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.PortalClient.Answer;
import dev.helpdesk.web.support.TestPortal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KnowledgeBasePagesTest {
    private static TestPortal portal;
    private static KbContent kb;
    private static PortalClient paola;
    private static PortalClient olga;

    @BeforeAll
    static void start() {
        portal = TestPortal.start();
        kb = new KbContent(portal.helpdesk());
        paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        olga = portal.client().signIn(DemoData.OUTSIDER_EMAIL, DemoData.PASSWORD);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void theFrontPageListsTheVisibleCategoriesSectionsAndPublishedArticles() {
        Answer page = paola.get("/kb");
        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select(".kb-category h2").eachText()).containsExactly("Getting started");
        assertThat(html.select(".kb-section h3").eachText()).containsExactly("E-mail");
        assertThat(html.select(".kb-articles a").eachText()).containsExactly("Why mail bounces");
        assertThat(html.select(".kb-articles a").attr("href")).isEqualTo("/support/kb/articles/" + kb.bounces.id().value());
        assertThat(html.select("form.kb-search[role=search] input[name=q]")).hasSize(1);
        assertThat(html.select("a[aria-current=page]").text()).isEqualTo("Knowledge base");
        assertThat(page.body()).doesNotContain("Globex").doesNotContain("Unfinished draft");

        assertThat(olga.get("/kb").html().select(".kb-category h2").eachText())
                .containsExactly("Getting started", "Globex internal");
    }

    @Test
    void aSectionPageListsItsArticlesAndAnotherOrganizationsSectionIsNotFound() {
        Answer section = paola.get("/kb/sections/" + kb.mail.id().value());
        assertThat(section.status()).isEqualTo(200);
        assertThat(section.html().select("h1").text()).isEqualTo("E-mail");
        assertThat(section.html().select(".breadcrumb").text()).contains("Knowledge base").contains("Getting started");
        assertThat(section.html().select(".kb-article-list a").eachText()).containsExactly("Why mail bounces");
        assertThat(section.html().select("form.kb-search")).hasSize(1);

        Answer hidden = paola.get("/kb/sections/" + kb.globexSection.id().value());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("Globex VPN");
        assertThat(paola.get("/kb/sections/no-such-section").status()).isEqualTo(404);
        assertThat(paola.get("/kb/sections/%2E%2E").status()).isEqualTo(404);
    }

    @Test
    void theArticlePageShowsSanitisedContentFilesDatesKeywordsBreadcrumbAndTheVote() {
        Answer page = paola.get("/kb/articles/" + kb.bounces.id().value());
        assertThat(page.status()).isEqualTo(200);
        Document html = page.html();
        assertThat(html.select("h1#article-title").text()).isEqualTo("Why mail bounces");
        assertThat(html.select(".kb-body strong").text()).isEqualTo("bounces");
        assertThat(html.select(".kb-body script")).as("sanitised").isEmpty();
        assertThat(page.body()).doesNotContain("<script>alert");
        assertThat(html.select(".breadcrumb a").eachText()).containsExactly("Knowledge base", "Getting started", "E-mail");
        assertThat(html.select(".breadcrumb [aria-current=page]").text()).isEqualTo("Why mail bounces");
        assertThat(html.select("#article-created").text()).startsWith("Created on ");
        assertThat(html.select("#article-updated").text()).startsWith("Updated on ");
        assertThat(html.select(".kb-keywords .chip").eachText()).containsExactly("bounce", "smtp");
        String fileId = kb.bounces.files().get(0).id().value();
        assertThat(html.select(".kb-files a").attr("href"))
                .isEqualTo("/support/kb/articles/" + kb.bounces.id().value() + "/files/" + fileId);
        assertThat(html.select(".kb-files a").text()).isEqualTo("spf-guide.txt");
        assertThat(html.select("#vote-yes").attr("value")).isEqualTo("yes");
        assertThat(html.select("#vote-no").attr("value")).isEqualTo("no");
        assertThat(html.select("details.vote-missing textarea[name=missing]")).hasSize(1);
        assertThat(html.select("form[action$=/vote] input[name=_csrf]").attr("value")).isNotEmpty();
    }

    @Test
    void anArticleOfAnotherOrganizationIsNotFoundWithNothingOfItInTheAnswer() {
        String path = "/kb/articles/" + kb.globexArticle.id().value();
        Answer hidden = paola.get(path);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("Globex VPN").doesNotContain("Only for Globex")
                .doesNotContain(kb.globexArticle.id().value());
        String file = path + "/files/" + kb.globexArticle.files().get(0).id().value();
        Answer hiddenFile = paola.get(file);
        assertThat(hiddenFile.status()).isEqualTo(404);
        assertThat(hiddenFile.body()).doesNotContain("secret");
        assertThat(paola.post(path + "/vote", Map.of("helpful", "yes")).status()).isEqualTo(404);

        assertThat(olga.get(path).status()).isEqualTo(200);
        assertThat(olga.get(file).body()).isEqualTo("secret");
        assertThat(paola.get("/kb/articles/" + kb.draft.id().value()).status()).as("a draft").isEqualTo(404);
        assertThat(paola.get("/kb/articles/not..an..id%20x").status()).isEqualTo(404);
    }

    @Test
    void aFileDownloadsAsAnAttachmentWithSafeHeaders() {
        String fileId = kb.bounces.files().get(0).id().value();
        Answer file = paola.get("/kb/articles/" + kb.bounces.id().value() + "/files/" + fileId);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.bytes()).isEqualTo(KbContent.GUIDE);
        assertThat(file.header("Content-Disposition")).startsWith("attachment;").contains("spf-guide.txt");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.header("Content-Type")).startsWith("text/plain");
        assertThat(file.header("Content-Length")).isEqualTo(String.valueOf(KbContent.GUIDE.length));
        assertThat(paola.get("/kb/articles/" + kb.bounces.id().value() + "/files/nope").status()).isEqualTo(404);
    }

    @Test
    void votingYesThenNoWithWhatWasMissingIsRecordedAndThanked() {
        String path = "/kb/articles/" + kb.bounces.id().value();
        PortalClient marco = portal.client().signIn(DemoData.COLLEAGUE_EMAIL, DemoData.PASSWORD);
        marco.get(path);
        Answer yes = marco.post(path + "/vote", Map.of("helpful", "yes", "missing", "ignored with a yes"));
        assertThat(yes.status()).isEqualTo(303);
        assertThat(yes.location()).isEqualTo("/support" + path + "#vote");
        Document after = marco.get(path).html();
        assertThat(after.select(".flash").text()).contains("Thank you");
        assertThat(after.select("#your-vote").text()).contains("helpful");
        assertThat(after.select("#vote-count").text()).isEqualTo("1 of 1 found this helpful");
        assertThat(after.select("#vote-yes").attr("aria-pressed")).as("the choice shows on its button")
                .isEqualTo("true");
        assertThat(after.select("#vote-no").attr("aria-pressed")).isEqualTo("false");

        Answer no = marco.post(path + "/vote", Map.of("helpful", "no", "missing", "How to check the SPF record"));
        assertThat(no.status()).isEqualTo(303);
        Helpfulness votes = portal.helpdesk().knowledgeBase().article(Caller.contact(DemoData.COLLEAGUE),
                kb.bounces.id()).helpfulness();
        assertThat(votes.yes()).isZero();
        assertThat(votes.no()).isEqualTo(1);
        List<ArticleFeedbackView> feedback = portal.helpdesk().knowledgeBase()
                .feedback(Caller.agent(DemoData.AGENT), kb.bounces.id(), 10);
        assertThat(feedback).extracting(ArticleFeedbackView::missing).containsExactly("How to check the SPF record");
        Document changed = marco.get(path).html();
        assertThat(changed.select("#your-vote").text()).contains("not helpful");
        assertThat(changed.select("#vote-no").attr("aria-pressed")).isEqualTo("true");
        assertThat(changed.select("#vote-yes").attr("aria-pressed")).isEqualTo("false");
        assertThat(paola.get(path).html().select("button.vote[aria-pressed=true]")).as("Paola has not voted")
                .isEmpty();
    }

    @Test
    void sectionsAndSearchResultsShowTheOpeningWordsOfEachArticleAsPlainText() {
        Answer section = paola.get("/kb/sections/" + kb.mail.id().value());
        assertThat(section.html().select(".kb-article-list .kb-excerpt").eachText())
                .containsExactly("Mail bounces when the SPF record is wrong.");
        assertThat(section.html().select(".kb-excerpt strong, .kb-excerpt script")).isEmpty();

        Answer found = paola.get("/kb/search?q=spf");
        assertThat(found.html().select(".kb-result .kb-excerpt").eachText())
                .containsExactly("Mail bounces when the SPF record is wrong.");

        assertThat(paola.get("/kb").html().select(".kb-section .kb-excerpt").eachText())
                .as("sections say what they hold").containsExactly("Sending and receiving mail.");
    }

    @Test
    void aVoteWithTooLongATextComesBackWithTheTextKeptAndABadAnswerIsRefused() {
        String path = "/kb/articles/" + kb.bounces.id().value();
        paola.get(path);
        String tooLong = "x".repeat(501);
        Answer refused = paola.post(path + "/vote", Map.of("helpful", "no", "missing", tooLong));
        assertThat(refused.status()).isEqualTo(400);
        Document html = refused.html();
        assertThat(html.select("textarea#missing").text()).isEqualTo(tooLong);
        assertThat(html.select("#missing-error").text()).contains("500");
        assertThat(html.select("details.vote-missing").hasAttr("open")).isTrue();
        assertThat(html.select("h1#article-title").text()).isEqualTo("Why mail bounces");

        assertThat(paola.post(path + "/vote", Map.of("helpful", "maybe")).status()).isEqualTo(400);
        assertThat(paola.postRaw(path + "/vote", Map.of("helpful", "yes")).status()).as("no CSRF token")
                .isEqualTo(403);
    }

    @Test
    void searchFindsVisibleArticlesOnly() {
        Answer found = paola.get("/kb/search?q=bounce");
        assertThat(found.status()).isEqualTo(200);
        Document html = found.html();
        assertThat(html.select(".kb-result a").eachText()).containsExactly("Why mail bounces");
        assertThat(html.select(".kb-result").text()).contains("Getting started › E-mail");
        assertThat(html.select("#result-count").text()).isEqualTo("1 article found for “bounce”");
        assertThat(html.select("#kb-q").attr("value")).isEqualTo("bounce");

        Answer globex = paola.get("/kb/search?q=vpn");
        assertThat(globex.html().select(".kb-result")).isEmpty();
        assertThat(globex.html().select("#no-results").text()).contains("vpn");
        assertThat(globex.body()).doesNotContain("Globex VPN");
        assertThat(olga.get("/kb/search?q=vpn").html().select(".kb-result a").eachText())
                .containsExactly("Globex VPN mail setup");

        assertThat(paola.get("/kb/search?q=").html().select(".hint").text()).contains("quotes");
        assertThat(paola.get("/kb/search").status()).isEqualTo(200);
        Answer tooLong = paola.get("/kb/search?q=" + URLEncoder.encode("word ".repeat(101), StandardCharsets.UTF_8));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.html().select("#search-error").text()).contains("500");
    }

    @Test
    void theKnowledgeBaseNeedsASignIn() {
        PortalClient anonymous = portal.client();
        Answer answer = anonymous.get("/kb/articles/" + kb.bounces.id().value());
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).startsWith("/support/sign-in?next=");
    }

    @Test
    void thePagesSpeakTheViewersLanguage() {
        // after sign-in the account's language decides
        portal.helpdesk().accounts().updateProfile(Caller.contact(DemoData.OUTSIDER),
                dev.helpdesk.core.service.ProfileChange.of("Olga", "Novak", "", DemoData.OUTSIDER_EMAIL, "", "de"));
        PortalClient olgaDe = portal.client().signIn(DemoData.OUTSIDER_EMAIL, DemoData.PASSWORD);
        Document article = olgaDe.get("/kb/articles/" + kb.bounces.id().value()).html();
        assertThat(article.select("#vote-title").text()).isEqualTo("War dieser Artikel hilfreich?");
        assertThat(article.select("#article-created").text()).startsWith("Erstellt am ");
        assertThat(olgaDe.get("/kb").html().select("h1").text()).isEqualTo("Wissensdatenbank");
        portal.helpdesk().accounts().updateProfile(Caller.contact(DemoData.OUTSIDER),
                dev.helpdesk.core.service.ProfileChange.of("Olga", "Novak", "", DemoData.OUTSIDER_EMAIL, "", "en"));
    }
}
