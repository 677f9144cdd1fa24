package dev.helpdesk.web.portal.newticket;

import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.web.internal.PortalRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person typed in the new-ticket form, kept to show the form again after an error. Files are not here: a
 * browser never lets a page fill a file input, so they are sent again.
 *
 * @param fields the offered ticket fields' values by name (several for a multiple choice)
 */
record Typed(String title, String description, String organization, Map<String, List<String>> fields) {
    /** A form nobody has filled in yet: fields show the schema's defaults. */
    static final Typed EMPTY = new Typed("", "", "", Map.of());

    Typed {
        fields = Map.copyOf(fields);
    }

    /** Reads the form: the title stripped, the Markdown description as typed, the offered fields only. */
    static Typed from(PortalRequest request, Iterable<FieldDefinition> offered) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (FieldDefinition field : offered) {
            String name = field.ref().name();
            fields.put(name, List.copyOf(request.formList(name)));
        }
        return new Typed(request.form("title"), request.formRaw("description"), request.form("organization"),
                fields);
    }
}
