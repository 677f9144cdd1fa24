package dev.helpdesk.examples.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.AccountRepository;
import dev.helpdesk.core.port.AgentRepository;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.ContactRepository;
import dev.helpdesk.core.port.IdGenerator;
import dev.helpdesk.core.port.OneTimeCodeRepository;
import dev.helpdesk.core.port.OrganizationRepository;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.PasswordHasher;
import dev.helpdesk.core.port.PortalSettingsRepository;
import dev.helpdesk.core.port.RateLimiter;
import dev.helpdesk.core.port.SessionRepository;
import dev.helpdesk.core.port.Transactor;
import dev.helpdesk.core.service.AccountService;
import dev.helpdesk.core.service.PortalSettingsService;
import dev.helpdesk.core.service.SessionService;
import dev.helpdesk.defaults.Argon2idPasswordHasher;
import dev.helpdesk.defaults.Bucket4jRateLimiter;
import org.junit.jupiter.api.Test;

/** The account, session and portal settings services are built by Guice from bound ports; the policy defaults just in time. */
class AccountsGuiceWiringTest {

    @Test
    void guiceBuildsTheAccountAndPortalSettingsServices() {
        InMemoryStorage storage = new InMemoryStorage();
        Injector injector = Guice.createInjector(new AbstractModule() {
            @Override
            protected void configure() {
                bind(Transactor.class).toInstance(storage.transactor());
                bind(AccountRepository.class).toInstance(storage.accounts());
                bind(OneTimeCodeRepository.class).toInstance(storage.oneTimeCodes());
                bind(SessionRepository.class).toInstance(storage.sessions());
                bind(PortalSettingsRepository.class).toInstance(storage.portalSettings());
                bind(ContactRepository.class).toInstance(storage.contacts());
                bind(OrganizationRepository.class).toInstance(storage.organizations());
                bind(AgentRepository.class).toInstance(storage.agents());
                bind(Outbox.class).toInstance(storage.outbox());
                bind(Clock.class).toInstance(Clock.system());
                bind(IdGenerator.class).toInstance(IdGenerator.secureRandom());
                bind(TicketSchema.class).toInstance(TicketSchema.defaults());
                bind(PasswordHasher.class).toInstance(new Argon2idPasswordHasher());
                bind(RateLimiter.class).toInstance(new Bucket4jRateLimiter());
            }
        });

        AccountService accounts = injector.getInstance(AccountService.class);
        assertThat(injector.getInstance(SessionService.class).find("no such session")).isEmpty();
        accounts.requestPasswordReset("nobody@example.test");

        assertThat(storage.outbox().pending(10)).isEmpty();
        assertThat(injector.getInstance(PortalSettingsService.class).get().baseUrl())
                .isEqualTo("http://localhost:8080");
    }
}
