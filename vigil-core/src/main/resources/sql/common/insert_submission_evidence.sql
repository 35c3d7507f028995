INSERT INTO submission_evidence(submission_id, ordinal, sha256, file_name) VALUES (:submissionId, :ordinal, :sha256, :fileName)
