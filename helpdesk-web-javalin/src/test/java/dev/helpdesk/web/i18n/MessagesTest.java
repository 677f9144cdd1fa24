package dev.helpdesk.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.helpdesk.core.domain.account.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message files are complete: every language has English's keys in every area, every key the templates and
 * code name exists, every error code and field rule of core has a text, and the patterns format in every language.
 * Failures list what is missing, by area and language, so that whoever owns an area sees what to add.
 */
class MessagesTest {
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("src/main/jte");
    /** Keys named in code: {@code t("key"}, {@code flash("key"}, {@code frame(Nav.X, "key"}; built keys are skipped. */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("\\bt\\(\\s*\"([^\"]+)\"\\s*[,)]"),
            Pattern.compile("\\bflash\\(\\s*\"([^\"]+)\"\\s*[,)]"),
            Pattern.compile("\\bframe\\(\\s*Nav\\.[A-Z_]+\\s*,\\s*\"([^\"]+)\"\\s*[,)]"));
    /** Words that are the same in the other language, or names of languages, written in their own. */
    private static final Set<String> SAME_IN_TRANSLATION = Set.of("Menu", "Tickets", "Code", "Password", "English",
            "Français", "Deutsch", "Español", "Italiano");

    private final Messages messages = Messages.get();

    @Test
    void everyLanguageHasExactlyTheKeysOfEnglishInEveryArea() {
        List<String> problems = new ArrayList<>();
        for (String area : Messages.AREAS) {
            Set<String> english = load(area, Language.EN).keySet();
            for (Language language : Language.values()) {
                Set<String> keys = load(area, language).keySet();
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(keys);
                Set<String> extra = new TreeSet<>(keys);
                extra.removeAll(english);
                if (!missing.isEmpty()) {
                    problems.add(area + "_" + language.code() + " misses " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(area + "_" + language.code() + " has keys English has not: " + extra);
                }
            }
        }
        assertThat(problems).as("message files out of step with English").isEmpty();
        for (Language language : Language.values()) {
            assertThat(messages.keys(language)).as(language.code()).isEqualTo(messages.keys(Language.EN));
        }
    }

    @Test
    void everyKeyNamedInTheTemplatesAndCodeHasAnEnglishText() throws IOException {
        Map<String, Set<String>> missing = new TreeMap<>();
        try (Stream<Path> files = Stream.concat(Files.walk(JAVA), Files.walk(TEMPLATES))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".jte"))
                    .toList()) {
                String text = withoutComments(Files.readString(file));
                for (Pattern use : KEY_USES) {
                    Matcher m = use.matcher(text);
                    while (m.find()) {
                        if (messages.pattern(Language.EN, m.group(1)) == null) {
                            missing.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(file.toString());
                        }
                    }
                }
            }
        }
        assertThat(missing).as("keys used but missing from the English files (key=[files])").isEmpty();
    }

    @Test
    void everyErrorCodeAndFieldRuleHasATextInEveryLanguage() throws IOException {
        Set<String> keys = new TreeSet<>(ErrorSources.keysIn(JAVA));
        for (String module : List.of("../helpdesk-core/src/main/java", "../helpdesk-storage-jdbc/src/main/java")) {
            Path sources = Path.of(module);
            assumeTrue(Files.isDirectory(sources), "the sources of " + module + " are needed to list its error codes");
            keys.addAll(ErrorSources.keysIn(sources));
        }
        assertThat(keys).as("the scan found the codes").contains("error.ticket.closed", "error.kb.article.not_found",
                "error.attachment.not_found", "field.not_a_date", "field.email_format", "error.csrf");
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            for (String key : keys) {
                if (!messages.keys(language).contains(key)) {
                    missing.add(language.code() + ": " + key);
                }
            }
        }
        assertThat(missing).as("error codes and field rules without a text").isEmpty();
    }

    @Test
    void everyPatternFormatsAndKeepsThePlaceholdersOfEnglish() {
        List<String> problems = new ArrayList<>();
        for (String key : messages.keys(Language.EN)) {
            String english = messages.pattern(Language.EN, key);
            for (Language language : Language.values()) {
                String pattern = messages.pattern(language, key);
                if (!placeholders(pattern).equals(placeholders(english))) {
                    problems.add(language.code() + " " + key + ": placeholders " + placeholders(pattern)
                            + " but English has " + placeholders(english));
                }
                boolean formatted = Pattern.compile("\\{\\d").matcher(pattern).find();
                if (formatted) {
                    // MessageFormat: a lone apostrophe starts a quoted part and swallows the placeholders after it
                    if (pattern.replace("''", "").contains("'")) {
                        problems.add(language.code() + " " + key + ": write an apostrophe as '' in a pattern with {0}");
                    }
                    try {
                        String text = new MessageFormat(pattern, language.locale()).format(new Object[] {3, 3, 3});
                        if (text.contains("{")) {
                            problems.add(language.code() + " " + key + ": placeholder left after formatting: " + text);
                        }
                    } catch (IllegalArgumentException e) {
                        problems.add(language.code() + " " + key + ": " + e.getMessage());
                    }
                } else if (pattern.contains("''")) {
                    problems.add(language.code() + " " + key + ": '' shows doubled in a text without arguments");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSharedAreasAreTranslatedNotCopied() {
        List<String> copied = new ArrayList<>();
        for (String area : List.of("common", "errors", "auth", "account", "mail")) {
            Map<String, String> english = load(area, Language.EN);
            for (Language language : Language.values()) {
                if (language == Language.EN) {
                    continue;
                }
                load(area, language).forEach((key, text) -> {
                    if (text.equals(english.get(key)) && !SAME_IN_TRANSLATION.contains(text)) {
                        copied.add(area + "_" + language.code() + " " + key + "=" + text);
                    }
                });
            }
        }
        assertThat(copied).as("English left in a translation").isEmpty();
    }

    @Test
    void eachLanguageCallsTheKnowledgeBaseByOneNameEverywhere() {
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            String name = messages.pattern(language, "kb.title").toLowerCase(java.util.Locale.ROOT);
            for (String key : messages.keys(Language.EN)) {
                String english = messages.pattern(Language.EN, key).toLowerCase(java.util.Locale.ROOT);
                String translated = messages.pattern(language, key);
                if (english.contains("knowledge base") && translated != null
                        && !translated.toLowerCase(java.util.Locale.ROOT).contains(name)) {
                    problems.add(language.code() + " " + key + "=" + translated + " (not \"" + name + "\")");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theJobTitleIsCalledAsItalianFormsDo() {
        assertThat(messages.pattern(Language.IT, "account.job_title")).isEqualTo("Ruolo");
        assertThat(messages.pattern(Language.IT, "label.jobTitle")).isEqualTo("Ruolo");
    }

    @Test
    void aFieldErrorWithoutItsOwnTextSaysTheValueIsNotValid() {
        Translator italian = new Translator(messages, Language.IT, java.time.ZoneOffset.UTC);
        assertThat(italian.field(new dev.helpdesk.core.error.FieldError("x", "no_such_rule", "…")))
                .isEqualTo("Questo valore non è valido.");
        assertThat(italian.field(new dev.helpdesk.core.error.FieldError("email", "email_format", "…")))
                .isEqualTo("Non è un indirizzo e-mail.");
        assertThat(italian.fieldLabel("newPassword")).isEqualTo("Nuova password");
        assertThat(italian.fieldLabel("custom.website")).isEqualTo("custom.website");
    }

    @Test
    void theFilesOfAMailAreCountedInTheReadersLanguage() {
        Translator italian = new Translator(messages, Language.IT, java.time.ZoneOffset.UTC);
        Translator english = new Translator(messages, Language.EN, java.time.ZoneOffset.UTC);
        assertThat(italian.t("mail.ticket.attachments", 1)).isEqualTo("(1 file allegato)");
        assertThat(italian.t("mail.ticket.attachments", 3)).isEqualTo("(3 file allegati)");
        assertThat(english.t("mail.ticket.attachments", 1)).isEqualTo("(1 file attached)");
        assertThat(english.t("mail.reset.enter", "Forgot your password?", "link"))
                .isEqualTo("Enter it with your new password on the portal's \"Forgot your password?\" page: link");
    }

    /** Java and JTE comments, whose examples are not uses. */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?s)<%--.*?--%>", "")
                .replaceAll("(?m)^\\s*//.*$", "");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{([A-Za-z0-9]+)").matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** One area's file in one language, as written (no fallback); empty when there is no such file. */
    static Map<String, String> load(String area, Language language) {
        String name = "/dev/helpdesk/web/i18n/" + area + "_" + language.code() + ".properties";
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            Map<String, String> map = new TreeMap<>();
            if (in == null) {
                return map;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            properties.forEach((k, v) -> map.put((String) k, (String) v));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
