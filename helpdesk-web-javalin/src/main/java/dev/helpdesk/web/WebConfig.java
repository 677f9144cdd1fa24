package dev.helpdesk.web;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the helpdesk web module is mounted inside the host application.
 *
 * <p>The prefix is normalised when the record is built: trailing slashes are removed, so {@code "/support/"}
 * becomes {@code "/support"} and {@code "/"} becomes {@code ""} (the root). Every page and API route is then
 * {@code pathPrefix + route}, e.g. {@code "/support" + "/api/tickets"}.
 *
 * @param pathPrefix {@code ""} for the root, otherwise {@code /segment[/segment...]} where segments are made of
 *                   {@code [a-zA-Z0-9_-]}; no {@code ..}, no empty segment, no trailing slash (after normalising)
 */
public record WebConfig(String pathPrefix) {

    private static final Pattern ALLOWED = Pattern.compile("(/[a-zA-Z0-9_-]+)*");

    /**
     * Normalises and validates the prefix.
     *
     * @throws NullPointerException     if {@code pathPrefix} is null
     * @throws IllegalArgumentException if the prefix does not start with {@code /}, contains {@code ..}, an empty
     *                                  segment or a character outside {@code [a-zA-Z0-9/_-]}
     */
    public WebConfig {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        int end = pathPrefix.length();
        while (end > 0 && pathPrefix.charAt(end - 1) == '/') {
            end--;
        }
        String normalised = pathPrefix.substring(0, end);
        if (!normalised.isEmpty() && !pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException(
                    "pathPrefix must start with '/' (or be empty for the root) but was '" + pathPrefix + "'");
        }
        if (normalised.contains("..")) {
            throw new IllegalArgumentException("pathPrefix must not contain '..' but was '" + pathPrefix + "'");
        }
        if (!ALLOWED.matcher(normalised).matches()) {
            throw new IllegalArgumentException("pathPrefix may contain only letters, digits, '/', '_' and '-', "
                    + "with no empty segment, but was '" + pathPrefix + "'");
        }
        pathPrefix = normalised;
    }

    /** The web module mounted at the root of the host application. */
    public static WebConfig root() {
        return new WebConfig("");
    }

    /** {@code true} if the module is mounted at the root ({@code pathPrefix} is empty). */
    public boolean isRoot() {
        return pathPrefix.isEmpty();
    }
}
