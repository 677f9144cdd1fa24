package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.DeadLetter;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.OutboxEntry;
import dev.helpdesk.core.port.OutboxRetryPolicy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outbox table. An entry is due when {@code due_at <= now} and it is not dead; a claim moves {@code due_at} to
 * the end of its lease and sets {@code claimed_until}, which a release clears. On PostgreSQL several processes
 * claim at once with {@code FOR UPDATE SKIP LOCKED}; on SQLite the single writer serialises claims.
 */
public final class JdbcOutbox implements Outbox {
    private static final String ENTRY_COLUMNS = "id, event_class, payload, recorded_at, attempts";
    private final Database database;
    private final Clock clock;
    private final OutboxRetryPolicy policy;

    public JdbcOutbox(Database database, Clock clock, OutboxRetryPolicy policy) {
        this.database = database;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public void append(DomainEvent event) {
        long now = now();
        database.write(h -> h.createUpdate("INSERT INTO outbox (event_class, payload, recorded_at, due_at) "
                        + "VALUES (:type, :payload, :now, :now)")
                .bind("type", event.getClass().getName()).bind("payload", Json.event(event)).bind("now", now)
                .execute());
    }

    @Override
    public List<OutboxEntry> claim(int limit, Duration lease) {
        requireLimit(limit);
        if (lease == null || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive but was " + lease);
        }
        return database.writeAndGet(h -> {
            long now = now();
            String lock = database.dialect() == Dialect.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
            List<Long> ids = h.createQuery("SELECT id FROM outbox WHERE dead_at IS NULL AND due_at <= :now "
                            + "ORDER BY id LIMIT :limit" + lock)
                    .bind("now", now).bind("limit", limit).mapTo(Long.class).list();
            if (ids.isEmpty()) {
                return List.of();
            }
            long until = now + lease.toMillis();
            new Sql("UPDATE outbox SET attempts = attempts + 1, due_at = ").value(until)
                    .append(", claimed_until = ").value(until).append(" WHERE id IN ").values(ids)
                    .update(h);
            return new Sql("SELECT " + ENTRY_COLUMNS + " FROM outbox WHERE id IN ").values(ids).append(" ORDER BY id")
                    .query(h).map((rs, ctx) -> entry(rs)).list();
        });
    }

    @Override
    public void acknowledge(long id) {
        database.write(h -> h.createUpdate("DELETE FROM outbox WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public void release(long id, String error) {
        String stored = DeadLetter.storableError(error);
        database.write(h -> {
            Integer attempts = h.createQuery("SELECT attempts FROM outbox WHERE id = :id AND dead_at IS NULL "
                            + "AND claimed_until IS NOT NULL")
                    .bind("id", id).mapTo(Integer.class).findOne().orElse(null);
            if (attempts == null) {
                return;
            }
            long now = now();
            if (policy.isExhausted(attempts)) {
                h.createUpdate("UPDATE outbox SET dead_at = :now, claimed_until = NULL, last_error = :error WHERE id = :id")
                        .bind("now", now).bind("error", stored).bind("id", id).execute();
            } else {
                h.createUpdate("UPDATE outbox SET due_at = :due, claimed_until = NULL, last_error = :error WHERE id = :id")
                        .bind("due", now + policy.delayAfter(attempts).toMillis()).bind("error", stored)
                        .bind("id", id).execute();
            }
        });
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
        requireLimit(limit);
        return database.read(h -> h.createQuery("SELECT " + ENTRY_COLUMNS + ", last_error, dead_at FROM outbox "
                        + "WHERE dead_at IS NOT NULL ORDER BY id LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new DeadLetter(rs.getLong("id"), event(rs), Instant.ofEpochMilli(rs.getLong("recorded_at")),
                        rs.getInt("attempts"), rs.getString("last_error"), Instant.ofEpochMilli(rs.getLong("dead_at"))))
                .list());
    }

    @Override
    public void requeue(long id) {
        long now = now();
        database.write(h -> h.createUpdate("UPDATE outbox SET dead_at = NULL, attempts = 0, last_error = NULL, "
                        + "claimed_until = NULL, due_at = :now WHERE id = :id AND dead_at IS NOT NULL")
                .bind("now", now).bind("id", id).execute());
    }

    @Override
    public List<OutboxEntry> pending(int limit) {
        requireLimit(limit);
        return database.read(h -> h.createQuery("SELECT " + ENTRY_COLUMNS + " FROM outbox WHERE dead_at IS NULL "
                        + "ORDER BY id LIMIT :limit")
                .bind("limit", limit).map((rs, ctx) -> entry(rs)).list());
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), event(rs), Instant.ofEpochMilli(rs.getLong("recorded_at")),
                rs.getInt("attempts"));
    }

    private static DomainEvent event(ResultSet rs) throws SQLException {
        return Json.event(rs.getString("event_class"), rs.getString("payload"));
    }

    private long now() {
        return clock.now().toEpochMilli();
    }

    private static void requireLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
        }
    }
}
