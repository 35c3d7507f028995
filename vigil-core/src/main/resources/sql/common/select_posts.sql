SELECT record FROM posts ORDER BY document_id
