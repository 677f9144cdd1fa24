package dev.helpdesk.core.domain.policy;

/** What a customer may do with a field. Agents may always read and edit. */
public enum FieldAccess {
    /** Absent from every customer view: not blanked, absent. */
    HIDDEN,
    /** Shown, never changed by the customer. */
    VIEW_ONLY,
    /** Shown and changed by the customer. */
    EDITABLE;

    public boolean visible() {
        return this != HIDDEN;
    }
}
