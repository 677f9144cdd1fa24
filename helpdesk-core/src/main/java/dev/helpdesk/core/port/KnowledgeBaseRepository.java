package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.kb.Article;
import dev.helpdesk.core.domain.kb.ArticleId;
import dev.helpdesk.core.domain.kb.ArticleQuery;
import dev.helpdesk.core.domain.kb.Helpfulness;
import dev.helpdesk.core.domain.kb.KbCategory;
import dev.helpdesk.core.domain.kb.KbCategoryId;
import dev.helpdesk.core.domain.kb.KnowledgeBaseScope;
import dev.helpdesk.core.domain.kb.Section;
import dev.helpdesk.core.domain.kb.SectionId;
import dev.helpdesk.core.domain.kb.Vote;
import dev.helpdesk.core.domain.kb.Voter;
import java.util.List;
import java.util.Optional;

/**
 * Knowledge-base categories, sections, articles, their enablement per organization ({@code Audience}) and
 * helpfulness votes. Writes belong inside {@link Transactor#inTransaction}; the search index is kept in step with
 * the articles in the same unit of work.
 *
 * <p>Every read takes a {@link KnowledgeBaseScope} and returns exactly what its {@code sees} methods accept, so that
 * an adapter filters in its query and nothing reaches a viewer unfiltered. Lists are in a stable order: categories
 * and sections by position then id, articles by creation time then id.
 */
public interface KnowledgeBaseRepository {

    /** Inserts or replaces a category, its audience included. */
    void saveCategory(KbCategory category);

    /**
     * Inserts or replaces a section, its audience included. Its category must have been saved (the service checks;
     * an adapter may also refuse it).
     */
    void saveSection(Section section);

    Optional<KbCategory> findCategory(KnowledgeBaseScope scope, KbCategoryId id);

    Optional<Section> findSection(KnowledgeBaseScope scope, SectionId id);

    /** The categories the scope sees, by position then id. */
    List<KbCategory> categories(KnowledgeBaseScope scope);

    /** The sections of one category the scope sees, by position then id. */
    List<Section> sections(KnowledgeBaseScope scope, KbCategoryId category);

    /**
     * Stores a new article (version 1) and indexes its words. An article with the same id is a
     * {@code ConflictException} {@code article.duplicate}.
     */
    void insertArticle(Article article);

    /**
     * Replaces the stored article by its next state and re-indexes it. Accepted only over the version it came from
     * ({@code article.version() - 1}); otherwise a {@code ConflictException} {@code article.stale}, nothing written.
     */
    void updateArticle(Article article);

    /** The article, if the scope sees it (with its section and category). */
    Optional<Article> findArticle(KnowledgeBaseScope scope, ArticleId id);

    /** The articles of one section the scope sees, by creation time then id. */
    List<Article> articles(KnowledgeBaseScope scope, SectionId section);

    /**
     * The articles the query's scope sees and its match accepts ({@link dev.helpdesk.core.domain.kb.ArticleMatch
     * #matches} over {@link dev.helpdesk.core.domain.kb.ArticleText#of}), best ranked first, at most its limit. A
     * title or keyword hit ranks before a body-only hit, more matched words before fewer; equal ranks are ordered
     * by last update, newest first.
     */
    List<Article> search(ArticleQuery query);

    /** Records a vote, replacing that voter's earlier vote on the same article. The article must exist. */
    void saveVote(Vote vote);

    /** The voter's current vote on the article. */
    Optional<Vote> findVote(ArticleId article, Voter voter);

    /** The counts of the article's current votes (zero when none). */
    Helpfulness helpfulness(ArticleId article);

    /** Current "no" votes on the article that say what was missing, newest first, at most {@code limit}. */
    List<Vote> feedback(ArticleId article, int limit);

    /**
     * Articles (drafts too) with at least {@code minVotes} current votes, lowest share of "yes" first, then most
     * votes, then article id; at most {@code limit}.
     */
    List<Helpfulness> leastHelpful(int minVotes, int limit);
}
