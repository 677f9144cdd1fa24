package dev.helpdesk.storage.jdbc.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * A statement assembled from fixed SQL fragments; every value, user input above all, is a bound parameter with
 * a generated name, never text in the SQL.
 */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final Map<String, Object> binds = new LinkedHashMap<>();
    private int next;

    Sql(String start) {
        text.append(start);
    }

    Sql append(String fragment) {
        text.append(fragment);
        return this;
    }

    /** A bound parameter: appends {@code :pN} and remembers the value. */
    Sql value(Object value) {
        String name = "p" + next++;
        binds.put(name, value);
        text.append(':').append(name);
        return this;
    }

    /** {@code (:p1, :p2, …)} for a non-empty collection. */
    Sql values(Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        text.append('(');
        boolean first = true;
        for (Object value : values) {
            if (!first) {
                text.append(", ");
            }
            value(value);
            first = false;
        }
        text.append(')');
        return this;
    }

    Query query(Handle handle) {
        Query query = handle.createQuery(text.toString());
        binds.forEach(query::bind);
        return query;
    }

    int update(Handle handle) {
        org.jdbi.v3.core.statement.Update update = handle.createUpdate(text.toString());
        binds.forEach(update::bind);
        return update.execute();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
