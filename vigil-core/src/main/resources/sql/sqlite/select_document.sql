SELECT record FROM documents WHERE id = :id
