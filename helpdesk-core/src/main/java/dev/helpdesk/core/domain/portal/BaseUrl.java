package dev.helpdesk.core.domain.portal;

import dev.helpdesk.core.error.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The rules for the portal's public base URL, every link in mail and pages starts with it. */
final class BaseUrl {
    static final String FIELD = "baseUrl";
    private static final int LONGEST = 2000;

    private BaseUrl() {
    }

    /**
     * An absolute http or https URL with a host, no user info, query or fragment; returned with a lower-case scheme and
     * host, and without trailing slash ({@code https://help.example.com/support}).
     */
    static String normalise(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(FIELD, "required", "baseUrl is required");
        }
        String text = value.strip();
        if (text.length() > LONGEST) {
            throw InvalidInputException.of(FIELD, "too_long", "baseUrl is longer than " + LONGEST + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw InvalidInputException.of(FIELD, "url_format", "baseUrl is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw InvalidInputException.of(FIELD, "url_scheme", "baseUrl must be an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw InvalidInputException.of(FIELD, "url_format", "baseUrl must name a host, without user name");
        }
        if (uri.getRawQuery() != null || text.contains("?")) {
            throw InvalidInputException.of(FIELD, "url_query", "baseUrl must not have a query (?…)");
        }
        if (uri.getRawFragment() != null || text.contains("#")) {
            throw InvalidInputException.of(FIELD, "url_fragment", "baseUrl must not have a fragment (#…)");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path;
    }
}
