package dev.helpdesk.examples.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Ticket text with a Zipf-like word distribution, so that a few words are in most tickets and most words in very
 * few: about 200 real helpdesk words take the top ranks, generated pronounceable words the long tail (100,000
 * words in all). Counts, per word, how many generated tickets contain it, so the benchmark can pick search words
 * by how common they really are.
 */
final class TextModel {
    static final int VOCABULARY = 100_000;

    private static final String[] REAL = ("the to i and a you is for it of my on please email error site server "
            + "account we in not this can with have be our that password invoice hosting domain thanks website page "
            + "does now since again help at no ssl login php database mail an update could cannot working problem "
            + "issue new payment dns backup certificate customer disk space upload files support access plan renewal "
            + "card charge refund receipt quote ftp wordpress plugin timeout slow down message inbox spam bounce smtp "
            + "imap configuration settings version install request today yesterday morning still also just there "
            + "some all any would like know get see time because will was been did do has one two three order price "
            + "change redirect cache apache mysql cron job log logs user users admin panel control quota limit cpu "
            + "memory bandwidth report monthly annual contract tax vat address company name phone number urgent asap "
            + "regards hello hi dear team best shop cart checkout form contact sender recipient attachment size "
            + "storage mailbox forward alias subdomain nameserver record expired renew transfer registrar whois "
            + "firewall blocked ip port connection refused internal gateway restart").split(" ");
    private static final String[] SYLLABLES = ("ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro "
            + "ru sa se si so su ta te ti to tu va ve vi vo").split(" ");
    private static final Set<String> STOP_WORDS = Set.of(Arrays.copyOf(REAL, 12));

    private final String[] words;
    private final double[] cumulative;
    private final int[] documents = new int[VOCABULARY];
    private final int[] lastDocument = new int[VOCABULARY];
    private int documentCount;

    TextModel() {
        Set<String> unique = new LinkedHashSet<>(Arrays.asList(REAL));
        for (int i = 0; unique.size() < VOCABULARY; i++) {
            unique.add(pseudoWord(i));
        }
        words = unique.toArray(new String[0]);
        cumulative = new double[VOCABULARY];
        double sum = 0;
        for (int rank = 0; rank < VOCABULARY; rank++) {
            // Zipf-Mandelbrot: p(r) ~ 1 / (r + 2.7)
            sum += 1.0 / (rank + 1 + 2.7);
            cumulative[rank] = sum;
        }
        Arrays.fill(lastDocument, -1);
    }

    /** Two to four syllables, a base-40 spelling of the index: distinct words for distinct indexes. */
    private static String pseudoWord(int index) {
        StringBuilder word = new StringBuilder();
        int rest = index;
        int length = index < 1600 ? 2 : index < 64_000 ? 3 : 4;
        for (int i = 0; i < length; i++) {
            word.append(SYLLABLES[rest % SYLLABLES.length]);
            rest /= SYLLABLES.length;
        }
        return word.append('n').toString();
    }

    /** The words of one ticket, counted once per ticket in the document frequencies. */
    final class Document {
        private final int id = documentCount++;

        String subject(SplittableRandom random) {
            return capitalise(phrase(random, 3 + random.nextInt(6)));
        }

        String body(SplittableRandom random, String greeting) {
            StringBuilder body = new StringBuilder(greeting);
            int sentences = 2 + random.nextInt(4);
            for (int i = 0; i < sentences; i++) {
                body.append(i == 0 && greeting.isEmpty() ? "" : " ")
                        .append(capitalise(phrase(random, 4 + random.nextInt(9)))).append('.');
            }
            return body.toString();
        }

        private String phrase(SplittableRandom random, int length) {
            StringBuilder phrase = new StringBuilder();
            for (int i = 0; i < length; i++) {
                int rank = sample(random);
                if (lastDocument[rank] != id) {
                    lastDocument[rank] = id;
                    documents[rank]++;
                }
                phrase.append(i == 0 ? "" : " ").append(words[rank]);
            }
            return phrase.toString();
        }
    }

    Document document() {
        return new Document();
    }

    /** Text not counted in the frequencies (tickets opened during the measurements). */
    String uncountedPhrase(SplittableRandom random, int length) {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i < length; i++) {
            phrase.append(i == 0 ? "" : " ").append(words[sample(random)]);
        }
        return capitalise(phrase.toString());
    }

    private int sample(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[VOCABULARY - 1];
        int index = Arrays.binarySearch(cumulative, u);
        return index >= 0 ? index : Math.min(-index - 1, VOCABULARY - 1);
    }

    /**
     * Up to {@code count} search words (no stop words) whose share of tickets is closest to {@code share}, with
     * their document counts.
     */
    List<Word> wordsNear(double share, int count) {
        double target = share * documentCount;
        List<Word> candidates = new ArrayList<>();
        for (int rank = 0; rank < VOCABULARY; rank++) {
            if (documents[rank] > 0 && !STOP_WORDS.contains(words[rank])) {
                candidates.add(new Word(words[rank], documents[rank]));
            }
        }
        candidates.sort((a, b) -> Double.compare(Math.abs(Math.log(a.documents() / target)),
                Math.abs(Math.log(b.documents() / target))));
        return List.copyOf(candidates.subList(0, Math.min(count, candidates.size())));
    }

    int documentCount() {
        return documentCount;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A search word and how many generated tickets contain it. */
    record Word(String word, int documents) {
    }
}
