package dev.helpdesk.core.domain.kb;

import dev.helpdesk.core.domain.ticket.SearchTerms;
import dev.helpdesk.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which articles a search wants, by their words ({@link ArticleText}); nothing a person typed reaches a storage
 * engine as syntax, only folded words. {@link #matches} is the reference meaning.
 */
public sealed interface ArticleMatch {

    boolean matches(ArticleText text);

    /** The distinct words that rank a match. */
    List<String> rankingWords();

    /** The search box: every plain term occurs (in the title, keywords or body) and no excluded term does. */
    record AllTerms(SearchTerms terms) implements ArticleMatch {
        public AllTerms {
            Objects.requireNonNull(terms, "terms");
        }

        @Override
        public boolean matches(ArticleText text) {
            for (SearchTerms.Term term : terms.terms()) {
                if (text.contains(term) == term.excluded()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public List<String> rankingWords() {
            return terms.words();
        }
    }

    /**
     * Suggestions: any of these words occurs. Words are already folded (letters and digits only), distinct, at
     * most {@link SearchTerms#MAX_WORDS}.
     */
    record AnyWord(List<String> words) implements ArticleMatch {
        public AnyWord {
            words = List.copyOf(new LinkedHashSet<>(words));
            if (words.isEmpty() || words.size() > SearchTerms.MAX_WORDS) {
                throw new IllegalArgumentException("1 to " + SearchTerms.MAX_WORDS + " words, not " + words.size());
            }
            for (String word : words) {
                if (!SearchTerms.words(word).equals(List.of(word))) {
                    throw new IllegalArgumentException("not a folded word: " + word);
                }
            }
        }

        @Override
        public boolean matches(ArticleText text) {
            return words.stream().anyMatch(w -> text.title().contains(w) || text.keywords().contains(w)
                    || text.body().contains(w));
        }

        @Override
        public List<String> rankingWords() {
            return words;
        }
    }

    /** Longest text {@link #suggestionFor} reads: a new ticket's subject and description together. */
    int SUGGESTION_INPUT_LIMIT = 60_000;
    /** Words shorter than this say too little to suggest an article. */
    int SIGNIFICANT_LENGTH = 3;

    /**
     * The significant words of a new ticket's subject and description, subject first: words of at least
     * {@value #SIGNIFICANT_LENGTH} letters or digits that are not common function words, each once, the first
     * {@link SearchTerms#MAX_WORDS}. Empty when there is none.
     */
    static Optional<AnyWord> suggestionFor(String subject, String description) {
        String text = (subject == null ? "" : subject) + "\n" + (description == null ? "" : description);
        if (text.length() > SUGGESTION_INPUT_LIMIT) {
            throw InvalidInputException.of("description", "too_long", "subject and description are "
                    + text.length() + " characters long; the limit is " + SUGGESTION_INPUT_LIMIT);
        }
        Set<String> significant = new LinkedHashSet<>();
        for (String word : SearchTerms.words(text)) {
            if (significant.size() == SearchTerms.MAX_WORDS) {
                break;
            }
            if (word.length() >= SIGNIFICANT_LENGTH && !StopWords.contains(word)) {
                significant.add(word);
            }
        }
        return significant.isEmpty() ? Optional.empty() : Optional.of(new AnyWord(new ArrayList<>(significant)));
    }
}
