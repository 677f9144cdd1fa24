package dev.helpdesk.web.internal;

import dev.helpdesk.core.port.IdentityResolver;
import io.javalin.http.Context;
import java.util.Optional;

/** The current Javalin request as the framework-free view an {@link IdentityResolver} reads. */
final class JavalinIdentityRequest implements IdentityResolver.IdentityRequest {
    private final Context ctx;

    JavalinIdentityRequest(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(ctx.header(name));
    }

    @Override
    public Optional<String> cookie(String name) {
        return Optional.ofNullable(ctx.cookie(name));
    }

    @Override
    public Optional<Object> attribute(String name) {
        return Optional.ofNullable(ctx.attribute(name));
    }
}
