package dev.helpdesk.web;

import dev.helpdesk.web.cyclefixture.BackToWebFixture;

/**
 * Planted in the web module's root package, with {@link BackToWebFixture} depending back on it, to prove that
 * {@code ModuleBoundariesTest} finds a package cycle that runs through the root package.
 */
public final class WebCycleFixture {
    private WebCycleFixture() {
    }

    static BackToWebFixture other() {
        return null;
    }
}
