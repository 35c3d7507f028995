-- Posts (Telegram, X): the platform record of a document that is a post, written in the same transaction as the
-- document and removed with it. origin names the account whose post a forward or repost relays: such a post is
-- never a source independent of its origin.
CREATE TABLE posts (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    platform    TEXT NOT NULL,
    account     TEXT NOT NULL,
    post_id     TEXT NOT NULL,
    url         TEXT NOT NULL,
    posted_at   TEXT NOT NULL,
    relation    TEXT NOT NULL,
    origin      TEXT,
    record      TEXT NOT NULL
);
CREATE INDEX posts_origin ON posts(origin);
CREATE INDEX posts_account ON posts(platform, account, post_id);
