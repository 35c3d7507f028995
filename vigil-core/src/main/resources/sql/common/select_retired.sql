SELECT event_id FROM event_reviews WHERE state = 'merged'
