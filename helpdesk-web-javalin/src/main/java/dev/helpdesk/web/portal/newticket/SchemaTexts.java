package dev.helpdesk.web.portal.newticket;

import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.category.Category;
import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.Option;
import dev.helpdesk.web.i18n.Messages;
import dev.helpdesk.web.i18n.Translator;

/**
 * The schema's names in the viewer's language. A field or option the host labelled in that language
 * ({@link FieldDefinition#withLabel}) shows that label. Otherwise the schema is the host's, written in English; the
 * bundle translates
 * the default schema's categories, fields and options by id. A translation is used only while the schema still says
 * what the English bundle says for that id: a host that reuses the id {@code billing} for "Invoices" keeps its own
 * name rather than getting ours.
 */
final class SchemaTexts {
    private static final String PREFIX = "newticket.";
    private final Translator t;
    private final Messages messages = Messages.get();

    SchemaTexts(Translator t) {
        this.t = t;
    }

    String categoryName(Category category) {
        return translated("category." + category.id().value() + ".name", category.name());
    }

    String categoryHelp(Category category) {
        return translated("category." + category.id().value() + ".help", category.helpText());
    }

    String fieldLabel(FieldDefinition field) {
        String own = field.labels().get(t.language().code());
        return own != null ? own : translated("field." + field.ref().name(), field.label());
    }

    String optionLabel(FieldRef field, Option option) {
        String own = option.labels().get(t.language().code());
        return own != null ? own : translated("option." + field.name() + "." + option.code(), option.label());
    }

    private String translated(String key, String schemaText) {
        String english = messages.pattern(Language.EN, PREFIX + key);
        if (english == null || !english.equals(schemaText)) {
            return schemaText;
        }
        return t.t(PREFIX + key);
    }
}
