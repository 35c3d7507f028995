SELECT sha256, file_name FROM submission_evidence WHERE submission_id = :submissionId ORDER BY ordinal
