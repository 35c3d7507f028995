INSERT INTO events_fts (rid, event_id, body) VALUES (:rid, :id, to_tsvector('simple', :body))
