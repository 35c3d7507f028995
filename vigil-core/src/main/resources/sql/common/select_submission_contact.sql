SELECT contact FROM submission_contacts WHERE submission_id = :submissionId
