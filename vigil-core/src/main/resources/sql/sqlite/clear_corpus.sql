DELETE FROM event_mentions;
DELETE FROM events;
DELETE FROM event_facets;
DELETE FROM events_fts;
DELETE FROM copies;
