SELECT record FROM submissions WHERE id = :id
