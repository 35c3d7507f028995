SELECT record FROM claims WHERE document_id = :documentId ORDER BY ordinal
