SELECT event_id, coder, field, value, at FROM codings ORDER BY event_id, field, coder
