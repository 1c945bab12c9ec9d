-- Schema 10: photo chunks move from a WITHOUT ROWID table to an ordinary
-- one (issue 27). In a WITHOUT ROWID table the whole row is the b-tree key,
-- so the 64 KiB sealed chunks sat in the index itself: every lookup by
-- (attachment, index) read overflow pages, and reading a 10 MiB photo cost
-- several times a plain SQLite read of the same bytes. Same columns, checks
-- and key; the rows are copied unchanged (their authenticated data names
-- the attachment and the chunk index, not a row id). The store turns
-- secure_delete on before any migration runs, so the old table's pages are
-- wiped when it is dropped. Chunks whose photo row is gone (bytes of a
-- deleted photo put back, which the integrity check reports) are not
-- carried over: nothing can reach them, and the foreign key would refuse
-- them.

CREATE TABLE attachment_chunks_v10 (
    attachment_id TEXT NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL CHECK (idx >= 0),
    sealed        BLOB NOT NULL CHECK (length(sealed) >= 31),  -- an empty file is one empty chunk
    PRIMARY KEY (attachment_id, idx)
) STRICT;
INSERT INTO attachment_chunks_v10 (attachment_id, idx, sealed)
    SELECT attachment_id, idx, sealed FROM attachment_chunks
    WHERE attachment_id IN (SELECT id FROM attachments)
    ORDER BY attachment_id, idx;
DROP TABLE attachment_chunks;
ALTER TABLE attachment_chunks_v10 RENAME TO attachment_chunks;
