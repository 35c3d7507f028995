SELECT seq, hash FROM review_log ORDER BY seq DESC LIMIT 1
