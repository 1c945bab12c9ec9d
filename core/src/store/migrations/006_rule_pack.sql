-- Schema 6: the installed rule pack (docs/adr/0014-signed-rule-packs.md).
-- One row: the sealed {set id, version, signed pack file}. The sealed log
-- head anchors it (the row's digest and the highest version installed), so
-- it needs no data step: a store without a pack has an empty anchor.
-- (Schema 5 is the reminder states of the languages-and-reminders branch.)

CREATE TABLE rule_pack (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    sealed BLOB NOT NULL CHECK (length(sealed) > 31)
) STRICT;
