package dev.helpdesk.web.internal;

import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.web.i18n.Messages;
import dev.helpdesk.web.i18n.Translator;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language and time zone a request is answered in: the one the person picked (session or cookie), else the
 * browser's Accept-Language; the browser's zone (a cookie its script sets), else the organization's.
 */
final class LanguageAndZone {
    static final String ZONE_COOKIE = "hd_tz";
    /** The language picked on the signed-out pages. */
    static final String LANGUAGE_COOKIE = "hd_lang";
    private static final List<Locale.LanguageRange> NONE = List.of();

    private final Messages messages = Messages.get();

    Translator translator(Context ctx, PortalSession session) {
        Language language = explicitLanguage(ctx, session)
                .orElseGet(() -> fromAcceptLanguage(ctx.header("Accept-Language")));
        return new Translator(messages, language, zone(ctx, session));
    }

    /** The language picked by the person: in the session, or on the signed-out pages (a cookie). */
    static Optional<Language> explicitLanguage(Context ctx, PortalSession session) {
        if (session != null && session.language().isPresent()) {
            return session.language();
        }
        String code = ctx.cookie(LANGUAGE_COOKIE);
        for (Language language : Language.values()) {
            if (language.code().equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Language.EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            ranges = NONE;
        }
        // RFC 4647 lookup: by weight, "fr-CA" falls back to "fr", q=0 refuses a language, "*" names none of ours
        Locale chosen = Locale.lookup(ranges,
                java.util.Arrays.stream(Language.values()).map(Language::locale).toList());
        return chosen == null ? Language.EN : Language.of(chosen).orElse(Language.EN);
    }

    private static ZoneId zone(Context ctx, PortalSession session) {
        String cookie = ctx.cookie(ZONE_COOKIE);
        if (cookie != null && !cookie.isBlank() && cookie.length() < 64) {
            try {
                return ZoneId.of(cookie);
            } catch (DateTimeException e) {
                // a zone the browser made up: fall through to the organization's
            }
        }
        return session == null ? ZoneOffset.UTC : session.zone();
    }
}
