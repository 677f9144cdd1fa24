package dev.helpdesk.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.HelpdeskException;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.NotFoundException;
import dev.helpdesk.core.error.RateLimitedException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every domain error has its own status, named in the mapping; none falls through to a default. */
class ErrorMappingTest {
    private static final Map<Class<?>, Integer> EXPECTED = Map.of(
            InvalidInputException.class, 400,
            AuthenticationFailedException.class, 401,
            AccessDeniedException.class, 403,
            NotFoundException.class, 404,
            ConflictException.class, 409,
            RateLimitedException.class, 429);

    @Test
    @SuppressWarnings("unchecked")
    void everyDomainErrorMapsToItsOwnClientErrorStatus() {
        Class<?>[] kinds = HelpdeskException.class.getPermittedSubclasses();
        assertThat(kinds).as("the permitted subclasses of HelpdeskException").isNotEmpty();

        Map<Class<?>, Integer> mapped = Arrays.stream(kinds).collect(Collectors.toMap(kind -> kind,
                kind -> ErrorMapping.status((Class<? extends HelpdeskException>) kind)));

        assertThat(mapped).as("a new domain error needs its status in ErrorMapping.status and here")
                .isEqualTo(EXPECTED);
        assertThat(mapped.values()).allSatisfy(status -> assertThat(status).isBetween(400, 499))
                .doesNotHaveDuplicates();
    }

    @Test
    void aKindOfErrorTheMappingDoesNotKnowFailsLoudly() {
        assertThatThrownBy(() -> ErrorMapping.status(HelpdeskException.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HelpdeskException");
    }

    @Test
    void errorPagesHaveSpecificTitles() {
        assertThat(ErrorMapping.titleKey(answer(404, "not_found"))).isEqualTo("error.title.404");
        assertThat(ErrorMapping.titleKey(answer(403, "csrf"))).isEqualTo("error.title.csrf");
        assertThat(ErrorMapping.titleKey(answer(429, "rate_limited"))).isEqualTo("error.title.429");
        assertThat(ErrorMapping.titleKey(answer(500, "internal"))).isEqualTo("error.title.500");
        assertThat(ErrorMapping.titleKey(answer(418, "teapot"))).isEqualTo("error.title.4xx");
    }

    private static ErrorMapping.Answer answer(int status, String code) {
        return new ErrorMapping.Answer(status, code, "", Map.of(), "");
    }
}
