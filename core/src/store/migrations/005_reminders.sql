-- Schema 5: what a person did with reminders, and the last plan of
-- reminders an app was given (docs/adr/0013-reminders.md). Both are sealed:
-- no document id, date or state is readable on disk. A row's id is the
-- reminder's keyed id (HMAC under the store's reminder lookup key), opaque
-- without the data key.

CREATE TABLE reminder_states (
    id     TEXT PRIMARY KEY,
    sealed BLOB NOT NULL CHECK (length(sealed) > 31)
) STRICT;

-- One row: the reminders last handed to the platform's scheduler.
CREATE TABLE reminder_sync (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    sealed BLOB NOT NULL CHECK (length(sealed) > 31)
) STRICT;
