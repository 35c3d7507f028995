SELECT mention_id, event_id FROM mention_placements
