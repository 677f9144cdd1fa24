package dev.helpdesk.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.secret.SecretShareId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.RevealedSecret;
import dev.helpdesk.core.service.TicketSummaryView;
import dev.helpdesk.examples.portal.demo.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second start on the same file reuses it: same data, no second copy of the demo, secrets still readable. */
class StandalonePortalRestartTest {
    @TempDir
    Path directory;

    @Test
    void aRestartOnTheSameFileKeepsTheDataAndDoesNotLoadTheDemoAgain() throws Exception {
        PortalOptions options = new PortalOptions(directory.resolve("demo.db"), "127.0.0.1", 0);
        List<String> before;
        SecretShareId secret;
        String keyset;
        try (StandalonePortal first = StandalonePortal.start(options)) {
            assertThat(first.seeded()).isTrue();
            before = references(first.helpdesk());
            TicketId ticket = first.helpdesk().tickets().list(Caller.contact(DemoData.PRIMARY),
                    ListTickets.firstPage()).items().get(0).id();
            secret = first.helpdesk().secretShares().share(Caller.contact(DemoData.PRIMARY), ticket, "FTP",
                    "s3cret-ftp".toCharArray()).id();
            keyset = Files.readString(DevKeyset.fileFor(options.database()));
        }

        try (StandalonePortal second = StandalonePortal.start(options)) {
            assertThat(second.seeded()).isFalse();
            assertThat(references(second.helpdesk())).isEqualTo(before);
            assertThat(Files.readString(DevKeyset.fileFor(options.database()))).isEqualTo(keyset);
            RevealedSecret revealed = second.helpdesk().secretShares().reveal(Caller.agent(DemoData.AGENT), secret);
            assertThat(new String(revealed.value())).isEqualTo("s3cret-ftp");

            Browser browser = new Browser(second.origin());
            browser.get("/support/sign-in");
            assertThat(browser.post("/support/sign-in", java.util.Map.of("email", DemoData.PRIMARY_EMAIL,
                    "password", DemoData.PASSWORD)).statusCode()).isEqualTo(303);
        }
    }

    /** Every ticket reference, as the demo agent sees them all. */
    private static List<String> references(Helpdesk helpdesk) {
        return helpdesk.tickets().list(Caller.agent(DemoData.AGENT), ListTickets.firstPage().ofSize(100)).items()
                .stream().map(TicketSummaryView::reference).sorted().toList();
    }
}
