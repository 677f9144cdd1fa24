package dev.helpdesk.examples.benchmark;

import io.javalin.Javalin;

/**
 * The yardstick: a plain Javalin app serving a fixed page of about 2 KB of HTML, in the same JVM as the portal,
 * so the portal's rate can be read as a share of what this machine and Javalin manage at all.
 */
final class HelloWorld implements AutoCloseable {
    static final String PAGE = page();

    private final Javalin app;

    HelloWorld() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/", ctx -> ctx.html(PAGE));
        }).start("127.0.0.1", 0);
    }

    String url() {
        return "http://127.0.0.1:" + app.port() + "/";
    }

    private static String page() {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Hello</title></head><body><h1>Hello, world</h1><ul>");
        for (int i = 1; html.length() < 2_000; i++) {
            html.append("<li>Line ").append(i).append(" of a page about as big as a small portal page.</li>");
        }
        return html.append("</ul></body></html>").toString();
    }

    @Override
    public void close() {
        app.stop();
    }
}
