-- Vigil's record: documents with their mentions and claims (written one transaction per document), and the
-- events and copies derived from them (replaced together after each ingest).
CREATE TABLE documents (
    id                  TEXT PRIMARY KEY,
    source              TEXT NOT NULL,
    publisher           TEXT,
    affiliation         TEXT,
    published_start     TEXT,
    published_end       TEXT,
    published_precision TEXT,
    ingested_at         TEXT NOT NULL,
    title               TEXT,
    raw_text            TEXT NOT NULL,
    clean_text          TEXT NOT NULL,
    record              TEXT NOT NULL
);
CREATE TABLE mentions (
    id          TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    record      TEXT NOT NULL
);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE TABLE claims (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    mention_id  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    low         INTEGER,
    high        INTEGER,
    claimant    TEXT NOT NULL,
    record      TEXT NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
CREATE TABLE events (
    id                  TEXT PRIMARY KEY,
    type                TEXT NOT NULL,
    date_start          TEXT,
    date_end            TEXT,
    country             TEXT,
    lat                 REAL,
    lon                 REAL,
    historical          INTEGER NOT NULL,
    disputed            INTEGER NOT NULL,
    independent_sources INTEGER NOT NULL,
    record              TEXT NOT NULL
);
CREATE INDEX events_date ON events(date_start, date_end);
CREATE TABLE event_mentions (
    event_id   TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    mention_id TEXT NOT NULL,
    PRIMARY KEY (event_id, mention_id)
);
CREATE TABLE copies (
    document_a TEXT NOT NULL,
    document_b TEXT NOT NULL,
    similarity REAL NOT NULL,
    record     TEXT NOT NULL,
    PRIMARY KEY (document_a, document_b)
);
