package dev.helpdesk.core.domain.rating;

import java.util.Objects;
import java.util.Optional;

/**
 * The ratings of one team, agent, category or month.
 *
 * @param key        the team id, agent id, category id or month ({@code 2026-03}); empty for tickets that had no
 *                   team or no agent when rated
 * @param total      {@code unhappy + neutral + happy}
 * @param shareHappy {@code happy / total}, between 0 and 1
 */
public record SatisfactionRow(Optional<String> key, long unhappy, long neutral, long happy, long total,
                              double shareHappy) {
    public SatisfactionRow {
        Objects.requireNonNull(key, "key");
        if (unhappy < 0 || neutral < 0 || happy < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (total != unhappy + neutral + happy) {
            throw new IllegalArgumentException("total must be the sum of the counts");
        }
        if (total == 0) {
            throw new IllegalArgumentException("a row counts at least one rating");
        }
    }

    public static SatisfactionRow of(Optional<String> key, long unhappy, long neutral, long happy) {
        long total = unhappy + neutral + happy;
        return new SatisfactionRow(key, unhappy, neutral, happy, total, total == 0 ? 0 : (double) happy / total);
    }
}
