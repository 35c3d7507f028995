INSERT INTO events_fts (event_id, body) VALUES (:id, :body)
