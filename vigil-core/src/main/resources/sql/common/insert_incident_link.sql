INSERT INTO incident_links (from_event, to_event, relation, record) VALUES (:fromEvent, :toEvent, :relation, :record)
