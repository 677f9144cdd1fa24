-- Satisfaction ratings and secret shares (seed 004), SQLite. Times are epoch milliseconds (INTEGER).

-- one rating per ticket (the latest); team, agent and category as they were when rated, so that satisfaction is
-- a GROUP BY; rated_month (YYYY-MM, UTC) is the key of monthly satisfaction
CREATE TABLE rating (
    ticket_id      TEXT PRIMARY KEY,
    score          TEXT    NOT NULL,
    comment        TEXT    NOT NULL,
    rated_by       TEXT    NOT NULL,
    resolved_at    INTEGER NOT NULL,
    first_rated_at INTEGER NOT NULL,
    rated_at       INTEGER NOT NULL,
    rated_month    TEXT    NOT NULL,
    team_id        TEXT,
    agent_id       TEXT,
    category       TEXT    NOT NULL
);
CREATE INDEX rating_by_time ON rating (rated_at);

-- e-mailed rating links: the SHA-256 of the token only, never the token
CREATE TABLE rating_invitation (
    token_hash  TEXT PRIMARY KEY,
    ticket_id   TEXT    NOT NULL,
    resolved_at INTEGER NOT NULL,
    issued_at   INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
);

-- shared secrets, only ever encrypted; purging sets ciphertext to NULL and purged_at
CREATE TABLE secret_share (
    id         TEXT PRIMARY KEY,
    ticket_id  TEXT    NOT NULL,
    label      TEXT    NOT NULL,
    shared_by  TEXT    NOT NULL,
    shared_at  INTEGER NOT NULL,
    purge_at   INTEGER NOT NULL,
    ciphertext BLOB,
    purged_at  INTEGER,
    CHECK ((ciphertext IS NULL) = (purged_at IS NOT NULL))
);
CREATE INDEX secret_share_by_ticket ON secret_share (ticket_id, shared_at, id);
CREATE INDEX secret_share_due ON secret_share (purged_at, purge_at);

-- the audit trail of reveals: append-only
CREATE TABLE secret_reveal (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    share_id    TEXT    NOT NULL,
    agent_id    TEXT    NOT NULL,
    revealed_at INTEGER NOT NULL
);
CREATE INDEX secret_reveal_by_share ON secret_reveal (share_id, revealed_at, id);
