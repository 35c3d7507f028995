INSERT INTO evidence_files(sha256, media_type, kind, size, dhash, record, content) VALUES (:sha256, :mediaType, :kind, :size, :dhash, :record, :content) ON CONFLICT(sha256) DO NOTHING
