package dev.helpdesk.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.PortalClient.Answer;
import dev.helpdesk.web.support.TestPortal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Forgot password, reset with a code, and the welcome link, over HTTP. */
class PasswordPagesTest {
    private static final String NEW_PASSWORD = "a-brand-new-password-1";
    private TestPortal portal;

    @BeforeEach
    void start() {
        portal = TestPortal.start();
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void forgotPasswordAnswersTheSameForAKnownAndAnUnknownAddress() {
        Asked known = askForCode(DemoData.COLLEAGUE_EMAIL);
        Asked unknown = askForCode("nobody@acme.example");

        assertThat(known.answer().status()).isEqualTo(303).isEqualTo(unknown.answer().status());
        assertThat(known.answer().location()).isEqualTo("/support/password/reset?email=marco%40acme.example");
        assertThat(unknown.answer().location()).isEqualTo("/support/password/reset?email=nobody%40acme.example");
        Answer knownPage = known.page();
        Answer unknownPage = unknown.page();
        assertThat(knownPage.status()).isEqualTo(200).isEqualTo(unknownPage.status());
        assertThat(knownPage.html().select(".flash").text()).contains("If an account uses this address")
                .isEqualTo(unknownPage.html().select(".flash").text());
        assertThat(knownPage.html().select("main form").outerHtml().replace(DemoData.COLLEAGUE_EMAIL, "X")
                .replaceAll("value=\"[A-Za-z0-9_.-]{43,}\"", "csrf"))
                .as("the same form, whichever the address")
                .isEqualTo(unknownPage.html().select("main form").outerHtml().replace("nobody@acme.example", "X")
                        .replaceAll("value=\"[A-Za-z0-9_.-]{43,}\"", "csrf"));
        assertThat(knownPage.html().select("#email").attr("value")).isEqualTo(DemoData.COLLEAGUE_EMAIL);
    }

    @Test
    void aMalformedAddressIsShownAgainWithItsError() {
        PortalClient client = portal.client();
        client.get("/password/forgot");
        Answer answer = client.post("/password/forgot", Map.of("email", "not an address"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select("#email").attr("value")).isEqualTo("not an address");
        assertThat(answer.html().select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(answer.html().select("#email-error").text()).isEqualTo("This is not an e-mail address.");

        Answer empty = client.post("/password/forgot", Map.of("email", ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.html().select("#email-error").text()).isEqualTo("This field is required.");
    }

    @Test
    void theCodeFromTheMailSetsANewPasswordAndSignsIn() {
        String code = portal.helpdesk().accounts().issueResetCode(DemoData.COLLEAGUE).code();
        PortalClient client = portal.client();
        Answer form = client.get("/password/reset?email=marco%40acme.example&code=" + code);
        assertThat(form.html().select("#email").attr("value")).isEqualTo(DemoData.COLLEAGUE_EMAIL);
        assertThat(form.html().select("#code").attr("value")).isEqualTo(code);

        Answer done = client.post("/password/reset", Map.of("email", DemoData.COLLEAGUE_EMAIL,
                "code", code.toUpperCase().replace("-", " "), "newPassword", NEW_PASSWORD,
                "repeatPassword", NEW_PASSWORD));
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.location()).isEqualTo("/support/tickets");
        Answer profile = client.get("/profile");
        assertThat(profile.status()).as("signed in").isEqualTo(200);
        assertThat(profile.html().select(".flash").text()).isEqualTo("Your new password is saved and you are signed in.");

        portal.client().signIn(DemoData.COLLEAGUE_EMAIL, NEW_PASSWORD);
        PortalClient old = portal.client();
        old.get("/sign-in");
        assertThat(old.post("/sign-in", Map.of("email", DemoData.COLLEAGUE_EMAIL, "password", DemoData.PASSWORD))
                .status()).as("the old password is gone").isEqualTo(401);
        Answer again = client.post("/password/reset", Map.of("email", DemoData.COLLEAGUE_EMAIL, "code", code,
                "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
        assertThat(again.status()).as("a code works once").isEqualTo(400);
    }

    @Test
    void aWrongCodeIs400WithItsMessageAndTheFormKeptWithoutPasswords() {
        PortalClient client = portal.client();
        client.get("/password/reset");
        Answer answer = client.post("/password/reset", Map.of("email", DemoData.COLLEAGUE_EMAIL,
                "code", "abcd-efgh-ijkl", "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select("#code-error").text())
                .isEqualTo("This code is wrong, has expired or was used already. Check it, or ask for a new one.");
        assertThat(answer.html().select("#email").attr("value")).isEqualTo(DemoData.COLLEAGUE_EMAIL);
        assertThat(answer.html().select("#code").attr("value")).isEqualTo("abcd-efgh-ijkl");
        assertThat(answer.html().select("input[type=password]")).hasSize(2)
                .allSatisfy(input -> assertThat(input.hasAttr("value")).isFalse());
        assertThat(answer.body()).doesNotContain(NEW_PASSWORD);
    }

    @Test
    void aCodeOfAnotherAddressIsAWrongCode() {
        String code = portal.helpdesk().accounts().issueResetCode(DemoData.COLLEAGUE).code();
        PortalClient client = portal.client();
        client.get("/password/reset");
        Answer answer = client.post("/password/reset", Map.of("email", DemoData.PRIMARY_EMAIL, "code", code,
                "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select("#code-error").text()).startsWith("This code is wrong");
    }

    @Test
    void passwordProblemsAreShownTogetherAndKeepTheCodeGood() {
        String code = portal.helpdesk().accounts().issueResetCode(DemoData.COLLEAGUE).code();
        PortalClient client = portal.client();
        client.get("/password/reset");
        Answer answer = client.post("/password/reset", Map.of("email", DemoData.COLLEAGUE_EMAIL, "code", code,
                "newPassword", "short", "repeatPassword", "shorter"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select("#newPassword-error").text()).isEqualTo("This is too short.");
        assertThat(answer.html().select("#repeatPassword-error").text())
                .isEqualTo("The two passwords are not the same.");

        Answer sameAsEmail = client.post("/password/reset", Map.of("email", DemoData.COLLEAGUE_EMAIL, "code", code,
                "newPassword", DemoData.COLLEAGUE_EMAIL, "repeatPassword", DemoData.COLLEAGUE_EMAIL));
        assertThat(sameAsEmail.status()).isEqualTo(400);
        assertThat(sameAsEmail.html().select("#newPassword-error").text())
                .isEqualTo("Your password must not be your e-mail address.");

        Answer done = client.post("/password/reset", Map.of("email", DemoData.COLLEAGUE_EMAIL, "code", code,
                "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
        assertThat(done.status()).as("the code stayed good").isEqualTo(303);
    }

    @Test
    void tooManyAttemptsForOneAddressAre429WithRetryAfter() {
        PortalClient client = portal.client();
        client.get("/password/reset");
        for (int i = 0; i < 5; i++) {
            assertThat(wrongReset(client, DemoData.PRIMARY_EMAIL).status()).isEqualTo(400);
        }
        Answer limited = wrongReset(client, DemoData.PRIMARY_EMAIL);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        assertThat(limited.html().select(".error-message").text()).startsWith("Too many attempts. Please wait");
    }

    @Test
    void tooManyCodeAttemptsFromOneClientAre429WhateverTheAddresses() {
        PortalClient client = portal.client();
        client.get("/password/reset");
        for (int i = 0; i < ClientLimit.RESET_CODE.capacity(); i++) {
            assertThat(wrongReset(client, "person" + i + "@acme.example").status()).isEqualTo(400);
        }
        Answer limited = wrongReset(client, "another@acme.example");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
    }

    @Test
    void theWelcomeCodeSetsThePasswordAndSignsIn() {
        String code = portal.helpdesk().accounts().issueWelcomeCode(DemoData.OUTSIDER).code();
        PortalClient client = portal.client();
        Answer form = client.get("/welcome?code=" + code);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().select("#code").attr("value")).isEqualTo(code);
        assertThat(form.html().select("h1").text()).isEqualTo("Welcome! Choose your password");

        Answer done = client.post("/welcome", Map.of("code", code, "newPassword", NEW_PASSWORD,
                "repeatPassword", NEW_PASSWORD));
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.location()).isEqualTo("/support/tickets");
        assertThat(client.get("/profile").html().select("#firstName").attr("value")).isEqualTo("Olga");
        portal.client().signIn(DemoData.OUTSIDER_EMAIL, NEW_PASSWORD);
    }

    @Test
    void aWrongWelcomeCodeIs400AndKeepsTheCode() {
        PortalClient client = portal.client();
        client.get("/welcome");
        Answer answer = client.post("/welcome", Map.of("code", "zzzz-zzzz", "newPassword", NEW_PASSWORD,
                "repeatPassword", NEW_PASSWORD));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select("#code").attr("value")).isEqualTo("zzzz-zzzz");
        assertThat(answer.html().select("#code-error").text()).startsWith("This code is wrong");

        Answer missing = client.post("/welcome", Map.of("code", "", "newPassword", NEW_PASSWORD,
                "repeatPassword", NEW_PASSWORD));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.html().select("#code-error").text()).isEqualTo("This field is required.");
    }

    @Test
    void welcomeCodesAreLimitedPerClient() {
        PortalClient client = portal.client();
        client.get("/welcome");
        for (int i = 0; i < ClientLimit.WELCOME_CODE.capacity(); i++) {
            assertThat(wrongWelcome(client).status()).isEqualTo(400);
        }
        Answer limited = wrongWelcome(client);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
    }

    @Test
    void withoutARateLimiterOnlyTheAccountServiceLimits() {
        try (TestPortal unlimited = TestPortal.start(config -> config.rateLimiter = null)) {
            PortalClient client = unlimited.client();
            client.get("/welcome");
            for (int i = 0; i <= ClientLimit.WELCOME_CODE.capacity(); i++) {
                assertThat(wrongWelcome(client).status()).isEqualTo(400);
            }
        }
    }

    @Test
    void theFormsNeedTheirCsrfToken() {
        PortalClient client = portal.client();
        client.get("/password/forgot");
        assertThat(client.postRaw("/password/forgot", Map.of("email", DemoData.COLLEAGUE_EMAIL)).status())
                .isEqualTo(403);
        assertThat(client.postRaw("/welcome", Map.of("code", "x")).status()).isEqualTo(403);
    }

    /** The answer to "send me a code", and the page it leads to. */
    private record Asked(Answer answer, Answer page) {
    }

    private Asked askForCode(String email) {
        PortalClient client = portal.client();
        client.get("/password/forgot");
        Answer answer = client.post("/password/forgot", Map.of("email", email));
        return new Asked(answer, client.get(answer.location().substring("/support".length())));
    }

    private static Answer wrongReset(PortalClient client, String email) {
        return client.post("/password/reset", Map.of("email", email, "code", "abcd-efgh-ijkl",
                "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD));
    }

    private static Answer wrongWelcome(PortalClient client) {
        return client.post("/welcome", Map.of("code", "abcd-efgh-ijkl", "newPassword", NEW_PASSWORD,
                "repeatPassword", NEW_PASSWORD));
    }
}
