-- Witness submissions and their photo and video evidence (issue 18).
-- Each original is kept byte for byte in the store, once per SHA-256 (content-addressed): the same file sent twice
-- is one row. It is never changed or removed; its thumbnail is a separate, derived row.
CREATE TABLE evidence_files (
    sha256     TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    kind       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    dhash      INTEGER,
    record     TEXT NOT NULL,
    content    BLOB NOT NULL
);
CREATE TRIGGER evidence_files_no_update BEFORE UPDATE ON evidence_files BEGIN SELECT RAISE(ABORT, 'an original is kept unmodified'); END;
CREATE TRIGGER evidence_files_no_delete BEFORE DELETE ON evidence_files BEGIN SELECT RAISE(ABORT, 'an original is kept unmodified'); END;
CREATE TABLE evidence_thumbnails (
    sha256     TEXT PRIMARY KEY REFERENCES evidence_files(sha256),
    media_type TEXT NOT NULL,
    content    BLOB NOT NULL
);
-- One row per submission: its document (the witness's text as analysed), when it came, the time and place given,
-- what the witness consented to and when.
CREATE TABLE submissions (
    id          TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    consent_at  TEXT NOT NULL,
    record      TEXT NOT NULL
);
CREATE INDEX submissions_document ON submissions(document_id);
CREATE TABLE submission_evidence (
    submission_id TEXT NOT NULL REFERENCES submissions(id),
    ordinal       INTEGER NOT NULL,
    sha256        TEXT NOT NULL REFERENCES evidence_files(sha256),
    file_name     TEXT,
    PRIMARY KEY (submission_id, ordinal)
);
CREATE INDEX submission_evidence_sha256 ON submission_evidence(sha256);
-- How to reach the witness, apart from everything else: no export, release or public API reads this table.
CREATE TABLE submission_contacts (
    submission_id TEXT PRIMARY KEY REFERENCES submissions(id),
    contact       TEXT NOT NULL
);
