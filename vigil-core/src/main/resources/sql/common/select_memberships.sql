SELECT mention_id, event_id FROM event_mentions
