package dev.helpdesk.core.domain.policy;

import java.util.Objects;

/** The customer's access to one field, and whether the field must be filled in when opening a ticket. */
public record FieldRule(FieldAccess access, boolean requiredOnCreate) {
    public static final FieldRule HIDDEN = new FieldRule(FieldAccess.HIDDEN, false);
    public static final FieldRule VIEW_ONLY = new FieldRule(FieldAccess.VIEW_ONLY, false);
    public static final FieldRule EDITABLE = new FieldRule(FieldAccess.EDITABLE, false);
    public static final FieldRule REQUIRED = new FieldRule(FieldAccess.EDITABLE, true);

    public FieldRule {
        Objects.requireNonNull(access, "access");
        if (requiredOnCreate && access != FieldAccess.EDITABLE) {
            throw new IllegalArgumentException("only an editable field can be required: a customer could never fill it in");
        }
    }
}
