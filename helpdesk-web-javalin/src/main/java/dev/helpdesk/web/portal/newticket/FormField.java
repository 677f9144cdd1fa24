package dev.helpdesk.web.portal.newticket;

import java.util.List;

/**
 * One ticket field offered on the new-ticket form, ready for the template: what to draw, its label in the viewer's
 * language, whether it must be filled in, its choices with the selected ones marked, and its error.
 *
 * @param name   the form field's name, which is the field's name in the schema ({@code priority},
 *               {@code custom.operating_system}), so that the services' errors name it too
 * @param id     the HTML id (dots are awkward in CSS selectors)
 * @param kind   {@code text}, {@code textarea}, {@code number}, {@code date}, {@code select}, {@code checkboxes}
 *               or {@code checkbox}
 * @param value  the single value typed or chosen; empty when none
 * @param error  the translated error next to the field; empty when none
 */
public record FormField(String name, String id, String label, String kind, boolean required, List<Choice> choices,
        String value, String error) {
    public FormField {
        choices = List.copyOf(choices);
    }

    public boolean hasError() {
        return !error.isEmpty();
    }

    /** One option of a choice field. */
    public record Choice(String value, String label, boolean selected) {
    }
}
