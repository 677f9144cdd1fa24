package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.error.InvalidInputException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a person typed in a search box, reduced to words: lower case, accents removed ("cafe" finds "Café"),
 * split on anything that is not a letter or digit. A ticket matches when every word appears as a whole word in
 * its subject or in a message the viewer may read. Storage adapters index text the same way ({@link #words}).
 */
public record SearchTerms(List<String> words) {
    public static final int MAX_INPUT = 500;
    public static final int MAX_WORDS = 16;

    public SearchTerms {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("search terms need at least one word");
        }
    }

    /** The words of a query; empty when the text holds none (then nothing is filtered by text). */
    public static java.util.Optional<SearchTerms> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        if (text.length() > MAX_INPUT) {
            throw InvalidInputException.of("q", "too_long",
                    "search text is " + text.length() + " characters long; the limit is " + MAX_INPUT);
        }
        List<String> words = new ArrayList<>(new LinkedHashSet<>(words(text)));
        if (words.size() > MAX_WORDS) {
            throw InvalidInputException.of("q", "too_many_words", "search at most " + MAX_WORDS + " words at a time");
        }
        return words.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new SearchTerms(words));
    }

    /** The normalised words of any text, in order, repeats kept. */
    public static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** Whether every term is among these words. */
    public boolean allIn(Set<String> indexed) {
        return indexed.containsAll(words);
    }
}
