INSERT INTO mention_placements(mention_id, event_id) VALUES (:mentionId, :eventId) ON CONFLICT(mention_id) DO UPDATE SET event_id = excluded.event_id
