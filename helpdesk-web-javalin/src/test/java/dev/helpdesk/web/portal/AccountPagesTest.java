package dev.helpdesk.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.service.Caller;
import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.PortalClient.Answer;
import dev.helpdesk.web.support.TestPortal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "My profile": details, e-mail change with the password, password change, sign out. */
class AccountPagesTest {
    private static final String NEW_PASSWORD = "another-good-password-7";
    private TestPortal portal;
    private PortalClient marco;

    @BeforeEach
    void start() {
        portal = TestPortal.start();
        marco = portal.client().signIn(DemoData.COLLEAGUE_EMAIL, DemoData.PASSWORD);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void theProfileNeedsASignedInPerson() {
        Answer answer = portal.client().get("/profile");
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/support/sign-in?next=%2Fsupport%2Fprofile");
        PortalClient anonymous = portal.client();
        anonymous.get("/sign-in");
        assertThat(anonymous.post("/profile", Map.of("firstName", "X")).status()).isEqualTo(401);
    }

    @Test
    void theProfileShowsTheDetailsAndASignOutButton() {
        Document page = marco.get("/profile").html();
        assertThat(page.select("h1").text()).isEqualTo("My profile");
        assertThat(page.select("#firstName").attr("value")).isEqualTo("Marco");
        assertThat(page.select("#lastName").attr("value")).isEqualTo("Rossi");
        assertThat(page.select("#email").attr("value")).isEqualTo(DemoData.COLLEAGUE_EMAIL);
        assertThat(page.select("label[for=phone]").text()).isEqualTo("Phone");
        assertThat(page.select(".sidebar a[aria-current=page]").text()).isEqualTo("My profile");
        assertThat(page.select("form[action=/support/sign-out] input[name=_csrf]").attr("value"))
                .isEqualTo(marco.csrf());
        assertThat(page.select("#profile-sign-out")).hasSize(1);
    }

    @Test
    void savingTheDetailsShowsThemAndTheNewNameInTheSidebar() {
        marco.get("/profile");
        Answer saved = marco.post("/profile", details("Marcello", "Rossini", "IT manager", DemoData.COLLEAGUE_EMAIL,
                "+39 02 1234 5678"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/support/profile");

        Document page = marco.get("/profile").html();
        assertThat(page.select(".flash").text()).isEqualTo("Your profile is saved.");
        assertThat(page.select("#firstName").attr("value")).isEqualTo("Marcello");
        assertThat(page.select("#jobTitle").attr("value")).isEqualTo("IT manager");
        assertThat(page.select("#phone").attr("value")).isEqualTo("+39 02 1234 5678");
        assertThat(page.select(".user-name").text()).isEqualTo("Marcello Rossini");
        assertThat(portal.helpdesk().accounts().profile(Caller.contact(DemoData.COLLEAGUE)).jobTitle())
                .isEqualTo("IT manager");
    }

    @Test
    void badValuesAreShownNextToTheirFieldsWithWhatWasTyped() {
        marco.get("/profile");
        Answer answer = marco.post("/profile", details("", "Rossi", "Boss", DemoData.COLLEAGUE_EMAIL, "call me!"));
        assertThat(answer.status()).isEqualTo(400);
        Document page = answer.html();
        assertThat(page.select("#firstName-error").text()).isEqualTo("This field is required.");
        assertThat(page.select("#phone-error").text())
                .isEqualTo("Use only digits, spaces and + - ( ), at most 30 characters.");
        assertThat(page.select("#phone").attr("value")).isEqualTo("call me!");
        assertThat(page.select("#phone").attr("aria-describedby")).isEqualTo("phone-error");
        assertThat(page.select("#jobTitle").attr("value")).isEqualTo("Boss");
        assertThat(portal.helpdesk().accounts().profile(Caller.contact(DemoData.COLLEAGUE)).jobTitle())
                .as("nothing saved").isEmpty();
    }

    @Test
    void aNewAddressNeedsTheCurrentPasswordAndWaitsForItsLink() {
        marco.get("/profile");
        String newEmail = "marco.rossi@acme.example";
        Answer without = marco.post("/profile", details("Marco", "Rossi", "", newEmail, ""));
        assertThat(without.status()).isEqualTo(400);
        assertThat(without.html().select("#profile-current-password-error").text())
                .isEqualTo("This field is required.");
        assertThat(without.html().select("#email").attr("value")).isEqualTo(newEmail);

        Map<String, String> wrong = details("Marco", "Rossi", "", newEmail, "");
        wrong.put("currentPassword", "not-my-password");
        Answer wrongPassword = marco.post("/profile", wrong);
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.html().select("#profile-current-password-error").text())
                .isEqualTo("This is not your current password.");
        assertThat(wrongPassword.body()).doesNotContain("not-my-password");

        Map<String, String> right = details("Marco", "Rossi", "", newEmail, "");
        right.put("currentPassword", DemoData.PASSWORD);
        assertThat(marco.post("/profile", right).status()).isEqualTo(303);
        Document after = marco.get("/profile").html();
        assertThat(after.select(".flash").text()).as("applied once the link mailed to it is followed")
                .contains(newEmail).contains(DemoData.COLLEAGUE_EMAIL);
        assertThat(after.select("#email").attr("value")).isEqualTo(DemoData.COLLEAGUE_EMAIL);
        portal.client().signIn(DemoData.COLLEAGUE_EMAIL, DemoData.PASSWORD);
    }

    @Test
    void anAddressOfSomeoneElseIsRefusedNextToTheField() {
        marco.get("/profile");
        Map<String, String> taken = details("Marco", "Rossi", "", DemoData.PRIMARY_EMAIL, "");
        taken.put("currentPassword", DemoData.PASSWORD);
        Answer answer = marco.post("/profile", taken);
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.html().select("#email-error").text())
                .isEqualTo("This e-mail address already belongs to someone else.");
        assertThat(answer.html().select("#email").attr("value")).isEqualTo(DemoData.PRIMARY_EMAIL);
    }

    @Test
    void thePasswordChangesWithTheCurrentOne() {
        marco.get("/profile");
        Answer wrong = marco.post("/profile/password", Map.of("currentPassword", "wrong-password-1",
                "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.html().select("#password-current-password-error").text())
                .isEqualTo("This is not your current password.");
        assertThat(wrong.html().select("#firstName").attr("value")).as("the profile form is still there")
                .isEqualTo("Marco");

        Answer differ = marco.post("/profile/password", Map.of("currentPassword", DemoData.PASSWORD,
                "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD + "x"));
        assertThat(differ.status()).isEqualTo(400);
        assertThat(differ.html().select("#password-repeat-password-error").text())
                .isEqualTo("The two passwords are not the same.");

        Answer missing = marco.post("/profile/password", Map.of("currentPassword", "",
                "newPassword", "", "repeatPassword", ""));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.html().select("#password-current-password-error").text())
                .isEqualTo("This field is required.");
        assertThat(missing.html().select("#password-new-password-error").text()).isEqualTo("This field is required.");

        Answer changed = marco.post("/profile/password", Map.of("currentPassword", DemoData.PASSWORD,
                "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
        assertThat(changed.status()).isEqualTo(303);
        assertThat(marco.get("/profile").html().select(".flash").text()).isEqualTo("Your password is changed.");
        portal.client().signIn(DemoData.COLLEAGUE_EMAIL, NEW_PASSWORD);
        PortalClient old = portal.client();
        old.get("/sign-in");
        assertThat(old.post("/sign-in", Map.of("email", DemoData.COLLEAGUE_EMAIL, "password", DemoData.PASSWORD))
                .status()).isEqualTo(401);
    }

    @Test
    void theSignOutButtonEndsTheSession() {
        marco.get("/profile");
        Answer out = marco.post("/sign-out", Map.of());
        assertThat(out.status()).isEqualTo(303);
        assertThat(out.location()).isEqualTo("/support/sign-in");
        assertThat(marco.get("/profile").status()).isEqualTo(303);
    }

    @Test
    void theFormsNeedTheirCsrfToken() {
        marco.get("/profile");
        assertThat(marco.postRaw("/profile", details("Evil", "", "", DemoData.COLLEAGUE_EMAIL, "")).status())
                .isEqualTo(403);
        assertThat(marco.postRaw("/profile/password", Map.of("currentPassword", DemoData.PASSWORD,
                "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD)).status()).isEqualTo(403);
        assertThat(portal.helpdesk().accounts().profile(Caller.contact(DemoData.COLLEAGUE)).firstName())
                .isEqualTo("Marco");
    }

    @Test
    void typedTextIsEscaped() {
        marco.get("/profile");
        Answer answer = marco.post("/profile", details("<script>alert(1)</script>", "Rossi",
                "\"><img src=x onerror=alert(1)>", DemoData.COLLEAGUE_EMAIL, "x<b>"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
        assertThat(answer.html().select("#jobTitle").attr("value")).isEqualTo("\"><img src=x onerror=alert(1)>");
    }

    private static Map<String, String> details(String first, String last, String job, String email, String phone) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("firstName", first);
        fields.put("lastName", last);
        fields.put("jobTitle", job);
        fields.put("email", email);
        fields.put("phone", phone);
        return fields;
    }
}
