package dev.helpdesk.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;

/**
 * Registers the portal's routes under its prefix. Every handler runs inside {@link Portal#handle}: security
 * headers, session, language, CSRF on every POST, the access check, and the one error mapping.
 */
public final class Routes {
    private final RoutesConfig routes;
    private final Portal portal;

    Routes(RoutesConfig routes, Portal portal) {
        this.routes = routes;
        this.portal = portal;
    }

    public void get(String path, Access access, PortalHandler handler) {
        add(HandlerType.GET, path, access, handler);
    }

    public void post(String path, Access access, PortalHandler handler) {
        add(HandlerType.POST, path, access, handler);
    }

    private void add(HandlerType method, String path, Access access, PortalHandler handler) {
        String full = portal.prefix() + path;
        if (full.isEmpty()) {
            full = "/";
        }
        routes.addEndpoint(new io.javalin.router.Endpoint(method, full, ctx -> portal.handle(ctx, access, handler)));
    }
}
