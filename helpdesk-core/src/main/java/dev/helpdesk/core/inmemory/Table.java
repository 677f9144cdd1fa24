package dev.helpdesk.core.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** Rows by key, with undoable upserts: what each in-memory directory repository is made of. */
final class Table<K, V> {
    private final UnitOfWork unitOfWork;
    private final Function<V, K> key;
    private final Comparator<V> order;
    private final Map<K, V> rows = new ConcurrentHashMap<>();

    Table(UnitOfWork unitOfWork, Function<V, K> key, Comparator<V> order) {
        this.unitOfWork = unitOfWork;
        this.key = key;
        this.order = order;
    }

    /** Inserts or replaces, after {@code check} has seen every other row (to refuse a duplicate address, say). */
    void upsert(V value, java.util.function.Consumer<V> checkAgainstOther) {
        unitOfWork.write(() -> {
            K id = key.apply(value);
            rows.values().stream().filter(other -> !key.apply(other).equals(id)).forEach(checkAgainstOther);
            V previous = rows.put(id, value);
            return previous == null ? () -> rows.remove(id) : () -> rows.put(id, previous);
        });
    }

    Optional<V> find(K id) {
        return unitOfWork.read(() -> Optional.ofNullable(rows.get(id)));
    }

    Optional<V> findFirst(Predicate<V> condition) {
        return unitOfWork.read(() -> rows.values().stream().filter(condition).findFirst());
    }

    List<V> where(Predicate<V> condition) {
        return unitOfWork.read(() -> rows.values().stream().filter(condition).sorted(order).toList());
    }
}
