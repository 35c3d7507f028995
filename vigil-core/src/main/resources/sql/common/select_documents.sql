SELECT record, clean_text FROM documents ORDER BY id
