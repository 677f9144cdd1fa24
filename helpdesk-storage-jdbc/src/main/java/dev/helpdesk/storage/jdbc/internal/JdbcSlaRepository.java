package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.sla.SlaDue;
import dev.helpdesk.core.domain.sla.SlaTarget;
import dev.helpdesk.core.domain.sla.TargetClock;
import dev.helpdesk.core.domain.sla.TicketSla;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.port.SlaRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * SLA clocks in two tables: {@code ticket_sla} (the pause) and {@code sla_target} (one row per target). The breach
 * queries read only {@code sla_target}, through a partial index of the unmet targets that have a due time.
 */
public final class JdbcSlaRepository implements SlaRepository {
    private static final String UNMET = "met_at IS NULL AND due_at IS NOT NULL";

    private final Database database;

    public JdbcSlaRepository(Database database) {
        this.database = database;
    }

    @Override
    public void save(TicketSla sla) {
        String ticket = sla.ticket().value();
        database.write(h -> {
            h.createUpdate("INSERT INTO ticket_sla (ticket_id, paused_since) VALUES (:t, :paused) "
                            + "ON CONFLICT (ticket_id) DO UPDATE SET paused_since = excluded.paused_since")
                    .bind("t", ticket).bind("paused", millis(sla.pausedSince())).execute();
            for (SlaTarget target : SlaTarget.values()) {
                saveTarget(h, ticket, target, sla.clock(target));
            }
        });
    }

    private static void saveTarget(Handle h, String ticket, SlaTarget target, TargetClock clock) {
        h.createUpdate("INSERT INTO sla_target (ticket_id, target, allowed_ms, used_ms, running_since, due_at, met_at, "
                        + "breach_recorded) VALUES (:t, :target, :allowed, :used, :since, :due, :met, :recorded) "
                        + "ON CONFLICT (ticket_id, target) DO UPDATE SET allowed_ms = excluded.allowed_ms, "
                        + "used_ms = excluded.used_ms, running_since = excluded.running_since, "
                        + "due_at = excluded.due_at, met_at = excluded.met_at, "
                        + "breach_recorded = excluded.breach_recorded")
                .bind("t", ticket).bind("target", target.code())
                .bind("allowed", clock.target().toMillis()).bind("used", clock.used().toMillis())
                .bind("since", millis(clock.runningSince())).bind("due", millis(clock.due()))
                .bind("met", millis(clock.metAt())).bind("recorded", clock.breachRecorded())
                .execute();
    }

    @Override
    public Optional<TicketSla> find(TicketId ticket) {
        return database.read(h -> {
            Optional<Optional<Instant>> paused = h.createQuery("SELECT paused_since FROM ticket_sla WHERE ticket_id = :t")
                    .bind("t", ticket.value()).map((rs, ctx) -> instant(rs, "paused_since")).findOne();
            if (paused.isEmpty()) {
                return Optional.empty();
            }
            Map<SlaTarget, TargetClock> clocks = new EnumMap<>(SlaTarget.class);
            h.createQuery("SELECT target, allowed_ms, used_ms, running_since, due_at, met_at, breach_recorded "
                            + "FROM sla_target WHERE ticket_id = :t")
                    .bind("t", ticket.value())
                    .map((rs, ctx) -> Map.entry(SlaTarget.ofCode(rs.getString("target")), clock(rs)))
                    .forEach(e -> clocks.put(e.getKey(), e.getValue()));
            return Optional.of(new TicketSla(ticket, paused.get(), clocks.get(SlaTarget.FIRST_RESPONSE),
                    clocks.get(SlaTarget.RESOLUTION)));
        });
    }

    @Override
    public List<SlaDue> unmetDue(Instant from, Instant before, Optional<SlaDue> after, int limit) {
        requireLimit(limit);
        Sql sql = new Sql("SELECT ticket_id, target, due_at FROM sla_target WHERE " + UNMET + " AND due_at >= ")
                .value(from.toEpochMilli()).append(" AND due_at < ").value(before.toEpochMilli());
        after.ifPresent(a -> {
            long due = a.due().toEpochMilli();
            sql.append(" AND (due_at > ").value(due).append(" OR (due_at = ").value(due)
                    .append(" AND (ticket_id > ").value(a.ticket().value()).append(" OR (ticket_id = ")
                    .value(a.ticket().value()).append(" AND target > ").value(a.target().code()).append("))))");
        });
        sql.append(" ORDER BY due_at, ticket_id, target LIMIT ").value(limit);
        return database.read(h -> sql.query(h).map((rs, ctx) -> due(rs)).list());
    }

    @Override
    public List<SlaDue> unrecordedBreaches(Instant now, int limit) {
        requireLimit(limit);
        return database.read(h -> h.createQuery("SELECT ticket_id, target, due_at FROM sla_target WHERE " + UNMET
                        + " AND due_at < :now AND breach_recorded = :recorded ORDER BY due_at, ticket_id, target "
                        + "LIMIT :limit")
                .bind("now", now.toEpochMilli()).bind("recorded", false).bind("limit", limit)
                .map((rs, ctx) -> due(rs)).list());
    }

    @Override
    public boolean markBreachRecorded(TicketId ticket, SlaTarget target) {
        return database.writeAndGet(h -> h.createUpdate("UPDATE sla_target SET breach_recorded = :recorded "
                        + "WHERE ticket_id = :t AND target = :target AND breach_recorded = :notYet")
                .bind("recorded", true).bind("notYet", false).bind("t", ticket.value()).bind("target", target.code())
                .execute() == 1);
    }

    private static TargetClock clock(ResultSet rs) throws SQLException {
        return new TargetClock(Duration.ofMillis(rs.getLong("allowed_ms")), Duration.ofMillis(rs.getLong("used_ms")),
                instant(rs, "running_since"), instant(rs, "due_at"), instant(rs, "met_at"),
                rs.getBoolean("breach_recorded"));
    }

    private static SlaDue due(ResultSet rs) throws SQLException {
        return new SlaDue(TicketId.of(rs.getString("ticket_id")), SlaTarget.ofCode(rs.getString("target")),
                Instant.ofEpochMilli(rs.getLong("due_at")));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
    }

    private static Long millis(Optional<Instant> value) {
        return value.map(Instant::toEpochMilli).orElse(null);
    }

    private static void requireLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive but was " + limit);
        }
    }
}
