INSERT INTO events_fts (rowid, event_id, body) VALUES (:rid, :id, :body)
