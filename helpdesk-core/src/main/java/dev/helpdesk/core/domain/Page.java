package dev.helpdesk.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a result and the opaque cursor of the next one, empty on the last page.
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }

    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
