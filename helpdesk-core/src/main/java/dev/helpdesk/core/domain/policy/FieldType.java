package dev.helpdesk.core.domain.policy;

/** The kinds of value a ticket field holds. */
public enum FieldType {
    TEXT,
    LONG_TEXT,
    NUMBER,
    DATE,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    CHECKBOX;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
