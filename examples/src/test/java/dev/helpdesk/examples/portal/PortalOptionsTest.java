package dev.helpdesk.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PortalOptionsTest {
    @Test
    void thePageCacheIsOnUnlessTurnedOff() {
        assertThat(PortalOptions.parse().pageCache()).isTrue();
        assertThat(PortalOptions.parse("--page-cache", "off").pageCache()).isFalse();
        assertThat(PortalOptions.parse("--page-cache", "off", "--port", "9090", "--db", "x.db"))
                .isEqualTo(new PortalOptions(Path.of("x.db"), "127.0.0.1", 9090, false));
    }

    @Test
    void aBadValueIsNamedWithItsRule() {
        assertThatThrownBy(() -> PortalOptions.parse("--page-cache", "maybe"))
                .hasMessage("--page-cache must be on or off but was 'maybe'");
        assertThatThrownBy(() -> PortalOptions.parse("--page-cache"))
                .hasMessageStartingWith("--page-cache needs a value; usage: ");
    }
}
