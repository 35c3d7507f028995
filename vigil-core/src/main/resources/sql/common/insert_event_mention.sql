INSERT INTO event_mentions (event_id, mention_id) VALUES (:eventId, :mentionId)
