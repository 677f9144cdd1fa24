package dev.helpdesk.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.AgentRole;
import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.service.AccountService;
import dev.helpdesk.core.service.Caller;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The account service on the real hasher and limiter, wired by the builder as the README shows. */
class AccountsWithDefaultsTest {

    @Test
    void anInvitedContactSetsAnArgon2idPasswordAndSignsIn() {
        InMemoryStorage storage = new InMemoryStorage();
        Helpdesk helpdesk = Helpdesk.builder().storage(storage)
                .passwordHasher(new Argon2idPasswordHasher()).rateLimiter(new Bucket4jRateLimiter()).build();
        helpdesk.directory().save(new Contact(ContactId.of("anna"), "Anna", "Rossi", EmailAddress.of("anna@acme.example"),
                Set.of(), List.of()));
        helpdesk.directory().save(new Agent(AgentId.of("ann"), "Ann", EmailAddress.of("ann@helpdesk.example"), Set.of(),
                AgentRole.AGENT));
        AccountService accounts = helpdesk.accounts();

        accounts.invite(Caller.agent(AgentId.of("ann")), ContactId.of("anna"));
        accounts.setPasswordWithCode(accounts.issueWelcomeCode(ContactId.of("anna")).code(), "correct horse battery");

        assertThat(storage.accounts().find(ContactId.of("anna")).orElseThrow().passwordHash().orElseThrow())
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(accounts.signIn("anna@acme.example", "correct horse battery").displayName()).isEqualTo("Anna Rossi");
        assertThatThrownBy(() -> accounts.signIn("anna@acme.example", "wrong horse battery"))
                .isInstanceOf(AuthenticationFailedException.class);
    }
}
