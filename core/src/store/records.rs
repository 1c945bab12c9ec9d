//! People, documents and events in the store: the event log, its
//! projections, and the commands that append to it. Reads are in
//! `queries.rs`.

use super::codec::Keys;
use super::error::{RecordKind, StoreError, StoreResult};
use super::log_head::LogWriter;
use super::sealed::{
    attachments_by_owner, holder_token, number_token, read_document_checked, read_events,
    read_person, seal_counts, DocCounts,
};
use super::Store;
use crate::crypto::{LookupPurpose, Purpose};
use crate::domain::commands::{self, Effects, PersonRecord};
use crate::domain::PersonChange;
use crate::domain::{
    Document, DocumentChange, DocumentId, DocumentRecord, Event, EventId, Ledger, Person,
    PersonDraft, PersonId, PersonUpdate,
};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

pub(crate) fn write_counts(
    tx: &Transaction<'_>,
    keys: &Keys,
    id: DocumentId,
    counts: DocCounts,
) -> StoreResult<()> {
    let key = id.to_string();
    let sealed = seal_counts(keys, &key, counts)?;
    let n = tx
        .prepare_cached("UPDATE documents SET counts = ?1 WHERE id = ?2")?
        .execute(params![sealed, key])?;
    if n != 1 {
        return Err(StoreError::NotFound(RecordKind::Document));
    }
    Ok(())
}

pub(crate) fn put_document(
    tx: &Transaction<'_>,
    keys: &Keys,
    record: &DocumentRecord,
) -> StoreResult<()> {
    let id = record.document.id.to_string();
    let sealed = keys.seal(Purpose::Record, "documents", &id, record)?;
    let token = number_token(keys, &record.document.number);
    let holder = holder_token(keys, record.document.holder);
    // A new document starts with no attachments; an existing one keeps its counts.
    let counts = seal_counts(keys, &id, DocCounts::default())?;
    tx.prepare_cached(
        "INSERT INTO documents (id, sealed, number_token, counts, holder_token) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed, number_token = excluded.number_token,
             holder_token = excluded.holder_token",
    )?
    .execute(params![
        id,
        sealed,
        token.as_ref().map(|t| t.as_slice()),
        counts,
        holder.as_slice()
    ])?;
    Ok(())
}

pub(crate) fn put_person(
    tx: &Transaction<'_>,
    keys: &Keys,
    record: &PersonRecord,
) -> StoreResult<()> {
    let id = record.person.id.to_string();
    let sealed = keys.seal(Purpose::Record, "people", &id, record)?;
    tx.prepare_cached(
        "INSERT INTO people (id, sealed) VALUES (?1, ?2)
         ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed",
    )?
    .execute(params![id, sealed])?;
    Ok(())
}

/// Writes a command's effects (events + projections) in the given transaction and
/// counts the new records in the head.
pub(crate) fn write_effects(
    tx: &Transaction<'_>,
    keys: &Keys,
    log: &mut LogWriter,
    effects: &Effects,
) -> StoreResult<()> {
    for e in &effects.events {
        log.append(tx, keys, e)?;
        match e {
            Event::Person(p) if matches!(p.change, PersonChange::Registered { .. }) => {
                log.head_mut().people += 1;
            }
            Event::Document(d) if matches!(d.change, DocumentChange::Recorded { .. }) => {
                log.head_mut().documents += 1;
            }
            _ => {}
        }
    }
    for d in &effects.documents {
        put_document(tx, keys, d)?;
    }
    for p in &effects.people {
        put_person(tx, keys, p)?;
    }
    Ok(())
}

/// Reads and folds the whole event log. Fails if an event is unreadable
/// or the log does not fold (e.g. after merging a conflicting history).
pub(crate) fn fold_log(conn: &Connection, keys: &Keys) -> StoreResult<Ledger> {
    let (events, unreadable) = read_events(conn, keys)?;
    if !unreadable.is_empty() {
        return Err(StoreError::Integrity(RecordKind::Event));
    }
    Ledger::from_events(events).map_err(|e| StoreError::MergeConflict {
        index: e.index,
        reason: e.error.to_string(),
    })
}

/// Replaces the projections with the fold of `ledger` (attachment counts
/// taken from the attachments table) and counts them in the head.
pub(crate) fn rewrite_projections(
    tx: &Transaction<'_>,
    keys: &Keys,
    ledger: &Ledger,
    log: &mut LogWriter,
) -> StoreResult<()> {
    tx.prepare_cached("DELETE FROM documents")?.execute([])?;
    tx.prepare_cached("DELETE FROM people")?.execute([])?;
    for p in ledger.people().values() {
        put_person(tx, keys, p)?;
    }
    let owners = attachments_by_owner(tx)?;
    for (id, d) in ledger.documents() {
        put_document(tx, keys, d)?;
        let token = keys.token(LookupPurpose::AttachmentOwner, id.to_string().as_bytes());
        if let Some(&n) = owners.get(token.as_slice()) {
            write_counts(tx, keys, *id, DocCounts { attachments: n })?;
        }
    }
    let head = log.head_mut();
    head.people = ledger.people().len() as u64;
    head.documents = ledger.documents().len() as u64;
    Ok(())
}

/// Refuses effects that record a person or document whose id is taken.
pub(super) fn check_new_ids(conn: &Connection, effects: &Effects) -> StoreResult<()> {
    for e in &effects.events {
        let (table, id) = match e {
            Event::Person(p) if matches!(p.change, PersonChange::Registered { .. }) => {
                ("people", p.person.to_string())
            }
            Event::Document(d) if matches!(d.change, DocumentChange::Recorded { .. }) => {
                ("documents", d.document.to_string())
            }
            _ => continue,
        };
        let taken: Option<i64> = conn
            .prepare_cached(&format!("SELECT 1 FROM {table} WHERE id = ?1"))?
            .query_row([&id], |r| r.get(0))
            .optional()?;
        if taken.is_some() {
            return Err(crate::domain::DomainError::DuplicateId.into());
        }
    }
    Ok(())
}

/// Loads the documents a change links to.
fn load_linked(
    conn: &Connection,
    keys: &Keys,
    ids: &[DocumentId],
) -> StoreResult<Vec<DocumentRecord>> {
    let mut out = Vec::new();
    for id in ids {
        match read_document_checked(conn, keys, *id) {
            Ok(r) => out.push(r),
            Err(StoreError::NotFound(_)) => return Err(crate::domain::DomainError::BadLink.into()),
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

impl Store {
    /// Runs `f` in one IMMEDIATE transaction: `f` reads through the
    /// transaction and runs a command; its effects are checked and written, with the
    /// log head, before the commit. Any error rolls everything back.
    pub(super) fn transact<T>(
        &mut self,
        f: impl FnOnce(&Connection, &Keys) -> StoreResult<(Effects, T)>,
    ) -> StoreResult<T> {
        let keys = &self.keys;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut log = LogWriter::begin(&tx, keys)?;
        let (effects, out) = f(&tx, keys)?;
        check_new_ids(&tx, &effects)?;
        write_effects(&tx, keys, &mut log, &effects)?;
        log.finish(&tx, keys)?;
        tx.commit()?;
        self.after_write();
        Ok(out)
    }

    /// Registers a person.
    pub fn register_person(&mut self, draft: PersonDraft, on: NaiveDate) -> StoreResult<Person> {
        self.transact(|_, _| {
            let effects = commands::register_person(draft, on)?;
            let person = effects.people[0].person.clone();
            Ok((effects, person))
        })
    }

    /// Updates a person's details.
    pub fn update_person(
        &mut self,
        id: PersonId,
        update: PersonUpdate,
        on: NaiveDate,
    ) -> StoreResult<Person> {
        self.transact(|conn, keys| {
            let record = read_person(conn, keys, id)?;
            let effects = commands::person_change(&record, Some(update), on)?;
            let person = effects.people[0].person.clone();
            Ok((effects, person))
        })
    }

    /// Appends a change to a person's history (a checklist tick, a
    /// payment, taking a payment back) and returns their record.
    pub fn person_event(
        &mut self,
        id: PersonId,
        change: PersonChange,
        on: NaiveDate,
    ) -> StoreResult<(PersonRecord, EventId)> {
        self.transact(|conn, keys| {
            let record = read_person(conn, keys, id)?;
            let effects = commands::person_event(&record, change, on)?;
            let next = effects.people[0].clone();
            let event = effects.events[0].id();
            Ok((effects, (next, event)))
        })
    }

    /// Archives a person (their documents and history are kept).
    pub fn archive_person(&mut self, id: PersonId, on: NaiveDate) -> StoreResult<()> {
        self.transact(|conn, keys| {
            let record = read_person(conn, keys, id)?;
            Ok((commands::person_change(&record, None, on)?, ()))
        })
    }

    /// Records a new document; links must point to the holder's documents.
    pub fn record_document(
        &mut self,
        document: Document,
        on: NaiveDate,
    ) -> StoreResult<DocumentRecord> {
        self.transact(|conn, keys| {
            let holder = read_person(conn, keys, document.holder)?;
            let targets: Vec<DocumentId> = document.links.iter().map(|l| l.target).collect();
            let linked = load_linked(conn, keys, &targets)?;
            let refs: Vec<&DocumentRecord> = linked.iter().collect();
            let effects = commands::record_document(&holder, document, &refs, on)?;
            let record = effects.documents[0].clone();
            Ok((effects, record))
        })
    }

    /// Applies a change (renewal started, submitted, rejected, lost,
    /// cancelled, employer changed, report filed, corrected, archived).
    pub fn change_document(
        &mut self,
        id: DocumentId,
        change: DocumentChange,
        on: NaiveDate,
    ) -> StoreResult<DocumentRecord> {
        self.transact(|conn, keys| {
            let record = read_document_checked(conn, keys, id)?;
            let linked = load_linked(conn, keys, &commands::linked_targets(&change))?;
            let refs: Vec<&DocumentRecord> = linked.iter().collect();
            let effects = commands::change(&record, change, &refs, on)?;
            let record = effects.documents[0].clone();
            Ok((effects, record))
        })
    }

    /// Takes back an event of document `id` recorded by mistake: appends a
    /// retraction event (history stays append-only) and folds the document
    /// again without the mistaken event.
    pub fn retract_event(
        &mut self,
        id: DocumentId,
        event: EventId,
        on: NaiveDate,
    ) -> StoreResult<DocumentRecord> {
        self.transact(|conn, keys| {
            read_document_checked(conn, keys, id)?;
            let history = super::sealed::history_in(conn, keys, id)?;
            let effects = commands::retraction(&history, event, on)?;
            let record = effects.documents[0].clone();
            Ok((effects, record))
        })
    }

    /// The renewal of `old` was approved: records `successor`, which supersedes it.
    pub fn approve_renewal(
        &mut self,
        old: DocumentId,
        successor: Document,
        on: NaiveDate,
    ) -> StoreResult<DocumentRecord> {
        self.record_successor(old, successor, on, commands::renewal_approved)
    }

    /// A replacement for the lost document `lost` was received.
    pub fn receive_replacement(
        &mut self,
        lost: DocumentId,
        replacement: Document,
        on: NaiveDate,
    ) -> StoreResult<DocumentRecord> {
        self.record_successor(lost, replacement, on, commands::replacement_received)
    }

    fn record_successor(
        &mut self,
        old: DocumentId,
        new: Document,
        on: NaiveDate,
        command: fn(
            &DocumentRecord,
            Document,
            NaiveDate,
        ) -> Result<Effects, crate::domain::DomainError>,
    ) -> StoreResult<DocumentRecord> {
        self.transact(|conn, keys| {
            let record = read_document_checked(conn, keys, old)?;
            let effects = command(&record, new, on)?;
            let new = effects.documents[1].clone();
            Ok((effects, new))
        })
    }

    /// Rebuilds the people and document projections from the event log, in
    /// one transaction. Fails (changing nothing) if an event is unreadable
    /// or the log does not fold.
    pub fn rebuild_projections(&mut self) -> StoreResult<()> {
        let keys = &self.keys;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut log = LogWriter::begin(&tx, keys)?;
        let ledger = fold_log(&tx, keys)?;
        rewrite_projections(&tx, keys, &ledger, &mut log)?;
        log.finish(&tx, keys)?;
        tx.commit()?;
        self.after_write();
        Ok(())
    }
}
