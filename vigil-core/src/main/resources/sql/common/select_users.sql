SELECT name, role, token_hash, created_at FROM users ORDER BY name
