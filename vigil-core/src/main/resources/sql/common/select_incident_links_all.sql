SELECT record FROM incident_links ORDER BY from_event, to_event, relation
