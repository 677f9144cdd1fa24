package dev.helpdesk.web.portal.newticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.category.Category;
import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldType;
import dev.helpdesk.core.domain.policy.Option;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.web.i18n.Messages;
import dev.helpdesk.web.i18n.Translator;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTextsTest {
    private final SchemaTexts italian = new SchemaTexts(new Translator(Messages.get(), Language.IT, ZoneOffset.UTC));

    @Test
    void theDefaultSchemasCategoriesFieldsAndOptionsAreTranslated() {
        Category billing = TicketSchema.defaults().categories().find(
                dev.helpdesk.core.domain.category.CategoryId.of("billing")).orElseThrow();
        assertThat(italian.categoryName(billing)).isEqualTo("Fatturazione");
        assertThat(italian.categoryHelp(billing)).startsWith("Pagamenti");
        FieldDefinition priority = TicketSchema.defaults().definition(FieldRef.PRIORITY).orElseThrow();
        assertThat(italian.fieldLabel(priority)).isEqualTo("Priorità");
        assertThat(italian.optionLabel(FieldRef.PRIORITY, Option.of("critical", "Critical"))).isEqualTo("Critica");
    }

    @Test
    void everyDefaultCategoryHasATranslationInEveryLanguage() {
        for (Language language : Language.values()) {
            SchemaTexts texts = new SchemaTexts(new Translator(Messages.get(), language, ZoneOffset.UTC));
            for (Category category : TicketSchema.defaults().categories().all()) {
                String key = "newticket.category." + category.id().value();
                assertThat(Messages.get().pattern(language, key + ".name")).as(language + " " + key).isNotNull();
                assertThat(Messages.get().pattern(Language.EN, key + ".name")).as("the schema's English")
                        .isEqualTo(category.name());
                assertThat(Messages.get().pattern(Language.EN, key + ".help")).isEqualTo(category.helpText());
                assertThat(texts.categoryName(category)).isNotBlank();
            }
        }
    }

    @Test
    void aHostsOwnNamesStayEvenWhereTheyReuseADefaultId() {
        Category invoices = Category.topLevel("billing", "Invoices", null, "Our invoices.");
        assertThat(italian.categoryName(invoices)).isEqualTo("Invoices");
        assertThat(italian.categoryHelp(invoices)).isEqualTo("Our invoices.");
        Category unknown = Category.topLevel("hardware", "Hardware", null, "");
        assertThat(italian.categoryName(unknown)).isEqualTo("Hardware");
        FieldDefinition custom = FieldDefinition.custom("colour", "Colour", FieldType.SINGLE_CHOICE,
                Option.of("red", "Red"));
        assertThat(italian.fieldLabel(custom)).isEqualTo("Colour");
        assertThat(italian.optionLabel(custom.ref(), custom.options().get(0))).isEqualTo("Red");
        assertThat(List.of(italian.fieldLabel(new FieldDefinition(FieldRef.TYPE, "Kind", FieldType.SINGLE_CHOICE,
                List.of(Option.of("q", "Q")))))).containsExactly("Kind");
    }
}
