package dev.helpdesk.examples.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's browser against a stand-in portal speaking the same protocol: a CSRF token in the page and in a
 * cookie, a session cookie at sign-in, ticket links on the list.
 */
class PortalVisitorTest {
    private Javalin app;
    private String origin;

    @BeforeEach
    void start() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/support/sign-in", ctx -> {
                if (ctx.cookie("hd_csrf") == null) {
                    ctx.header("Set-Cookie", "hd_csrf=token-1; Path=/support; HttpOnly; SameSite=Lax");
                }
                ctx.html("<html><head><meta name=\"csrf-token\" content=\"token-1\"></head><body>form</body></html>");
            });
            config.routes.post("/support/sign-in", ctx -> {
                boolean ok = "token-1".equals(ctx.cookie("hd_csrf")) && "token-1".equals(ctx.formParam("_csrf"))
                        && "right".equals(ctx.formParam("password"));
                if (ok) {
                    ctx.header("Set-Cookie", "hd_session=signed-in; Path=/support; HttpOnly; SameSite=Lax");
                    ctx.redirect("/support/tickets", io.javalin.http.HttpStatus.SEE_OTHER);
                } else {
                    ctx.status(401);
                }
            });
            config.routes.get("/support/tickets", ctx -> {
                if (!"signed-in".equals(ctx.cookie("hd_session"))) {
                    ctx.redirect("/support/sign-in", io.javalin.http.HttpStatus.SEE_OTHER);
                    return;
                }
                ctx.html("<a href=\"/support/tickets/new\">New</a><a href=\"/support/tickets?page=2\">2</a>"
                        + "<a href=\"/support/tickets/HD-12/attachments/x\">file</a>"
                        + "<a href=\"/support/tickets/HD-12\">Mail bounces</a>");
            });
        }).start("127.0.0.1", 0);
        origin = "http://127.0.0.1:" + app.port();
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void signsInThroughTheFormAndFindsTheFirstTicketOfTheList() {
        PortalVisitor visitor = PortalVisitor.signIn(origin, "paola@acme.example", "right");

        assertThat(visitor.cookie()).isEqualTo("hd_session=signed-in");
        assertThat(visitor.get("/support/tickets").statusCode()).isEqualTo(200);
        assertThat(visitor.firstTicketLink("/support/tickets")).hasValue("/support/tickets/HD-12");
    }

    @Test
    void aSignedOutVisitorKeepsOnlyItsSignedCsrfCookie() {
        PortalVisitor visitor = PortalVisitor.anonymous(origin);

        assertThat(visitor.cookie()).isEqualTo("hd_csrf=token-1");
        assertThat(visitor.get("/support/tickets").statusCode()).isEqualTo(303);
    }

    @Test
    void aRefusedSignInStopsTheBenchmark() {
        assertThatThrownBy(() -> PortalVisitor.signIn(origin, "paola@acme.example", "wrong"))
                .hasMessageContaining("answered 401");
    }
}
