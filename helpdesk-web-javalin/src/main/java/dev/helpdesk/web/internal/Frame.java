package dev.helpdesk.web.internal;

import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.web.i18n.Translator;
import java.util.List;
import java.util.Optional;

/**
 * What the layout of every page needs: the translator, the CSRF token for its forms, who is signed in, where the
 * page sits in the sidebar, and a message to show once. Every template takes it as {@code @param Frame frame}.
 *
 * @param t            texts, dates and errors in the viewer's language
 * @param title        the page title, already translated
 * @param nav          the sidebar entry to mark as current
 * @param csrf         the token every form carries in its {@code _csrf} field
 * @param prefix       where the portal is mounted, for links ({@link #url(String)})
 * @param user         the signed-in person's name, or empty on the public pages
 * @param organization the name shown at the top of the sidebar
 * @param flash        a message to show once, such as "Your reply was sent"
 * @param hostIdentity whether the host signs people in (then there is no portal sign-out)
 */
public record Frame(Translator t, String title, Nav nav, String csrf, String prefix, Optional<String> user,
        String organization, Optional<String> flash, boolean hostIdentity) {

    /** A link inside the portal: {@code url("/tickets")} is {@code /support/tickets}. */
    public String url(String path) {
        return prefix + path;
    }

    public boolean signedIn() {
        return user.isPresent();
    }

    public boolean current(Nav entry) {
        return nav == entry;
    }

    public Language language() {
        return t.language();
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }
}
