package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.error.InvalidInputException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a person typed in a search box, as terms: words, "phrases in quotes" and -exclusions (-word or -"a phrase").
 * Text is reduced to words: lower case, accents removed ("cafe" finds "Café"), split on anything that is not a
 * letter or digit, so a chunk like {@code error-404} is the phrase "error 404". Nothing a person types is ever
 * syntax for a storage engine: adapters receive these words only.
 *
 * <p>A ticket's searchable text is two word sequences: the <em>public</em> one (subject, then each public message
 * in order) and the <em>internal</em> one (internal notes in order), which only agents search. A term occurs when
 * its words appear consecutively in one of the sequences the viewer may search. A ticket matches when every plain
 * term occurs and no excluded one does. Storage adapters index the same sequences ({@link #words}).
 */
public record SearchTerms(List<Term> terms) {
    public static final int MAX_INPUT = 500;
    public static final int MAX_WORDS = 16;

    /** Consecutive words that must (or, excluded, must not) occur. */
    public record Term(List<String> words, boolean excluded) {
        public Term {
            words = List.copyOf(words);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("a search term needs at least one word");
            }
        }

        public boolean isPhrase() {
            return words.size() > 1;
        }

        /** Whether the words occur one after the other in {@code text}. */
        public boolean occursIn(List<String> text) {
            outer:
            for (int start = 0; start + words.size() <= text.size(); start++) {
                for (int i = 0; i < words.size(); i++) {
                    if (!text.get(start + i).equals(words.get(i))) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }

    public SearchTerms {
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("search terms need at least one term");
        }
    }

    /** The terms of a query; empty when the text holds no word (then nothing is filtered by text). */
    public static Optional<SearchTerms> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > MAX_INPUT) {
            throw InvalidInputException.of("q", "too_long",
                    "search text is " + text.length() + " characters long; the limit is " + MAX_INPUT);
        }
        Set<Term> terms = new LinkedHashSet<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            int start = excluded ? i + 1 : i;
            int end;
            String chunk;
            if (start < text.length() && text.charAt(start) == '"') {
                int close = text.indexOf('"', start + 1);
                end = close < 0 ? text.length() : close + 1;
                chunk = text.substring(start + 1, close < 0 ? text.length() : close);
            } else {
                end = start;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                chunk = text.substring(start, end);
            }
            List<String> words = words(chunk);
            if (!words.isEmpty()) {
                terms.add(new Term(words, excluded));
            }
            i = Math.max(end, i + 1);
        }
        int wordCount = terms.stream().mapToInt(t -> t.words().size()).sum();
        if (wordCount > MAX_WORDS) {
            throw InvalidInputException.of("q", "too_many_words", "search at most " + MAX_WORDS + " words at a time");
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(new SearchTerms(new ArrayList<>(terms)));
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

    /** The words of every plain (not excluded) term, in order, each once. */
    public List<String> words() {
        Set<String> all = new LinkedHashSet<>();
        terms.stream().filter(t -> !t.excluded()).forEach(t -> all.addAll(t.words()));
        return List.copyOf(all);
    }

    /**
     * Whether there are plain (not excluded) terms and every one occurs in this subject: the first part of the
     * relevance order. Only exclusions rank nothing first.
     */
    public boolean allInSubject(String subject) {
        List<Term> plain = terms.stream().filter(term -> !term.excluded()).toList();
        List<String> subjectWords = words(subject);
        return !plain.isEmpty() && plain.stream().allMatch(term -> term.occursIn(subjectWords));
    }

    /**
     * The reference meaning: every plain term occurs, no excluded term does, in the public words or, when the
     * viewer may search them, the internal ones.
     */
    public boolean matches(List<String> publicWords, List<String> internalWords, boolean withInternal) {
        Objects.requireNonNull(publicWords, "publicWords");
        for (Term term : terms) {
            boolean occurs = term.occursIn(publicWords) || (withInternal && term.occursIn(internalWords));
            if (occurs == term.excluded()) {
                return false;
            }
        }
        return true;
    }
}
