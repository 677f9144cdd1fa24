package dev.helpdesk.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PortalOptionsTest {
    @Test
    void optionsOverrideTheDefaults() {
        assertThat(PortalOptions.parse()).isEqualTo(PortalOptions.defaults());
        assertThat(PortalOptions.parse("--port", "9090", "--db", "x.db", "--host", "0.0.0.0"))
                .isEqualTo(new PortalOptions(Path.of("x.db"), "0.0.0.0", 9090));
    }

    @Test
    void aBadValueIsNamedWithItsRule() {
        assertThatThrownBy(() -> PortalOptions.parse("--port", "many"))
                .hasMessage("--port must be a number but was 'many'");
        assertThatThrownBy(() -> PortalOptions.parse("--port"))
                .hasMessageStartingWith("--port needs a value; usage: ");
        assertThatThrownBy(() -> PortalOptions.parse("--page-cache", "off"))
                .hasMessageStartingWith("unknown option --page-cache");
    }
}
