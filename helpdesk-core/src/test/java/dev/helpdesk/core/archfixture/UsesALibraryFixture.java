package dev.helpdesk.core.archfixture;

import org.assertj.core.api.Assertions;

/** Planted violation: a "core" class using a library outside the allow-list. Not real code. */
public final class UsesALibraryFixture {

    private UsesALibraryFixture() {
    }

    static void check(String value) {
        Assertions.assertThat(value).isNotBlank();
    }
}
