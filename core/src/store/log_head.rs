//! The sealed head of the event log (`docs/adr/0009-sealed-log-head.md`).
//!
//! Every event row carries `chain`, a keyed hash (HMAC-SHA256 under a key
//! derived from the data key) of the previous row's chain and of the row as
//! stored: seq, id, subject token and sealed blob. One sealed record, the
//! head, holds the number of events, the last seq and the last chain value,
//! plus the number of people, documents and attachments.
//!
//! - Open and every write check the last row against the head: O(1).
//! - [`verify_log`] recomputes the whole chain (used by `check_integrity`).
//! - Listings compare their row counts with the head.
//!
//! Deleting, changing, reordering or inserting an event, or changing a
//! subject token, breaks the chain; deleting the newest events is seen
//! against the head's count. Replacing the whole file (head included) by an
//! older copy is caught only with the app's rollback anchor (`freshness.rs`,
//! ADR 0024).

use super::codec::Keys;
use super::columns::bytes;
use super::error::{RecordKind, StoreError, StoreResult};
use crate::crypto::{LookupPurpose, Purpose};
use crate::domain::Event;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const HEAD_VERSION: u32 = 1;
/// The chain value before the first event.
pub(crate) const GENESIS: [u8; 32] = [0u8; 32];

/// The SQL of the trigger that keeps events append-only. Exactly the text of
/// `001_initial.sql`, so that a store whose trigger was re-created has the
/// same schema as any other (tested in `schema.rs`).
pub(crate) const EVENTS_NO_UPDATE: &str = "CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;";

/// The sealed head: counts and the last chain value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct LogHead {
    /// Format version of this record.
    pub v: u32,
    /// Number of events.
    pub events: u64,
    /// Seq of the newest event (0 when there is none).
    pub last_seq: i64,
    /// Chain value of the newest event, hex.
    pub head: String,
    /// Number of person projections.
    pub people: u64,
    /// Number of document projections.
    pub documents: u64,
    /// Number of attachments.
    pub attachments: u64,
    /// How many times the head was written: every committed change counts
    /// (the rollback anchor compares it, `freshness.rs`). 0 in heads
    /// written before it existed.
    #[serde(default)]
    pub generation: u64,
    /// Sealed rows kept outside the log but anchored in its head, by name
    /// (the installed rule pack is `rule_pack`, docs/adr/0014); an empty
    /// anchor is not written, so a head looks as before it had any.
    #[serde(flatten)]
    pub anchors: Anchors,
}

/// Sealed as JSON (no compact form: docs/adr/0030).
impl super::encoding::Stored for LogHead {}

/// A sealed row kept outside the event log (one row of its own table) and
/// anchored in the head: the digest of the row as stored, and counters
/// that only ever grow (a row put back from an older copy is caught by the
/// first, a lowered counter by the second).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct RowAnchor {
    /// SHA-256 (hex) of the sealed row as stored; `None` when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub installed: Option<String>,
    /// The highest value each counter ever had, by name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub highest: BTreeMap<String, u64>,
}

impl RowAnchor {
    /// Whether nothing is anchored.
    pub(crate) fn is_empty(&self) -> bool {
        self.installed.is_none() && self.highest.is_empty()
    }
}

/// The anchors of a head, by name; empty ones are not written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub(crate) struct Anchors(BTreeMap<String, RowAnchor>);

impl Serialize for Anchors {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let kept: BTreeMap<&String, &RowAnchor> =
            self.0.iter().filter(|(_, a)| !a.is_empty()).collect();
        kept.serialize(s)
    }
}

impl Anchors {
    /// The anchor named `name` (empty when there is none).
    pub(crate) fn get(&self, name: &str) -> RowAnchor {
        self.0.get(name).cloned().unwrap_or_default()
    }

    /// The anchor named `name`, to change.
    pub(crate) fn get_mut(&mut self, name: &str) -> &mut RowAnchor {
        self.0.entry(name.to_string()).or_default()
    }

    /// Sets the anchor named `name`.
    pub(crate) fn set(&mut self, name: &str, anchor: RowAnchor) {
        self.0.insert(name.to_string(), anchor);
    }
}

impl LogHead {
    fn empty() -> LogHead {
        LogHead {
            v: HEAD_VERSION,
            events: 0,
            last_seq: 0,
            head: hex(&GENESIS),
            people: 0,
            documents: 0,
            attachments: 0,
            generation: 0,
            anchors: Anchors::default(),
        }
    }

    fn head_bytes(&self) -> StoreResult<[u8; 32]> {
        unhex32(&self.head).ok_or(StoreError::Integrity(RecordKind::Log))
    }
}

pub(crate) use crate::crypto::hex;

fn unhex32(s: &str) -> Option<[u8; 32]> {
    crate::crypto::unhex(s)?.try_into().ok()
}

/// The chain value of one event row.
pub(crate) fn link(
    keys: &Keys,
    prev: &[u8; 32],
    seq: i64,
    id: &[u8],
    token: &[u8],
    sealed: &[u8],
) -> [u8; 32] {
    keys.chain_link(&[b"event", prev, &seq.to_be_bytes(), id, token, sealed])
}

/// Reads and opens the head. Missing or unreadable: `Integrity(Log)`.
pub(crate) fn load_head(conn: &Connection, keys: &Keys) -> StoreResult<LogHead> {
    let blob = conn
        .prepare_cached("SELECT sealed FROM log_head WHERE id = 1")?
        .query_row([], |r| bytes(r, 0))
        .optional()?
        .flatten()
        .ok_or(StoreError::Integrity(RecordKind::Log))?;
    let head: LogHead = keys.open(Purpose::Record, "log_head", "1", &blob, RecordKind::Log)?;
    if head.v != HEAD_VERSION {
        return Err(StoreError::Integrity(RecordKind::Log));
    }
    Ok(head)
}

/// Seals and writes the head, one generation on.
pub(crate) fn save_head(tx: &Transaction<'_>, keys: &Keys, head: &LogHead) -> StoreResult<()> {
    let mut head = head.clone();
    head.generation = head.generation.saturating_add(1);
    let sealed = keys.seal(Purpose::Record, "log_head", "1", &head)?;
    tx.prepare_cached(
        "INSERT INTO log_head (id, sealed) VALUES (1, ?1)
         ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed",
    )?
    .execute(params![sealed])?;
    Ok(())
}

/// The O(1) check: the newest event row is the one the head names.
pub(crate) fn check_tail(conn: &Connection, head: &LogHead) -> StoreResult<()> {
    let last: Option<(i64, Option<Vec<u8>>)> = conn
        .prepare_cached("SELECT seq, chain FROM events ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, bytes(r, 1)?)))
        .optional()?;
    let ok = match last {
        None => head.events == 0 && head.last_seq == 0,
        Some((seq, chain)) => {
            head.events > 0
                && seq == head.last_seq
                && chain.as_deref() == Some(head.head_bytes()?.as_slice())
        }
    };
    if ok {
        Ok(())
    } else {
        Err(StoreError::Integrity(RecordKind::Log))
    }
}

/// Loads the head and checks the newest row against it.
pub(crate) fn load_checked(conn: &Connection, keys: &Keys) -> StoreResult<LogHead> {
    let head = load_head(conn, keys)?;
    check_tail(conn, &head)?;
    Ok(head)
}

/// One event row as stored, for recomputing the chain.
pub(crate) struct ChainRow {
    /// Its seq.
    pub seq: i64,
    /// The chain value the row holds (None when missing or mistyped).
    pub stored: Option<Vec<u8>>,
    /// The chain value recomputed from the row and its predecessor.
    pub computed: [u8; 32],
}

/// Recomputes the chain over every event row in seq order.
pub(crate) fn recompute(conn: &Connection, keys: &Keys) -> StoreResult<Vec<ChainRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, id, subject_token, sealed, chain FROM events NOT INDEXED ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    let mut prev = GENESIS;
    while let Some(r) = rows.next()? {
        let seq: i64 = r
            .get(0)
            .map_err(|_| StoreError::Integrity(RecordKind::Log))?;
        let id = bytes(r, 1)?.unwrap_or_default();
        let token = bytes(r, 2)?.unwrap_or_default();
        let sealed = bytes(r, 3)?.unwrap_or_default();
        let computed = link(keys, &prev, seq, &id, &token, &sealed);
        out.push(ChainRow {
            seq,
            stored: bytes(r, 4)?,
            computed,
        });
        prev = computed;
    }
    Ok(out)
}

/// The full check: every row's chain value, the count, the last seq and
/// the head. Any difference is `Integrity(Log)`.
pub(crate) fn verify_log(conn: &Connection, keys: &Keys) -> StoreResult<LogHead> {
    let head = load_head(conn, keys)?;
    let rows = recompute(conn, keys)?;
    let tail_ok = match rows.last() {
        None => head.last_seq == 0 && head.head_bytes()? == GENESIS,
        Some(last) => last.seq == head.last_seq && last.computed == head.head_bytes()?,
    };
    let rows_ok = rows
        .iter()
        .all(|r| r.stored.as_deref() == Some(r.computed.as_slice()));
    if tail_ok && rows_ok && rows.len() as u64 == head.events {
        Ok(head)
    } else {
        Err(StoreError::Integrity(RecordKind::Log))
    }
}

/// Counts rows of a table by scanning the table itself (not an index).
pub(crate) fn count_rows(conn: &Connection, table: &str) -> StoreResult<u64> {
    let n: i64 = conn.query_row(
        &format!("SELECT count(*) FROM {table} NOT INDEXED"),
        [],
        |r| r.get(0),
    )?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// A head computed from the tables as they are (migration and repair):
/// the chain as recomputed, the record counts as counted; no anchors (the
/// caller anchors the rows it knows).
pub(crate) fn head_from_tables(conn: &Connection, keys: &Keys) -> StoreResult<LogHead> {
    let rows = recompute(conn, keys)?;
    let mut head = LogHead::empty();
    if let Some(last) = rows.last() {
        head.last_seq = last.seq;
        head.head = hex(&last.computed);
    }
    head.events = rows.len() as u64;
    head.people = count_rows(conn, "people")?;
    head.documents = count_rows(conn, "documents")?;
    head.attachments = count_rows(conn, "attachments")?;
    Ok(head)
}

/// Drops the append-only trigger, runs `f`, and re-creates the trigger, all
/// inside `tx`. Only for the schema-4 step and repair, which rewrite values
/// derived from the rows (chain, subject token), never an event itself.
pub(crate) fn with_events_writable<T>(
    tx: &Transaction<'_>,
    f: impl FnOnce(&Transaction<'_>) -> StoreResult<T>,
) -> StoreResult<T> {
    tx.execute_batch("DROP TRIGGER events_no_update")?;
    let out = f(tx)?;
    tx.execute_batch(EVENTS_NO_UPDATE)?;
    Ok(out)
}

/// Data step of schema 4 (chain part): fills the chain of existing events
/// and writes a head for the store as it is.
pub(crate) fn fill_chain_and_head(tx: &Transaction<'_>, keys: &Keys) -> StoreResult<()> {
    let rows = recompute(tx, keys)?;
    with_events_writable(tx, |tx| {
        let mut stmt = tx.prepare_cached("UPDATE events SET chain = ?1 WHERE seq = ?2")?;
        for r in &rows {
            stmt.execute(params![r.computed.as_slice(), r.seq])?;
        }
        Ok(())
    })?;
    let head = head_from_tables(tx, keys)?;
    save_head(tx, keys, &head)
}

/// Appends events and keeps the head up to date within one write
/// transaction; [`LogWriter::finish`] writes the head.
pub(crate) struct LogWriter {
    head: LogHead,
    prev: [u8; 32],
}

impl LogWriter {
    /// Loads the head and checks the newest row (a write never extends a
    /// log that does not match its head).
    pub(crate) fn begin(tx: &Transaction<'_>, keys: &Keys) -> StoreResult<LogWriter> {
        let head = load_checked(tx, keys)?;
        let prev = head.head_bytes()?;
        Ok(LogWriter { head, prev })
    }

    /// The head as it will be written.
    pub(crate) fn head_mut(&mut self) -> &mut LogHead {
        &mut self.head
    }

    /// Appends one event at the end of the log.
    pub(crate) fn append(
        &mut self,
        tx: &Transaction<'_>,
        keys: &Keys,
        event: &Event,
    ) -> StoreResult<()> {
        let id = event.id().to_string();
        let subject = match event {
            Event::Person(e) => e.person.to_string(),
            Event::Document(e) => e.document.to_string(),
        };
        let token = keys.token(LookupPurpose::Subject, subject.as_bytes());
        let sealed = keys.seal(Purpose::Event, "events", &id, event)?;
        let seq = self
            .head
            .last_seq
            .checked_add(1)
            .ok_or(StoreError::Integrity(RecordKind::Log))?;
        let chain = link(keys, &self.prev, seq, id.as_bytes(), &token, &sealed);
        tx.prepare_cached(
            "INSERT INTO events (seq, id, subject_token, sealed, chain) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![seq, id, token.as_slice(), sealed, chain.as_slice()])?;
        self.prev = chain;
        self.head.last_seq = seq;
        self.head.events += 1;
        self.head.head = hex(&chain);
        Ok(())
    }

    /// Writes the head (call once, before the commit).
    pub(crate) fn finish(self, tx: &Transaction<'_>, keys: &Keys) -> StoreResult<()> {
        save_head(tx, keys, &self.head)
    }
}
