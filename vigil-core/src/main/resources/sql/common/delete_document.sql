DELETE FROM documents WHERE id = :id
