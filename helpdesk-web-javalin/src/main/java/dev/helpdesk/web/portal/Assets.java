package dev.helpdesk.web.portal;

import dev.helpdesk.web.internal.Access;
import dev.helpdesk.web.internal.PortalError;
import dev.helpdesk.web.internal.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The portal's own CSS, script and icons, served from the classpath under {@code /assets/}: nothing comes from
 * another site (the CSP allows only 'self'). Only the files listed here are served.
 */
final class Assets {
    private static final Map<String, String> FILES = Map.of(
            "portal.css", "text/css; charset=utf-8",
            "portal.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml");
    private final Map<String, byte[]> contents;

    public Assets() {
        this.contents = Map.copyOf(load());
    }

    public void register(Routes routes) {
        routes.get("/assets/{file}", Access.PUBLIC, request -> {
            String file = request.ctx().pathParam("file");
            byte[] bytes = contents.get(file);
            if (bytes == null) {
                throw PortalError.notFound();
            }
            request.ctx().header("Cache-Control", "public, max-age=3600");
            request.ctx().contentType(FILES.get(file)).result(bytes);
        });
    }

    private static Map<String, byte[]> load() {
        java.util.HashMap<String, byte[]> map = new java.util.HashMap<>();
        for (String file : FILES.keySet()) {
            try (InputStream in = Assets.class.getResourceAsStream("/dev/helpdesk/web/assets/" + file)) {
                if (in != null) {
                    map.put(file, in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return map;
    }
}
