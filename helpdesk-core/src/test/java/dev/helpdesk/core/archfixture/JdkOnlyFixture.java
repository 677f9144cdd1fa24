package dev.helpdesk.core.archfixture;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Planted compliant class: the kind of code core is made of (a record with a compact constructor, an enum,
 * a sealed interface, lambdas, streams, arrays, primitives). The allow-list must find nothing wrong here.
 */
public record JdkOnlyFixture(long id, String title, List<String> tags, Kind kind, int[] scores, Instant at) {

    public JdkOnlyFixture {
        tags = List.copyOf(tags);
        scores = scores.clone();
        if (title.isBlank()) {
            throw new IllegalArgumentException("title");
        }
    }

    public enum Kind { OPEN, CLOSED }

    public sealed interface Event permits Opened, Closed { }

    public record Opened(long id) implements Event { }

    public record Closed(long id) implements Event { }

    Map<String, Integer> tagLengths() {
        return tags.stream().collect(Collectors.toMap(Function.identity(), String::length));
    }

    Optional<String> firstTag() {
        return tags.stream().findFirst();
    }

    String describe() {
        switch (kind) {
            case OPEN:
                return "open";
            default:
                return "closed";
        }
    }
}
