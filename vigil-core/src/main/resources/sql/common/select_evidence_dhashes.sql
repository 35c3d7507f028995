SELECT sha256, dhash FROM evidence_files WHERE dhash IS NOT NULL ORDER BY sha256
