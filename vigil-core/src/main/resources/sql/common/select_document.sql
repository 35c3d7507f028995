SELECT record, raw_text, clean_text FROM documents WHERE id = :id
