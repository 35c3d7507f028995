INSERT INTO claim_reviews(claim_key, state) VALUES (:key, :state) ON CONFLICT(claim_key) DO UPDATE SET state = excluded.state
