INSERT INTO users(name, role, token_hash, created_at) VALUES (:name, :role, :tokenHash, :createdAt) ON CONFLICT(name) DO UPDATE SET role = excluded.role, token_hash = excluded.token_hash
