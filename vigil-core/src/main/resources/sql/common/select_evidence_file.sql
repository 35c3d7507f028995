SELECT record FROM evidence_files WHERE sha256 = :sha256
