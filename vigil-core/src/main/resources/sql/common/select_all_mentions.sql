SELECT document_id, record FROM mentions ORDER BY document_id, id
