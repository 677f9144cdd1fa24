package dev.helpdesk.web.portal.newticket;

import java.util.List;
import java.util.Map;

/** What the form shows after a failed submit: errors that block, and warnings and suggestions that never do. */
record Problems(Map<String, String> errors, List<String> pageErrors, Map<String, String> warnings,
        List<SimilarTicket> similar, List<NewTicketForm.Suggestion> suggestions) {
    static final Problems NONE = new Problems(Map.of(), List.of(), Map.of(), List.of(), List.of());

    Problems {
        errors = Map.copyOf(errors);
        pageErrors = List.copyOf(pageErrors);
        warnings = Map.copyOf(warnings);
        similar = List.copyOf(similar);
        suggestions = List.copyOf(suggestions);
    }
}
