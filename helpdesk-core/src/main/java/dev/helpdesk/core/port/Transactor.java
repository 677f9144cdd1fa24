package dev.helpdesk.core.port;

import java.util.function.Supplier;

/**
 * A unit of work across every repository and the outbox: all of it is kept, or, when {@code work} throws,
 * none of it. Nested calls join the outer unit.
 */
public interface Transactor {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
