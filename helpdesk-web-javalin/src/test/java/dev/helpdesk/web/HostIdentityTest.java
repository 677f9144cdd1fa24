package dev.helpdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.PortalClient.Answer;
import dev.helpdesk.web.support.TestPortal;
import io.javalin.Javalin;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A host product that signs its users in itself: its own before-handler puts the user on the request, and the
 * portal's {@code IdentityResolver} reads it, so the portal's sign-in is never shown to them.
 */
class HostIdentityTest {
    private static Javalin app;
    private static Helpdesk helpdesk;

    @BeforeAll
    static void start() {
        helpdesk = TestPortal.newHelpdesk();
        DemoData.loadBasics(helpdesk);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // Stands for the host's own session check; here a header names the user the host has signed in.
            config.routes.before(ctx -> {
                String user = ctx.header("X-Test-Host-User");
                if (user != null) {
                    ctx.attribute("host.contact", ContactId.of(user));
                }
            });
            config.registerPlugin(new HelpdeskPortal(portal -> {
                portal.helpdesk = helpdesk;
                portal.prefix = "/help";
                portal.identity = request -> request.attribute("host.contact").map(ContactId.class::cast);
            }));
        }).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void theHostsUserSeesTheirTicketsWithoutThePortalsSignIn() throws Exception {
        HttpResponse<String> page = get("/help/tickets", Optional.of("marco"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Invoice 2026-114 is twice").doesNotContain("Globex private question");
        assertThat(page.body()).as("the host signs people out, not the portal").doesNotContain("id=\"sign-out\"");
        assertThat(page.body()).contains("Marco Rossi");
    }

    @Test
    void withoutTheHostsUserThePortalAsksToSignIn() throws Exception {
        HttpResponse<String> page = get("/help/tickets", Optional.empty());
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/help/sign-in?next=%2Fhelp%2Ftickets");
    }

    @Test
    void anotherUserOfTheHostGetsTheirOwnSessionAndView() throws Exception {
        assertThat(get("/help/tickets", Optional.of("olga")).body()).contains("Globex private question")
                .doesNotContain("Invoice 2026-114 is twice");
    }

    @Test
    void formsStillNeedTheCsrfTokenOfThePortalsSession() {
        PortalClient client = new PortalClient("http://127.0.0.1:" + app.port() + "/help");
        Answer refused = client.postRaw("/settings", java.util.Map.of("language", "it"));
        assertThat(refused.status()).isIn(401, 403);
    }

    private static HttpResponse<String> get(String path, Optional<String> user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        user.ifPresent(u -> request.header("X-Test-Host-User", u));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
