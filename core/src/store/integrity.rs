//! The full integrity check and the repair of derived data.
//!
//! [`Store::check_integrity`] checks everything a read relies on: SQLite's
//! `integrity_check` (indexes against tables), the key slots, the whole
//! event-log chain against its sealed head, every event, the projections
//! against the fold of the events, every lookup token against the sealed
//! value it was made from, and every attachment with its chunks.
//!
//! [`Store::repair`] rebuilds what is derived from the sealed events and
//! records (indexes, lookup tokens, chain values, projections, counts)
//! and never touches an event or a photo. It refuses to "repair" a log that
//! no longer matches its sealed head: that is tampering or loss, for which
//! the answer is a backup.

use super::attachments::AttachmentInfo;
use super::codec::Keys;
use super::error::{RecordKind, StoreError, StoreResult};
use super::log_head::{
    count_rows, hex, load_head, recompute, save_head, verify_log, with_events_writable, LogWriter,
};
use super::records::{fold_log, rewrite_projections};
use super::rows::bytes;
use super::sealed::{holder_token, number_token};
use super::sealed::{read_counts, read_events};
use super::{slots, Store, StoreOptions};
use crate::crypto::{LookupPurpose, Purpose, Secret};
use crate::domain::commands::PersonRecord;
use crate::domain::{DocumentId, DocumentRecord, Event, Ledger};
use rusqlite::{params, Connection, TransactionBehavior};
use std::collections::HashMap;
use std::path::Path;

/// What [`Store::repair`] rebuilt.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RepairReport {
    /// Every index was rebuilt from its table (always, when repair runs).
    pub indexes_rebuilt: bool,
    /// Event subject tokens that differed from their sealed event, fixed.
    pub event_tokens_fixed: u64,
    /// Attachment owner tokens that differed from their sealed metadata, fixed.
    pub attachment_tokens_fixed: u64,
    /// Chain values of event rows rewritten (the chain itself still
    /// matched the sealed head).
    pub chain_values_fixed: u64,
    /// The sealed log head was unreadable and was sealed again from the
    /// chain values of the rows (which all agreed).
    pub head_resealed: bool,
    /// The people and document projections (with their lookup tokens and
    /// attachment counts) were rebuilt from the events.
    pub projections_rebuilt: bool,
}

/// The kind of record an index (by name) points to.
fn index_kind(name: &str) -> RecordKind {
    let table = name.trim_start_matches("sqlite_autoindex_");
    if table.starts_with("events") {
        RecordKind::Event
    } else if table.starts_with("documents") {
        RecordKind::Document
    } else if table.starts_with("people") {
        RecordKind::Person
    } else if table.starts_with("attachment_chunks") {
        RecordKind::AttachmentChunk
    } else if table.starts_with("attachments") {
        RecordKind::Attachment
    } else if table.starts_with("key_slots") {
        RecordKind::KeySlot
    } else {
        RecordKind::Meta
    }
}

/// SQLite's `integrity_check`: problems that are all about indexes are
/// `IndexDamaged` (repairable), anything else `StorageCorrupt`.
fn sqlite_check(conn: &Connection) -> StoreResult<()> {
    let mut stmt = conn.prepare("PRAGMA integrity_check(20)")?;
    let lines: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    if lines.len() == 1 && lines[0] == "ok" {
        return Ok(());
    }
    let mut kind = None;
    for line in &lines {
        let Some(at) = line.find(" index ") else {
            return Err(StoreError::StorageCorrupt(
                "the database failed its integrity check",
            ));
        };
        let name = line[at + 7..].split_whitespace().next().unwrap_or("");
        kind.get_or_insert(index_kind(name));
    }
    Err(StoreError::IndexDamaged(kind.unwrap_or(RecordKind::Meta)))
}

/// An event row: seq, id, stored subject token, sealed event.
type EventRow = (i64, Vec<u8>, Option<Vec<u8>>, Vec<u8>);

/// Every event row with its stored subject token, in seq order.
fn event_rows(conn: &Connection) -> StoreResult<Vec<EventRow>> {
    let mut stmt =
        conn.prepare("SELECT seq, id, subject_token, sealed FROM events NOT INDEXED ORDER BY seq")?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push((
            r.get(0)?,
            bytes(r, 1)?.unwrap_or_default(),
            bytes(r, 2)?,
            bytes(r, 3)?.unwrap_or_default(),
        ));
    }
    Ok(out)
}

/// The subject token an event should carry.
fn subject_token(keys: &Keys, event: &Event) -> [u8; 32] {
    let subject = match event {
        Event::Person(e) => e.person.to_string(),
        Event::Document(e) => e.document.to_string(),
    };
    keys.token(LookupPurpose::Subject, subject.as_bytes())
}

/// Opens one event row (`None` when unreadable).
fn open_event(keys: &Keys, id: &[u8], sealed: &[u8]) -> Option<Event> {
    let text = std::str::from_utf8(id).ok()?;
    keys.open::<Event>(Purpose::Event, "events", text, sealed, RecordKind::Event)
        .ok()
        .filter(|e| e.id().to_string() == text)
}

/// Every attachment row: rowid, id, owner token, metadata (if readable).
type AttachmentRow = (i64, Vec<u8>, Option<Vec<u8>>, Option<AttachmentInfo>);

fn attachment_rows(conn: &Connection, keys: &Keys) -> StoreResult<Vec<AttachmentRow>> {
    let mut stmt =
        conn.prepare("SELECT rowid, id, owner_token, sealed_meta FROM attachments NOT INDEXED")?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let id = bytes(r, 1)?.unwrap_or_default();
        let info = match (std::str::from_utf8(&id), bytes(r, 3)?) {
            (Ok(text), Some(blob)) => keys
                .open::<AttachmentInfo>(
                    Purpose::AttachmentMeta,
                    "attachments",
                    text,
                    &blob,
                    RecordKind::Attachment,
                )
                .ok()
                .filter(|i| i.id.to_string() == text),
            _ => None,
        };
        out.push((r.get(0)?, id, bytes(r, 2)?, info));
    }
    Ok(out)
}

fn owner_token(keys: &Keys, document: DocumentId) -> [u8; 32] {
    keys.token(
        LookupPurpose::AttachmentOwner,
        document.to_string().as_bytes(),
    )
}

/// Projections as stored, by raw id: the record and its number token
/// (`None` when unreadable).
type Stored<T> = HashMap<Vec<u8>, Option<(T, Tokens)>>;

/// The lookup tokens stored beside a document (number, holder); none for
/// people.
type Tokens = (Option<Vec<u8>>, Option<Vec<u8>>);

/// The projections of `table` as stored.
fn stored_projections<T: super::encoding::Stored>(
    conn: &Connection,
    keys: &Keys,
    table: &str,
    kind: RecordKind,
) -> StoreResult<Stored<T>> {
    let token_columns = if table == "documents" {
        "number_token, holder_token"
    } else {
        "NULL, NULL"
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT id, sealed, {token_columns} FROM {table} NOT INDEXED"
    ))?;
    let mut rows = stmt.query([])?;
    let mut out = HashMap::new();
    while let Some(r) = rows.next()? {
        let id = bytes(r, 0)?.unwrap_or_default();
        let record = match (std::str::from_utf8(&id), bytes(r, 1)?) {
            (Ok(text), Some(blob)) => keys
                .open::<T>(Purpose::Record, table, text, &blob, kind)
                .ok(),
            _ => None,
        };
        let tokens = (bytes(r, 2)?, bytes(r, 3)?);
        out.insert(id, record.map(|rec| (rec, tokens)));
    }
    Ok(out)
}

/// The full check (see the module documentation).
fn check_all(conn: &Connection, keys: &Keys) -> StoreResult<()> {
    sqlite_check(conn)?;
    if slots::load_rows(conn, true)?
        .iter()
        .any(|r| r.slot.is_none())
    {
        return Err(StoreError::Integrity(RecordKind::KeySlot));
    }
    let head = verify_log(conn, keys)?;
    for (_, id, token, sealed) in event_rows(conn)? {
        let event =
            open_event(keys, &id, &sealed).ok_or(StoreError::Integrity(RecordKind::Event))?;
        if token.as_deref() != Some(subject_token(keys, &event).as_slice()) {
            return Err(StoreError::Integrity(RecordKind::Event));
        }
    }
    let ledger = fold_log(conn, keys).map_err(|e| match e {
        StoreError::MergeConflict { .. } => StoreError::Integrity(RecordKind::Log),
        other => other,
    })?;
    check_projections(conn, keys, &ledger, head.people, head.documents)?;
    check_attachments(conn, keys, &ledger, head.attachments)?;
    super::rule_pack::verify(conn, keys, &head)
}

fn check_projections(
    conn: &Connection,
    keys: &Keys,
    ledger: &Ledger,
    people_count: u64,
    document_count: u64,
) -> StoreResult<()> {
    let people: Stored<PersonRecord> =
        stored_projections(conn, keys, "people", RecordKind::Person)?;
    if people.len() != ledger.people().len() || people.len() as u64 != people_count {
        return Err(StoreError::Integrity(RecordKind::Person));
    }
    for (id, folded) in ledger.people() {
        // Records sealed before they carried their event count (issue 24)
        // match the fold without it.
        let same = |stored: &PersonRecord| {
            stored == folded
                || (stored.event_count.is_none()
                    && *stored
                        == PersonRecord {
                            event_count: None,
                            ..folded.clone()
                        })
        };
        match people.get(id.to_string().as_bytes()) {
            Some(Some((stored, _))) if same(stored) => {}
            _ => return Err(StoreError::Integrity(RecordKind::Person)),
        }
    }
    let documents: Stored<DocumentRecord> =
        stored_projections(conn, keys, "documents", RecordKind::Document)?;
    if documents.len() != ledger.documents().len() || documents.len() as u64 != document_count {
        return Err(StoreError::Integrity(RecordKind::Document));
    }
    for (id, folded) in ledger.documents() {
        match documents.get(id.to_string().as_bytes()) {
            Some(Some((stored, (number, holder))))
                if stored == folded
                    && number.as_deref()
                        == number_token(keys, &folded.document.number)
                            .as_ref()
                            .map(|t| t.as_slice())
                    && holder.as_deref()
                        == Some(&holder_token(keys, folded.document.holder)[..]) => {}
            _ => return Err(StoreError::Integrity(RecordKind::Document)),
        }
    }
    Ok(())
}

fn check_attachments(
    conn: &Connection,
    keys: &Keys,
    ledger: &Ledger,
    expected: u64,
) -> StoreResult<()> {
    let rows = attachment_rows(conn, keys)?;
    if rows.len() as u64 != expected {
        return Err(StoreError::Integrity(RecordKind::Attachment));
    }
    // Chunks of no attachment: a deleted photo's bytes put back (from an
    // older copy of the table). Nothing reads them, but they must not be
    // there.
    let orphans: i64 = conn.query_row(
        "SELECT count(*) FROM attachment_chunks NOT INDEXED
         WHERE attachment_id NOT IN (SELECT id FROM attachments NOT INDEXED)",
        [],
        |r| r.get(0),
    )?;
    if orphans > 0 {
        return Err(StoreError::Integrity(RecordKind::Attachment));
    }
    let mut per_document: HashMap<DocumentId, u32> = HashMap::new();
    for (_, _, token, info) in &rows {
        let info = info
            .as_ref()
            .ok_or(StoreError::Integrity(RecordKind::Attachment))?;
        if token.as_deref() != Some(owner_token(keys, info.document).as_slice())
            || !ledger.documents().contains_key(&info.document)
        {
            return Err(StoreError::Integrity(RecordKind::Attachment));
        }
        *per_document.entry(info.document).or_default() += 1;
        super::attachments::verify_chunks(conn, keys, info)?;
    }
    for id in ledger.documents().keys() {
        let counts = read_counts(conn, keys, *id)?;
        if counts.attachments != per_document.get(id).copied().unwrap_or(0) {
            return Err(StoreError::Integrity(RecordKind::Document));
        }
    }
    Ok(())
}

impl Store {
    /// Checks the whole store (see the module documentation): SQLite's
    /// `integrity_check`, the key slots, the event log's hash chain against
    /// its sealed head, every event, the projections against the fold of
    /// the events, every lookup token, every attachment. Returns the first
    /// problem as a typed error: `IndexDamaged` (repairable with
    /// [`Store::repair`]), `Integrity` (a record or the log was damaged or
    /// tampered with), or `StorageCorrupt`. Reads everything: run it in the
    /// background, e.g. once a day.
    pub fn check_integrity(&self) -> StoreResult<()> {
        self.read(|conn| check_all(conn, &self.keys))
    }

    /// Opens the store at `path` without the log-head check and repairs it
    /// ([`Store::repair`]): for a store that [`Store::open`] refuses with
    /// `IndexDamaged` or `Integrity(Log)` because of damage in derived data.
    pub fn open_and_repair(
        path: impl AsRef<Path>,
        secret: &Secret,
        options: StoreOptions,
    ) -> StoreResult<(Store, RepairReport)> {
        let mut store = Store::open_inner(path.as_ref(), secret, options, false)?;
        // A repaired store must still be the one its rollback anchor
        // remembers: repair is no way around the check at open (the anchor
        // is set aside while repairing, so the repair does not update it).
        let anchor = store.options.rollback_anchor.take();
        let report = store.repair()?;
        if let Some(anchor) = anchor {
            let head = load_head(&store.conn, &store.keys)?;
            super::freshness::check_at_open(
                &store.conn,
                &store.keys,
                &head,
                &anchor,
                store.options.accept_older_copy,
            )?;
            store.options.rollback_anchor = Some(anchor);
        }
        Ok((store, report))
    }

    /// Rebuilds everything derived from the sealed events and records, in
    /// one transaction: every index, the lookup tokens, the chain values of
    /// the event rows (only if the chain still matches the sealed head), the
    /// projections and their counts. Never changes or removes an event, a
    /// record's sealed content or a photo.
    ///
    /// Then runs [`Store::check_integrity`] and returns its error if the
    /// store is still not sound: `Integrity(Log)` when events were lost or
    /// changed (the log no longer matches its head: restore a backup),
    /// `Integrity(Event)` when an event is unreadable (its projections
    /// cannot be rebuilt; what could be repaired is kept).
    pub fn repair(&mut self) -> StoreResult<RepairReport> {
        let keys = &self.keys;
        let mut report = RepairReport::default();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch("REINDEX")?;
        report.indexes_rebuilt = true;

        // Subject tokens from the sealed events.
        let mut token_fixes = Vec::new();
        for (seq, id, token, sealed) in event_rows(&tx)? {
            if let Some(event) = open_event(keys, &id, &sealed) {
                let right = subject_token(keys, &event);
                if token.as_deref() != Some(right.as_slice()) {
                    token_fixes.push((seq, right));
                }
            }
        }
        // Owner tokens from the sealed attachment metadata.
        for (rowid, _, token, info) in attachment_rows(&tx, keys)? {
            if let Some(info) = info {
                let right = owner_token(keys, info.document);
                if token.as_deref() != Some(right.as_slice()) {
                    tx.execute(
                        "UPDATE attachments SET owner_token = ?1 WHERE rowid = ?2",
                        params![right.as_slice(), rowid],
                    )?;
                    report.attachment_tokens_fixed += 1;
                }
            }
        }
        report.event_tokens_fixed = token_fixes.len() as u64;

        // The chain, recomputed with the fixed tokens, must still end at the
        // sealed head; then only stored chain values are rewritten.
        with_events_writable(&tx, |tx| {
            for (seq, token) in &token_fixes {
                tx.execute(
                    "UPDATE events SET subject_token = ?1 WHERE seq = ?2",
                    params![token.as_slice(), seq],
                )?;
            }
            Ok(())
        })?;
        let rows = recompute(&tx, keys)?;
        let stale: Vec<(i64, [u8; 32])> = rows
            .iter()
            .filter(|r| r.stored.as_deref() != Some(r.computed.as_slice()))
            .map(|r| (r.seq, r.computed))
            .collect();
        match load_head(&tx, keys) {
            Ok(head) => {
                let matches = match rows.last() {
                    None => head.events == 0 && head.last_seq == 0,
                    Some(last) => {
                        head.events == rows.len() as u64
                            && head.last_seq == last.seq
                            && head.head == hex(&last.computed)
                    }
                };
                if !matches {
                    return Err(StoreError::Integrity(RecordKind::Log));
                }
            }
            Err(StoreError::Integrity(RecordKind::Log)) if stale.is_empty() => {
                let mut head = super::log_head::head_from_tables(&tx, keys)?;
                head.anchors.set(
                    super::rule_pack::ANCHOR,
                    super::rule_pack::anchor_from_tables(&tx, keys)?,
                );
                head.attachments = count_rows(&tx, "attachments")?;
                save_head(&tx, keys, &head)?;
                report.head_resealed = true;
            }
            Err(e) => return Err(e),
        }
        if !stale.is_empty() {
            with_events_writable(&tx, |tx| {
                for (seq, chain) in &stale {
                    tx.execute(
                        "UPDATE events SET chain = ?1 WHERE seq = ?2",
                        params![chain.as_slice(), seq],
                    )?;
                }
                Ok(())
            })?;
            report.chain_values_fixed = stale.len() as u64;
        }

        // Projections, tokens and counts from the fold of the events.
        let mut log = LogWriter::begin(&tx, keys)?;
        if let Ok(ledger) = fold_log(&tx, keys) {
            rewrite_projections(&tx, keys, &ledger, &mut log)?;
            report.projections_rebuilt = true;
        }
        log.head_mut().attachments = count_rows(&tx, "attachments")?;
        log.finish(&tx, keys)?;
        tx.commit()?;
        self.after_write();
        let _ = self.empty_wal();
        // Anything not rebuilt above (an unreadable event) is reported.
        let unreadable = read_events(&self.conn, &self.keys)?.1;
        if !unreadable.is_empty() {
            return Err(StoreError::Integrity(RecordKind::Event));
        }
        self.check_integrity()?;
        Ok(report)
    }
}
