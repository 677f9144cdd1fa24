package dev.helpdesk.core.service;

import static dev.helpdesk.core.fixture.Directory.aContact;
import static dev.helpdesk.core.fixture.Directory.anAgent;
import static dev.helpdesk.core.fixture.Directory.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.ticket.TicketEvents;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.RateLimitedException;
import dev.helpdesk.core.fixture.FakeRateLimiter;
import dev.helpdesk.core.fixture.TestClock;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A contact opens a few tickets at once and then a few an hour; a script cannot open sixty in a second. */
class TicketOpeningLimitsTest {
    private static final CategoryId OTHER = CategoryId.of("other");

    private final TestClock clock = new TestClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryStorage storage = new InMemoryStorage(clock);
    private final Helpdesk helpdesk = Helpdesk.builder().storage(storage).clock(clock)
            .rateLimiter(new FakeRateLimiter(clock)).build();
    private final Caller anna = Caller.contact(ContactId.of("anna"));
    private final Caller bruno = Caller.contact(ContactId.of("bruno"));

    TicketOpeningLimitsTest() {
        Organization acme = helpdesk.directory().save(anOrganization("acme"));
        helpdesk.directory().save(aContact("anna").primaryUserOf(acme).build());
        helpdesk.directory().save(aContact("bruno").memberOf(acme).build());
        helpdesk.directory().save(anAgent("tess").build());
    }

    private void open(Caller caller, String title) {
        helpdesk.tickets().open(caller, OpenTicket.of(OTHER, title, "Please help."));
    }

    private long ticketsOpenedMails() {
        return storage.outbox().pending(1000).stream().map(OutboxEntry::event)
                .filter(TicketEvents.TicketOpened.class::isInstance).count();
    }

    @Test
    void aBurstOfFiveThenTheContactWaitsAndNothingIsStoredOrMailed() {
        for (int i = 1; i <= 5; i++) {
            open(anna, "Question " + i);
        }
        assertThatThrownBy(() -> open(anna, "Question 6"))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.code()).isEqualTo("rate_limited");
                    assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10));
                });
        assertThat(ticketsOpenedMails()).isEqualTo(5);

        open(bruno, "His own question");
        helpdesk.tickets().open(Caller.agent(AgentId.of("tess")),
                OpenTicket.of(OTHER, "Opened for Anna by phone", "").onBehalfOf(ContactId.of("anna")));
        assertThat(ticketsOpenedMails()).as("others, and agents for her, are not limited").isEqualTo(7);
    }

    @Test
    void aFormRefusedForItsContentCostsNothing() {
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> open(anna, " ")).isInstanceOf(InvalidInputException.class);
        }
        open(anna, "Finally a title");
        assertThat(ticketsOpenedMails()).isEqualTo(1);
    }

    @Test
    void atMostTenAnHour() {
        for (int i = 1; i <= 10; i++) {
            if (i == 6) {
                clock.advance(Duration.ofMinutes(10));
            }
            open(anna, "Question " + i);
        }
        clock.advance(Duration.ofMinutes(10));
        assertThatThrownBy(() -> open(anna, "Question 11")).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).isGreaterThan(Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(40));
        open(anna, "Question 11");
    }
}
