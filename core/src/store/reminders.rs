//! Reminders in the store: their opaque ids, what the person did with them
//! (done, dismissed, snoozed) and the last plan handed to the phone's
//! scheduler. Everything is sealed; a row's id is the reminder's keyed id.
//! See `docs/adr/0013-reminders.md`.

use super::error::{RecordKind, StoreError, StoreResult};
use super::Store;
use crate::crypto::{LookupPurpose, Purpose};
use crate::plan::reminders::{ReminderKey, ReminderState};
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

const STATES: &str = "reminder_states";
const SYNC: &str = "reminder_sync";
/// The only row of `reminder_sync`.
const SYNC_ROW: &str = "1";

/// The length of a reminder id: 32 lower-case hex digits (128 bits of the
/// keyed hash).
pub const REMINDER_ID_LEN: usize = 32;

/// A reminder's state as sealed in the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct StateRecord {
    /// The reminder's id (checked against its row).
    id: String,
    /// What the person did.
    state: ReminderState,
    /// When.
    changed_on: NaiveDate,
    /// The date the reminder is about: states whose date is long past are
    /// forgotten ([`Store::forget_reminder_states_before`]).
    target_date: NaiveDate,
    /// The reminder's canonical key ([`ReminderKey::canonical`]): a backup
    /// carries it, so that a restored store (whose ids come from other keys)
    /// can find the same reminder again. States written before backups
    /// carried them have none and stay on this phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
}

/// Sealed as JSON (no compact form: docs/adr/0030).
impl super::encoding::Stored for StateRecord {}

/// A reminder's state as carried by a backup: the canonical key instead of
/// the store-specific id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct PortableState {
    /// [`ReminderKey::canonical`].
    pub key: String,
    /// What the person did.
    pub state: ReminderState,
    /// When.
    pub changed_on: NaiveDate,
    /// The date the reminder is about.
    pub target_date: NaiveDate,
}

/// A reminder as it was handed to the phone's scheduler.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncedReminder {
    /// Its id.
    pub id: String,
    /// The day it fires: one whose day has passed needs no cancelling.
    pub fire_on: NaiveDate,
    /// A digest of what was scheduled (day, time and texts): when it
    /// changes, the app must replace the notification.
    pub fingerprint: String,
}

/// The sealed content of `reminder_sync`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct SyncRecord {
    reminders: Vec<SyncedReminder>,
}

/// Sealed as JSON (no compact form: docs/adr/0030).
impl super::encoding::Stored for SyncRecord {}

/// Whether `id` looks like a reminder id.
pub fn is_reminder_id(id: &str) -> bool {
    id.len() == REMINDER_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl Store {
    /// The opaque id of a reminder: stable for this store (the same key
    /// gives the same id in every plan), meaningless without its data key,
    /// so the phone's scheduler learns nothing from it.
    pub fn reminder_id(&self, key: &ReminderKey) -> String {
        reminder_id_of(&self.keys, &key.canonical())
    }

    /// The opaque id of a reminder that is not about one document's date
    /// (unread notices), from its own canonical text.
    pub fn reminder_id_for(&self, canonical: &str) -> String {
        reminder_id_of(&self.keys, canonical)
    }

    /// The stored state of every reminder that has one. A state that fails
    /// its integrity check is left out (the reminder fires as planned) and
    /// its row id listed in the second value.
    pub fn reminder_states(&self) -> StoreResult<(HashMap<String, ReminderState>, Vec<String>)> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, sealed FROM reminder_states ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
        })?;
        let mut states = HashMap::new();
        let mut unreadable = Vec::new();
        for row in rows {
            let (id, blob) = row?;
            match self.keys.open::<StateRecord>(
                Purpose::Record,
                STATES,
                &id,
                &blob,
                RecordKind::Reminder,
            ) {
                Ok(record) if record.id == id => {
                    states.insert(id, record.state);
                }
                Ok(_) | Err(StoreError::Integrity(_)) => unreadable.push(id),
                Err(e) => return Err(e),
            }
        }
        Ok((states, unreadable))
    }

    /// Records what the person did with reminder `id` (about `target_date`)
    /// on `on`. `Pending` forgets any earlier state. With the reminder's
    /// `key`, the state travels in backups.
    pub fn set_reminder_state(
        &mut self,
        id: &str,
        key: Option<&ReminderKey>,
        state: ReminderState,
        target_date: NaiveDate,
        on: NaiveDate,
    ) -> StoreResult<()> {
        if !is_reminder_id(id) {
            return Err(StoreError::NotFound(RecordKind::Reminder));
        }
        let key = key.map(ReminderKey::canonical);
        if key
            .as_deref()
            .is_some_and(|k| reminder_id_of(&self.keys, k) != id)
        {
            return Err(StoreError::Invalid {
                field: "reminder",
                reason: "the id is not the key's",
            });
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if state == ReminderState::Pending {
            tx.execute("DELETE FROM reminder_states WHERE id = ?1", [id])?;
        } else {
            let record = StateRecord {
                id: id.to_string(),
                state,
                changed_on: on,
                target_date,
                key,
            };
            let sealed = self.keys.seal(Purpose::Record, STATES, id, &record)?;
            tx.execute(
                "INSERT INTO reminder_states (id, sealed) VALUES (?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed",
                params![id, sealed],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Forgets the states of reminders about dates before `date` (they can
    /// no longer be planned); unreadable states are kept for inspection.
    /// Returns how many were forgotten.
    pub fn forget_reminder_states_before(&mut self, date: NaiveDate) -> StoreResult<usize> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let rows: Vec<(String, Vec<u8>)> = {
            let mut stmt = tx.prepare("SELECT id, sealed FROM reminder_states")?;
            let mapped = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            mapped.collect::<Result<_, _>>()?
        };
        let mut forgotten = 0;
        for (id, blob) in rows {
            if let Ok(record) = self.keys.open::<StateRecord>(
                Purpose::Record,
                STATES,
                &id,
                &blob,
                RecordKind::Reminder,
            ) {
                if record.target_date < date {
                    forgotten += tx.execute("DELETE FROM reminder_states WHERE id = ?1", [&id])?;
                }
            }
        }
        tx.commit()?;
        Ok(forgotten)
    }

    /// The reminders last handed to the phone's scheduler (none before the
    /// first sync, or after [`Store::forget_reminder_sync`]).
    pub fn last_reminder_sync(&self) -> StoreResult<Vec<SyncedReminder>> {
        let blob: Option<Vec<u8>> = self
            .conn
            .query_row("SELECT sealed FROM reminder_sync WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?;
        match blob {
            None => Ok(Vec::new()),
            Some(blob) => Ok(self
                .keys
                .open::<SyncRecord>(Purpose::Record, SYNC, SYNC_ROW, &blob, RecordKind::Reminder)?
                .reminders),
        }
    }

    /// Remembers the reminders just handed to the phone's scheduler.
    pub fn save_reminder_sync(&mut self, reminders: &[SyncedReminder]) -> StoreResult<()> {
        let record = SyncRecord {
            reminders: reminders.to_vec(),
        };
        let sealed = self.keys.seal(Purpose::Record, SYNC, SYNC_ROW, &record)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO reminder_sync (id, sealed) VALUES (1, ?1)
             ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed",
            params![sealed],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Forgets the last plan (e.g. the app was reinstalled and its
    /// notifications are gone): the next sync adds every reminder.
    pub fn forget_reminder_sync(&mut self) -> StoreResult<()> {
        self.conn.execute("DELETE FROM reminder_sync", [])?;
        Ok(())
    }
}

/// The keyed id of a canonical reminder key under `keys`.
fn reminder_id_of(keys: &super::codec::Keys, canonical: &str) -> String {
    let token = keys.token(LookupPurpose::Reminder, canonical.as_bytes());
    crate::crypto::hex(&token[..REMINDER_ID_LEN / 2])
}

/// The states that carry their key, for a backup. Unreadable rows and states
/// written without a key are left out: they matter only on this phone.
pub(crate) fn portable_states(
    conn: &rusqlite::Connection,
    keys: &super::codec::Keys,
) -> StoreResult<Vec<PortableState>> {
    let mut stmt = conn.prepare("SELECT id, sealed FROM reminder_states ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, blob) = row?;
        let Ok(record) =
            keys.open::<StateRecord>(Purpose::Record, STATES, &id, &blob, RecordKind::Reminder)
        else {
            continue;
        };
        if let (true, Some(key)) = (record.id == id, record.key) {
            out.push(PortableState {
                key,
                state: record.state,
                changed_on: record.changed_on,
                target_date: record.target_date,
            });
        }
    }
    Ok(out)
}

/// Adds a state carried by a backup under this store's id for it, unless
/// the reminder already has a state here. Returns whether it was added.
pub(crate) fn merge_portable_state(
    tx: &rusqlite::Transaction<'_>,
    keys: &super::codec::Keys,
    state: PortableState,
) -> StoreResult<bool> {
    if state.key.len() > 512 || !state.key.starts_with("reminder-v") {
        return Err(StoreError::BackupInvalid("a reminder state cannot be read"));
    }
    if state.state == ReminderState::Pending {
        return Ok(false);
    }
    let id = reminder_id_of(keys, &state.key);
    let present: Option<i64> = tx
        .query_row("SELECT 1 FROM reminder_states WHERE id = ?1", [&id], |r| {
            r.get(0)
        })
        .optional()?;
    if present.is_some() {
        return Ok(false);
    }
    let record = StateRecord {
        id: id.clone(),
        state: state.state,
        changed_on: state.changed_on,
        target_date: state.target_date,
        key: Some(state.key),
    };
    let sealed = keys.seal(Purpose::Record, STATES, &id, &record)?;
    tx.execute(
        "INSERT INTO reminder_states (id, sealed) VALUES (?1, ?2)",
        params![id, sealed],
    )?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reminder_ids_are_hex_of_the_right_length() {
        assert!(is_reminder_id("0123456789abcdef0123456789abcdef"));
        assert!(!is_reminder_id("0123456789ABCDEF0123456789ABCDEF"));
        assert!(!is_reminder_id("0123"));
        assert!(!is_reminder_id("../../etc/passwd-0123456789abcde"));
    }
}
