-- attachment bytes in chunks of at most 256 KiB, so that a download is read (and an upload written) one chunk at a
-- time instead of as one value in memory; attachment_blob keeps the size and says the content is complete
CREATE TABLE attachment_chunk (
    sha256  TEXT    NOT NULL REFERENCES attachment_blob (sha256),
    seq     INTEGER NOT NULL,
    content BLOB    NOT NULL,
    PRIMARY KEY (sha256, seq)
);
INSERT INTO attachment_chunk (sha256, seq, content) SELECT sha256, 0, content FROM attachment_blob WHERE size > 0;
ALTER TABLE attachment_blob DROP COLUMN content;
