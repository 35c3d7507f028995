DELETE FROM event_mentions;
DELETE FROM events;
DELETE FROM copies;
