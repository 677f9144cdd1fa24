package dev.helpdesk.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.rating.RatingPolicy;
import dev.helpdesk.core.domain.secret.SecretEvents;
import dev.helpdesk.core.domain.secret.SecretShare;
import dev.helpdesk.core.domain.secret.SecretShareId;
import dev.helpdesk.core.domain.secret.SecretSharePolicy;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.NotFoundException;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.SecretCipherException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Seed 004's "share your password securely", through {@link SecretShareService} over the in-memory adapter. */
class SecretShareServiceTest {
    private static final String PASSWORD = "correct horse battery staple";
    private final World world = new World();

    private SecretShareView share(TicketId ticket) {
        return world.secrets().share(world.anna, ticket, "WordPress admin", PASSWORD.toCharArray());
    }

    @Test
    void aCustomerSharesASecretAndAnAgentRevealsIt() {
        TicketId ticket = world.open(world.anna, World.OTHER, "My site is down");

        SecretShareView shared = share(ticket);
        RevealedSecret revealed = world.secrets().reveal(world.tess, shared.id());

        assertThat(new String(revealed.value())).isEqualTo(PASSWORD);
        assertThat(revealed.label()).isEqualTo("WordPress admin");
        assertThat(shared.sharedBy().value()).isEqualTo("anna");
        assertThat(shared.purgeAt()).isEqualTo(world.now.get().plus(Duration.ofDays(7)));
        assertThat(shared.purged()).isFalse();
        assertThat(world.cipher.encryptions()).isEqualTo(1);
    }

    @Test
    void everyRevealIsRecordedWithWhoAndWhenAndRaisesAnEvent() {
        TicketId ticket = world.open(world.anna, World.OTHER, "My site is down");
        SecretShareId id = share(ticket).id();
        Instant first = world.now.get();
        world.secrets().reveal(world.tess, id);
        world.advance(Duration.ofMinutes(3));
        world.secrets().reveal(world.tess, id);

        assertThat(world.secrets().reveals(world.tess, id)).containsExactly(
                new SecretRevealView(id, AgentId.of("tess"), first),
                new SecretRevealView(id, AgentId.of("tess"), world.now.get()));
        assertThat(world.secrets().list(world.anna, ticket)).singleElement()
                .satisfies(view -> assertThat(view.revealCount()).isEqualTo(2));
        assertThat(world.events(SecretEvents.SecretRevealed.class)).hasSize(2).allSatisfy(e -> {
            assertThat(e.share()).isEqualTo(id);
            assertThat(e.ticket()).isEqualTo(ticket);
            assertThat(e.agent()).isEqualTo(AgentId.of("tess"));
        });
        assertThat(world.events(SecretEvents.SecretShared.class)).hasSize(1);
    }

    @Test
    void contactsCannotRevealAndAgentsCannotShare() {
        TicketId ticket = world.open(world.anna, World.OTHER, "My site is down");
        SecretShareId id = share(ticket).id();

        assertDenied(() -> world.secrets().reveal(world.anna, id), "secret.agents_only");
        assertDenied(() -> world.secrets().reveals(world.anna, id), "secret.agents_only");
        assertDenied(() -> world.secrets().share(world.tess, ticket, "", "x".toCharArray()), "secret.customers_only");
        assertThat(world.secrets().reveals(world.tess, id)).isEmpty();
    }

    @Test
    void onlyPeopleWhoMaySeeTheTicketListOrRevealItsSecrets() {
        TicketId ticket = world.open(world.anna, World.OTHER, "My site is down");
        SecretShareId id = share(ticket).id();

        assertThatThrownBy(() -> world.secrets().list(world.carla, ticket)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.secrets().share(world.carla, ticket, "", "x".toCharArray()))
                .isInstanceOf(NotFoundException.class);
        // Bill handles billing: he does not see a ticket in "other"
        assertThatThrownBy(() -> world.secrets().reveal(world.bill, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.secrets().reveal(world.tess, SecretShareId.of("nope")))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.secrets().list(world.bruno, ticket)).hasSize(1);
    }

    @Test
    void aColleagueWhoMayOnlyReadTheTicketCannotShareOnIt() {
        TicketId annas = world.open(world.anna, World.OTHER, "My site is down");

        assertDenied(() -> world.secrets().share(world.bruno, annas, "", "x".toCharArray()), "ticket.read_only");
    }

    @Test
    void theSecretAndLabelAreChecked() {
        TicketId ticket = world.open(world.anna, World.OTHER, "My site is down");

        assertInvalid(() -> world.secrets().share(world.anna, ticket, "", new char[0]), "secret", "required");
        assertInvalid(() -> world.secrets().share(world.anna, ticket, "", null), "secret", "required");
        assertInvalid(() -> world.secrets().share(world.anna, ticket, "", new char[4097]), "secret", "too_long");
        assertInvalid(() -> world.secrets().share(world.anna, ticket, "x".repeat(101), "pw".toCharArray()), "label",
                "too_long");
        assertThat(world.secrets().share(world.anna, ticket, " ", new char[4096]).label()).isEqualTo("Password");
        assertThat(world.secrets().list(world.anna, ticket)).hasSize(1);
    }

    @Test
    void anyUnicodeSecretRevealsExactlyAsShared() {
        TicketId ticket = world.open(world.anna, World.OTHER, "My site is down");
        Gen<Integer> codePoints = integers().between(1, Character.MAX_CODE_POINT)
                .assuming(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE);
        qt().withExamples(200).forAll(lists().of(codePoints).ofSizeBetween(1, 40)).checkAssert(points -> {
            StringBuilder text = new StringBuilder();
            points.forEach(text::appendCodePoint);
            String secret = text.toString();
            SecretShareId id = world.secrets().share(world.anna, ticket, "", secret.toCharArray()).id();
            assertThat(new String(world.secrets().reveal(world.tess, id).value())).isEqualTo(secret);
        });
    }

    @Test
    void aSecretWithALoneSurrogateIsRefusedNotMangled() {
        TicketId ticket = world.open(world.anna, World.OTHER, "My site is down");

        assertInvalid(() -> world.secrets().share(world.anna, ticket, "", new char[] {'a', '\uD800', 'b'}), "secret",
                "malformed");
        assertThat(world.secrets().list(world.anna, ticket)).isEmpty();
    }

    @Test
    void purgingDeletesSecretsPastTheirRetentionAndTheyCannotBeRevealedAfter() {
        TicketId ticket = world.open(world.anna, World.OTHER, "My site is down");
        SecretShareId old = share(ticket).id();
        world.advance(Duration.ofDays(2));
        SecretShareId recent = share(ticket).id();
        world.advance(Duration.ofDays(5));

        assertThatThrownBy(() -> world.secrets().reveal(world.tess, old))
                .as("past its retention, a secret is unreadable even before the purge runs")
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("secret.purged"));
        assertThat(world.secrets().purgeExpired()).isEqualTo(1);

        assertThat(world.storage.secretShares().find(old).orElseThrow().ciphertext()).isEmpty();
        assertThat(world.secrets().list(world.anna, ticket)).extracting(SecretShareView::purged)
                .containsExactly(true, false);
        assertThat(world.events(SecretEvents.SecretPurged.class)).singleElement()
                .satisfies(e -> assertThat(e.share()).isEqualTo(old));
        assertThat(new String(world.secrets().reveal(world.tess, recent).value())).isEqualTo(PASSWORD);
        assertThat(world.secrets().purgeExpired()).isZero();
        world.advance(Duration.ofDays(2));
        assertThat(world.secrets().purgeExpired()).isEqualTo(1);
        assertThatThrownBy(() -> world.secrets().reveal(world.tess, recent)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theRetentionIsConfigurable() {
        World hourly = new World(RatingPolicy.defaults(), new SecretSharePolicy(Duration.ofHours(1)));
        TicketId ticket = hourly.open(hourly.anna, World.OTHER, "My site is down");
        SecretShareView shared = hourly.secrets().share(hourly.anna, ticket, "", "pw".toCharArray());
        hourly.advance(Duration.ofHours(1));

        assertThat(shared.purgeAt()).isEqualTo(hourly.now.get());
        assertThat(hourly.secrets().purgeExpired()).isEqualTo(1);
    }

    @Test
    void aCiphertextMovedToAnotherShareDoesNotDecrypt() {
        TicketId ticket = world.open(world.anna, World.OTHER, "My site is down");
        SecretShare original = world.storage.secretShares().find(share(ticket).id()).orElseThrow();
        SecretShare copy = SecretShare.shared(SecretShareId.of("copied"), ticket, "copy", original.sharedBy(),
                original.sharedAt(), original.purgeAt(), original.ciphertext().orElseThrow());
        world.storage.transactor().run(() -> world.storage.secretShares().insert(copy));

        assertThatThrownBy(() -> world.secrets().reveal(world.tess, copy.id()))
                .isInstanceOf(SecretCipherException.class);
        assertThat(world.secrets().reveals(world.tess, copy.id())).as("a failed reveal records nothing").isEmpty();
    }

    @Test
    void withoutACipherSecretSharesAreUnavailableWithAClearMessage() {
        Helpdesk helpdesk = Helpdesk.builder().storage(new InMemoryStorage()).build();

        assertThat(helpdesk.ratings()).isNotNull();
        assertThatThrownBy(helpdesk::secretShares).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("secretCipher");
    }

    private static void assertDenied(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private static void assertInvalid(ThrowingCallable call, String field, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).extracting(f -> f.field() + ":" + f.rule())
                        .containsExactly(field + ":" + rule));
    }

}
