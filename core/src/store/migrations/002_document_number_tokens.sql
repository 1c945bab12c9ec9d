-- Schema 2: equality lookup of document numbers by keyed HMAC tokens.
-- The Rust step that follows fills number_token for existing documents.

ALTER TABLE documents ADD COLUMN number_token BLOB CHECK (number_token IS NULL OR length(number_token) = 32);
CREATE INDEX documents_by_number ON documents (number_token);
