SELECT seq, at, actor, operation, target, field, before_value, after_value, reason, client, previous_hash, hash FROM review_log ORDER BY seq
