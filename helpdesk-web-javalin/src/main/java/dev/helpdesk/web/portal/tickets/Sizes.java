package dev.helpdesk.web.portal.tickets;

import dev.helpdesk.web.i18n.Translator;
import java.text.NumberFormat;

/** File sizes as people read them, with the viewer's decimal separator: "840 B", "12 KB", "3.4 MB". */
final class Sizes {
    private Sizes() {
    }

    public static String human(long bytes, Translator t) {
        NumberFormat format = NumberFormat.getNumberInstance(t.language().locale());
        format.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return t.t("ticket.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return t.t("ticket.size.kb", format.format(bytes / 1024.0));
        }
        return t.t("ticket.size.mb", format.format(bytes / (1024.0 * 1024)));
    }
}
