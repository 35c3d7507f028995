-- Frozen, numbered datasets: each release keeps its files (events.jsonl, events.csv, changelog.json,
-- manifest.json with the SHA-256 of every other file) exactly as written, and the log row it was cut at.
CREATE TABLE releases (
    name       TEXT PRIMARY KEY,
    number     INTEGER NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    log_seq    INTEGER NOT NULL
);
CREATE TABLE release_files (
    release TEXT NOT NULL REFERENCES releases(name),
    file    TEXT NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (release, file)
);
CREATE TRIGGER release_files_no_update BEFORE UPDATE ON release_files BEGIN SELECT RAISE(ABORT, 'a release is frozen'); END;
CREATE TRIGGER release_files_no_delete BEFORE DELETE ON release_files BEGIN SELECT RAISE(ABORT, 'a release is frozen'); END;
