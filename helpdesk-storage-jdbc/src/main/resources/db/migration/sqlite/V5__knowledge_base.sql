-- Knowledge base, SQLite: categories -> sections -> articles, each category and section enabled for everyone
-- (everyone = 1) or for the organizations listed beside it; helpfulness votes; a full-text index of the articles.

CREATE TABLE kb_category (
    id          TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    everyone    INTEGER NOT NULL
);

CREATE TABLE kb_category_organization (
    category_id     TEXT NOT NULL REFERENCES kb_category (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL,
    PRIMARY KEY (category_id, organization_id)
);

CREATE TABLE kb_section (
    id          TEXT    PRIMARY KEY,
    category_id TEXT    NOT NULL REFERENCES kb_category (id),
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    everyone    INTEGER NOT NULL
);
CREATE INDEX kb_section_by_category ON kb_section (category_id, position, id);

CREATE TABLE kb_section_organization (
    section_id      TEXT NOT NULL REFERENCES kb_section (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL,
    PRIMARY KEY (section_id, organization_id)
);

-- number: the rowid of the article's row in kb_article_text
CREATE TABLE kb_article (
    number     INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    section_id TEXT    NOT NULL REFERENCES kb_section (id),
    title      TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    keywords   TEXT    NOT NULL,
    files      TEXT    NOT NULL,
    state      TEXT    NOT NULL,
    author_id  TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version    INTEGER NOT NULL
);
CREATE INDEX kb_article_by_section ON kb_article (section_id, created_at, id);

-- the words of each article's title, keywords and body, already folded by the domain (SearchTerms.words), written
-- in the same unit of work as the article; ranked with bm25 weighting title over keywords over body
CREATE VIRTUAL TABLE kb_article_text USING fts5 (
    title,
    keywords,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- one current vote per voter (a contact or an agent) and article
CREATE TABLE kb_vote (
    article_id TEXT    NOT NULL REFERENCES kb_article (id) ON DELETE CASCADE,
    voter_kind TEXT    NOT NULL,
    voter_id   TEXT    NOT NULL,
    helpful    INTEGER NOT NULL,
    missing    TEXT    NOT NULL,
    voted_at   INTEGER NOT NULL,
    PRIMARY KEY (article_id, voter_kind, voter_id)
);
CREATE INDEX kb_vote_feedback ON kb_vote (article_id, helpful, voted_at);
