INSERT INTO claims (document_id, ordinal, mention_id, kind, low, high, claimant, record) VALUES (:documentId, :ordinal, :mentionId, :kind, :low, :high, :claimant, :record)
