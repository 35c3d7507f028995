DELETE FROM mention_placements WHERE mention_id = :mentionId
