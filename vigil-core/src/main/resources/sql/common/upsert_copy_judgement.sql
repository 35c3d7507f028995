INSERT INTO copy_judgements(pair, is_copy) VALUES (:pair, :isCopy) ON CONFLICT(pair) DO UPDATE SET is_copy = excluded.is_copy
