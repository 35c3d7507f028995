INSERT INTO mentions (id, document_id, type, record) VALUES (:id, :documentId, :type, :record)
