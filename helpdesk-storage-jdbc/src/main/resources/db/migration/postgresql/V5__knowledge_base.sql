-- Knowledge base, PostgreSQL: categories -> sections -> articles, each category and section enabled for everyone
-- or for the organizations listed beside it; helpfulness votes. Ids compare byte by byte (COLLATE "C"), as in
-- SQLite, so that lists come in the same order.

CREATE TABLE kb_category (
    id          TEXT COLLATE "C" PRIMARY KEY,
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    everyone    BOOLEAN NOT NULL
);

CREATE TABLE kb_category_organization (
    category_id     TEXT COLLATE "C" NOT NULL REFERENCES kb_category (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL,
    PRIMARY KEY (category_id, organization_id)
);

CREATE TABLE kb_section (
    id          TEXT COLLATE "C" PRIMARY KEY,
    category_id TEXT COLLATE "C" NOT NULL REFERENCES kb_category (id),
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    everyone    BOOLEAN NOT NULL
);
CREATE INDEX kb_section_by_category ON kb_section (category_id, position, id);

CREATE TABLE kb_section_organization (
    section_id      TEXT COLLATE "C" NOT NULL REFERENCES kb_section (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL,
    PRIMARY KEY (section_id, organization_id)
);

-- the words of the title, keywords and body, folded by the domain (SearchTerms.words), as 'simple' tsvectors
-- written with the article: one per field, so that a phrase never spans two fields, and the weighted document
-- (title A, keywords B, body C) that the GIN index and ts_rank use
CREATE TABLE kb_article (
    id            TEXT COLLATE "C" PRIMARY KEY,
    section_id    TEXT COLLATE "C" NOT NULL REFERENCES kb_section (id),
    title         TEXT     NOT NULL,
    body          TEXT     NOT NULL,
    keywords      TEXT     NOT NULL,
    files         TEXT     NOT NULL,
    state         TEXT     NOT NULL,
    author_id     TEXT     NOT NULL,
    created_at    BIGINT   NOT NULL,
    updated_at    BIGINT   NOT NULL,
    version       BIGINT   NOT NULL,
    title_words   TSVECTOR NOT NULL,
    keyword_words TSVECTOR NOT NULL,
    body_words    TSVECTOR NOT NULL,
    document      TSVECTOR NOT NULL
);
CREATE INDEX kb_article_by_section ON kb_article (section_id, created_at, id);
CREATE INDEX kb_article_document ON kb_article USING GIN (document);

-- one current vote per voter (a contact or an agent) and article
CREATE TABLE kb_vote (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES kb_article (id) ON DELETE CASCADE,
    voter_kind TEXT COLLATE "C" NOT NULL,
    voter_id   TEXT COLLATE "C" NOT NULL,
    helpful    BOOLEAN NOT NULL,
    missing    TEXT    NOT NULL,
    voted_at   BIGINT  NOT NULL,
    PRIMARY KEY (article_id, voter_kind, voter_id)
);
CREATE INDEX kb_vote_feedback ON kb_vote (article_id, helpful, voted_at);
