-- People's judgements, kept apart from the derived record (documents, mentions and claims are analyses; events,
-- copies and chains are re-derived): event reviews, mentions placed by merges and splits, claim states, users,
-- and the append-only, hash-chained review log. Re-deriving never deletes from these tables.
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
    seq           INTEGER PRIMARY KEY,
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
-- The log is append-only: the database refuses to change or remove a row.
CREATE TRIGGER review_log_no_update BEFORE UPDATE ON review_log BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
CREATE TRIGGER review_log_no_delete BEFORE DELETE ON review_log BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
