-- SLA clocks (SlaRepository): one row per ticket, one per target of it. Times are epoch milliseconds, durations
-- milliseconds of business time. Ids sort bytewise ("C"), as the contract's order and the in-memory adapter do.

CREATE TABLE ticket_sla (
    ticket_id    TEXT COLLATE "C" PRIMARY KEY,
    paused_since BIGINT
);

CREATE TABLE sla_target (
    ticket_id       TEXT COLLATE "C" NOT NULL REFERENCES ticket_sla (ticket_id) ON DELETE CASCADE,
    target          TEXT COLLATE "C" NOT NULL,
    allowed_ms      BIGINT  NOT NULL,
    used_ms         BIGINT  NOT NULL,
    running_since   BIGINT,
    due_at          BIGINT,
    met_at          BIGINT,
    breach_recorded BOOLEAN NOT NULL,
    PRIMARY KEY (ticket_id, target)
);
-- the breach queries: unmet targets with a due time, by due time
CREATE INDEX sla_target_unmet_by_due ON sla_target (due_at, ticket_id, target)
    WHERE met_at IS NULL AND due_at IS NOT NULL;
