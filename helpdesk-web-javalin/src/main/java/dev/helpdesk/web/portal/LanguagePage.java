package dev.helpdesk.web.portal;

import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.web.internal.Access;
import dev.helpdesk.web.internal.ErrorMapping;
import dev.helpdesk.web.internal.Frame;
import dev.helpdesk.web.internal.Nav;
import dev.helpdesk.web.internal.PortalRequest;
import dev.helpdesk.web.internal.Routes;
import dev.helpdesk.web.i18n.Messages;
import dev.helpdesk.web.i18n.Translator;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * The language of the portal. Until someone chooses, the browser's Accept-Language decides (see
 * {@code Portal.translator}). "App settings" saves the choice on the account, so it follows the person to every
 * browser, and in the session; the public switch of the signed-out pages keeps it in a cookie only, as there is
 * no account yet to save it on (and no server state for visitors who are not signed in).
 */
final class LanguagePage {

    public void register(Routes routes) {
        routes.get("/settings", Access.SIGNED_IN, request -> show(request, 200, FormState.empty()));
        routes.post("/settings", Access.SIGNED_IN, this::save);
        routes.post("/language", Access.PUBLIC, this::choose);
    }

    private void save(PortalRequest request) {
        Caller caller = request.requireCaller();
        String code = request.form("language");
        try {
            Language language = request.helpdesk().accounts().chooseLanguage(caller, code).language();
            request.chooseLanguage(language);
            // the confirmation is already in the language chosen
            request.flashText(new Translator(Messages.get(), language, request.t().zone())
                    .t("account.settings.saved"));
            request.redirect("/settings");
        } catch (InvalidInputException invalid) {
            show(request, 400, FormState.of(Map.of("language", code))
                    .withErrors(ErrorMapping.fieldMessages(invalid, request.t())));
        }
    }

    private void choose(PortalRequest request) {
        Language language = Language.of("language", request.form("language"));
        request.chooseLanguage(language);
        request.ctx().redirect(back(request.ctx().header("Referer"), request.portal().prefix()),
                io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private static void show(PortalRequest request, int status, FormState form) {
        Frame frame = request.frame(Nav.SETTINGS, "account.settings.title");
        request.render(status, "account/settings.jte", frame, Map.of("form", form));
    }

    /**
     * The page the switch was used on, from its Referer, when that is a page of this portal; else the sign-in page.
     * Only the path and query are kept, so the answer never sends anyone to another site.
     *
     * @param prefix where the portal is mounted, such as {@code /support} (or {@code ""})
     */
    static String back(String referer, String prefix) {
        String fallback = prefix + "/sign-in";
        if (referer == null || referer.length() > 2000) {
            return fallback;
        }
        try {
            URI uri = new URI(referer);
            String path = uri.getRawPath();
            boolean inside = path != null && path.startsWith(prefix + "/") && !path.startsWith("//")
                    && !path.contains("\\") && !path.equals(prefix + "/language") && !leavesByDots(uri.getPath());
            if (!inside) {
                return fallback;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return fallback;
        }
    }

    /** "/support/../admin" (also written with %2e) would lead out of the portal once the browser resolves it. */
    private static boolean leavesByDots(String decodedPath) {
        for (String segment : decodedPath.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
