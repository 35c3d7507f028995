INSERT INTO corpus_state(id, documents) VALUES (1, CASE WHEN :documents >= 0 THEN :documents ELSE (SELECT count(*) FROM documents) END) ON CONFLICT(id) DO UPDATE SET documents = excluded.documents
