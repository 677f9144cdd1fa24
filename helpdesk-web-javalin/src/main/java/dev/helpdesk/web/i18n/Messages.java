package dev.helpdesk.web.i18n;

import dev.helpdesk.core.domain.account.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Every text of the portal in the five languages, read once from {@code dev/helpdesk/web/i18n/<area>_<lang>.properties}
 * (UTF-8). One file per area keeps the pages' texts apart; a key missing in a language falls back to English,
 * and a test checks that no language misses any.
 */
public final class Messages {
    /** The message files, one per area of the portal ({@code mail}: the e-mails a host sends contacts). */
    public static final List<String> AREAS = List.of("common", "errors", "auth", "tickets", "ticket", "newticket",
            "kb", "account", "mail");

    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
    /** Each pattern with arguments compiled once per language, as a prototype to clone (MessageFormat is mutable). */
    private final Map<Language, ConcurrentMap<String, MessageFormat>> formats = new EnumMap<>(Language.class);
    /** The date formats of each language: immutable and safe to share. */
    private final Map<Language, DateTimeFormatter> dates = new EnumMap<>(Language.class);
    private final Map<Language, DateTimeFormatter> dateTimes = new EnumMap<>(Language.class);

    private Messages() {
        for (Language language : Language.values()) {
            Map<String, String> all = new HashMap<>();
            for (String area : AREAS) {
                all.putAll(load(area, language));
            }
            texts.put(language, Map.copyOf(all));
            formats.put(language, new ConcurrentHashMap<>());
            dates.put(language, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale()));
            dateTimes.put(language, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(language.locale()));
        }
    }

    private static final Messages INSTANCE = new Messages();

    public static Messages get() {
        return INSTANCE;
    }

    /** The raw pattern of {@code key}, in {@code language} or else English; {@code null} when no file has it. */
    public String pattern(Language language, String key) {
        String text = texts.get(language).get(key);
        return text != null ? text : texts.get(Language.EN).get(key);
    }

    /**
     * {@code key}'s pattern compiled for {@code language}, or null when no file has it. Compiled once (parsing a
     * pattern was a seventh of a list page in issue 11's profile); the caller formats with a clone, since a
     * MessageFormat is not safe to share between threads.
     */
    MessageFormat format(Language language, String key) {
        ConcurrentMap<String, MessageFormat> compiled = formats.get(language);
        MessageFormat format = compiled.get(key);
        if (format == null) {
            String pattern = pattern(language, key);
            if (pattern == null) {
                return null;
            }
            format = compiled.computeIfAbsent(key, k -> new MessageFormat(pattern, language.locale()));
        }
        return format;
    }

    /** "22 Nov 2026" in the language's own way. */
    DateTimeFormatter date(Language language) {
        return dates.get(language);
    }

    /** "22 Nov 2026, 14:05" in the language's own way. */
    DateTimeFormatter dateTime(Language language) {
        return dateTimes.get(language);
    }

    /** The keys a language defines, for the completeness test. */
    public Set<String> keys(Language language) {
        return new TreeSet<>(texts.get(language).keySet());
    }

    private static Map<String, String> load(String area, Language language) {
        String name = "/dev/helpdesk/web/i18n/" + area + "_" + language.code() + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            properties.forEach((k, v) -> map.put((String) k, (String) v));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
