package dev.helpdesk.web.portal.kb;

import dev.helpdesk.core.domain.kb.ArticleId;
import dev.helpdesk.core.domain.kb.SectionId;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.service.ArticleSummaryView;
import dev.helpdesk.core.service.ArticleView;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.KbCategoryView;
import dev.helpdesk.core.service.KbSectionView;
import dev.helpdesk.core.service.KnowledgeBaseService;
import dev.helpdesk.web.internal.Access;
import dev.helpdesk.web.internal.Frame;
import dev.helpdesk.web.internal.Nav;
import dev.helpdesk.web.internal.PortalError;
import dev.helpdesk.web.internal.PortalRequest;
import dev.helpdesk.web.internal.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The knowledge base (seed 001): categories with their sections and first articles, a section's articles, an
 * article (sanitised HTML, files, dates, keywords, "Was this helpful?"), and search. Visibility is the service's:
 * an article, section or file the reader may not see is not found, with nothing of it in the answer.
 */
public final class KnowledgeBaseRoutes {
    /** Articles listed per section on the front page before "all articles". */
    static final int FRONT_PAGE_ARTICLES = 5;
    static final int SEARCH_RESULTS = 50;

    public void register(Routes routes) {
        routes.get("/kb", Access.SIGNED_IN, this::index);
        routes.get("/kb/sections/{id}", Access.SIGNED_IN, this::section);
        routes.get("/kb/articles/{id}", Access.SIGNED_IN, this::article);
        routes.get("/kb/articles/{id}/files/{file}", Access.SIGNED_IN, this::file);
        routes.post("/kb/articles/{id}/vote", Access.SIGNED_IN, new VoteAction()::handle);
        routes.get("/kb/search", Access.SIGNED_IN, this::search);
    }

    private void index(PortalRequest request) {
        Caller caller = request.requireCaller();
        KnowledgeBaseService kb = request.helpdesk().knowledgeBase();
        KbTree tree = new KbTree(kb, caller);
        List<CategoryBlock> blocks = new ArrayList<>();
        for (KbCategoryView category : tree.categories()) {
            List<SectionBlock> sections = new ArrayList<>();
            for (KbSectionView section : tree.sectionsOf(category.id())) {
                List<ArticleSummaryView> articles = kb.articles(caller, section.id());
                sections.add(new SectionBlock(section,
                        articles.subList(0, Math.min(FRONT_PAGE_ARTICLES, articles.size())), articles.size()));
            }
            blocks.add(new CategoryBlock(category, sections));
        }
        Frame frame = request.frame(Nav.KNOWLEDGE_BASE, "kb.title");
        request.render("kb/index.jte", frame, Map.of("categories", blocks));
    }

    private void section(PortalRequest request) {
        Caller caller = request.requireCaller();
        SectionId id = KbIds.section(request.ctx().pathParam("id"));
        KnowledgeBaseService kb = request.helpdesk().knowledgeBase();
        List<ArticleSummaryView> articles = kb.articles(caller, id);
        KbTree tree = new KbTree(kb, caller);
        KbSectionView section = tree.section(id).orElseThrow(PortalError::notFound);
        Place place = tree.placeOf(id);
        Frame frame = request.frame(Nav.KNOWLEDGE_BASE, "kb.section.title", section.name());
        request.render("kb/section.jte", frame, Map.of("section", section, "place", place, "articles", articles));
    }

    private void article(PortalRequest request) {
        showArticle(request, 200, KbIds.article(request.ctx().pathParam("id")), "", "");
    }

    /** The article page; after a refused vote, with what was typed and the error (status 400). */
    static void showArticle(PortalRequest request, int status, ArticleId id, String missing, String missingError) {
        Caller caller = request.requireCaller();
        KnowledgeBaseService kb = request.helpdesk().knowledgeBase();
        ArticleView article = kb.article(caller, id);
        Place place = new KbTree(kb, caller).placeOf(article.section());
        Frame frame = request.frame(Nav.KNOWLEDGE_BASE, "kb.article.title", article.title());
        request.render(status, "kb/article.jte", frame,
                Map.of("page", new ArticlePage(article, place, files(request, article), missing, missingError)));
    }

    private static List<FileLink> files(PortalRequest request, ArticleView article) {
        return article.files().stream().map(file -> FileLink.of(file, request.url("/kb/articles/"
                + article.id().value() + "/files/" + file.id().value()), request.t())).toList();
    }

    private void file(PortalRequest request) {
        Caller caller = request.requireCaller();
        request.download(request.helpdesk().knowledgeBase().openFile(caller,
                KbIds.article(request.ctx().pathParam("id")), KbIds.file(request.ctx().pathParam("file"))));
    }

    private void search(PortalRequest request) {
        Caller caller = request.requireCaller();
        String q = request.ctx().queryParam("q");
        q = q == null ? "" : q.strip();
        KnowledgeBaseService kb = request.helpdesk().knowledgeBase();
        List<SearchResult> results = new ArrayList<>();
        String error = "";
        int status = 200;
        try {
            List<ArticleSummaryView> found = q.isEmpty() ? List.of() : kb.search(caller, q, SEARCH_RESULTS);
            if (!found.isEmpty()) {
                KbTree tree = new KbTree(kb, caller);
                found.forEach(article -> results.add(new SearchResult(article, tree.placeOf(article.section()))));
            }
        } catch (InvalidInputException tooLong) {
            // the only thing a search can get wrong is its length
            error = request.t().t("kb.search.too_long", dev.helpdesk.core.domain.ticket.SearchTerms.MAX_INPUT);
            status = 400;
        }
        Frame frame = request.frame(Nav.KNOWLEDGE_BASE, "kb.search.title");
        request.render(status, "kb/search.jte", frame, Map.of("q", q, "results", results, "error", error));
    }
}
