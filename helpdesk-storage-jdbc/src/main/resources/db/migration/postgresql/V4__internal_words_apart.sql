-- A phrase must not span the public words and the internal notes: keep the internal words in a column of their
-- own (agents search both columns, each on its own) instead of one column holding both.
ALTER TABLE ticket_text ADD COLUMN internal_words TSVECTOR NOT NULL DEFAULT ''::tsvector;
UPDATE ticket_text x SET internal_words = to_tsvector('simple', coalesce((
    SELECT string_agg(m.body, ' ' ORDER BY m.seq) FROM message m
    WHERE m.ticket_number = x.ticket_number AND m.visibility = 'INTERNAL'), ''));
CREATE INDEX ticket_text_internal ON ticket_text USING GIN (internal_words);
DROP INDEX ticket_text_all;
ALTER TABLE ticket_text DROP COLUMN all_words;
