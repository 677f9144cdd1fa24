package dev.helpdesk.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sent-mail page holds reset codes, so only this machine may read it, whatever the portal listens on. */
class SentMailPageTest {
    @TempDir
    Path directory;

    @Test
    void loopbackAddressesAreThisMachine() {
        assertThat(SentMailPage.fromThisMachine("127.0.0.1")).isTrue();
        assertThat(SentMailPage.fromThisMachine("127.3.2.1")).as("all of 127/8").isTrue();
        assertThat(SentMailPage.fromThisMachine("::1")).isTrue();
        assertThat(SentMailPage.fromThisMachine("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(SentMailPage.fromThisMachine("[::1]")).isTrue();
        assertThat(SentMailPage.fromThisMachine("::ffff:127.0.0.1")).as("IPv4-mapped").isTrue();
    }

    @Test
    void otherAddressesAndNonAddressesAreNot() {
        assertThat(SentMailPage.fromThisMachine("192.0.2.10")).isFalse();
        assertThat(SentMailPage.fromThisMachine("10.0.0.1")).isFalse();
        assertThat(SentMailPage.fromThisMachine("0.0.0.0")).isFalse();
        assertThat(SentMailPage.fromThisMachine("::ffff:192.0.2.10")).isFalse();
        assertThat(SentMailPage.fromThisMachine("2001:db8::1")).isFalse();
        assertThat(SentMailPage.fromThisMachine("[2001:db8::1]")).isFalse();
        assertThat(SentMailPage.fromThisMachine("localhost")).as("a name, never looked up").isFalse();
        assertThat(SentMailPage.fromThisMachine("")).isFalse();
        assertThat(SentMailPage.fromThisMachine(null)).isFalse();
        assertThat(SentMailPage.fromThisMachine("::zz")).isFalse();
    }

    @Test
    void onEveryInterfaceThePortalAnswersAnotherAddressButTheMailPageDoesNot() throws SocketException {
        Optional<InetAddress> outward = nonLoopbackAddress();
        assumeTrue(outward.isPresent(), "this machine has no non-loopback IPv4 address to connect through");
        try (StandalonePortal portal = StandalonePortal.start(
                new PortalOptions(directory.resolve("demo.db"), "0.0.0.0", 0))) {
            Browser remote = new Browser("http://" + outward.get().getHostAddress() + ":" + portal.port());
            Browser local = new Browser("http://127.0.0.1:" + portal.port());

            assertThat(remote.get("/support/sign-in").statusCode()).as("the portal itself is reachable").isEqualTo(200);
            HttpResponse<String> refused = remote.get(StandalonePortal.MAIL_PAGE);
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(refused.body()).doesNotContain("Sent mail");

            HttpResponse<String> shown = local.get(StandalonePortal.MAIL_PAGE);
            assertThat(shown.statusCode()).isEqualTo(200);
            assertThat(shown.body()).contains("Sent mail (demo)");
        }
    }

    /** An address of this machine that is not loopback: a request to it comes from it, not from 127.0.0.1. */
    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
