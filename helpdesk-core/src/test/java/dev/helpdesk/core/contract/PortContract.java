package dev.helpdesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every port contract shares: a fresh, empty {@link Storage} per test, failure messages that name the
 * adapter, and a few helpers. Extend {@link StorageContract} to run every contract at once; extending one
 * {@code …Contract} alone runs that port's tests only.
 */
public abstract class PortContract {
    private final List<Storage> opened = new ArrayList<>();
    private Storage storage;

    /**
     * A fresh, empty storage: no ticket, contact, outbox entry or attachment; called once per test (or more).
     * A group run through {@link StorageContract} uses the suite's; a contract extended alone must override this.
     */
    protected Storage newStorage() {
        if (suite() == null) {
            throw new IllegalStateException(getClass().getName() + " must override newStorage()");
        }
        return suite().newStorage();
    }

    /** How failure messages name the adapter under test. */
    protected String adapterName() {
        return suite() == null ? getClass().getSimpleName() : suite().adapterName();
    }

    /**
     * Called after each test for every storage {@link #newStorage()} gave it, to close pools or delete files.
     * Nothing by default.
     */
    protected void release(Storage storage) {
        if (suite() != null) {
            suite().release(storage);
        }
    }

    /** The whole suite this group runs in, or null when the contract is extended alone. */
    StorageContract suite() {
        return null;
    }

    @BeforeEach
    protected final void startWithAnEmptyStorage() {
        storage = open();
    }

    @AfterEach
    protected final void releaseStorages() {
        List<Storage> toRelease = new ArrayList<>(opened);
        opened.clear();
        for (Storage each : toRelease) {
            release(each);
        }
    }

    /** This test's storage. */
    protected final Storage storage() {
        return storage;
    }

    /** Runs {@code test} against one more fresh storage, released right after (property tests, one per example). */
    protected final void withFreshStorage(Consumer<Storage> test) {
        Storage fresh = newStorage();
        try {
            test.accept(fresh);
        } finally {
            release(fresh);
        }
    }

    /** Commits {@code work} as one unit of work of this test's storage. */
    protected final void inTransaction(Runnable work) {
        storage.transactor().run(work);
    }

    /** A failure description naming the adapter: {@code .as(adapter("keeps the first ticket"))}. */
    protected final String adapter(String expectation) {
        return adapterName() + " " + expectation;
    }

    /** Asserts that {@code call} throws a {@link ConflictException} with this code. */
    protected final void assertConflict(String code, String expectation, ThrowingCallable call) {
        assertThatThrownBy(call).as(adapter(expectation))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).as(adapter(expectation + ", with code " + code)).isEqualTo(code));
    }

    /** Asserts that {@code call} throws a {@link ConflictException}, whatever its code. */
    protected final void assertConflict(String expectation, ThrowingCallable call) {
        assertThatThrownBy(call).as(adapter(expectation)).isInstanceOf(ConflictException.class);
    }

    private Storage open() {
        Storage fresh = newStorage();
        assertThat(fresh).as(adapterName() + ": newStorage() returned null").isNotNull();
        opened.add(fresh);
        return fresh;
    }
}
