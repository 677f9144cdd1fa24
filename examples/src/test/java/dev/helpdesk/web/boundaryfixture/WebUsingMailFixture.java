package dev.helpdesk.web.boundaryfixture;

import dev.helpdesk.mail.MailConfig;

/** Planted violation for {@code ModuleBoundariesTest}: the web adapter using the mail adapter. Not real code. */
public final class WebUsingMailFixture {

    private WebUsingMailFixture() {
    }

    static String sender(MailConfig config) {
        return config.fromAddress();
    }
}
