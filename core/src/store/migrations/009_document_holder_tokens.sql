-- Schema 9: documents can be found by their holder (issue 27): a keyed
-- lookup token of the holder's id (HMAC, like the number and subject
-- tokens), so a caseload is read person by person instead of all at once.
-- Filled by the Rust step from each document's sealed record; a record that
-- does not open keeps NULL and is reported unreadable by the readers.

ALTER TABLE documents ADD COLUMN holder_token BLOB CHECK (holder_token IS NULL OR length(holder_token) = 32);
CREATE INDEX documents_by_holder ON documents (holder_token);
