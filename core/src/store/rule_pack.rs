//! The installed rule pack (docs/adr/0014), kept inside the encrypted store.
//!
//! - One sealed row in `rule_pack` holds the signed pack file as it was
//!   installed (set id, version and the pack's bytes).
//! - The sealed log head anchors it: it carries the SHA-256 of that row as
//!   stored and, by rule-set id, the highest pack version ever installed.
//!   The head is rewritten in every write, so putting back an older sealed
//!   row (from an old copy of the file) no longer matches it:
//!   `Integrity(RulePack)`. The highest version stays in the head when the
//!   pack is removed, so an older pack is refused even then.
//! - Replacing the whole file by an older copy is not detected (the limit
//!   of ADR 0003 and 0009); the signature and the version floor still hold
//!   for every pack offered afterwards.

use super::codec::Keys;
use super::error::{RecordKind, StoreError, StoreResult};
use super::log_head::{hex, load_checked, load_head, LogHead, LogWriter, RowAnchor};
use super::rows::bytes;
use super::Store;
use crate::crypto::Purpose;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};

const RECORD_VERSION: u32 = 1;
const TABLE: &str = "rule_pack";
const ROW: &str = "1";

/// The name of the installed pack's anchor in the sealed log head.
pub(crate) const ANCHOR: &str = "rule_pack";

#[derive(Serialize, Deserialize)]
struct PackRecord {
    v: u32,
    set_id: String,
    version: u64,
    /// The pack file (UTF-8 text, see `rules::pack::format`).
    pack: String,
}

/// Sealed as JSON (no compact form: docs/adr/0030).
impl super::encoding::Stored for PackRecord {}

/// The rule pack installed in a store, as it was installed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalledPack {
    /// Its rule-set id.
    pub set_id: String,
    /// Its version.
    pub version: u64,
    /// The signed pack file.
    pub bytes: Vec<u8>,
}

/// What [`Store::save_rule_pack`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackSave {
    /// The pack is installed.
    Saved,
    /// Refused: a pack of this version or newer was installed before.
    NotNewer {
        /// The highest version installed so far.
        installed: u64,
    },
}

fn digest(sealed: &[u8]) -> String {
    hex(ring::digest::digest(&ring::digest::SHA256, sealed).as_ref())
}

fn table_exists(conn: &Connection) -> StoreResult<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [TABLE],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

fn sealed_row(conn: &Connection) -> StoreResult<Option<Vec<u8>>> {
    if !table_exists(conn)? {
        return Ok(None);
    }
    Ok(conn
        .query_row("SELECT sealed FROM rule_pack WHERE id = 1", [], |r| {
            bytes(r, 0)
        })
        .optional()?
        .flatten())
}

fn open_record(keys: &Keys, sealed: &[u8]) -> StoreResult<PackRecord> {
    let record: PackRecord =
        keys.open(Purpose::Record, TABLE, ROW, sealed, RecordKind::RulePack)?;
    if record.v != RECORD_VERSION {
        return Err(StoreError::Integrity(RecordKind::RulePack));
    }
    Ok(record)
}

/// Reads the installed pack and checks it against the head.
fn read_installed(
    conn: &Connection,
    keys: &Keys,
    head: &LogHead,
) -> StoreResult<Option<InstalledPack>> {
    let row = sealed_row(conn)?;
    let anchor = head.anchors.get(ANCHOR);
    let anchored = anchor.installed.as_deref();
    let sealed = match (row, anchored) {
        (None, None) => return Ok(None),
        (Some(sealed), Some(d)) if digest(&sealed) == d => sealed,
        _ => return Err(StoreError::Integrity(RecordKind::RulePack)),
    };
    let record = open_record(keys, &sealed)?;
    if head
        .anchors
        .get(ANCHOR)
        .highest
        .get(&record.set_id)
        .copied()
        < Some(record.version)
    {
        return Err(StoreError::Integrity(RecordKind::RulePack));
    }
    Ok(Some(InstalledPack {
        set_id: record.set_id,
        version: record.version,
        bytes: record.pack.into_bytes(),
    }))
}

/// The anchor for a head rebuilt from the tables (repair, schema 4 step):
/// the row as it is, and its version as the highest known. An unreadable
/// row is not anchored (it stays an integrity error until a pack is
/// installed again) and does not stop the repair.
pub(crate) fn anchor_from_tables(conn: &Connection, keys: &Keys) -> StoreResult<RowAnchor> {
    let Some(sealed) = sealed_row(conn)? else {
        return Ok(RowAnchor::default());
    };
    Ok(match open_record(keys, &sealed) {
        Ok(record) => RowAnchor {
            installed: Some(digest(&sealed)),
            highest: [(record.set_id, record.version)].into(),
        },
        Err(_) => RowAnchor::default(),
    })
}

/// The full check (for `check_integrity`): the row matches the head.
pub(crate) fn verify(conn: &Connection, keys: &Keys, head: &LogHead) -> StoreResult<()> {
    read_installed(conn, keys, head).map(|_| ())
}

impl Store {
    /// The installed rule pack, if any, checked against the sealed log
    /// head: a rolled-back or swapped row is `Integrity(RulePack)`.
    pub fn installed_rule_pack(&self) -> StoreResult<Option<InstalledPack>> {
        self.read(|conn| {
            let head = load_checked(conn, &self.keys)?;
            read_installed(conn, &self.keys, &head)
        })
    }

    /// The highest rule-pack version ever installed for `set_id` (0: none),
    /// also after the pack was removed.
    pub fn highest_rule_pack_version(&self, set_id: &str) -> StoreResult<u64> {
        self.read(|conn| {
            let head = load_head(conn, &self.keys)?;
            Ok(head
                .anchors
                .get(ANCHOR)
                .highest
                .get(set_id)
                .copied()
                .unwrap_or(0))
        })
    }

    /// Installs a pack (the caller has verified it) in one transaction,
    /// unless a pack of `version` or newer was ever installed for `set_id`.
    /// Replaces the pack installed before (of any set).
    pub fn save_rule_pack(
        &mut self,
        set_id: &str,
        version: u64,
        pack: &[u8],
    ) -> StoreResult<PackSave> {
        let text = std::str::from_utf8(pack).map_err(|_| StoreError::Invalid {
            field: "rules",
            reason: "a rule pack is UTF-8 text",
        })?;
        let keys = &self.keys;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut log = LogWriter::begin(&tx, keys)?;
        let highest = log
            .head_mut()
            .anchors
            .get(ANCHOR)
            .highest
            .get(set_id)
            .copied();
        if let Some(installed) = highest.filter(|h| *h >= version) {
            return Ok(PackSave::NotNewer { installed });
        }
        let record = PackRecord {
            v: RECORD_VERSION,
            set_id: set_id.to_string(),
            version,
            pack: text.to_string(),
        };
        let sealed = keys.seal(Purpose::Record, TABLE, ROW, &record)?;
        tx.execute(
            "INSERT INTO rule_pack (id, sealed) VALUES (1, ?1)
             ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed",
            params![sealed],
        )?;
        let anchor = log.head_mut().anchors.get_mut(ANCHOR);
        anchor.installed = Some(digest(&sealed));
        anchor.highest.insert(set_id.to_string(), version);
        log.finish(&tx, keys)?;
        tx.commit()?;
        self.after_write();
        Ok(PackSave::Saved)
    }

    /// Removes the installed pack (the bundled rules apply again). The
    /// highest version installed stays known. Returns whether one was installed.
    pub fn remove_rule_pack(&mut self) -> StoreResult<bool> {
        let keys = &self.keys;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut log = LogWriter::begin(&tx, keys)?;
        let removed = tx.execute("DELETE FROM rule_pack", [])? > 0;
        let had = log
            .head_mut()
            .anchors
            .get_mut(ANCHOR)
            .installed
            .take()
            .is_some();
        log.finish(&tx, keys)?;
        tx.commit()?;
        self.after_write();
        Ok(removed || had)
    }
}
