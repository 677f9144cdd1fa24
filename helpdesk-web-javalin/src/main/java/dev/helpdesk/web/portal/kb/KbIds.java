package dev.helpdesk.web.portal.kb;

import dev.helpdesk.core.domain.kb.ArticleId;
import dev.helpdesk.core.domain.kb.SectionId;
import dev.helpdesk.core.domain.ticket.AttachmentId;
import dev.helpdesk.web.internal.PortalError;
import java.util.function.Function;

/** Ids from paths: a malformed id names nothing, so it is not found rather than a bad request. */
final class KbIds {
    private KbIds() {
    }

    static ArticleId article(String raw) {
        return parse(raw, ArticleId::of);
    }

    static SectionId section(String raw) {
        return parse(raw, SectionId::of);
    }

    static AttachmentId file(String raw) {
        return parse(raw, AttachmentId::of);
    }

    private static <T> T parse(String raw, Function<String, T> of) {
        try {
            return of.apply(raw);
        } catch (RuntimeException notAnId) {
            throw PortalError.notFound();
        }
    }
}
