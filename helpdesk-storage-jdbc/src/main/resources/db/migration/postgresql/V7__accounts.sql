-- Portal accounts, one-time codes and portal settings (PostgreSQL). Times are epoch milliseconds (BIGINT).

-- one account per contact; no foreign key to contact, as the ports let either be stored first
CREATE TABLE account (
    contact_id      TEXT    PRIMARY KEY,
    password_hash   TEXT,
    job_title       TEXT    NOT NULL,
    phone           TEXT    NOT NULL,
    language        TEXT    NOT NULL,
    portal_access   BOOLEAN NOT NULL,
    failed_sign_ins INTEGER NOT NULL,
    locked_until    BIGINT,
    version         BIGINT  NOT NULL
);

-- single-use codes, by the SHA-256 of the code only; used_at is set once, when used or revoked
CREATE TABLE one_time_code (
    id         TEXT   PRIMARY KEY,
    code_hash  TEXT   NOT NULL UNIQUE,
    contact_id TEXT   NOT NULL,
    purpose    TEXT   NOT NULL,
    issued_at  BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX one_time_code_unused_by_contact ON one_time_code (contact_id) WHERE used_at IS NULL;
CREATE INDEX one_time_code_by_expiry ON one_time_code (expires_at);

-- the one row of portal settings (customer ticket types as a JSON array) and its welcome texts by language
CREATE TABLE portal_settings (
    id                    INTEGER PRIMARY KEY CHECK (id = 1),
    base_url              TEXT    NOT NULL,
    customer_ticket_types TEXT    NOT NULL,
    version               BIGINT  NOT NULL
);

CREATE TABLE portal_welcome_text (
    language TEXT PRIMARY KEY,
    body     TEXT NOT NULL
);
