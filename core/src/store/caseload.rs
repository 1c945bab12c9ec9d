//! Reading a caseload person by person (issue 27): documents interact only
//! within one person, so a caseload is evaluated one person at a time and
//! memory holds one person (and the list of people's ids), never the whole
//! store. Documents are found through their holder token (schema 9),
//! events through their subject token; every record is checked as a single
//! read is (its sealed event count against the log), and the documents
//! found must add up to the log head's count, so a damaged index is an
//! error (repair), never a shorter caseload.

use super::codec::Keys;
use super::log_head::load_head;
use super::rows::bytes;
use super::sealed::{
    count_mismatch, holder_token, in_log_order, open_event_row, read_person, Unreadable,
    EVENTS_OF_SUBJECT,
};
use super::{RecordKind, Store, StoreError, StoreResult};
use crate::crypto::{LookupPurpose, Purpose};
use crate::domain::commands::PersonRecord;
use crate::domain::{DocumentEvent, DocumentRecord, Event, PersonId};
use rusqlite::Connection;

/// One person's part of the store, for evaluation.
#[derive(Debug, Clone)]
pub struct PersonSlice {
    /// The person.
    pub record: PersonRecord,
    /// Their documents (readable ones), with their current details.
    pub documents: Vec<DocumentRecord>,
    /// Those documents' events, document by document, in log order.
    pub events: Vec<DocumentEvent>,
}

/// What a person-by-person read found besides the people it visited.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseloadRead {
    /// People visited (not archived, readable).
    pub people: u64,
    /// Records that could not be read (not shown).
    pub unreadable: Vec<Unreadable>,
}

/// The ids of every person row, in id order.
fn person_ids(conn: &Connection) -> StoreResult<Vec<String>> {
    let mut stmt = conn.prepare("SELECT id FROM people NOT INDEXED ORDER BY id")?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let raw = bytes(r, 0)?.unwrap_or_default();
        out.push(String::from_utf8_lossy(&raw).into_owned());
    }
    Ok(out)
}

/// One document's rows as read, not yet opened: its sealed record and the
/// rows of its events (found by its subject token).
#[derive(Debug)]
pub struct SealedDocument {
    id: String,
    sealed: Vec<u8>,
    token: [u8; 32],
    events: Vec<(i64, Option<Vec<u8>>, Option<Vec<u8>>)>,
}

/// One person's rows as read, not yet opened: the reading thread reads
/// them from SQLite, a worker opens (decrypts and checks) them with an
/// [`Opener`], so that decryption runs on every core.
#[derive(Debug)]
pub struct SealedPerson {
    record: PersonRecord,
    documents: Vec<SealedDocument>,
}

/// A document whose events did not add up to its sealed count: whether
/// that is a damaged record or a damaged index needs the store, so the
/// reading thread looks (see [`Store::for_each_sealed_person`]).
#[derive(Debug, Clone)]
pub struct Recheck {
    token: [u8; 32],
    expected: u64,
}

/// A person's rows opened: the person's part for evaluation, the
/// documents that did not open, and the counts the reader must check.
#[derive(Debug)]
pub struct OpenedPerson {
    /// The person, their readable documents and events.
    pub slice: PersonSlice,
    /// Their documents that did not open or are older than their events.
    pub unreadable: Vec<Unreadable>,
    /// Event counts to check against the store.
    pub rechecks: Vec<Recheck>,
}

/// Opens the rows a reader found; shareable across threads (it holds only
/// the store's keys).
#[derive(Clone, Copy)]
pub struct Opener<'s> {
    keys: &'s Keys,
}

impl Opener<'_> {
    /// Decrypts and checks one person's rows, as a single read checks them.
    /// An event that does not open is an error (the store is damaged); a
    /// document that does not open is reported unreadable.
    pub fn open(&self, sealed: SealedPerson) -> StoreResult<OpenedPerson> {
        let keys = self.keys;
        let holder = sealed.record.person.id;
        let mut documents = Vec::with_capacity(sealed.documents.len());
        let mut events = Vec::new();
        let mut unreadable = Vec::new();
        let mut rechecks = Vec::new();
        for doc in sealed.documents {
            let record = keys
                .open::<DocumentRecord>(
                    Purpose::Record,
                    "documents",
                    &doc.id,
                    &doc.sealed,
                    RecordKind::Document,
                )
                .ok()
                .filter(|r| r.document.id.to_string() == doc.id && r.document.holder == holder);
            let Some(record) = record else {
                unreadable.push(Unreadable {
                    kind: RecordKind::Document,
                    id: doc.id,
                });
                continue;
            };
            let mut opened = Vec::with_capacity(doc.events.len());
            for (seq, id, blob) in doc.events {
                match open_event_row(keys, id, blob) {
                    Some(Event::Document(e)) if e.document == record.document.id => {
                        opened.push((seq, e))
                    }
                    _ => return Err(StoreError::Integrity(RecordKind::Event)),
                }
            }
            if opened.len() as u64 != u64::from(record.event_count) {
                rechecks.push(Recheck {
                    token: doc.token,
                    expected: u64::from(record.event_count),
                });
                unreadable.push(Unreadable {
                    kind: RecordKind::Document,
                    id: doc.id,
                });
                continue;
            }
            events.extend(in_log_order(opened));
            documents.push(record);
        }
        Ok(OpenedPerson {
            slice: PersonSlice {
                record: sealed.record,
                documents,
                events,
            },
            unreadable,
            rechecks,
        })
    }
}

/// The rows of one document found by its holder: its events' rows.
fn sealed_document(
    conn: &Connection,
    keys: &Keys,
    id: String,
    sealed: Vec<u8>,
) -> StoreResult<SealedDocument> {
    let token = keys.token(LookupPurpose::Subject, id.as_bytes());
    let mut stmt = conn.prepare_cached(EVENTS_OF_SUBJECT)?;
    let mut rows = stmt.query([token.as_slice()])?;
    let mut events = Vec::new();
    while let Some(r) = rows.next()? {
        let seq: i64 = r
            .get(0)
            .map_err(|_| StoreError::Integrity(RecordKind::Event))?;
        events.push((seq, bytes(r, 1)?, bytes(r, 2)?));
    }
    Ok(SealedDocument {
        id,
        sealed,
        token,
        events,
    })
}

/// Looks at the event counts workers found wrong: a record older than its
/// events is unreadable (already reported); a count that the table itself
/// matches means the index is damaged, an error.
fn settle(conn: &Connection, rechecks: Vec<Recheck>) -> StoreResult<()> {
    for r in rechecks {
        match count_mismatch(conn, &r.token, r.expected)? {
            StoreError::Integrity(RecordKind::Document) => {}
            other => return Err(other),
        }
    }
    Ok(())
}

impl Store {
    /// How many people the store holds (archived ones too), from the log
    /// head: a progress bar's total.
    pub fn people_count(&self) -> StoreResult<u64> {
        self.read(|conn| Ok(load_head(conn, &self.keys)?.people))
    }

    /// Visits every person who is not archived, with their documents and
    /// those documents' events, in one read transaction, one person at a
    /// time (people in id order). Records that fail their checks are
    /// reported in the result, never visited; the documents of a person
    /// whose own record is unreadable are reported with them. `visit`
    /// returns `false` to stop early. (Reads and opens on this thread; a
    /// parallel reader uses [`Store::for_each_sealed_person`].)
    pub fn for_each_person(
        &self,
        mut visit: impl FnMut(PersonSlice) -> bool,
    ) -> StoreResult<CaseloadRead> {
        let opener = self.opener();
        let mut unreadable = Vec::new();
        let mut rechecks = Vec::new();
        let mut failed = None;
        let mut read = self.for_each_sealed_person(
            |sealed| match opener.open(sealed) {
                Ok(opened) => {
                    unreadable.extend(opened.unreadable);
                    rechecks.extend(opened.rechecks);
                    visit(opened.slice)
                }
                Err(e) => {
                    failed = Some(e);
                    false
                }
            },
            || match failed.take() {
                Some(e) => Err(e),
                None => Ok(std::mem::take(&mut rechecks)),
            },
        )?;
        read.unreadable.extend(unreadable);
        read.unreadable.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(read)
    }

    /// What opens the rows [`Store::for_each_sealed_person`] reads (on any thread).
    pub fn opener(&self) -> Opener<'_> {
        Opener { keys: &self.keys }
    }

    /// Reads every person who is not archived with their documents' and
    /// events' rows, in one read transaction, one person at a time (people
    /// in id order), without opening the documents and events: `visit`
    /// (or the workers it hands them to) opens them with [`Store::opener`].
    /// Before the transaction ends, `finish` returns the event counts the
    /// openers found wrong (or the first error they met), which are checked
    /// here: a damaged index is an error, never a shorter caseload. People
    /// whose record is unreadable are reported with their documents.
    pub fn for_each_sealed_person(
        &self,
        mut visit: impl FnMut(SealedPerson) -> bool,
        finish: impl FnOnce() -> StoreResult<Vec<Recheck>>,
    ) -> StoreResult<CaseloadRead> {
        let keys = &self.keys;
        self.read(|conn| {
            let head = load_head(conn, keys)?;
            let ids = person_ids(conn)?;
            if ids.len() as u64 != head.people {
                return Err(StoreError::Integrity(RecordKind::Person));
            }
            let mut out = CaseloadRead::default();
            let mut documents_found = 0u64;
            let mut docs = conn.prepare_cached(
                "SELECT id, sealed FROM documents INDEXED BY documents_by_holder WHERE holder_token = ?1",
            )?;
            let mut stopped = false;
            for id in ids {
                let person: Option<PersonRecord> = match id.parse::<PersonId>() {
                    Ok(pid) => match read_person(conn, keys, pid) {
                        Ok(r) => Some(r),
                        Err(StoreError::Integrity(_)) => None,
                        Err(e) => return Err(e),
                    },
                    Err(_) => None,
                };
                let Some(token_of) = id.parse::<PersonId>().ok() else {
                    out.unreadable.push(Unreadable {
                        kind: RecordKind::Person,
                        id,
                    });
                    continue;
                };
                let token = holder_token(keys, token_of);
                let mut rows = docs.query([token.as_slice()])?;
                let mut found = Vec::new();
                while let Some(r) = rows.next()? {
                    documents_found += 1;
                    let doc_id = String::from_utf8_lossy(&bytes(r, 0)?.unwrap_or_default())
                        .into_owned();
                    let sealed = bytes(r, 1)?.unwrap_or_default();
                    match &person {
                        Some(p) if p.archived => {}
                        Some(_) => found.push(sealed_document(conn, keys, doc_id, sealed)?),
                        None => out.unreadable.push(Unreadable {
                            kind: RecordKind::Document,
                            id: doc_id,
                        }),
                    }
                }
                match person {
                    None => out.unreadable.push(Unreadable {
                        kind: RecordKind::Person,
                        id,
                    }),
                    Some(p) if p.archived => {}
                    Some(record) => {
                        out.people += 1;
                        let go_on = visit(SealedPerson {
                            record,
                            documents: found,
                        });
                        if !go_on {
                            stopped = true;
                            break;
                        }
                    }
                }
            }
            settle(conn, finish()?)?;
            if stopped {
                return Ok(out);
            }
            // Every document row must have been found through its holder:
            // one that was not (a damaged index, a wrong token) would be
            // missing from the caseload.
            if documents_found != head.documents {
                return Err(StoreError::IndexDamaged(RecordKind::Document));
            }
            Ok(out)
        })
    }
}
