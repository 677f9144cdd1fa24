package dev.helpdesk.core.domain.kb;

import java.util.Set;

/** Common function words of the portal's five languages (en, fr, de, es, it): no help in choosing an article. */
final class StopWords {
    // a word may be common in two languages: copyOf keeps one
    private static final Set<String> WORDS = Set.copyOf(java.util.List.of(
            // English
            "the", "and", "for", "are", "but", "not", "you", "your", "with", "this", "that", "from", "have", "has",
            "had", "was", "were", "what", "when", "where", "which", "who", "why", "how", "can", "cannot", "could",
            "would", "should", "will", "does", "did", "doing", "there", "their", "they", "them", "then", "than",
            "into", "onto", "about", "after", "before", "again", "also", "just", "any", "all", "some", "our", "out",
            "its", "been", "being", "here", "please", "thanks", "thank", "hello", "dear", "regards",
            // French
            "les", "des", "une", "est", "pas", "que", "qui", "dans", "pour", "par", "sur", "avec", "mais", "nous",
            "vous", "ils", "elle", "elles", "mon", "mes", "ton", "tes", "son", "ses", "leur", "leurs", "cette",
            "ces", "aux", "bonjour", "merci",
            // German
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "mit", "von", "fur", "auf", "den",
            "dem", "des", "sich", "ich", "wir", "ihr", "sie", "aber", "auch", "oder", "wenn", "bei", "hallo", "danke",
            // Spanish
            "los", "las", "por", "con", "una", "uno", "para", "como", "pero", "sus", "que", "del", "esta", "este",
            "hola", "gracias",
            // Italian
            "gli", "che", "non", "per", "una", "uno", "con", "del", "della", "delle", "dei", "nel", "nella", "sono",
            "come", "anche", "questo", "questa", "ciao", "grazie"));

    private StopWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
