-- Incident chains: one row per step (an event that followed from another in the same place and period),
-- replaced with the events after each ingest.
CREATE TABLE incident_links (
    from_event TEXT NOT NULL,
    to_event   TEXT NOT NULL,
    relation   TEXT NOT NULL,
    record     TEXT NOT NULL,
    PRIMARY KEY (from_event, to_event, relation)
);
CREATE INDEX incident_links_to ON incident_links(to_event);
