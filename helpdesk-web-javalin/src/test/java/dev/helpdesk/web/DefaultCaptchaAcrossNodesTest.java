package dev.helpdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.port.CaptchaVerifier;
import dev.helpdesk.web.captcha.ProofOfWorkCaptcha;
import dev.helpdesk.web.internal.Portal;
import dev.helpdesk.web.support.TestPortal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The default captcha signs its puzzles with a key kept in the helpdesk's storage: a puzzle one node shows, another
 * node on the same storage checks; a portal over other storage cannot.
 */
class DefaultCaptchaAcrossNodesTest {
    @Test
    void aPuzzleFromOneNodeIsCheckedByAnotherOnTheSameStorageOnly() {
        Helpdesk shared = TestPortal.newHelpdesk();
        CaptchaVerifier first = node(shared).captcha();
        CaptchaVerifier second = node(shared).captcha();
        CaptchaVerifier elsewhere = node(TestPortal.newHelpdesk()).captcha();

        assertThat(second.verify(solved(first.challenge()))).as("another node, same storage").isTrue();
        assertThat(elsewhere.verify(solved(first.challenge()))).as("a portal over other storage").isFalse();
    }

    private static Portal node(Helpdesk helpdesk) {
        PortalConfig config = new PortalConfig();
        config.helpdesk = helpdesk;
        return new Portal(config.settings(), "/support");
    }

    private static Map<String, String> solved(CaptchaVerifier.Challenge challenge) {
        Map<String, String> fields = new HashMap<>(challenge.fields());
        fields.put(ProofOfWorkCaptcha.NONCE_FIELD, ProofOfWorkCaptcha.solve(challenge.puzzle()));
        return fields;
    }
}
