DELETE FROM event_mentions;
DELETE FROM events;
DELETE FROM event_facets;
DELETE FROM events_fts;
DELETE FROM copies;
DELETE FROM incident_links;
