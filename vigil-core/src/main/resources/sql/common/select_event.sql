SELECT record FROM events WHERE id = :id
