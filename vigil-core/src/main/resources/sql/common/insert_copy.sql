INSERT INTO copies (document_a, document_b, similarity, record) VALUES (:documentA, :documentB, :similarity, :record)
