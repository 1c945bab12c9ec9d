-- Schema 3: photos and scans of documents, encrypted in chunks.

CREATE TABLE attachments (
    id          TEXT PRIMARY KEY,
    owner_token BLOB NOT NULL CHECK (length(owner_token) = 32),
    sealed_meta BLOB NOT NULL CHECK (length(sealed_meta) > 31)
) STRICT;
CREATE INDEX attachments_by_owner ON attachments (owner_token);

CREATE TABLE attachment_chunks (
    attachment_id TEXT NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL CHECK (idx >= 0),
    sealed        BLOB NOT NULL CHECK (length(sealed) >= 31),  -- an empty file is one empty chunk
    PRIMARY KEY (attachment_id, idx)
) STRICT, WITHOUT ROWID;
