package dev.helpdesk.web.portal;

import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.error.RateLimitedException;
import dev.helpdesk.core.service.SignedIn;
import dev.helpdesk.web.internal.Access;
import dev.helpdesk.web.internal.Frame;
import dev.helpdesk.web.internal.Nav;
import dev.helpdesk.web.internal.PortalRequest;
import dev.helpdesk.web.internal.Routes;
import dev.helpdesk.web.captcha.ProofOfWorkCaptcha;
import dev.helpdesk.web.portal.newticket.CaptchaView;
import java.util.HashMap;
import java.util.Map;

/**
 * Sign in and sign out. A failed sign-in says the same for an unknown address and a wrong password (the account
 * service makes the timing the same too), keeps the address typed, and answers 401. The account service counts
 * failures per client (the remote address): a client that failed often waits (429 with Retry-After), then is asked
 * for the captcha, which this page then shows; nobody else is slowed down by it.
 */
final class SignInPages {

    public void register(Routes routes) {
        routes.get("", Access.PUBLIC, request -> request.redirect("/tickets"));
        routes.get("/", Access.PUBLIC, request -> request.redirect("/tickets"));
        routes.get("/sign-in", Access.PUBLIC, request -> {
            if (request.contact().isPresent()) {
                request.redirect("/tickets");
                return;
            }
            show(request, 200, "", next(request.ctx().queryParam("next"), request), "");
        });
        routes.post("/sign-in", Access.PUBLIC, this::signIn);
        routes.post("/sign-out", Access.PUBLIC, request -> {
            request.portal().signOut(request);
            request.redirect("/sign-in");
        });
    }

    private void signIn(PortalRequest request) {
        String email = request.form("email");
        String next = next(request.form("next"), request);
        // the form says it carried the captcha (whichever verifier made it), and the verifier says if it was solved
        boolean captchaShown = request.form("captcha_shown").equals("1");
        boolean captchaSolved = captchaShown && request.portal().captcha().verify(request.formMap());
        try {
            SignedIn who = request.helpdesk().accounts().signIn(email, request.formRaw("password"),
                    ClientLimit.client(request), captchaSolved);
            request.portal().signIn(request, who);
            request.ctx().redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (AuthenticationFailedException failed) {
            if (failed.code().equals("account.captcha_required")) {
                show(request, 401, email, next, request.t().t("auth.sign_in.captcha_required"), true);
            } else {
                // a client asked for the captcha once goes on solving it, so the next attempt is not refused for it
                show(request, 401, email, next, request.t().t("auth.sign_in.failed"), captchaShown);
            }
        } catch (RateLimitedException limited) {
            request.ctx().header("Retry-After", String.valueOf(limited.retryAfterSeconds()));
            show(request, 429, email, next, request.t().t("auth.sign_in.wait",
                    ClientLimit.minutes(limited)), captchaShown);
        }
    }

    private static void show(PortalRequest request, int status, String email, String next, String error) {
        show(request, status, email, next, error, false);
    }

    private static void show(PortalRequest request, int status, String email, String next, String error,
                             boolean withCaptcha) {
        Frame frame = request.frame(Nav.NONE, "auth.sign_in.title");
        Map<String, Object> model = new HashMap<>();
        model.put("email", email);
        model.put("next", next);
        model.put("error", error);
        model.put("captcha", withCaptcha ? CaptchaView.of(request.portal().captcha(), ProofOfWorkCaptcha.NONCE_FIELD,
                ProofOfWorkCaptcha.ANSWER_FIELD) : null);
        request.render(status, "auth/sign-in.jte", frame, model);
    }

    /** Only a path inside the portal: never an open redirect to another site. */
    static String next(String wanted, PortalRequest request) {
        String home = request.url("/tickets");
        if (wanted == null || wanted.isBlank()) {
            return home;
        }
        String prefix = request.url("/");
        boolean inside = wanted.startsWith(prefix) && !wanted.startsWith("//") && !wanted.contains("\\")
                && !wanted.contains("://") && wanted.chars().noneMatch(c -> c < 0x20);
        return inside ? wanted : home;
    }
}
