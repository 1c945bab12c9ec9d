-- Schema 8: the store's sharing identity (issue 26, docs/adr/0027). One
-- sealed row: {a random store id, an Ed25519 signing key}, made at the
-- first share, so that an organisation can tell that later shares come
-- from the same worker's store and were not changed. Carried in backups
-- (restoring on a new phone keeps it); never leaves the store otherwise.

CREATE TABLE store_identity (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    sealed BLOB NOT NULL CHECK (length(sealed) > 31)
) STRICT;
