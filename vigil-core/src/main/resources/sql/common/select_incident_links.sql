SELECT record FROM incident_links WHERE from_event = :eventId
UNION ALL
SELECT record FROM incident_links WHERE to_event = :eventId
