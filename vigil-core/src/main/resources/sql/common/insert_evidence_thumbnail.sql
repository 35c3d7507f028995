INSERT INTO evidence_thumbnails(sha256, media_type, content) VALUES (:sha256, :mediaType, :content) ON CONFLICT(sha256) DO NOTHING
