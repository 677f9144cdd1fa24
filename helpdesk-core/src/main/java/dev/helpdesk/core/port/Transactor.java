package dev.helpdesk.core.port;

import java.util.function.Supplier;

/**
 * A unit of work across every repository and the outbox: all of it is kept, or, when {@code work} throws,
 * none of it. Nested calls join the outer unit.
 */
public interface Transactor {
    <T> T inTransaction(Supplier<T> work);

    /**
     * Reads that belong together (a page: the viewer, the tickets, the names on them) in one read-only unit: every
     * read inside sees the same committed state, and an adapter may run them all on one connection in one read
     * transaction instead of one each. Nested calls join the outer unit; a read inside {@link #inTransaction} uses
     * that unit. Write only through {@link #inTransaction}: a change made inside a read unit is committed at once,
     * and later reads of the same read unit may not see it. By default each read stands alone, which is right for
     * an adapter whose every read is consistent on its own.
     */
    default <T> T inReadTransaction(Supplier<T> work) {
        return work.get();
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
