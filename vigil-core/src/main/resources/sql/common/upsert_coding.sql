INSERT INTO codings(event_id, coder, field, value, at) VALUES (:eventId, :coder, :field, :value, :at) ON CONFLICT(event_id, coder, field) DO UPDATE SET value = excluded.value, at = excluded.at
