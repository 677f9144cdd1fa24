package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.rating.Rating;
import dev.helpdesk.core.domain.rating.RatingInvitation;
import dev.helpdesk.core.domain.rating.SatisfactionDimension;
import dev.helpdesk.core.domain.rating.SatisfactionRow;
import dev.helpdesk.core.domain.rating.Score;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.port.RatingRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ratings, one row per ticket (upserted), and invitations by token hash. Satisfaction is one GROUP BY over the
 * columns copied in at rating time; the grouped column comes from a fixed list, never from input.
 */
public final class JdbcRatingRepository implements RatingRepository {
    private static final String RATING_COLUMNS = "ticket_id, score, comment, rated_by, resolved_at, first_rated_at, "
            + "rated_at, team_id, agent_id, category";
    private static final Comparator<Optional<String>> KEY_ORDER =
            Comparator.comparing((Optional<String> key) -> key.isEmpty()).thenComparing(key -> key.orElse(""));

    private final Database database;

    public JdbcRatingRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Rating> find(TicketId ticket) {
        return database.read(h -> h.createQuery("SELECT " + RATING_COLUMNS + " FROM rating WHERE ticket_id = :t")
                .bind("t", ticket.value()).map((rs, ctx) -> rating(rs)).findOne());
    }

    @Override
    public void save(Rating rating) {
        Objects.requireNonNull(rating, "rating");
        database.write(h -> h.createUpdate("INSERT INTO rating (" + RATING_COLUMNS + ", rated_month) VALUES (:ticket, "
                        + ":score, :comment, :by, :resolved, :first, :rated, :team, :agent, :category, :month) "
                        + "ON CONFLICT (ticket_id) DO UPDATE SET score = excluded.score, comment = excluded.comment, "
                        + "rated_by = excluded.rated_by, resolved_at = excluded.resolved_at, "
                        + "first_rated_at = excluded.first_rated_at, rated_at = excluded.rated_at, "
                        + "team_id = excluded.team_id, agent_id = excluded.agent_id, category = excluded.category, "
                        + "rated_month = excluded.rated_month")
                .bind("ticket", rating.ticket().value()).bind("score", rating.score().name())
                .bind("comment", rating.comment()).bind("by", rating.ratedBy().value())
                .bind("resolved", rating.resolvedAt().toEpochMilli())
                .bind("first", rating.firstRatedAt().toEpochMilli()).bind("rated", rating.ratedAt().toEpochMilli())
                .bind("team", rating.team().map(TeamId::value).orElse(null))
                .bind("agent", rating.agent().map(AgentId::value).orElse(null))
                .bind("category", rating.category().value()).bind("month", rating.month())
                .execute());
    }

    @Override
    public void saveInvitation(RatingInvitation invitation) {
        Objects.requireNonNull(invitation, "invitation");
        database.write(h -> h.createUpdate("INSERT INTO rating_invitation (token_hash, ticket_id, resolved_at, "
                        + "issued_at, expires_at) VALUES (:hash, :ticket, :resolved, :issued, :expires)")
                .bind("hash", invitation.tokenHash()).bind("ticket", invitation.ticket().value())
                .bind("resolved", invitation.resolvedAt().toEpochMilli())
                .bind("issued", invitation.issuedAt().toEpochMilli())
                .bind("expires", invitation.expiresAt().toEpochMilli()).execute());
    }

    @Override
    public Optional<RatingInvitation> findInvitation(String tokenHash) {
        return database.read(h -> h.createQuery("SELECT token_hash, ticket_id, resolved_at, issued_at, expires_at "
                        + "FROM rating_invitation WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new RatingInvitation(rs.getString(1), TicketId.of(rs.getString(2)),
                        instant(rs, 3), instant(rs, 4), instant(rs, 5)))
                .findOne());
    }

    @Override
    public boolean consumeInvitation(String tokenHash) {
        // a concurrent DELETE of the same row waits for ours to commit, then deletes nothing
        return database.writeAndGet(h -> h.createUpdate("DELETE FROM rating_invitation WHERE token_hash = :hash")
                .bind("hash", tokenHash).execute()) == 1;
    }

    @Override
    public List<SatisfactionRow> satisfaction(SatisfactionDimension dimension, Instant from, Instant to) {
        String key = switch (dimension) {
            case TEAM -> "team_id";
            case AGENT -> "agent_id";
            case CATEGORY -> "category";
            case MONTH -> "rated_month";
        };
        List<SatisfactionRow> rows = database.read(h -> h.createQuery("SELECT " + key + ", "
                        + "SUM(CASE WHEN score = 'UNHAPPY' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN score = 'NEUTRAL' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN score = 'HAPPY' THEN 1 ELSE 0 END) "
                        + "FROM rating WHERE rated_at >= :from AND rated_at < :to GROUP BY " + key)
                .bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli())
                .map((rs, ctx) -> SatisfactionRow.of(Optional.ofNullable(rs.getString(1)), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4)))
                .list());
        // sorted here: the two databases collate text differently
        List<SatisfactionRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(SatisfactionRow::key, KEY_ORDER));
        return List.copyOf(sorted);
    }

    private static Rating rating(ResultSet rs) throws SQLException {
        return new Rating(TicketId.of(rs.getString("ticket_id")), Score.valueOf(rs.getString("score")),
                rs.getString("comment"), ContactId.of(rs.getString("rated_by")), instant(rs, "resolved_at"),
                instant(rs, "first_rated_at"), instant(rs, "rated_at"),
                Optional.ofNullable(rs.getString("team_id")).map(TeamId::of),
                Optional.ofNullable(rs.getString("agent_id")).map(AgentId::of),
                CategoryId.of(rs.getString("category")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return Instant.ofEpochMilli(rs.getLong(column));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return Instant.ofEpochMilli(rs.getLong(column));
    }
}
