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
    count_mismatch, holder_token, in_log_order, open_event_row_in, read_person, Unreadable,
    EVENTS_OF_SUBJECT,
};
use super::{RecordKind, Store, StoreError, StoreResult};
use crate::crypto::{LookupPurpose, PlainBuf, Purpose};
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

/// One document row found by its holder: its record and events, checked;
/// `Ok(None)` when the record does not open or is older than its events.
fn document_with_events(
    conn: &Connection,
    keys: &Keys,
    id: &str,
    sealed: &[u8],
    buf: &mut PlainBuf,
) -> StoreResult<Option<(DocumentRecord, Vec<DocumentEvent>)>> {
    let Ok(record) = keys.open_in::<DocumentRecord>(
        Purpose::Record,
        "documents",
        id,
        sealed,
        RecordKind::Document,
        buf,
    ) else {
        return Ok(None);
    };
    // The record must be the row's (compared without formatting the id
    // into a new string: that cost a hundredth of a caseload).
    if !record.document.id.is_written_as(id) {
        return Ok(None);
    }
    let token = keys.token(LookupPurpose::Subject, id.as_bytes());
    let mut stmt = conn.prepare_cached(EVENTS_OF_SUBJECT)?;
    let mut rows = stmt.query([token.as_slice()])?;
    let mut events = Vec::with_capacity(record.event_count as usize);
    while let Some(r) = rows.next()? {
        let seq: i64 = r
            .get(0)
            .map_err(|_| StoreError::Integrity(RecordKind::Event))?;
        let opened = open_event_row_in(keys, bytes(r, 1)?, bytes(r, 2)?, buf);
        match opened {
            Some(Event::Document(e)) if e.document == record.document.id => events.push((seq, e)),
            _ => return Err(StoreError::Integrity(RecordKind::Event)),
        }
    }
    let events = in_log_order(events);
    if events.len() as u64 != u64::from(record.event_count) {
        return match count_mismatch(conn, &token, u64::from(record.event_count))? {
            StoreError::Integrity(RecordKind::Document) => Ok(None),
            other => Err(other),
        };
    }
    Ok(Some((record, events)))
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
    /// returns `false` to stop early.
    pub fn for_each_person(
        &self,
        mut visit: impl FnMut(PersonSlice) -> bool,
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
            // One plaintext buffer for every record read (wiped when it
            // grows and at the end), not one allocation and wipe each.
            let mut buf = PlainBuf::new();
            let mut docs = conn.prepare_cached(
                "SELECT id, sealed FROM documents INDEXED BY documents_by_holder WHERE holder_token = ?1",
            )?;
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
                let mut slice_docs = Vec::new();
                let mut slice_events = Vec::new();
                while let Some(r) = rows.next()? {
                    documents_found += 1;
                    let doc_id = String::from_utf8_lossy(&bytes(r, 0)?.unwrap_or_default())
                        .into_owned();
                    let sealed = bytes(r, 1)?.unwrap_or_default();
                    if person.as_ref().is_some_and(|p| p.archived) {
                        continue;
                    }
                    match document_with_events(conn, keys, &doc_id, &sealed, &mut buf)? {
                        Some((record, events))
                            if person.is_some() && record.document.holder == token_of =>
                        {
                            slice_docs.push(record);
                            slice_events.extend(events);
                        }
                        _ => out.unreadable.push(Unreadable {
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
                        let go_on = visit(PersonSlice {
                            record,
                            documents: slice_docs,
                            events: slice_events,
                        });
                        if !go_on {
                            return Ok(out);
                        }
                    }
                }
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
