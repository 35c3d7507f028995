-- Columns and indexes for the event filters of the API, and a full-text index of each event's evidence
-- (type, modes, place, actors, slogans, claimants and quotes) in SQLite FTS5.
ALTER TABLE events ADD COLUMN modes TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN acled_sub_event_type TEXT;
ALTER TABLE events ADD COLUMN future INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN place_name TEXT;
CREATE INDEX events_type ON events(type);
CREATE INDEX events_lat_lon ON events(lat, lon);
CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');
