-- signed-in sessions, shared by every node: by the SHA-256 of the id only (a copy of this table signs nobody in).
-- The subject is a principal kind (CONTACT, AGENT) and id; times are epoch milliseconds. A session is valid while
-- last_seen_at + idle_timeout_ms and expires_at are both in the future.
CREATE TABLE signed_in_session (
    id_hash           TEXT    PRIMARY KEY,
    subject_kind      TEXT    NOT NULL,
    subject_id        TEXT    NOT NULL,
    csrf_token        TEXT    NOT NULL,
    language          TEXT,
    display_name      TEXT    NOT NULL,
    organization_name TEXT    NOT NULL,
    zone              TEXT    NOT NULL,
    created_at        INTEGER NOT NULL,
    last_seen_at      INTEGER NOT NULL,
    idle_timeout_ms   INTEGER NOT NULL,
    expires_at        INTEGER NOT NULL
);
CREATE INDEX signed_in_session_by_subject ON signed_in_session (subject_kind, subject_id);
CREATE INDEX signed_in_session_by_expiry ON signed_in_session (expires_at);

-- keys every node shares (the one signing anonymous CSRF tokens), made once by the first node that needs one
CREATE TABLE shared_key (
    name              TEXT    PRIMARY KEY,
    key_base64        TEXT    NOT NULL,
    created_at        INTEGER NOT NULL
);
