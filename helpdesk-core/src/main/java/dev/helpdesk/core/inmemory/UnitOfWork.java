package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.port.Transactor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Transactions for the in-memory adapter. A unit of work holds the write lock from start to end and records how
 * to undo each change; readers take the read lock, so nobody sees a change that may still be rolled back.
 * Writes outside a unit of work are their own small unit.
 */
final class UnitOfWork implements Transactor {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (undoLog.get() != null) {
            return work.get();
        }
        lock.writeLock().lock();
        Deque<Runnable> log = new ArrayDeque<>();
        undoLog.set(log);
        try {
            T result = work.get();
            log.clear();
            return result;
        } catch (RuntimeException | Error failure) {
            while (!log.isEmpty()) {
                log.pop().run();
            }
            throw failure;
        } finally {
            undoLog.remove();
            lock.writeLock().unlock();
        }
    }

    /** Applies a change under the write lock; {@code change} returns how to undo it. */
    void write(Supplier<Runnable> change) {
        inTransaction(() -> {
            Runnable undo = change.get();
            undoLog.get().push(undo);
            return null;
        });
    }

    <T> T read(Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
