package dev.helpdesk.web.portal;

import dev.helpdesk.core.domain.account.ProfileRules;
import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ProfileChange;
import dev.helpdesk.core.service.ProfileView;
import dev.helpdesk.core.service.SignedIn;
import dev.helpdesk.web.internal.Access;
import dev.helpdesk.web.internal.ErrorMapping;
import dev.helpdesk.web.internal.Frame;
import dev.helpdesk.web.internal.Nav;
import dev.helpdesk.web.internal.PortalRequest;
import dev.helpdesk.web.internal.Routes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * "My profile" (seed 001): name, job title, e-mail address and phone; a new address needs the current password and
 * applies when the link mailed to it is followed (the page of that link is here too).
 * Below it the password change, and a sign-out button. Each form keeps what was typed (never passwords) and shows
 * each problem next to its field.
 */
final class AccountPages {
    private static final String[] PROFILE_FIELDS = {"firstName", "lastName", "jobTitle", "email", "phone"};

    public void register(Routes routes) {
        routes.get("/profile", Access.SIGNED_IN, request -> {
            ProfileView profile = request.helpdesk().accounts().profile(request.requireCaller());
            show(request, 200, profile, FormState.of(values(profile)), FormState.empty());
        });
        routes.post("/profile", Access.SIGNED_IN, this::saveProfile);
        routes.post("/profile/password", Access.SIGNED_IN, this::changePassword);
        // the link of the mail sent to a new address: the page asks for a click, as mail scanners open links
        routes.get("/profile/email/confirm", Access.PUBLIC, request -> showConfirm(request, 200,
                query(request, "email"), query(request, "code"), ""));
        routes.post("/profile/email/confirm", Access.PUBLIC, this::confirmEmail);
    }

    private void confirmEmail(PortalRequest request) {
        ClientLimit.take(request, ClientLimit.EMAIL_CODE);
        String email = request.form("email");
        String code = request.form("code");
        try {
            ProfileView changed = request.helpdesk().accounts().confirmEmailChange(code, email);
            request.flash("account.email.confirmed", changed.email().value());
            boolean theirs = request.contact().filter(changed.contact()::equals).isPresent();
            if (theirs) {
                request.portal().signIn(request, new SignedIn(changed.contact(),
                        (changed.firstName() + " " + changed.lastName()).strip(), changed.email(),
                        changed.language(), changed.languageChosen()));
            }
            request.redirect(theirs ? "/profile" : "/sign-in");
        } catch (AuthenticationFailedException | InvalidInputException wrong) {
            showConfirm(request, 400, email, code, request.t().t("account.email.confirm.invalid"));
        } catch (ConflictException taken) {
            showConfirm(request, 409, email, code, request.t().error(taken));
        }
    }

    private static void showConfirm(PortalRequest request, int status, String email, String code, String error) {
        Frame frame = request.frame(Nav.NONE, "account.email.confirm.title");
        request.render(status, "account/email-confirm.jte", frame, Map.of("email", email, "code", code,
                "error", error));
    }

    private static String query(PortalRequest request, String name) {
        String value = request.ctx().queryParam(name);
        return value == null ? "" : value.strip();
    }

    private void saveProfile(PortalRequest request) {
        Caller caller = request.requireCaller();
        ProfileView before = request.helpdesk().accounts().profile(caller);
        Map<String, String> typed = new HashMap<>();
        for (String field : PROFILE_FIELDS) {
            typed.put(field, request.form(field));
        }
        String password = request.formRaw("currentPassword");
        ProfileChange change = new ProfileChange(typed.get("firstName"), typed.get("lastName"), typed.get("jobTitle"),
                typed.get("email"), typed.get("phone"), before.language().code(),
                password.isEmpty() ? Optional.empty() : Optional.of(password));
        FormState form = FormState.of(typed);
        ProfileView after;
        try {
            after = request.helpdesk().accounts().updateProfile(caller, change);
        } catch (InvalidInputException invalid) {
            show(request, 400, before, form.withErrors(ErrorMapping.fieldMessages(invalid, request.t())),
                    FormState.empty());
            return;
        } catch (ConflictException taken) {
            // contact.email_taken: another contact has this address; said next to the field, the rest kept
            show(request, 409, before, form.withErrors(Map.of("email", request.t().error(taken))), FormState.empty());
            return;
        }
        // The sidebar shows the name kept in the session; signing in again refreshes it, and a new address is a good
        // moment for a new session id too.
        request.portal().signIn(request, new SignedIn(after.contact(),
                (after.firstName() + " " + after.lastName()).strip(), after.email(), after.language(),
                after.languageChosen()));
        if (!change.email().strip().equalsIgnoreCase(after.email().value())) {
            // the new address applies once the link mailed to it is followed
            request.flash("account.email.pending", change.email().strip(), after.email().value());
        } else {
            request.flash("account.profile.saved");
        }
        request.redirect("/profile");
    }

    private void changePassword(PortalRequest request) {
        Caller caller = request.requireCaller();
        String current = request.formRaw("currentPassword");
        String next = request.formRaw(NewPassword.FIELD);
        Map<String, String> problems = new HashMap<>(NewPassword.problems(request.t(), next,
                request.formRaw(NewPassword.REPEAT)));
        if (current.isEmpty()) {
            problems.put("currentPassword", request.t().t("field.required"));
        }
        try {
            if (problems.isEmpty()) {
                request.helpdesk().accounts().changePassword(caller, current, next);
                // the change ended every session of this person, this one too: a new one for this browser
                request.portal().renewSession(request);
                request.flash("account.password.changed");
                request.redirect("/profile");
                return;
            }
        } catch (InvalidInputException invalid) {
            problems.putAll(ErrorMapping.fieldMessages(invalid, request.t()));
        }
        ProfileView profile = request.helpdesk().accounts().profile(caller);
        show(request, 400, profile, FormState.of(values(profile)), FormState.empty().withErrors(problems));
    }

    private static void show(PortalRequest request, int status, ProfileView profile, FormState profileForm,
            FormState passwordForm) {
        Frame frame = request.frame(Nav.PROFILE, "account.profile.title");
        Map<String, Object> model = new HashMap<>();
        model.put("form", profileForm);
        model.put("passwordForm", passwordForm);
        model.put("hasPassword", profile.hasPassword());
        model.put("minLength", ProfileRules.PASSWORD_MIN);
        request.render(status, "account/profile.jte", frame, model);
    }

    private static Map<String, String> values(ProfileView profile) {
        return Map.of("firstName", profile.firstName(), "lastName", profile.lastName(),
                "jobTitle", profile.jobTitle(), "email", profile.email().value(), "phone", profile.phone());
    }
}
