package dev.helpdesk.web.pages;

import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.error.RateLimitedException;
import dev.helpdesk.core.service.SignedIn;
import dev.helpdesk.web.http.Access;
import dev.helpdesk.web.http.Frame;
import dev.helpdesk.web.http.Nav;
import dev.helpdesk.web.http.PortalRequest;
import dev.helpdesk.web.http.Routes;
import java.util.Map;

/**
 * Sign in and sign out. A failed sign-in says the same for an unknown address and a wrong password (the account
 * service makes the timing the same too), keeps the address typed, and answers 401; too many attempts get 429.
 */
public final class SignInPages {

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
        try {
            SignedIn who = request.helpdesk().accounts().signIn(email, request.formRaw("password"));
            request.portal().signIn(request, who);
            request.ctx().redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (AuthenticationFailedException failed) {
            show(request, 401, email, next, request.t().t("auth.sign_in.failed"));
        } catch (RateLimitedException limited) {
            request.ctx().header("Retry-After", String.valueOf(Math.max(1, limited.retryAfter().toSeconds())));
            show(request, 429, email, next, request.t().error(limited));
        }
    }

    private static void show(PortalRequest request, int status, String email, String next, String error) {
        Frame frame = request.frame(Nav.NONE, "auth.sign_in.title");
        request.render(status, "auth/sign-in.jte", frame, Map.of("email", email, "next", next, "error", error));
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
