-- How many documents the derived events were last built from, written in the same transaction as the events:
-- an ingest killed after saving documents but before re-deriving is caught up by the next one.
CREATE TABLE corpus_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    documents INTEGER NOT NULL
);
