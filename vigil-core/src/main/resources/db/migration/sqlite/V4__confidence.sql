-- Each event's relevance confidence (0..1, the highest of its mentions'), which the API and exports filter on.
ALTER TABLE event_facets ADD COLUMN confidence REAL NOT NULL DEFAULT 1;
CREATE INDEX event_facets_confidence ON event_facets(confidence);
