package dev.helpdesk.web.cyclefixture;

import dev.helpdesk.web.WebCycleFixture;

/** The other half of {@link WebCycleFixture}'s planted cycle. */
public final class BackToWebFixture {
    private BackToWebFixture() {
    }

    static WebCycleFixture back() {
        return null;
    }
}
