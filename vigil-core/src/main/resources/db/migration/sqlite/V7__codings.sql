-- Blind double coding for inter-coder agreement: each coder's own value of a field of an event, never shown to
-- the other coders (the review log records that a coding was made, not its value).
CREATE TABLE codings (
    event_id TEXT NOT NULL,
    coder    TEXT NOT NULL,
    field    TEXT NOT NULL,
    value    TEXT NOT NULL,
    at       TEXT NOT NULL,
    PRIMARY KEY (event_id, coder, field)
);
-- Reviewers' marks on pairs of documents: a copy (true) or independent (false), over what the detector found.
CREATE TABLE copy_judgements (
    pair    TEXT PRIMARY KEY,
    is_copy INTEGER NOT NULL
);
