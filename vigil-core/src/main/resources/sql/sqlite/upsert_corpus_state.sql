INSERT INTO corpus_state(id, documents) VALUES (1, (SELECT count(*) FROM documents)) ON CONFLICT(id) DO UPDATE SET documents = excluded.documents
