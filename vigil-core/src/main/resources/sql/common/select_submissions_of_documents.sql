SELECT record FROM submissions WHERE document_id IN (<documentIds>) ORDER BY received_at, id
