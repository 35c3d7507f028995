SELECT name, role, token_hash, created_at FROM users WHERE token_hash = :hash
