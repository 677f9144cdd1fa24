package dev.helpdesk.core.domain.account;

import dev.helpdesk.core.domain.Ids;

public record OneTimeCodeId(String value) {
    public OneTimeCodeId {
        Ids.check("codeId", value);
    }

    public static OneTimeCodeId of(String value) {
        return new OneTimeCodeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
