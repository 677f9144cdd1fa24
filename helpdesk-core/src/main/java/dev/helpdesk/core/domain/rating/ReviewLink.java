package dev.helpdesk.core.domain.rating;

import dev.helpdesk.core.domain.Text;
import java.net.URI;
import java.util.Objects;

/**
 * A public review site a happy customer is invited to (seed 004: "social networks or web opinion forums").
 *
 * @param label what the link says, such as "Trustpilot"
 * @param url   an absolute https address
 */
public record ReviewLink(String label, URI url) {
    public ReviewLink {
        label = Text.singleLine("label", label, 100);
        Objects.requireNonNull(url, "url");
        if (!url.isAbsolute() || !"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("a review link must be an absolute https URL: " + url);
        }
    }

    public static ReviewLink of(String label, String url) {
        return new ReviewLink(label, URI.create(url));
    }
}
