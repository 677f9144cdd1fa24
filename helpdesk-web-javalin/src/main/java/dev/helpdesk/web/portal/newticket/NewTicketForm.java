package dev.helpdesk.web.portal.newticket;

import java.util.List;
import java.util.Map;

/**
 * Everything the new-ticket form shows: where it is (category and subcategory), who asks, what was typed, the
 * fields, the captcha, and after a failed submit the errors, warnings and suggestions.
 *
 * @param category     the chosen top-level category, with the path back to the first step
 * @param subcategory  the chosen subcategory, or {@code null} when the category has none
 * @param errors       translated errors by form field name ({@code title}, {@code attachments}, {@code captcha},
 *                     {@code custom.os}); errors of fields the form does not show are in {@code pageErrors}
 * @param pageErrors   messages for the top of the form
 * @param warnings     gentle notes by form field name (capitals); never blocking
 * @param similar      the viewer's open tickets that look like this one
 * @param suggestions  knowledge-base articles that may answer it
 * @param attachmentsHint how many files of what size may be attached, in the viewer's language
 */
public record NewTicketForm(CategoryCard category, CategoryCard subcategory, Requester requester, String title,
        String description, List<FormField> fields, CaptchaView captcha, Map<String, String> errors,
        List<String> pageErrors, Map<String, String> warnings, List<SimilarTicket> similar,
        List<Suggestion> suggestions, String attachmentsHint) {
    public NewTicketForm {
        fields = List.copyOf(fields);
        errors = Map.copyOf(errors);
        pageErrors = List.copyOf(pageErrors);
        warnings = Map.copyOf(warnings);
        similar = List.copyOf(similar);
        suggestions = List.copyOf(suggestions);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String warning(String field) {
        return warnings.getOrDefault(field, "");
    }

    public boolean hasSubcategory() {
        return subcategory != null;
    }

    /** A knowledge-base article suggested beside the form. */
    public record Suggestion(String title, String url) {
    }
}
