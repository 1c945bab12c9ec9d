-- Schema 1: key slots, the append-only event log and its projections.
-- Every personal value lives inside a sealed blob (see docs/adr/0003).

CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE key_slots (
    id      TEXT PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('platform', 'passphrase', 'raw')),
    params  TEXT NOT NULL,
    wrapped BLOB NOT NULL CHECK (length(wrapped) > 31)
) STRICT;

-- Append-only: rows are never updated or deleted (triggers below).
CREATE TABLE events (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    subject_token BLOB NOT NULL CHECK (length(subject_token) = 32),
    sealed        BLOB NOT NULL CHECK (length(sealed) > 31)
) STRICT;
CREATE INDEX events_by_subject ON events (subject_token, seq);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

-- Projections, rebuilt from the events.
CREATE TABLE people (
    id     TEXT PRIMARY KEY,
    sealed BLOB NOT NULL CHECK (length(sealed) > 31)
) STRICT;

CREATE TABLE documents (
    id     TEXT PRIMARY KEY,
    sealed BLOB NOT NULL CHECK (length(sealed) > 31)
) STRICT;
