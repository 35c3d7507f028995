SELECT name, number, created_at, log_seq FROM releases ORDER BY number
