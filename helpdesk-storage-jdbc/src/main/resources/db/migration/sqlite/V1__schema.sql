-- Helpdesk schema, SQLite. Times are epoch milliseconds (INTEGER); JSON is stored as TEXT.

CREATE TABLE organization (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    locale    TEXT NOT NULL,
    sharing   TEXT NOT NULL
);

CREATE TABLE contact (
    id         TEXT PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name  TEXT NOT NULL,
    email      TEXT NOT NULL
);

-- every address a contact owns (main and authorised): one owner per address
CREATE TABLE contact_address (
    address    TEXT PRIMARY KEY,
    contact_id TEXT NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    is_main    INTEGER NOT NULL
);
CREATE INDEX contact_address_by_contact ON contact_address (contact_id);

CREATE TABLE membership (
    contact_id         TEXT NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    organization_id    TEXT NOT NULL,
    position           INTEGER NOT NULL,
    is_primary         INTEGER NOT NULL,
    allowed_categories TEXT NOT NULL,
    PRIMARY KEY (contact_id, organization_id)
);
CREATE INDEX membership_by_organization ON membership (organization_id);

CREATE TABLE team (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE agent (
    id    TEXT PRIMARY KEY,
    name  TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    role  TEXT NOT NULL,
    teams TEXT NOT NULL
);

-- the last ticket number handed out
CREATE TABLE ticket_counter (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    last INTEGER NOT NULL
);
INSERT INTO ticket_counter (id, last) VALUES (1, 0);

CREATE TABLE ticket (
    number          INTEGER PRIMARY KEY,
    id              TEXT    NOT NULL UNIQUE,
    subject         TEXT    NOT NULL,
    requester_id    TEXT    NOT NULL,
    organization_id TEXT    NOT NULL,
    category        TEXT    NOT NULL,
    subcategory     TEXT,
    leaf_category   TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    priority        TEXT,
    fields          TEXT    NOT NULL,
    assigned_team   TEXT,
    assigned_agent  TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    resolved_at     INTEGER,
    version         INTEGER NOT NULL
);
CREATE INDEX ticket_by_requester ON ticket (requester_id, updated_at, number);
CREATE INDEX ticket_by_organization ON ticket (organization_id, updated_at, number);
CREATE INDEX ticket_by_organization_status ON ticket (organization_id, status, updated_at, number);
CREATE INDEX ticket_by_category ON ticket (category, updated_at, number);
CREATE INDEX ticket_by_team ON ticket (assigned_team, updated_at, number);
CREATE INDEX ticket_by_agent ON ticket (assigned_agent, updated_at, number);
CREATE INDEX ticket_by_update ON ticket (updated_at, number);

-- one row per filterable value of a field (each code of a multiple choice)
CREATE TABLE ticket_field (
    ticket_number INTEGER NOT NULL REFERENCES ticket (number) ON DELETE CASCADE,
    field         TEXT    NOT NULL,
    value         TEXT    NOT NULL,
    PRIMARY KEY (ticket_number, field, value)
);
CREATE INDEX ticket_field_by_value ON ticket_field (field, value, ticket_number);

CREATE TABLE message (
    id               TEXT PRIMARY KEY,
    ticket_number    INTEGER NOT NULL REFERENCES ticket (number) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    author_kind      TEXT    NOT NULL,
    author_id        TEXT    NOT NULL,
    visibility       TEXT    NOT NULL,
    channel          TEXT    NOT NULL,
    body             TEXT    NOT NULL,
    created_at       INTEGER NOT NULL,
    email_message_id TEXT,
    attachments      TEXT    NOT NULL,
    UNIQUE (ticket_number, seq)
);

-- full-text index, one row per ticket (rowid = ticket number): the words customers may search (subject and
-- public messages) and those only agents may (internal notes), already folded by the domain's SearchTerms
CREATE VIRTUAL TABLE ticket_text USING fts5 (
    public_text,
    internal_text,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    event_class   TEXT    NOT NULL,
    payload       TEXT    NOT NULL,
    recorded_at   INTEGER NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    due_at        INTEGER NOT NULL,
    claimed_until INTEGER,
    last_error    TEXT,
    dead_at       INTEGER
);
CREATE INDEX outbox_due ON outbox (dead_at, due_at, id);

CREATE TABLE attachment_blob (
    sha256  TEXT PRIMARY KEY,
    size    INTEGER NOT NULL,
    content BLOB    NOT NULL
);
