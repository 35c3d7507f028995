-- What the API filters and sorts events by, in a narrow table of its own (the events table carries each
-- event's whole JSON record, too wide to scan), and a full-text index of each event's evidence (type, modes,
-- place, actors, slogans, claimants, quotes, publishers) in SQLite FTS5.
CREATE TABLE event_facets (
    rid                  INTEGER PRIMARY KEY, -- the rowid of the event's row in events_fts
    id                   TEXT NOT NULL UNIQUE,
    type                 TEXT NOT NULL,
    modes                TEXT NOT NULL,
    acled_sub_event_type TEXT,
    date_start           TEXT,
    date_end             TEXT,
    place_name           TEXT,
    lat                  REAL,
    lon                  REAL,
    historical           INTEGER NOT NULL,
    future               INTEGER NOT NULL,
    disputed             INTEGER NOT NULL,
    independent_sources  INTEGER NOT NULL
);
-- Pages come in one stable order (date, then id): indexes so a page needs no full sort, covering the
-- common filters so counting and paging never visit the table.
CREATE INDEX event_facets_order ON event_facets(coalesce(date_start, '9999'), id, date_end, date_start, type,
    historical, disputed, independent_sources, lat, lon, place_name);
CREATE INDEX event_facets_type_order ON event_facets(type, coalesce(date_start, '9999'), id, date_end, date_start,
    historical, disputed, independent_sources, lat, lon, place_name);
CREATE INDEX event_facets_lat_lon ON event_facets(lat, lon);
CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');
-- Counts by place (the statistics) read places in order instead of sorting them.
CREATE INDEX event_facets_place ON event_facets(place_name);
CREATE INDEX event_facets_type_place ON event_facets(type, place_name);
