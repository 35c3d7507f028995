SELECT record FROM event_reviews ORDER BY event_id
