package dev.helpdesk.core.domain.directory;

import dev.helpdesk.core.domain.Ids;

public record OrganizationId(String value) {
    public OrganizationId {
        Ids.check("organizationId", value);
    }

    public static OrganizationId of(String value) {
        return new OrganizationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
