-- Schema 4: the sealed head of the event log (docs/adr/0009-sealed-log-head.md),
-- checksums of key slots, and sealed attachment counts of documents.
-- The Rust step that follows fills the chain of existing events (the
-- append-only trigger is dropped and re-created around it), the checksums,
-- the counts and the head.

ALTER TABLE events ADD COLUMN chain BLOB CHECK (chain IS NULL OR length(chain) = 32);
ALTER TABLE key_slots ADD COLUMN checksum BLOB CHECK (checksum IS NULL OR length(checksum) = 32);
ALTER TABLE documents ADD COLUMN counts BLOB CHECK (counts IS NULL OR length(counts) > 31);

-- One row: the sealed {event count, last seq, chain head, record counts}.
CREATE TABLE log_head (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    sealed BLOB NOT NULL CHECK (length(sealed) > 31)
) STRICT;
