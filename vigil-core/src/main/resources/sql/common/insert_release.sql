INSERT INTO releases(name, number, created_at, log_seq) VALUES (:name, :number, :createdAt, :logSeq)
