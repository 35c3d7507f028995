SELECT record FROM copies ORDER BY document_a, document_b
