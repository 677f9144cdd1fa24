package dev.helpdesk.web;

import dev.helpdesk.web.internal.Portal;
import dev.helpdesk.web.portal.PortalPages;
import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The customer portal as a Javalin plugin, mounted under {@link PortalConfig#prefix} in the host's app:
 *
 * <pre>{@code
 * Javalin.create(config -> config.registerPlugin(new HelpdeskPortal(portal -> {
 *     portal.helpdesk = helpdesk;
 *     portal.prefix = "/support";
 * })));
 * }</pre>
 *
 * The plugin adds only routes under its prefix: no app-wide exception handler, renderer, static-file or
 * multipart setting of the host's is changed.
 */
public final class HelpdeskPortal extends Plugin<PortalConfig> {

    public HelpdeskPortal(Consumer<PortalConfig> userConfig) {
        super(userConfig, new PortalConfig());
    }

    @Override
    public void onStart(JavalinState state) {
        Objects.requireNonNull(pluginConfig.helpdesk, "PortalConfig.helpdesk must be set");
        Portal portal = new Portal(pluginConfig.settings(), pluginConfig.webConfig().pathPrefix());
        portal.mount(state.routes, PortalPages::register);
    }

    @Override
    public String name() {
        return "helpdesk-portal";
    }
}
