package dev.helpdesk.core.port;

/**
 * A version of everything a storage holds, for readers that keep what they computed (a rendered page) until
 * the data under it changes. Read it <em>before</em> reading the data: if a later read returns an equal value, no
 * change was committed in between, so the kept result is still right. A committed change made through the storage
 * makes the next value different from every earlier one, before the write returns. A change committed by another
 * process sharing the database does too, at once or within a short delay the adapter states (JDBC on SQLite: 10 ms).
 *
 * <p>An adapter that cannot tell keeps {@link #UNKNOWN}, whose values are never equal: nothing is ever reused.
 */
@FunctionalInterface
public interface DataVersion {
    /** Versions that are never equal, for adapters that cannot see changes. */
    DataVersion UNKNOWN = Object::new;

    /** The current version: an opaque value, compared with {@code equals}. */
    Object current();
}
