//! Key-slot rows: checksums, bounds, unlocking, and the slot commands.
//!
//! - Each row carries an unkeyed checksum (SHA-256) of what it stores. A row
//!   whose checksum, kind, parameters or iteration count is wrong is
//!   *damaged*: it is never tried, and if no other slot opens the store the
//!   error is `Integrity(KeySlot)`, not `WrongSecret`. Other slots still work.
//! - A store holds at most [`MAX_SLOTS`] slots. Slots are tried cheapest
//!   first, so a planted slot with a huge iteration count costs nothing
//!   when the right secret opens another slot.
//! - Changing a passphrase or removing a slot first empties the WAL (or
//!   fails with `Busy`, changing nothing), so no old wrapped key remains in
//!   the `-wal` file; afterwards the WAL is checkpointed again.

use super::error::{RecordKind, StoreError, StoreResult};
use super::rows::bytes;
use super::{parse_params, Store};
use crate::crypto::{
    DataKeys, NewSlot, Secret, SlotInfo, SlotKind, SlotParams, WrappedSlot, MAX_ITERATIONS,
    MIN_STORED_ITERATIONS,
};
use rusqlite::{params, Connection, Transaction, TransactionBehavior};
use uuid::Uuid;

/// The most key slots a store may hold.
pub const MAX_SLOTS: usize = 8;

/// The checksum of a slot row: SHA-256 of its columns, each length-prefixed.
pub(crate) fn checksum(id: &[u8], kind: &[u8], params: &[u8], wrapped: &[u8]) -> [u8; 32] {
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
    ctx.update(b"doctrack key slot v1");
    for part in [id, kind, params, wrapped] {
        ctx.update(&(part.len() as u64).to_be_bytes());
        ctx.update(part);
    }
    let mut out = [0u8; 32];
    out.copy_from_slice(ctx.finish().as_ref());
    out
}

pub(crate) fn params_json(p: &SlotParams) -> StoreResult<String> {
    serde_json::to_string(p).map_err(|e| StoreError::Crypto(e.to_string()))
}

/// Inserts a slot with its checksum.
pub(crate) fn insert_slot(tx: &Transaction<'_>, slot: &WrappedSlot) -> StoreResult<()> {
    let params = params_json(&slot.params)?;
    let sum = checksum(
        slot.id.as_bytes(),
        slot.kind.as_str().as_bytes(),
        params.as_bytes(),
        &slot.wrapped,
    );
    tx.execute(
        "INSERT INTO key_slots (id, kind, params, wrapped, checksum) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            slot.id,
            slot.kind.as_str(),
            params,
            slot.wrapped,
            sum.as_slice()
        ],
    )?;
    Ok(())
}

/// One slot row: intact (with its parsed slot) or damaged.
pub(crate) struct SlotRow {
    /// The id, if readable.
    pub id: Option<String>,
    /// The kind, if readable.
    pub kind: Option<SlotKind>,
    /// The slot, when the row is intact.
    pub slot: Option<WrappedSlot>,
}

impl SlotRow {
    /// PBKDF2 iterations (0 for slots without a KDF): the cost of trying it.
    fn cost(&self) -> u32 {
        match self.slot.as_ref().map(|s| &s.params) {
            Some(SlotParams::Pbkdf2HmacSha256 { iterations, .. }) => *iterations,
            _ => 0,
        }
    }
}

fn parse_row(
    id: Option<Vec<u8>>,
    kind: Option<Vec<u8>>,
    params: Option<Vec<u8>>,
    wrapped: Option<Vec<u8>>,
    sum: Option<Option<Vec<u8>>>,
) -> SlotRow {
    let id_text = id.as_ref().and_then(|b| String::from_utf8(b.clone()).ok());
    let kind_parsed = kind
        .as_ref()
        .and_then(|b| std::str::from_utf8(b).ok())
        .and_then(SlotKind::parse);
    let mut row = SlotRow {
        id: id_text.clone(),
        kind: kind_parsed,
        slot: None,
    };
    let (Some(id), Some(kind), Some(params), Some(wrapped)) = (id, kind, params, wrapped) else {
        return row;
    };
    // Schema 4 and later keep a checksum; a row without one (written
    // before the upgrade filled it) is taken as it is.
    if let Some(stored) = sum {
        if stored.as_deref() != Some(checksum(&id, &kind, &params, &wrapped).as_slice()) {
            return row;
        }
    }
    let (Some(id_text), Some(slot_kind)) = (id_text, kind_parsed) else {
        return row;
    };
    let Some(params) = std::str::from_utf8(&params)
        .ok()
        .and_then(|p| parse_params(slot_kind, p).ok())
    else {
        return row;
    };
    if let SlotParams::Pbkdf2HmacSha256 { iterations, .. } = &params {
        if !(MIN_STORED_ITERATIONS..=MAX_ITERATIONS).contains(iterations) {
            return row;
        }
    }
    row.slot = Some(WrappedSlot {
        id: id_text,
        kind: slot_kind,
        params,
        wrapped,
    });
    row
}

/// Every slot row, damaged ones included. `checksums`: whether the table
/// has the checksum column (schema 4 and later).
pub(crate) fn load_rows(conn: &Connection, checksums: bool) -> StoreResult<Vec<SlotRow>> {
    let sql = if checksums {
        "SELECT id, kind, params, wrapped, checksum FROM key_slots NOT INDEXED ORDER BY rowid"
    } else {
        "SELECT id, kind, params, wrapped, NULL FROM key_slots NOT INDEXED ORDER BY rowid"
    };
    let mut stmt = conn.prepare(sql)?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let sum = checksums.then(|| bytes(r, 4)).transpose()?;
        out.push(parse_row(
            bytes(r, 0)?,
            bytes(r, 1)?,
            bytes(r, 2)?,
            bytes(r, 3)?,
            sum,
        ));
    }
    Ok(out)
}

/// Opens the data keys with `secret`: tries the intact slots of its kind,
/// cheapest first.
pub(crate) fn unlock(conn: &Connection, secret: &Secret, checksums: bool) -> StoreResult<DataKeys> {
    let rows = load_rows(conn, checksums)?;
    if rows.len() > MAX_SLOTS {
        return Err(StoreError::TooManySlots { limit: MAX_SLOTS });
    }
    let kind = secret.kind();
    let damaged = rows
        .iter()
        .any(|r| r.slot.is_none() && r.kind.is_none_or(|k| k == kind));
    let mut candidates: Vec<&SlotRow> = rows
        .iter()
        .filter(|r| r.slot.as_ref().is_some_and(|s| s.kind == kind))
        .collect();
    candidates.sort_by_key(|r| r.cost());
    let mut unavailable = None;
    let mut bad_params = false;
    for row in &candidates {
        let Some(slot) = &row.slot else { continue };
        match slot.unlock(secret) {
            Ok(keys) => return Ok(keys),
            Err(crate::crypto::CryptoError::KeyUnavailable(r)) => unavailable = Some(r),
            Err(crate::crypto::CryptoError::WrongSecret) => {}
            Err(_) => bad_params = true,
        }
    }
    if let Some(reason) = unavailable {
        Err(StoreError::KeyUnavailable(reason))
    } else if damaged || bad_params {
        Err(StoreError::Integrity(RecordKind::KeySlot))
    } else if candidates.is_empty() {
        Err(StoreError::NoSuchSlot(kind))
    } else {
        Err(StoreError::WrongSecret)
    }
}

impl Store {
    /// The key slots (ids and kinds). A damaged slot whose id and kind can
    /// still be read is listed (so it can be removed); others are not.
    pub fn slots(&self) -> StoreResult<Vec<SlotInfo>> {
        Ok(load_rows(&self.conn, true)?
            .into_iter()
            .filter_map(|r| match (r.id, r.kind) {
                (Some(id), Some(kind)) => Some(SlotInfo { id, kind }),
                _ => None,
            })
            .collect())
    }

    /// Adds a key slot; returns its id. A store holds at most
    /// [`MAX_SLOTS`] slots ([`StoreError::TooManySlots`]).
    pub fn add_slot(&mut self, slot: NewSlot) -> StoreResult<String> {
        let wrapped = WrappedSlot::create(Uuid::new_v4().to_string(), &slot, self.keys.bundle())?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if load_rows(&tx, true)?.len() >= MAX_SLOTS {
            return Err(StoreError::TooManySlots { limit: MAX_SLOTS });
        }
        insert_slot(&tx, &wrapped)?;
        tx.commit()?;
        Ok(wrapped.id)
    }

    /// Removes a key slot; refuses to remove the last one. Fails with
    /// [`StoreError::Busy`] (removing nothing) if the write-ahead log cannot
    /// be emptied first.
    pub fn remove_slot(&mut self, id: &str) -> StoreResult<()> {
        self.empty_wal()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let rows = load_rows(&tx, true)?;
        if !rows.iter().any(|r| r.id.as_deref() == Some(id)) {
            return Err(StoreError::SlotNotFound);
        }
        if rows.len() <= 1 {
            return Err(StoreError::LastSlot);
        }
        tx.execute("DELETE FROM key_slots WHERE id = ?1", [id])?;
        tx.commit()?;
        self.forget_old_slot_versions();
        Ok(())
    }

    /// Changes the passphrase of a passphrase slot: checks the old one, then
    /// rewraps the data key in that slot only. No data is re-encrypted.
    /// Fails with [`StoreError::Busy`] (changing nothing) if the write-ahead
    /// log cannot be emptied first.
    pub fn change_passphrase(
        &mut self,
        slot_id: &str,
        old: &Secret,
        new: NewSlot,
    ) -> StoreResult<()> {
        if new.kind() != SlotKind::Passphrase || old.kind() != SlotKind::Passphrase {
            return Err(StoreError::Invalid {
                field: "passphrase",
                reason: "change_passphrase takes the old and the new passphrase",
            });
        }
        self.empty_wal()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let rows = load_rows(&tx, true)?;
        let row = rows
            .iter()
            .find(|r| r.id.as_deref() == Some(slot_id))
            .ok_or(StoreError::SlotNotFound)?;
        let slot = match &row.slot {
            Some(s) if s.kind == SlotKind::Passphrase => s,
            Some(_) => return Err(StoreError::SlotNotFound),
            None => return Err(StoreError::Integrity(RecordKind::KeySlot)),
        };
        slot.unlock(old)?;
        let rewrapped = WrappedSlot::create(slot.id.clone(), &new, self.keys.bundle())?;
        let params = params_json(&rewrapped.params)?;
        let sum = checksum(
            rewrapped.id.as_bytes(),
            rewrapped.kind.as_str().as_bytes(),
            params.as_bytes(),
            &rewrapped.wrapped,
        );
        let changed = tx.execute(
            "UPDATE key_slots SET params = ?1, wrapped = ?2, checksum = ?3 WHERE id = ?4",
            params![params, rewrapped.wrapped, sum.as_slice(), rewrapped.id],
        )?;
        if changed != 1 {
            return Err(StoreError::SlotNotFound);
        }
        tx.commit()?;
        self.forget_old_slot_versions();
        Ok(())
    }

    /// Checkpoints the write-ahead log and truncates it to zero bytes, so
    /// that it holds nothing written before. `Busy` if another connection
    /// keeps it in use for longer than the busy timeout.
    pub(crate) fn empty_wal(&self) -> StoreResult<()> {
        let (busy, _, _): (i64, i64, i64) =
            self.conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?;
        if busy != 0 {
            return Err(StoreError::Busy);
        }
        Ok(())
    }

    /// After a slot change: moves the write-ahead log into the database (the
    /// page with the old slot is overwritten; freed space is zeroed by
    /// `secure_delete`) and truncates the log. If a reader keeps the log in
    /// use, the new slot stays in the log and the old one in the database
    /// until the next checkpoint; the log never held the old slot.
    fn forget_old_slot_versions(&self) {
        let _ = self.empty_wal();
    }
}
