SELECT record FROM documents ORDER BY id
