package dev.helpdesk.defaults;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.helpdesk.core.domain.rating.RatingPolicy;
import dev.helpdesk.core.domain.secret.SecretSharePolicy;
import dev.helpdesk.core.domain.sla.ServiceLevels;
import dev.helpdesk.core.port.MarkdownRenderer;
import dev.helpdesk.core.port.PasswordHasher;
import dev.helpdesk.core.port.RateLimiter;
import dev.helpdesk.core.port.SecretCipher;
import java.util.Objects;

/**
 * Binds the default implementations of core's non-storage ports for Guice hosts: Argon2id passwords, Bucket4j
 * rate limits, CommonMark with the OWASP sanitiser, and the host's secret cipher (its keyset is the host's
 * configuration, so the host builds it, e.g. {@link TinkSecretCipher#fromEncryptedKeyset}). It also binds the
 * default policies (service levels, ratings, secret retention); a host changes any binding with
 * {@code Modules.override(new DefaultsModule(cipher)).with(...)}.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new JdbcStorageModule(config), new DefaultsModule(cipher), hostModule);
 * }</pre>
 */
public final class DefaultsModule extends AbstractModule {
    private final SecretCipher secretCipher;

    /** @param secretCipher encrypts shared secrets; from the host's key configuration */
    public DefaultsModule(SecretCipher secretCipher) {
        this.secretCipher = Objects.requireNonNull(secretCipher, "secretCipher");
    }

    @Override
    protected void configure() {
        bind(SecretCipher.class).toInstance(secretCipher);
    }

    @Provides
    @Singleton
    PasswordHasher passwordHasher() {
        return new Argon2idPasswordHasher();
    }

    /** One limiter for the whole process: its buckets are the state that makes limits hold. */
    @Provides
    @Singleton
    RateLimiter rateLimiter() {
        return new Bucket4jRateLimiter();
    }

    @Provides
    @Singleton
    MarkdownRenderer markdown() {
        return new CommonmarkMarkdownRenderer();
    }

    @Provides
    ServiceLevels serviceLevels() {
        return ServiceLevels.defaults();
    }

    @Provides
    RatingPolicy ratingPolicy() {
        return RatingPolicy.defaults();
    }

    @Provides
    SecretSharePolicy secretSharePolicy() {
        return SecretSharePolicy.defaults();
    }
}
