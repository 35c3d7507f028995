SELECT count(*) FROM documents WHERE id = :id
