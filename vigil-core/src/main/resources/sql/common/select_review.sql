SELECT record FROM event_reviews WHERE event_id = :id
