package dev.helpdesk.core.domain.directory;

import dev.helpdesk.core.domain.Ids;

public record ContactId(String value) {
    public ContactId {
        Ids.check("contactId", value);
    }

    public static ContactId of(String value) {
        return new ContactId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
