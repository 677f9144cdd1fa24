package dev.helpdesk.core.domain.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class BaseUrlPropertiesTest {

    @Test
    void aNormalisedBaseUrlIsStableHasNoTrailingSlashAndKeepsItsPath() {
        qt().forAll(integers().between(0, 1), strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12),
                        lists().of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8)).ofSizeBetween(0, 3),
                        integers().between(0, 3))
                .checkAssert((https, host, segments, slashes) -> {
                    String path = segments.isEmpty() ? "" : "/" + String.join("/", segments);
                    String typed = (https == 1 ? "HTTPS" : "http") + "://" + host.toUpperCase() + ".example" + path
                            + "/".repeat(slashes);
                    String normalised = BaseUrl.normalise(typed);
                    assertThat(normalised).doesNotEndWith("/")
                            .isEqualTo((https == 1 ? "https" : "http") + "://" + host + ".example" + path);
                    assertThat(BaseUrl.normalise(normalised)).isEqualTo(normalised);
                });
    }
}
