package dev.helpdesk.core.domain.staff;

import dev.helpdesk.core.domain.Ids;

public record TeamId(String value) {
    public TeamId {
        Ids.check("teamId", value);
    }

    public static TeamId of(String value) {
        return new TeamId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
