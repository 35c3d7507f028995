SELECT m.record FROM event_mentions em JOIN mentions m ON m.id = em.mention_id WHERE em.event_id = :eventId ORDER BY m.document_id, m.id
