package dev.helpdesk.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.secret.SecretShareId;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.AgentRole;
import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.OpenTicket;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Secret shares end to end with Tink as the cipher, across a key rotation. */
class TinkSecretSharesTest {
    private final InMemoryStorage storage = new InMemoryStorage();
    private final Caller anna = Caller.contact(ContactId.of("anna"));
    private final Caller tess = Caller.agent(AgentId.of("tess"));

    @Test
    void aSecretSharedBeforeAKeyRotationIsRevealedAfterIt() {
        String keyset = TinkKeysets.newCleartextKeysetForTestsAndDevOnly();
        Helpdesk before = helpdesk(keyset);
        TicketId ticket = before.tickets().open(anna, OpenTicket.of(CategoryId.of("other"), "Site down", "")).id();
        SecretShareId shared = before.secretShares().share(anna, ticket, "cPanel", "s3cr3t-Ünïcode".toCharArray()).id();

        Helpdesk after = helpdesk(TinkKeysets.rotateCleartextForTestsAndDevOnly(keyset));

        assertThat(new String(after.secretShares().reveal(tess, shared).value())).isEqualTo("s3cr3t-Ünïcode");
    }

    private Helpdesk helpdesk(String keyset) {
        Helpdesk helpdesk = Helpdesk.builder().storage(storage)
                .secretCipher(TinkSecretCipher.fromCleartextKeysetForTestsAndDevOnly(keyset)).build();
        if (helpdesk.directory().contact(ContactId.of("anna")).isEmpty()) {
            Organization acme = helpdesk.directory().save(Organization.of("acme", "Acme", SharingMode.MEMBERS_VIEW));
            helpdesk.directory().save(new Contact(ContactId.of("anna"), "Anna", "Tester",
                    EmailAddress.of("anna@acme.test"), Set.of(), List.of(Membership.primaryUser(acme.id()))));
            Team technical = helpdesk.directory().save(new Team(TeamId.of("technical-support"), "Technical"));
            helpdesk.directory().save(new Agent(AgentId.of("tess"), "Tess", EmailAddress.of("tess@support.test"),
                    Set.of(technical.id()), AgentRole.AGENT));
        }
        return helpdesk;
    }
}
