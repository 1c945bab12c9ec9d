//! Reading sealed rows: people, documents, events and the counts kept
//! beside them, every one opened with its place as associated data and
//! checked against what it says it is; the lookup token of a document
//! number; and [`Unreadable`], how a record that fails is named. The
//! floor every other part of the store reads through (queries, writes,
//! schema upgrades, attachments, backups, integrity).

use super::codec::Keys;
use super::error::{RecordKind, StoreError, StoreResult};
use super::rows::{bytes, column_at, count_in_table, id_for_report, open_by_id, slice};
use crate::crypto::{LookupPurpose, PlainBuf, Purpose};
use crate::domain::commands::PersonRecord;
use crate::domain::text::normalise_document_number;
use crate::domain::{DocumentEvent, DocumentId, DocumentRecord, Event, PersonId};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A record that could not be read (integrity failure); named by kind and
/// random id only.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Unreadable {
    /// What kind of record.
    pub kind: RecordKind,
    /// Its random id (shown lossily if the id itself is damaged).
    pub id: String,
}

/// Counts kept sealed beside each document, so that index-backed reads can
/// check that they found everything (`documents.counts`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct DocCounts {
    /// How many attachments the document has.
    pub attachments: u32,
}

/// Compact form (docs/adr/0030): `C`, the attachment count as a varint.
impl super::encoding::Stored for DocCounts {
    fn write_compact(&self, w: &mut super::encoding::Writer) -> bool {
        w.u8(b'C');
        w.varint(u64::from(self.attachments));
        true
    }

    fn read_compact(r: &mut super::encoding::Reader<'_>) -> Option<Self> {
        if r.u8()? != b'C' {
            return None;
        }
        Some(DocCounts {
            attachments: u32::try_from(r.varint()?).ok()?,
        })
    }
}

/// The table named in the authenticated data of `documents.counts`.
pub(crate) const COUNTS_AAD: &str = "document_counts";

pub(crate) fn seal_counts(keys: &Keys, id: &str, counts: DocCounts) -> StoreResult<Vec<u8>> {
    keys.seal(Purpose::Record, COUNTS_AAD, id, &counts)
}

/// The sealed counts of document `id` (`NotFound` if there is no such document).
pub(crate) fn read_counts(
    conn: &Connection,
    keys: &Keys,
    id: DocumentId,
) -> StoreResult<DocCounts> {
    open_by_id(
        conn,
        keys,
        Purpose::Record,
        ("documents", "counts", COUNTS_AAD),
        &id.to_string(),
        RecordKind::Document,
    )
}

pub(crate) fn read_document(
    conn: &Connection,
    keys: &Keys,
    id: DocumentId,
) -> StoreResult<DocumentRecord> {
    let record: DocumentRecord = open_by_id(
        conn,
        keys,
        Purpose::Record,
        ("documents", "sealed", "documents"),
        &id.to_string(),
        RecordKind::Document,
    )?;
    if record.document.id != id {
        return Err(StoreError::Integrity(RecordKind::Document));
    }
    Ok(record)
}

/// The error for a document whose sealed event count is `sealed` while its
/// index finds `indexed` events: the index is damaged if a table scan agrees
/// with the record; events are missing from the log if the table has fewer;
/// the record is older than its events (rolled back) if the table has more.
pub(crate) fn count_mismatch(
    conn: &Connection,
    token: &[u8],
    sealed: u64,
) -> StoreResult<StoreError> {
    let in_table = super::rows::count_in_table(conn, "events", "subject_token", token)?;
    Ok(if in_table == sealed {
        StoreError::IndexDamaged(RecordKind::Event)
    } else if in_table < sealed {
        StoreError::Integrity(RecordKind::Log)
    } else {
        StoreError::Integrity(RecordKind::Document)
    })
}

/// [`read_document`], and its sealed event count checked against the
/// events of the log (an index count; a table scan only on a mismatch): a
/// sealed record put back from before its latest events is
/// `Integrity(Document)`, not a silently older state. (For people,
/// [`read_person`] does the same when the record carries its count.)
pub(crate) fn read_document_checked(
    conn: &Connection,
    keys: &Keys,
    id: DocumentId,
) -> StoreResult<DocumentRecord> {
    let record = read_document(conn, keys, id)?;
    let token = keys.token(LookupPurpose::Subject, id.to_string().as_bytes());
    let indexed: i64 = conn
        .prepare_cached("SELECT count(*) FROM events WHERE subject_token = ?1")?
        .query_row([token.as_slice()], |r| r.get(0))?;
    let sealed = u64::from(record.event_count);
    if u64::try_from(indexed).ok() != Some(sealed) {
        return Err(count_mismatch(conn, &token, sealed)?);
    }
    Ok(record)
}

pub(crate) fn read_person(
    conn: &Connection,
    keys: &Keys,
    id: PersonId,
) -> StoreResult<PersonRecord> {
    let record: PersonRecord = open_by_id(
        conn,
        keys,
        Purpose::Record,
        ("people", "sealed", "people"),
        &id.to_string(),
        RecordKind::Person,
    )?;
    if record.person.id != id {
        return Err(StoreError::Integrity(RecordKind::Person));
    }
    // Its sealed event count against the log, as for documents: a record
    // put back from before its latest events is not shown as current.
    if let Some(sealed) = record.event_count {
        let token = keys.token(LookupPurpose::Subject, id.to_string().as_bytes());
        let indexed: i64 = conn
            .prepare_cached("SELECT count(*) FROM events WHERE subject_token = ?1")?
            .query_row([token.as_slice()], |r| r.get(0))?;
        if u64::try_from(indexed).ok() != Some(u64::from(sealed)) {
            return Err(match count_mismatch(conn, &token, u64::from(sealed))? {
                StoreError::Integrity(RecordKind::Document) => {
                    StoreError::Integrity(RecordKind::Person)
                }
                other => other,
            });
        }
    }
    Ok(record)
}

/// Every event in log order (a table scan); unreadable ones are reported,
/// not fatal.
pub(crate) fn read_events(
    conn: &Connection,
    keys: &Keys,
) -> StoreResult<(Vec<Event>, Vec<Unreadable>)> {
    let mut stmt = conn.prepare_cached("SELECT id, sealed FROM events NOT INDEXED ORDER BY seq")?;
    let mut rows = stmt.query([])?;
    let mut buf = PlainBuf::new();
    let mut items = Vec::new();
    let mut unreadable = Vec::new();
    while let Some(r) = rows.next()? {
        let id = slice(r, 0)?.unwrap_or_default();
        let opened = match (std::str::from_utf8(id), slice(r, 1)?) {
            (Ok(text), Some(blob)) => keys
                .open_in::<Event>(
                    Purpose::Event,
                    "events",
                    text,
                    blob,
                    RecordKind::Event,
                    &mut buf,
                )
                .ok()
                // The id inside must be the row's (compared without allocating).
                .filter(|e| e.id().is_written_as(text)),
            _ => None,
        };
        match opened {
            Some(e) => items.push(e),
            None => unreadable.push(Unreadable {
                kind: RecordKind::Event,
                id: id_for_report(id),
            }),
        }
    }
    Ok((items, unreadable))
}

/// Attachments per owner token, counted in the table itself (not its index).
pub(crate) fn attachments_by_owner(conn: &Connection) -> StoreResult<HashMap<Vec<u8>, u32>> {
    let mut stmt = conn.prepare_cached(
        "SELECT owner_token, count(*) FROM attachments NOT INDEXED GROUP BY owner_token",
    )?;
    let mut rows = stmt.query([])?;
    let mut out = HashMap::new();
    while let Some(r) = rows.next()? {
        let n: i64 = r.get(1)?;
        if let Some(token) = bytes(r, 0)? {
            out.insert(token, u32::try_from(n).unwrap_or(u32::MAX));
        }
    }
    Ok(out)
}

/// The events of one subject, found by its lookup token. Without `ORDER BY`
/// on purpose: SQLite marks `WHERE subject_token = ?1 ORDER BY seq` for
/// recompiling whenever its parameter is rebound, and a cached statement's
/// parameters are cleared after every use, so the caseload recompiled it
/// once per document (a sixth of its time). Callers put the rows in log
/// order with [`in_log_order`].
pub(crate) const EVENTS_OF_SUBJECT: &str =
    "SELECT seq, id, sealed FROM events WHERE subject_token = ?1";

/// Events read with [`EVENTS_OF_SUBJECT`], in log order.
pub(crate) fn in_log_order<T>(mut rows: Vec<(i64, T)>) -> Vec<T> {
    rows.sort_by_key(|(seq, _)| *seq);
    rows.into_iter().map(|(_, e)| e).collect()
}

/// An event row's id and sealed blob, opened; `None` when either is damaged.
pub(crate) fn open_event_row(
    keys: &Keys,
    id: Option<Vec<u8>>,
    blob: Option<Vec<u8>>,
) -> Option<Event> {
    open_event_row_in(keys, id, blob, &mut PlainBuf::new())
}

/// [`open_event_row`] through `buf`, a plaintext buffer reused across rows.
pub(crate) fn open_event_row_in(
    keys: &Keys,
    id: Option<Vec<u8>>,
    blob: Option<Vec<u8>>,
    buf: &mut PlainBuf,
) -> Option<Event> {
    let id = id?;
    let text = std::str::from_utf8(&id).ok()?;
    keys.open_in::<Event>(
        Purpose::Event,
        "events",
        text,
        &blob?,
        RecordKind::Event,
        buf,
    )
    .ok()
}

/// The history of `id` through the subject index, checked against the
/// document's sealed event count (or, if that record is unreadable, against
/// a scan of the events table, so the history stays available).
pub(crate) fn history_in(
    conn: &Connection,
    keys: &Keys,
    id: DocumentId,
) -> StoreResult<Vec<DocumentEvent>> {
    let token = keys.token(LookupPurpose::Subject, id.to_string().as_bytes());
    let sealed_count = match read_document(conn, keys, id) {
        Ok(record) => Some(u64::from(record.event_count)),
        Err(StoreError::Integrity(RecordKind::Document)) => None,
        Err(e) => return Err(e),
    };
    let mut stmt = conn.prepare_cached(EVENTS_OF_SUBJECT)?;
    let mut rows = stmt.query([token.as_slice()])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let seq: i64 = r
            .get(0)
            .map_err(|_| StoreError::Integrity(RecordKind::Event))?;
        let opened = open_event_row(keys, bytes(r, 1)?, bytes(r, 2)?);
        match opened {
            Some(Event::Document(e)) if e.document == id => out.push((seq, e)),
            // The index led to another subject's event: the index is wrong
            // if the row's own token differs, else the row was changed.
            Some(_) => {
                return Err(
                    if column_at(conn, "events", "subject_token", seq)?.as_deref()
                        == Some(token.as_slice())
                    {
                        StoreError::Integrity(RecordKind::Event)
                    } else {
                        StoreError::IndexDamaged(RecordKind::Event)
                    },
                )
            }
            None => return Err(StoreError::Integrity(RecordKind::Event)),
        }
    }
    let out = in_log_order(out);
    let Some(expected) = sealed_count else {
        if out.len() as u64 != count_in_table(conn, "events", "subject_token", &token)? {
            return Err(StoreError::IndexDamaged(RecordKind::Event));
        }
        return Ok(out);
    };
    if out.len() as u64 != expected {
        return Err(count_mismatch(conn, &token, expected)?);
    }
    Ok(out)
}

/// The lookup token of a document's holder (schema 9): a caseload is read
/// person by person through it.
pub(crate) fn holder_token(keys: &Keys, holder: PersonId) -> [u8; 32] {
    let token = keys.token(LookupPurpose::Holder, holder.to_string().as_bytes());
    let mut out = [0u8; 32];
    out.copy_from_slice(token.as_slice());
    out
}

/// The lookup token of a document number (none for an empty number).
pub(crate) fn number_token(keys: &Keys, number: &str) -> Option<[u8; 32]> {
    let normalised = normalise_document_number(number);
    (!normalised.is_empty())
        .then(|| keys.token(LookupPurpose::DocumentNumber, normalised.as_bytes()))
}

#[cfg(test)]
mod lookup_tests {
    use super::EVENTS_OF_SUBJECT;
    use rusqlite::{Connection, StatementStatus};

    #[test]
    fn the_cached_event_lookup_is_not_recompiled_at_every_use() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE events (seq INTEGER PRIMARY KEY, id TEXT NOT NULL,
                 subject_token BLOB NOT NULL, sealed BLOB NOT NULL);
             CREATE INDEX events_by_subject ON events (subject_token, seq);
             INSERT INTO events (id, subject_token, sealed) VALUES ('a', x'01', x'00'), ('b', x'02', x'00');",
        )
        .unwrap();
        for token in [1u8, 2, 3, 1, 2] {
            let mut stmt = conn.prepare_cached(EVENTS_OF_SUBJECT).unwrap();
            let mut rows = stmt.query([[token].as_slice()]).unwrap();
            while rows.next().unwrap().is_some() {}
        }
        let stmt = conn.prepare_cached(EVENTS_OF_SUBJECT).unwrap();
        assert_eq!(stmt.get_status(StatementStatus::RePrepare), 0);
        // What the constant avoids: the same lookup ordered in SQL is
        // recompiled each time the cache hands it out again.
        let ordered = "SELECT seq, id, sealed FROM events WHERE subject_token = ?1 ORDER BY seq";
        for token in [1u8, 2, 3] {
            let mut stmt = conn.prepare_cached(ordered).unwrap();
            let mut rows = stmt.query([[token].as_slice()]).unwrap();
            while rows.next().unwrap().is_some() {}
        }
        let stmt = conn.prepare_cached(ordered).unwrap();
        assert!(stmt.get_status(StatementStatus::RePrepare) > 0);
    }
}
