SELECT record FROM copies WHERE document_a IN (<ids>) AND document_b IN (<ids>) ORDER BY document_a, document_b
