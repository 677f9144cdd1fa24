package dev.helpdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebConfigTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "/support      | /support",
            "/support/     | /support",
            "/support//    | /support",
            "/back-office/help_desk | /back-office/help_desk",
            "/             | ''",
            "''            | ''",
    })
    void prefixIsNormalisedWithoutTrailingSlash(String given, String expected) {
        assertThat(new WebConfig(given).pathPrefix()).isEqualTo(expected);
    }

    @Test
    void rootIsTheEmptyPrefix() {
        assertThat(WebConfig.root()).isEqualTo(new WebConfig("/"));
        assertThat(WebConfig.root().isRoot()).isTrue();
        assertThat(new WebConfig("/support").isRoot()).isFalse();
    }

    @Test
    void prefixMustStartWithASlash() {
        assertThatThrownBy(() -> new WebConfig("support"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start with '/'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/..", "/support/../admin", "/a..b"})
    void parentSegmentsAreRejected(String prefix) {
        assertThatThrownBy(() -> new WebConfig(prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'..'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sup port", "/support?x=1", "/support.html", "/a//b", "/caf\u00e9", "/support\n", "/%2e"})
    void otherCharactersAndEmptySegmentsAreRejected(String prefix) {
        assertThatThrownBy(() -> new WebConfig(prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pathPrefix may contain only");
    }
}
