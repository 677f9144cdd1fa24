package dev.helpdesk.web.portal;

import dev.helpdesk.core.domain.account.ProfileRules;
import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.RateLimitedException;
import dev.helpdesk.core.service.SignedIn;
import dev.helpdesk.web.internal.Access;
import dev.helpdesk.web.internal.ErrorMapping;
import dev.helpdesk.web.internal.Frame;
import dev.helpdesk.web.internal.Nav;
import dev.helpdesk.web.internal.PortalRequest;
import dev.helpdesk.web.internal.Routes;
import dev.helpdesk.web.i18n.Messages;
import dev.helpdesk.web.i18n.Translator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Forgotten passwords and welcome links (seed 001): ask for a code by e-mail, then set a new password with it; or
 * set the first password with the code of the welcome e-mail. Either signs the person in.
 *
 * <p>Asking for a code answers the same for any well-formed address, known or not, so the page tells nobody who has
 * an account. Requests are limited per address (silently) and per client (said openly) by the account service; code
 * attempts per address by the account service and per client here.
 */
final class PasswordPages {

    public void register(Routes routes) {
        routes.get("/password/forgot", Access.PUBLIC, request ->
                showForgot(request, 200, FormState.of(Map.of("email", query(request, "email")))));
        routes.post("/password/forgot", Access.PUBLIC, this::requestCode);
        routes.get("/password/reset", Access.PUBLIC, request -> showReset(request, 200,
                FormState.of(Map.of("email", query(request, "email"), "code", query(request, "code")))));
        routes.post("/password/reset", Access.PUBLIC, this::reset);
        routes.get("/welcome", Access.PUBLIC, request ->
                showWelcome(request, 200, FormState.of(Map.of("code", query(request, "code")))));
        routes.post("/welcome", Access.PUBLIC, this::welcome);
    }

    private void requestCode(PortalRequest request) {
        String email = request.form("email");
        if (email.isEmpty()) {
            showForgot(request, 400, FormState.empty().withErrors(Map.of("email", request.t().t("field.required"))));
            return;
        }
        try {
            request.helpdesk().accounts().requestPasswordReset(email, ClientLimit.client(request));
        } catch (InvalidInputException malformed) {
            // only the shape of the address is checked: this says nothing about accounts
            showForgot(request, 400, FormState.of(Map.of("email", email))
                    .withErrors(ErrorMapping.fieldMessages(malformed, request.t())));
            return;
        } catch (RateLimitedException limited) {
            // counted per client, whatever the address: saying so tells nothing about accounts
            request.ctx().header("Retry-After", String.valueOf(limited.retryAfterSeconds()));
            showForgot(request, 429, FormState.of(Map.of("email", email))
                    .withMessage(request.t().t("auth.forgot.wait", ClientLimit.minutes(limited))));
            return;
        }
        request.flash("auth.forgot.sent");
        request.redirect("/password/reset?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
    }

    private void reset(PortalRequest request) {
        ClientLimit.take(request, ClientLimit.RESET_CODE);
        String email = request.form("email");
        String code = request.form("code");
        FormState typed = FormState.of(Map.of("email", email, "code", code));
        Map<String, String> problems = problems(request, code);
        if (!problems.isEmpty()) {
            showReset(request, 400, typed.withErrors(problems));
            return;
        }
        try {
            SignedIn who = request.helpdesk().accounts().resetPassword(email, code,
                    request.formRaw(NewPassword.FIELD));
            signInAndGo(request, who, "auth.reset.done");
        } catch (InvalidInputException invalid) {
            showReset(request, 400, typed.withErrors(ErrorMapping.fieldMessages(invalid, request.t())));
        } catch (AuthenticationFailedException wrongCode) {
            // a wrong, expired or used code, or one of another address: the person can fix it, so 400 and the form
            showReset(request, 400, typed.withErrors(Map.of("code", request.t().error(wrongCode))));
        }
    }

    private void welcome(PortalRequest request) {
        ClientLimit.take(request, ClientLimit.WELCOME_CODE);
        String code = request.form("code");
        FormState typed = FormState.of(Map.of("code", code));
        Map<String, String> problems = problems(request, code);
        if (!problems.isEmpty()) {
            showWelcome(request, 400, typed.withErrors(problems));
            return;
        }
        try {
            SignedIn who = request.helpdesk().accounts().setPasswordWithCode(code, request.formRaw(NewPassword.FIELD));
            signInAndGo(request, who, "auth.welcome.done");
        } catch (InvalidInputException invalid) {
            showWelcome(request, 400, typed.withErrors(ErrorMapping.fieldMessages(invalid, request.t())));
        } catch (AuthenticationFailedException wrongCode) {
            showWelcome(request, 400, typed.withErrors(Map.of("code", request.t().error(wrongCode))));
        }
    }

    /** A missing code, and the new password's problems, found before the account service is asked. */
    private static Map<String, String> problems(PortalRequest request, String code) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (code.isEmpty()) {
            problems.put("code", request.t().t("field.required"));
        }
        problems.putAll(NewPassword.problems(request.t(), request.formRaw(NewPassword.FIELD),
                request.formRaw(NewPassword.REPEAT)));
        return problems;
    }

    /** Signs in and goes to the tickets, with a message in the account's own language, which now applies. */
    private static void signInAndGo(PortalRequest request, SignedIn who, String messageKey) {
        request.portal().signIn(request, who);
        Translator theirs = new Translator(Messages.get(), who.language(), request.t().zone());
        request.flashText(theirs.t(messageKey));
        request.redirect("/tickets");
    }

    private static void showForgot(PortalRequest request, int status, FormState form) {
        Frame frame = request.frame(Nav.NONE, "auth.forgot.title");
        request.render(status, "auth/forgot.jte", frame, Map.of("form", form));
    }

    private static void showReset(PortalRequest request, int status, FormState form) {
        Frame frame = request.frame(Nav.NONE, "auth.reset.title");
        request.render(status, "auth/reset.jte", frame, model(form));
    }

    private static void showWelcome(PortalRequest request, int status, FormState form) {
        Frame frame = request.frame(Nav.NONE, "auth.welcome.title");
        request.render(status, "auth/welcome.jte", frame, model(form));
    }

    private static Map<String, Object> model(FormState form) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("minLength", ProfileRules.PASSWORD_MIN);
        return model;
    }

    private static String query(PortalRequest request, String name) {
        String value = request.ctx().queryParam(name);
        return value == null ? "" : value.strip();
    }
}
