package dev.helpdesk.web.portal.kb;

import dev.helpdesk.core.domain.ticket.Attachment;
import dev.helpdesk.web.i18n.Translator;

/** A file of an article as a download link, with its size in the reader's units ("12 KB", "12 Ko"). */
public record FileLink(String name, String url, String size) {

    static FileLink of(Attachment file, String url, Translator t) {
        return new FileLink(file.fileName(), url, size(file.size(), t));
    }

    static String size(long bytes, Translator t) {
        if (bytes < 1024) {
            return t.t("kb.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return t.t("kb.size.kb", Math.round(bytes / 1024.0));
        }
        return t.t("kb.size.mb", Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0);
    }
}
