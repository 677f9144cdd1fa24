package dev.helpdesk.web.internal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Registers the portal's routes under its prefix. Every handler runs inside {@link Portal#handle}: security
 * headers, session, language, CSRF on every POST, the access check, and the one error mapping.
 */
public final class Routes {
    /** The methods a path under the prefix may be asked with that no page answers: the portal's 404 or 405. */
    private static final List<HandlerType> UNROUTED = List.of(HandlerType.GET, HandlerType.HEAD, HandlerType.POST,
            HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE, HandlerType.OPTIONS, HandlerType.QUERY);

    private final RoutesConfig routes;
    private final Portal portal;
    private final List<Known> known = new ArrayList<>();

    /** A route added, to tell a wrong method (405) from an unknown path (404). */
    private record Known(HandlerType method, String[] segments) {
        boolean matches(String[] path) {
            if (path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < path.length; i++) {
                boolean parameter = segments[i].startsWith("{") && !path[i].isEmpty();
                if (!parameter && !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }
    }

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
        known.add(new Known(method, segments(full)));
        routes.addEndpoint(new Endpoint(method, full, ctx -> portal.handle(ctx, access, handler)));
        if (method == HandlerType.GET) {
            // HEAD is GET without the body (Jetty drops it): the same headers, status and checks
            known.add(new Known(HandlerType.HEAD, segments(full)));
            routes.addEndpoint(new Endpoint(HandlerType.HEAD, full, ctx -> portal.handle(ctx, access, handler)));
        }
    }

    /**
     * Answers what no page answered under the prefix, with the portal's page: 405 (with {@code Allow}) when another
     * method has a page there, else 404. Added last: Javalin takes the first route that matches.
     */
    void addUnrouted() {
        String prefix = portal.prefix();
        for (HandlerType method : UNROUTED) {
            for (String path : List.of(prefix.isEmpty() ? "/" : prefix, prefix + "/<rest>")) {
                if (allowed(path).contains(method.name())) {
                    continue; // Javalin refuses a second route at exactly the same path
                }
                routes.addEndpoint(new Endpoint(method, path, ctx -> portal.unrouted(ctx, allowed(ctx.path()))));
            }
        }
    }

    /** The methods with a page at {@code path}, such as {@code "GET, POST"}; empty when none has. */
    String allowed(String path) {
        String[] asked = segments(path);
        Set<String> methods = new TreeSet<>();
        for (Known route : known) {
            if (route.matches(asked)) {
                methods.add(route.method().name());
            }
        }
        return String.join(", ", methods);
    }

    private static String[] segments(String path) {
        String trimmed = path;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.split("/", -1);
    }
}
