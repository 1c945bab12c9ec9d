-- Schema 11: compact sealed records (docs/adr/0030). The tables do not
-- change. The data step re-seals every readable record of a document, its
-- attachment counts and every person's record in the compact binary form
-- instead of JSON, under the same authenticated data (purpose, table, row).
-- Events are not re-written: they are chained and immutable, and readers
-- accept both encodings. Records that do not open are left as they are
-- (reported by the readers as before).
SELECT 1;
