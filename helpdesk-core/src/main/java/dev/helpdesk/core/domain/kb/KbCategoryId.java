package dev.helpdesk.core.domain.kb;

import dev.helpdesk.core.domain.Ids;

/** The opaque id of a knowledge-base category, safe in URLs. */
public record KbCategoryId(String value) {
    public KbCategoryId {
        Ids.check("kbCategoryId", value);
    }

    public static KbCategoryId of(String value) {
        return new KbCategoryId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
