SELECT media_type, content FROM evidence_files WHERE sha256 = :sha256
