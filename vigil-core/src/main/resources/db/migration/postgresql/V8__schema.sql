-- Vigil's record on PostgreSQL: the same tables as the SQLite store after its V1..V8, in one step (the numbers
-- stay in step so the next change is V9 in both dialects). Dates are ISO text, as in SQLite, so both stores
-- order and filter them the same way; the free-text index is a tsvector with a GIN index instead of FTS5.
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
    low         BIGINT,
    high        BIGINT,
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
    lat                 DOUBLE PRECISION,
    lon                 DOUBLE PRECISION,
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
    similarity DOUBLE PRECISION NOT NULL,
    record     TEXT NOT NULL,
    PRIMARY KEY (document_a, document_b)
);
-- What the API filters and sorts by, narrow; indexes for its filters and its one stable order (date, then id).
CREATE TABLE event_facets (
    rid                  BIGINT PRIMARY KEY,
    id                   TEXT NOT NULL UNIQUE,
    type                 TEXT NOT NULL,
    modes                TEXT NOT NULL,
    acled_sub_event_type TEXT,
    date_start           TEXT,
    date_end             TEXT,
    place_name           TEXT,
    lat                  DOUBLE PRECISION,
    lon                  DOUBLE PRECISION,
    historical           INTEGER NOT NULL,
    future               INTEGER NOT NULL,
    disputed             INTEGER NOT NULL,
    independent_sources  INTEGER NOT NULL,
    confidence           DOUBLE PRECISION NOT NULL DEFAULT 1
);
CREATE INDEX event_facets_order ON event_facets((coalesce(date_start, '9999')), id);
CREATE INDEX event_facets_type_order ON event_facets(type, (coalesce(date_start, '9999')), id);
CREATE INDEX event_facets_lat_lon ON event_facets(lat, lon);
CREATE INDEX event_facets_place ON event_facets(place_name);
CREATE INDEX event_facets_type_place ON event_facets(type, place_name);
CREATE INDEX event_facets_confidence ON event_facets(confidence);
CREATE INDEX event_facets_sub_event ON event_facets(acled_sub_event_type);
-- Full text of each event's evidence (type, modes, place, actors, slogans, claimants, quotes, publishers).
CREATE TABLE events_fts (
    rid      BIGINT PRIMARY KEY,
    event_id TEXT NOT NULL,
    body     TSVECTOR NOT NULL
);
CREATE INDEX events_fts_body ON events_fts USING GIN (body);
CREATE TABLE incident_links (
    from_event TEXT NOT NULL,
    to_event   TEXT NOT NULL,
    relation   TEXT NOT NULL,
    record     TEXT NOT NULL,
    PRIMARY KEY (from_event, to_event, relation)
);
CREATE INDEX incident_links_to ON incident_links(to_event);
-- People's judgements, apart from the derived record; re-deriving never deletes from these tables.
CREATE TABLE event_reviews (
    event_id    TEXT PRIMARY KEY,
    state       TEXT NOT NULL,
    merged_into TEXT,
    record      TEXT NOT NULL
);
CREATE INDEX event_reviews_state ON event_reviews(state);
CREATE TABLE mention_placements (
    mention_id TEXT PRIMARY KEY,
    event_id   TEXT NOT NULL
);
CREATE TABLE claim_reviews (
    claim_key TEXT PRIMARY KEY,
    state     TEXT NOT NULL
);
CREATE TABLE users (
    name       TEXT PRIMARY KEY,
    role       TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE TABLE review_log (
    seq           BIGINT PRIMARY KEY,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    operation     TEXT NOT NULL,
    target        TEXT,
    field         TEXT,
    before_value  TEXT,
    after_value   TEXT,
    reason        TEXT,
    client        TEXT,
    previous_hash TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX review_log_target ON review_log(target);
-- The log is append-only and a release is frozen: the database refuses to change or remove their rows.
CREATE FUNCTION vigil_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0];
END;
$$;
CREATE TRIGGER review_log_no_change BEFORE UPDATE OR DELETE ON review_log
    FOR EACH ROW EXECUTE FUNCTION vigil_refuse('the review log is append-only');
CREATE TABLE releases (
    name       TEXT PRIMARY KEY,
    number     INTEGER NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    log_seq    BIGINT NOT NULL
);
CREATE TABLE release_files (
    release TEXT NOT NULL REFERENCES releases(name),
    file    TEXT NOT NULL,
    content BYTEA NOT NULL,
    PRIMARY KEY (release, file)
);
CREATE TRIGGER release_files_no_change BEFORE UPDATE OR DELETE ON release_files
    FOR EACH ROW EXECUTE FUNCTION vigil_refuse('a release is frozen');
CREATE TABLE codings (
    event_id TEXT NOT NULL,
    coder    TEXT NOT NULL,
    field    TEXT NOT NULL,
    value    TEXT NOT NULL,
    at       TEXT NOT NULL,
    PRIMARY KEY (event_id, coder, field)
);
CREATE TABLE copy_judgements (
    pair    TEXT PRIMARY KEY,
    is_copy INTEGER NOT NULL
);
CREATE TABLE corpus_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    documents INTEGER NOT NULL
);
