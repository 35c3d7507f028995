INSERT INTO posts (document_id, platform, account, post_id, url, posted_at, relation, origin, record)
VALUES (:documentId, :platform, :account, :postId, :url, :postedAt, :relation, :origin, :record)
