package dev.helpdesk.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.account.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The "newticket" and "kb" message files: the same keys in all five languages, translated, valid patterns. */
class NewTicketAndKbMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"newticket", "kb"})
    void everyLanguageHasEveryKeyTranslatedWithValidPatterns(String area) {
        Properties english = load(area, Language.EN);
        assertThat(english).isNotEmpty();
        for (Language language : Language.values()) {
            Properties texts = load(area, language);
            assertThat(texts.keySet()).as(area + " " + language).isEqualTo(english.keySet());
            texts.forEach((key, value) -> {
                String pattern = (String) value;
                assertThat((String) key).startsWith(area + ".");
                if (pattern.contains("{")) {
                    new MessageFormat(pattern, language.locale());
                    assertThat(pattern).as(language + " " + key + ": a ' in a pattern hides its arguments")
                            .doesNotContain("'");
                }
                if (language != Language.EN && pattern.length() > 24 && !((String) key).contains(".category.")) {
                    assertThat(pattern).as(language + " " + key + " is translated")
                            .isNotEqualTo(english.getProperty((String) key));
                }
            });
        }
    }

    private static Properties load(String area, Language language) {
        String name = "/dev/helpdesk/web/i18n/" + area + "_" + language.code() + ".properties";
        try (InputStream in = NewTicketAndKbMessagesTest.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
