SELECT (SELECT count(*) FROM documents) = coalesce((SELECT documents FROM corpus_state WHERE id = 1), -1)
