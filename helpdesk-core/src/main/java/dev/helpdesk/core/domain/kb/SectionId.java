package dev.helpdesk.core.domain.kb;

import dev.helpdesk.core.domain.Ids;

/** The opaque id of a knowledge-base section, safe in URLs. */
public record SectionId(String value) {
    public SectionId {
        Ids.check("sectionId", value);
    }

    public static SectionId of(String value) {
        return new SectionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
