INSERT INTO submission_contacts(submission_id, contact) VALUES (:submissionId, :contact)
