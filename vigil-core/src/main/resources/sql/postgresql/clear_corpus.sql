LOCK TABLE events, event_facets, events_fts, event_mentions, copies, incident_links, corpus_state IN EXCLUSIVE MODE;
DELETE FROM event_mentions;
DELETE FROM events;
DELETE FROM event_facets;
DELETE FROM events_fts;
DELETE FROM copies;
DELETE FROM incident_links;
