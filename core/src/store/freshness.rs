//! The rollback anchor: catching an older copy of the whole store file put
//! back in its place (`docs/adr/0024-rollback-anchor.md`).
//!
//! Nothing inside a file can tell that the whole file is older than it
//! should be: an older copy carries an older, self-consistent log head. An
//! app can therefore give the store a [`RollbackAnchor`], a small callback
//! that keeps one opaque value in platform-protected storage outside the
//! file (Android Keystore-backed preferences, the iOS Keychain). The value is
//! sealed under the store's data key and says how far the store had got:
//! its head generation (every head write counts), its number of events and
//! the keyed chain value of its newest event.
//!
//! - At open, the store must contain what the anchor remembers: a
//!   generation and an event count at least as high, and at the remembered
//!   position the same chain value (so a copy that was written on after it
//!   was put back is caught too). Otherwise [`StoreError::RolledBack`], and
//!   nothing is shown.
//! - After each write is committed, and once a store is created, restored or
//!   accepted, the value is saved again. A save that fails is retried at the
//!   next write; the store's data is never held back by it.

use super::codec::Keys;
use super::error::{StoreError, StoreResult};
use super::log_head::{self, LogHead};
use super::rows::bytes;
use crate::crypto::Purpose;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The platform storage could not be used now (device locked, storage
/// busy). Carries no text: the platform's message may hold personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the rollback anchor's storage is unavailable")]
pub struct AnchorUnavailable;

/// Keeps one small opaque value for one store, outside the store file, in
/// storage an attacker who copies files cannot roll back (the app's
/// Keystore-protected preferences, the Keychain). One anchor per store.
pub trait RollbackAnchor: Send + Sync {
    /// The value saved last, or `None` when nothing was saved yet.
    fn load(&self) -> Result<Option<Vec<u8>>, AnchorUnavailable>;
    /// Replaces the saved value.
    fn save(&self, value: &[u8]) -> Result<(), AnchorUnavailable>;
}

/// A store's anchor, as kept in [`super::StoreOptions`].
#[derive(Clone)]
pub struct AnchorHandle(pub Arc<dyn RollbackAnchor>);

impl std::fmt::Debug for AnchorHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RollbackAnchor")
    }
}

const VALUE_VERSION: u32 = 1;
const TABLE: &str = "rollback_anchor";

/// What the anchor remembers (sealed; the app sees only ciphertext).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Remembered {
    v: u32,
    generation: u64,
    events: u64,
    last_seq: i64,
    head: String,
}

/// Sealed as JSON (no compact form: docs/adr/0030).
impl super::encoding::Stored for Remembered {}

impl Remembered {
    fn of(head: &LogHead) -> Remembered {
        Remembered {
            v: VALUE_VERSION,
            generation: head.generation,
            events: head.events,
            last_seq: head.last_seq,
            head: head.head.clone(),
        }
    }
}

/// Whether the store read through `conn` contains everything `seen`
/// remembers.
fn contains(conn: &Connection, head: &LogHead, seen: &Remembered) -> StoreResult<bool> {
    if seen.v != VALUE_VERSION || seen.generation > head.generation || seen.events > head.events {
        return Ok(false);
    }
    if seen.events == 0 {
        return Ok(true);
    }
    let chain: Option<Vec<u8>> = conn
        .prepare_cached("SELECT chain FROM events WHERE seq = ?1")?
        .query_row([seen.last_seq], |r| bytes(r, 0))
        .optional()?
        .flatten();
    Ok(chain.map(|c| log_head::hex(&c)) == Some(seen.head.clone()))
}

/// The check at open: [`StoreError::RolledBack`] when the store is older
/// than (or diverged from) what the anchor remembers, unless
/// `accept_older_copy`; then remembers the store as it is now.
pub(crate) fn check_at_open(
    conn: &Connection,
    keys: &Keys,
    head: &LogHead,
    anchor: &AnchorHandle,
    accept_older_copy: bool,
) -> StoreResult<()> {
    let saved = anchor.0.load().map_err(|_| StoreError::AnchorUnavailable)?;
    if let (Some(blob), false) = (saved, accept_older_copy) {
        // Sealed under another data key (another store at this place) or
        // changed: this is not the store the anchor remembers.
        let seen: Option<Remembered> = keys
            .open(Purpose::Record, TABLE, "1", &blob, super::RecordKind::Log)
            .ok();
        let fine = match seen {
            Some(seen) => contains(conn, head, &seen)?,
            None => false,
        };
        if !fine {
            return Err(StoreError::RolledBack);
        }
    }
    remember(keys, anchor, head)
}

/// Saves the anchor value for `head`.
fn remember(keys: &Keys, anchor: &AnchorHandle, head: &LogHead) -> StoreResult<()> {
    let value = keys.seal(Purpose::Record, TABLE, "1", &Remembered::of(head))?;
    anchor
        .0
        .save(&value)
        .map_err(|_| StoreError::AnchorUnavailable)
}

/// After a committed write: remembers the store as it is now. Returns
/// whether the value was saved (a failed save is retried at the next write).
pub(crate) fn remember_current(conn: &Connection, keys: &Keys, anchor: &AnchorHandle) -> bool {
    match log_head::load_head(conn, keys) {
        Ok(head) => remember(keys, anchor, &head).is_ok(),
        Err(_) => false,
    }
}
