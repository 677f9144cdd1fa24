package dev.helpdesk.core.domain.kb;

import dev.helpdesk.core.domain.ticket.SearchTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An article's searchable words, folded by {@link SearchTerms#words} (lower case, accents removed), in three
 * sequences: the title, the keywords (one after the other, in order) and the body (its Markdown source). A phrase
 * occurs within one sequence, never across two. Storage adapters index these same sequences.
 */
public record ArticleText(List<String> title, List<String> keywords, List<String> body) {
    public ArticleText {
        title = List.copyOf(title);
        keywords = List.copyOf(keywords);
        body = List.copyOf(body);
    }

    public static ArticleText of(Article article) {
        Objects.requireNonNull(article, "article");
        List<String> keywordWords = new ArrayList<>();
        article.keywords().forEach(k -> keywordWords.addAll(SearchTerms.words(k)));
        return new ArticleText(SearchTerms.words(article.title()), keywordWords, SearchTerms.words(article.body()));
    }

    /** Whether the term's words occur one after the other in the title, the keywords or the body. */
    public boolean contains(SearchTerms.Term term) {
        return term.occursIn(title) || term.occursIn(keywords) || term.occursIn(body);
    }

    /**
     * The reference rank of the article for these (distinct) words: each word found scores 4 in the title, 2 in
     * the keywords and 1 in the body, added up. A title or keyword hit outranks a body-only one; more words found
     * rank higher. Adapters rank their own way (bm25, ts_rank) but agree on such clear cases.
     */
    public int score(List<String> words) {
        int score = 0;
        for (String word : words) {
            score += (title.contains(word) ? 4 : 0) + (keywords.contains(word) ? 2 : 0) + (body.contains(word) ? 1 : 0);
        }
        return score;
    }
}
