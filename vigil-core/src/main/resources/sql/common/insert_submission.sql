INSERT INTO submissions(id, document_id, received_at, consent_at, record) VALUES (:id, :documentId, :receivedAt, :consentAt, :record)
