package dev.helpdesk.core.domain.category;

import dev.helpdesk.core.domain.Ids;

public record CategoryId(String value) {
    public CategoryId {
        Ids.check("category", value);
    }

    public static CategoryId of(String value) {
        return new CategoryId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
