-- Schema 7: the rules this store was last evaluated with (docs/adr/0023).
-- One sealed row: {rule-set identity, the compiled rules}. When the rules in
-- use change (a pack installed or removed, an app update with newer bundled
-- rules), the app compares the old rules with the new ones for each person
-- and keeps what changed as notices. Not in backups: a restored store
-- starts from the rules it is opened with.

CREATE TABLE rules_used (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    sealed BLOB NOT NULL CHECK (length(sealed) > 31)
) STRICT;
