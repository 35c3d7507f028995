SELECT media_type, content FROM evidence_thumbnails WHERE sha256 = :sha256
