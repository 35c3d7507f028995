SELECT record FROM mentions WHERE document_id = :documentId ORDER BY id
