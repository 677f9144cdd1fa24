-- SLA clocks (SlaRepository): one row per ticket, one per target of it. Times are epoch milliseconds, durations
-- milliseconds of business time.

CREATE TABLE ticket_sla (
    ticket_id    TEXT PRIMARY KEY,
    paused_since INTEGER
);

CREATE TABLE sla_target (
    ticket_id       TEXT    NOT NULL REFERENCES ticket_sla (ticket_id) ON DELETE CASCADE,
    target          TEXT    NOT NULL,
    allowed_ms      INTEGER NOT NULL,
    used_ms         INTEGER NOT NULL,
    running_since   INTEGER,
    due_at          INTEGER,
    met_at          INTEGER,
    breach_recorded INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, target)
);
-- the breach queries: unmet targets with a due time, by due time
CREATE INDEX sla_target_unmet_by_due ON sla_target (due_at, ticket_id, target)
    WHERE met_at IS NULL AND due_at IS NOT NULL;
