package dev.helpdesk.web.portal.tickets;

import dev.helpdesk.core.domain.category.Category;
import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.Option;
import dev.helpdesk.core.domain.status.Status;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.web.i18n.Translator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names the schema gives statuses, fields, options and categories, in the viewer's language. They are
 * configured data, in English by default. A field or option the host labelled in the viewer's language
 * ({@link FieldDefinition#withLabel}) shows that label; otherwise a name is translated only while it is still the
 * default schema's (a message {@code tickets.label.<kind>.<code>} exists for it); a name the host changed is shown
 * as configured.
 */
public final class Labels {
    private static final Map<String, String> DEFAULTS = defaults();
    private final Translator t;

    public Labels(Translator t) {
        this.t = t;
    }

    public String status(String code, String configured) {
        return translated("status." + code, configured);
    }

    public String field(FieldDefinition field) {
        String own = field.labels().get(t.language().code());
        return own != null ? own : translated("field." + field.ref().name(), field.label());
    }

    /** The label of one of the field's options; the code itself when the option is gone. */
    public String option(FieldDefinition field, String code) {
        Optional<Option> option = field.options().stream().filter(o -> o.code().equals(code)).findFirst();
        if (option.isEmpty()) {
            return code;
        }
        String own = option.get().labels().get(t.language().code());
        return own != null ? own : translated("option." + field.ref().name() + "." + code, option.get().label());
    }

    public String category(String id, String configured) {
        return translated("category." + id, configured);
    }

    private String translated(String key, String configured) {
        String key2 = "tickets.label." + key;
        if (configured.equals(DEFAULTS.get(key)) && t.has(key2)) {
            return t.t(key2);
        }
        return configured;
    }

    private static Map<String, String> defaults() {
        TicketSchema schema = TicketSchema.defaults();
        Map<String, String> names = new HashMap<>();
        for (Status status : schema.statusList()) {
            names.put("status." + status.code(), status.customerLabel());
        }
        for (FieldDefinition definition : schema.fieldDefinitions()) {
            names.put("field." + definition.ref().name(), definition.label());
            for (Option option : definition.options()) {
                names.put("option." + definition.ref().name() + "." + option.code(), option.label());
            }
        }
        names.put("field.status", "Status");
        for (Category category : schema.categories().all()) {
            names.put("category." + category.id().value(), category.name());
        }
        return Map.copyOf(names);
    }
}
