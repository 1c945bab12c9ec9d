//! What an app reads: people, documents, events, a document's history, a
//! lookup by number, the snapshot for the rules evaluator.
//!
//! Every read checks itself (`docs/adr/0009-sealed-log-head.md`):
//! - listings scan the tables (never an index) and compare their row count
//!   with the sealed log head; one unreadable row is reported, not fatal;
//! - reads through an index compare what they found with a count kept in a
//!   sealed record (`history`: the document's event count; `attachments`:
//!   its sealed attachment count) or with a table scan (`find_by_number`),
//!   and report a disagreement as [`StoreError::IndexDamaged`] or
//!   [`StoreError::Integrity`], never as a shorter answer.

use super::codec::Keys;
use super::error::{RecordKind, StoreError, StoreResult};
use super::log_head::{load_head, LogHead};
use super::rows::{bytes, exists_in_table, id_for_report, slice};
use super::sealed::{
    history_in, number_token, read_document_checked, read_events, read_person, Unreadable,
};
use super::Store;
use crate::crypto::{LookupPurpose, PlainBuf, Purpose};
use crate::domain::commands::PersonRecord;
use crate::domain::text::normalise_document_number;
use crate::domain::{
    Document, DocumentEvent, DocumentId, DocumentRecord, Event, EventId, Person, PersonId,
};
use crate::domain::{IdMap, IdSet};
use rusqlite::{params, Connection};
use std::collections::{BTreeSet, HashMap};

/// Records that could be read, and those that could not.
#[derive(Debug, Clone)]
pub struct Listing<T> {
    /// Readable records.
    pub items: Vec<T>,
    /// Records that failed their integrity check.
    pub unreadable: Vec<Unreadable>,
}

/// Everything the rules evaluator needs, read in one go.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// People (not archived).
    pub people: Vec<Person>,
    /// Their records (ticks and payments with their details), in the same
    /// order.
    pub records: Vec<PersonRecord>,
    /// Documents (current details), except those of archived people.
    pub documents: Vec<Document>,
    /// Document events, in log order.
    pub events: Vec<DocumentEvent>,
    /// Records that could not be read.
    pub unreadable: Vec<Unreadable>,
}

/// The rows of a projection table, by a table scan, sorted by id. The
/// number of rows must equal `expected` (from the log head).
fn list<T: super::encoding::Stored>(
    conn: &Connection,
    keys: &Keys,
    table: &str,
    kind: RecordKind,
    expected: u64,
) -> StoreResult<Listing<T>> {
    let mut stmt = conn.prepare_cached(&format!("SELECT id, sealed FROM {table} NOT INDEXED"))?;
    let mut rows = stmt.query([])?;
    let mut buf = PlainBuf::new();
    let mut items: Vec<T> = Vec::new();
    // (row id, index in `items`): sorting these moves no record.
    let mut order: Vec<(Vec<u8>, usize)> = Vec::new();
    let mut unreadable: Vec<(Vec<u8>, Unreadable)> = Vec::new();
    while let Some(r) = rows.next()? {
        let id = slice(r, 0)?.unwrap_or_default();
        let opened = match (std::str::from_utf8(id), slice(r, 1)?) {
            (Ok(text), Some(blob)) => keys
                .open_in::<T>(Purpose::Record, table, text, blob, kind, &mut buf)
                .ok(),
            _ => None,
        };
        match opened {
            Some(item) => {
                order.push((id.to_vec(), items.len()));
                items.push(item);
            }
            None => {
                let report = Unreadable {
                    kind,
                    id: id_for_report(id),
                };
                unreadable.push((id.to_vec(), report));
            }
        }
    }
    if (items.len() + unreadable.len()) as u64 != expected {
        return Err(StoreError::Integrity(kind));
    }
    order.sort_unstable();
    unreadable.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Listing {
        items: in_order(items, &order),
        unreadable: unreadable.into_iter().map(|(_, u)| u).collect(),
    })
}

/// `items` rearranged in the order of the indices in `order` (a permutation).
fn in_order<T>(items: Vec<T>, order: &[(Vec<u8>, usize)]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|(_, i)| slots.get_mut(*i).and_then(Option::take))
        .collect()
}

/// Every person, each checked as a single read is
/// ([`super::sealed::read_person`]): see [`held_back_if_stale`].
fn people_in(conn: &Connection, keys: &Keys, head: &LogHead) -> StoreResult<Listing<PersonRecord>> {
    let listing = list(conn, keys, "people", RecordKind::Person, head.people)?;
    held_back_if_stale(conn, keys, listing, RecordKind::Person, |r| {
        (r.person.id.to_string(), r.event_count)
    })
}

/// Every document, each checked as a single read is
/// ([`super::sealed::read_document_checked`]): see [`held_back_if_stale`].
fn documents_in(
    conn: &Connection,
    keys: &Keys,
    head: &LogHead,
) -> StoreResult<Listing<DocumentRecord>> {
    let listing = list(
        conn,
        keys,
        "documents",
        RecordKind::Document,
        head.documents,
    )?;
    held_back_if_stale(conn, keys, listing, RecordKind::Document, |r| {
        (r.document.id.to_string(), Some(r.event_count))
    })
}

/// A listing whose records each carry how many of the log's events they
/// fold (`count_of`: the id and that count, if the record has one): a
/// record put back from before its latest events (a rolled-back row or
/// table) is moved to the unreadable ones, never shown as it was then; a
/// damaged events index is `IndexDamaged` (repair), a shortened log
/// `Integrity(Log)`, as for a single read.
fn held_back_if_stale<T>(
    conn: &Connection,
    keys: &Keys,
    mut listing: Listing<T>,
    kind: RecordKind,
    count_of: impl Fn(&T) -> (String, Option<u32>),
) -> StoreResult<Listing<T>> {
    let mut counts: HashMap<Vec<u8>, u64> = HashMap::new();
    {
        let mut stmt = conn
            .prepare_cached("SELECT subject_token, count(*) FROM events GROUP BY subject_token")?;
        // Read whatever type a damaged index page left (text, a number):
        // a token that is not what it should be only fails its count below.
        let rows = stmt.query_map([], |r| Ok((bytes(r, 0)?, r.get::<_, i64>(1).unwrap_or(-1))))?;
        for row in rows {
            let (token, n) = row?;
            if let (Some(token), Ok(n)) = (token, u64::try_from(n)) {
                counts.insert(token, n);
            }
        }
    }
    let mut fresh = Vec::with_capacity(listing.items.len());
    for record in std::mem::take(&mut listing.items) {
        let (id, sealed) = count_of(&record);
        let Some(sealed) = sealed else {
            fresh.push(record);
            continue;
        };
        let token = keys.token(LookupPurpose::Subject, id.as_bytes());
        if counts.get(token.as_slice()).copied().unwrap_or(0) == u64::from(sealed) {
            fresh.push(record);
            continue;
        }
        match super::sealed::count_mismatch(conn, &token, u64::from(sealed))? {
            StoreError::Integrity(RecordKind::Document) => {
                listing.unreadable.push(Unreadable { kind, id });
            }
            other => return Err(other),
        }
    }
    listing.items = fresh;
    Ok(listing)
}

/// How many events the log holds for each subject (person or document).
fn subject_counts(events: &[Event]) -> IdMap<uuid::Uuid, u64> {
    let mut out = IdMap::default();
    for e in events {
        let subject = match e {
            Event::Person(p) => p.person.as_uuid(),
            Event::Document(d) => d.document.as_uuid(),
        };
        *out.entry(*subject).or_default() += 1;
    }
    out
}

/// [`held_back_if_stale`] against the counts of the events read (every
/// one of them readable): a record whose sealed count differs from its
/// events is an older copy put back, reported instead of shown.
fn held_back_by_count<T>(
    mut listing: Listing<T>,
    kind: RecordKind,
    counts: &IdMap<uuid::Uuid, u64>,
    count_of: impl Fn(&T) -> (uuid::Uuid, Option<u32>),
) -> Listing<T> {
    let items = std::mem::take(&mut listing.items);
    for record in items {
        let (id, sealed) = count_of(&record);
        match sealed {
            Some(n) if counts.get(&id).copied().unwrap_or(0) != u64::from(n) => {
                listing.unreadable.push(Unreadable {
                    kind,
                    id: id.hyphenated().to_string(),
                })
            }
            _ => listing.items.push(record),
        }
    }
    listing
}

fn events_in(conn: &Connection, keys: &Keys, head: &LogHead) -> StoreResult<Listing<Event>> {
    let (items, unreadable) = read_events(conn, keys)?;
    if (items.len() + unreadable.len()) as u64 != head.events {
        return Err(StoreError::Integrity(RecordKind::Log));
    }
    Ok(Listing { items, unreadable })
}

/// Ids of rows whose `number_token` is `token`, as raw bytes, either
/// through the index or by a table scan.
fn ids_with_number(
    conn: &Connection,
    token: &[u8],
    indexed: bool,
) -> StoreResult<BTreeSet<Vec<u8>>> {
    let sql = if indexed {
        "SELECT id FROM documents INDEXED BY documents_by_number WHERE number_token = ?1"
    } else {
        "SELECT id FROM documents NOT INDEXED WHERE number_token = ?1"
    };
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params![token])?;
    let mut out = BTreeSet::new();
    while let Some(r) = rows.next()? {
        out.insert(bytes(r, 0)?.unwrap_or_default());
    }
    Ok(out)
}

impl Store {
    /// Runs `f` in one read transaction (a consistent snapshot), or in the
    /// transaction already open.
    pub(crate) fn read<T>(&self, f: impl FnOnce(&Connection) -> StoreResult<T>) -> StoreResult<T> {
        if self.conn.is_autocommit() {
            let tx = self.conn.unchecked_transaction()?;
            let out = f(&tx)?;
            tx.commit()?;
            Ok(out)
        } else {
            f(&self.conn)
        }
    }

    /// One person.
    pub fn person(&self, id: PersonId) -> StoreResult<PersonRecord> {
        self.read(|c| read_person(c, &self.keys, id))
    }

    /// Every person (archived ones included), with any unreadable records.
    pub fn people(&self) -> StoreResult<Listing<PersonRecord>> {
        self.read(|c| people_in(c, &self.keys, &load_head(c, &self.keys)?))
    }

    /// One document. Its sealed event count is checked against the log, so
    /// an older sealed copy put back in its place is `Integrity(Document)`.
    pub fn document(&self, id: DocumentId) -> StoreResult<DocumentRecord> {
        self.read(|c| read_document_checked(c, &self.keys, id))
    }

    /// Every document, with any unreadable records.
    pub fn documents(&self) -> StoreResult<Listing<DocumentRecord>> {
        self.read(|c| documents_in(c, &self.keys, &load_head(c, &self.keys)?))
    }

    /// Documents whose number equals `number` after normalisation
    /// (case, spaces and dashes ignored), found by lookup token. The index
    /// and a scan of the table must agree ([`StoreError::IndexDamaged`]
    /// otherwise), and the answer is confirmed with the sealed records: the
    /// documents found are exactly those whose sealed number matches. A
    /// token removed, replaced or moved, or a record that cannot be read
    /// (it might be a match), is `Integrity(Document)`, never a shorter or
    /// empty answer. Reads every document record (docs/adr/0024).
    pub fn find_by_number(&self, number: &str) -> StoreResult<Vec<DocumentId>> {
        let wanted = normalise_document_number(number);
        let Some(token) = number_token(&self.keys, number) else {
            return Ok(Vec::new());
        };
        self.read(|conn| {
            let indexed = ids_with_number(conn, &token, true)?;
            if indexed != ids_with_number(conn, &token, false)? {
                return Err(StoreError::IndexDamaged(RecordKind::Document));
            }
            let all = documents_in(conn, &self.keys, &load_head(conn, &self.keys)?)?;
            if !all.unreadable.is_empty() {
                return Err(StoreError::Integrity(RecordKind::Document));
            }
            let mut sealed: Vec<Vec<u8>> = all
                .items
                .iter()
                .filter(|r| normalise_document_number(&r.document.number) == wanted)
                .map(|r| r.document.id.to_string().into_bytes())
                .collect();
            sealed.sort();
            let tokens: Vec<Vec<u8>> = indexed.iter().cloned().collect();
            if sealed != tokens {
                return Err(StoreError::Integrity(RecordKind::Document));
            }
            indexed
                .iter()
                .map(|raw| {
                    std::str::from_utf8(raw)
                        .ok()
                        .and_then(|s| s.parse().ok())
                        .ok_or(StoreError::Integrity(RecordKind::Document))
                })
                .collect()
        })
    }

    /// A document's history: its events, oldest first. Checked against the
    /// event count sealed in the document's record.
    pub fn history(&self, id: DocumentId) -> StoreResult<Vec<DocumentEvent>> {
        self.read(|c| history_in(c, &self.keys, id))
    }

    /// The whole event log, oldest first, with any unreadable events.
    pub fn events(&self) -> StoreResult<Listing<Event>> {
        self.read(|c| events_in(c, &self.keys, &load_head(c, &self.keys)?))
    }

    /// Whether an event with this id is stored (a miss is confirmed by a
    /// table scan, so a damaged index gives `IndexDamaged`, not `false`).
    pub fn has_event(&self, id: EventId) -> StoreResult<bool> {
        let key = id.to_string();
        self.read(|conn| {
            let n: i64 = conn
                .prepare_cached("SELECT count(*) FROM events WHERE id = ?1")?
                .query_row([&key], |r| r.get(0))?;
            if n > 0 {
                Ok(true)
            } else if exists_in_table(conn, "events", &key)? {
                Err(StoreError::IndexDamaged(RecordKind::Event))
            } else {
                Ok(false)
            }
        })
    }

    /// People, documents and events for the rules evaluator, read in one
    /// transaction. Archived people and their documents are left out;
    /// unreadable records are reported, and so is a document record whose
    /// event count disagrees with the log (an older copy put back). The documents of a person whose own
    /// record is unreadable are kept (the evaluator reports them), so one
    /// damaged record never hides someone's deadlines silently.
    pub fn snapshot(&self) -> StoreResult<Snapshot> {
        self.read(|conn| {
            let head = load_head(conn, &self.keys)?;
            let events = events_in(conn, &self.keys, &head)?;
            let (people, documents) = if events.unreadable.is_empty() {
                // Every event opened: each record is checked against the
                // events themselves, without a lookup token per record.
                let counts = subject_counts(&events.items);
                let people: Listing<PersonRecord> =
                    list(conn, &self.keys, "people", RecordKind::Person, head.people)?;
                let documents: Listing<DocumentRecord> = list(
                    conn,
                    &self.keys,
                    "documents",
                    RecordKind::Document,
                    head.documents,
                )?;
                (
                    held_back_by_count(people, RecordKind::Person, &counts, |r| {
                        (*r.person.id.as_uuid(), r.event_count)
                    }),
                    held_back_by_count(documents, RecordKind::Document, &counts, |r| {
                        (*r.document.id.as_uuid(), Some(r.event_count))
                    }),
                )
            } else {
                (
                    people_in(conn, &self.keys, &head)?,
                    documents_in(conn, &self.keys, &head)?,
                )
            };
            let archived: IdSet<PersonId> = people
                .items
                .iter()
                .filter(|p| p.archived)
                .map(|p| p.person.id)
                .collect();
            let records: Vec<PersonRecord> =
                people.items.into_iter().filter(|p| !p.archived).collect();
            let active: Vec<Person> = records.iter().map(|p| p.person.clone()).collect();
            // Records older than their events were held back above.
            let docs: Vec<Document> = documents
                .items
                .into_iter()
                .map(|r| r.document)
                .filter(|d| !archived.contains(&d.holder))
                .collect();
            let doc_ids: IdSet<DocumentId> = docs.iter().map(|d| d.id).collect();
            let doc_events = events
                .items
                .into_iter()
                .filter_map(|e| match e {
                    Event::Document(d) if doc_ids.contains(&d.document) => Some(d),
                    _ => None,
                })
                .collect();
            let mut unreadable = people.unreadable;
            unreadable.extend(documents.unreadable);
            unreadable.extend(events.unreadable);
            Ok(Snapshot {
                people: active,
                records,
                documents: docs,
                events: doc_events,
                unreadable,
            })
        })
    }
}
