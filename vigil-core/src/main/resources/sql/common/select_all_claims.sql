SELECT document_id, record FROM claims ORDER BY document_id, ordinal
