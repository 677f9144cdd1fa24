package dev.helpdesk.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.rating.Score;
import dev.helpdesk.core.domain.secret.SecretShareId;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.AgentRole;
import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.fixture.FakeSecretCipher;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.MailInvitation;
import dev.helpdesk.core.service.OpenTicket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a database holds after secrets were shared and revealed and a rating link was used: ciphertext and token
 * hashes, never a clear secret or token. On SQLite the test reads the database files' bytes; on both databases it
 * reads every text column of the outbox.
 */
class SecretAtRestTest {
    private static final String SECRET = "Zebra7-quokka9-marmalade";
    private static final String LABEL = "Hosting-panel-label";

    @Test
    void anSqliteFileHoldsNoClearSecretOrTokenButHoldsTheLabel() throws Exception {
        try (TestDatabase.Fresh database = TestDatabase.SQLITE.create()) {
            JdbcStorage storage = database.open();
            Used used = useSecretsAndRatings(storage);
            storage.close();

            String bytes = fileBytes(Path.of(database.url().substring("jdbc:sqlite:".length())));
            assertThat(bytes).as("the label is stored in clear, so the scan sees stored text").contains(LABEL);
            assertThat(bytes).as("the database files").doesNotContain(SECRET).doesNotContain("quokka9");
            assertThat(bytes).as("the rating token").doesNotContain(used.token());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void theOutboxAndTablesHoldNoClearSecret(TestDatabase kind) throws Exception {
        try (TestDatabase.Fresh database = kind.create()) {
            Used used = useSecretsAndRatings(database.open());

            List<String> payloads = column(database, "SELECT payload FROM outbox");
            assertThat(payloads).as("outbox on %s", kind).isNotEmpty()
                    .anySatisfy(p -> assertThat(p).contains(used.share().value()))
                    .allSatisfy(p -> assertThat(p).doesNotContain("quokka9").doesNotContain(used.token()));
            assertThat(column(database, "SELECT label FROM secret_share")).containsExactly(LABEL);
            assertThat(column(database, "SELECT token_hash FROM rating_invitation"))
                    .as("only the unused invitation is left, as a hash").singleElement()
                    .satisfies(hash -> assertThat(hash).hasSize(64).isNotEqualTo(used.token()));
        }
    }

    private record Used(SecretShareId share, String token) {
    }

    /** Shares and reveals a secret, and rates a ticket through one e-mailed link while another stays unused. */
    private static Used useSecretsAndRatings(JdbcStorage storage) {
        Helpdesk helpdesk = Helpdesk.builder().storage(storage).secretCipher(new FakeSecretCipher()).build();
        Organization acme = helpdesk.directory().save(Organization.of("acme", "Acme", SharingMode.MEMBERS_VIEW));
        helpdesk.directory().save(new Contact(ContactId.of("anna"), "Anna", "Tester", EmailAddress.of("anna@acme.test"),
                Set.of(), List.of(Membership.primaryUser(acme.id()))));
        Team technical = helpdesk.directory().save(new Team(TeamId.of("technical-support"), "Technical"));
        helpdesk.directory().save(new Agent(AgentId.of("tess"), "Tess", EmailAddress.of("tess@support.test"),
                Set.of(technical.id()), AgentRole.AGENT));
        Caller anna = Caller.contact(ContactId.of("anna"));
        Caller tess = Caller.agent(AgentId.of("tess"));

        TicketId ticket = helpdesk.tickets().open(anna, OpenTicket.of(CategoryId.of("other"), "Site down", "")).id();
        SecretShareId share = helpdesk.secretShares().share(anna, ticket, LABEL, SECRET.toCharArray()).id();
        assertThat(new String(helpdesk.secretShares().reveal(tess, share).value())).isEqualTo(SECRET);
        helpdesk.tickets().markResolved(anna, ticket);
        MailInvitation used = helpdesk.ratings().inviteByMail(ticket);
        helpdesk.ratings().inviteByMail(ticket);
        helpdesk.ratings().rateWithInvitation(used.token(), Score.HAPPY, "");
        return new Used(share, used.token());
    }

    private static List<String> column(TestDatabase.Fresh database, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** The bytes of the database file and of its WAL and shared-memory files, as Latin-1 text. */
    private static String fileBytes(Path database) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(database.getParent())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(
                    database.getFileName().toString())).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
