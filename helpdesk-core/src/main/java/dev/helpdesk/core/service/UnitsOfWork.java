package dev.helpdesk.core.service;

import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import java.util.List;
import java.util.function.Supplier;

/** What several services do around their units of work: gather every input problem, retry a lost race. */
final class UnitsOfWork {
    private static final int ATTEMPTS = 3;

    private UnitsOfWork() {
    }

    /** Runs one check; its field errors join {@code problems} (null is returned) so all are reported at once. */
    static <T> T collect(List<FieldError> problems, Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.fieldErrors());
            return null;
        }
    }

    /**
     * Runs a unit of work again, up to three times in all, when a concurrent writer changed the aggregate in between
     * (a conflict with {@code staleCode}); for commands that carry no version from the caller.
     */
    static <T> T retryingOn(String staleCode, Supplier<T> unit) {
        for (int attempt = 1; ; attempt++) {
            try {
                return unit.get();
            } catch (ConflictException e) {
                if (!e.code().equals(staleCode) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
