//! People, documents and events in the store: the event log, its
//! projections, and the commands that append to it.

use super::codec::Keys;
use super::error::{RecordKind, StoreError, StoreResult};
use super::schema::number_token;
use super::{parse_params, Store};
use crate::crypto::{DataKeys, LookupPurpose, Purpose, Secret, SlotKind, SlotParams, WrappedSlot};
use crate::domain::commands::{self, PersonRecord, Plan};
use crate::domain::text::normalise_document_number;
use crate::domain::PersonChange;
use crate::domain::{
    Document, DocumentChange, DocumentEvent, DocumentId, DocumentRecord, Event, EventId, Ledger,
    Person, PersonDraft, PersonId, PersonUpdate,
};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

/// A record that could not be read (integrity failure); named by kind and
/// random id only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// What kind of record.
    pub kind: RecordKind,
    /// Its random id.
    pub id: String,
}

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
    /// Documents (current details).
    pub documents: Vec<Document>,
    /// Document events, in log order.
    pub events: Vec<DocumentEvent>,
    /// Records that could not be read.
    pub unreadable: Vec<Unreadable>,
}

// ---- key slots ----

pub(crate) fn params_json(p: &SlotParams) -> StoreResult<String> {
    serde_json::to_string(p).map_err(|e| StoreError::Crypto(e.to_string()))
}

pub(crate) fn insert_slot(tx: &Transaction<'_>, slot: &WrappedSlot) -> StoreResult<()> {
    tx.execute(
        "INSERT INTO key_slots (id, kind, params, wrapped) VALUES (?1, ?2, ?3, ?4)",
        params![
            slot.id,
            slot.kind.as_str(),
            params_json(&slot.params)?,
            slot.wrapped
        ],
    )?;
    Ok(())
}

pub(crate) fn load_slots(
    conn: &Connection,
    kind: Option<SlotKind>,
) -> StoreResult<Vec<WrappedSlot>> {
    let mut stmt =
        conn.prepare("SELECT id, kind, params, wrapped FROM key_slots ORDER BY rowid")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Vec<u8>>(3)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, kind_text, params, wrapped) = row?;
        // A damaged slot row must not lock the others out: skip it.
        let Some(slot_kind) = SlotKind::parse(&kind_text) else {
            continue;
        };
        if kind.is_some_and(|k| k != slot_kind) {
            continue;
        }
        let Ok(params) = parse_params(slot_kind, &params) else {
            continue;
        };
        out.push(WrappedSlot {
            id,
            kind: slot_kind,
            params,
            wrapped,
        });
    }
    Ok(out)
}

/// Tries every slot of the secret's kind.
pub(crate) fn unlock(conn: &Connection, secret: &Secret) -> StoreResult<DataKeys> {
    let slots = load_slots(conn, Some(secret.kind()))?;
    if slots.is_empty() {
        return Err(StoreError::NoSuchSlot(secret.kind()));
    }
    let mut last = StoreError::WrongSecret;
    for slot in &slots {
        match slot.unlock(secret) {
            Ok(keys) => return Ok(keys),
            Err(e) => last = e.into(),
        }
    }
    Err(last)
}

// ---- low-level rows ----

fn seal_event(keys: &Keys, event: &Event) -> StoreResult<(String, [u8; 32], Vec<u8>)> {
    let id = event.id().to_string();
    let subject = match event {
        Event::Person(e) => e.person.to_string(),
        Event::Document(e) => e.document.to_string(),
    };
    let token = keys.token(LookupPurpose::Subject, subject.as_bytes());
    let sealed = keys.seal(Purpose::Event, "events", &id, event)?;
    Ok((id, token, sealed))
}

pub(crate) fn append_event(tx: &Transaction<'_>, keys: &Keys, event: &Event) -> StoreResult<()> {
    let (id, token, sealed) = seal_event(keys, event)?;
    tx.execute(
        "INSERT INTO events (id, subject_token, sealed) VALUES (?1, ?2, ?3)",
        params![id, token.as_slice(), sealed],
    )?;
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
    tx.execute(
        "INSERT INTO documents (id, sealed, number_token) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed, number_token = excluded.number_token",
        params![id, sealed, token.as_ref().map(|t| t.as_slice())],
    )?;
    Ok(())
}

pub(crate) fn put_person(
    tx: &Transaction<'_>,
    keys: &Keys,
    record: &PersonRecord,
) -> StoreResult<()> {
    let id = record.person.id.to_string();
    let sealed = keys.seal(Purpose::Record, "people", &id, record)?;
    tx.execute(
        "INSERT INTO people (id, sealed) VALUES (?1, ?2) ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed",
        params![id, sealed],
    )?;
    Ok(())
}

/// Writes a plan (events + projections) in the given transaction.
pub(crate) fn write_plan(tx: &Transaction<'_>, keys: &Keys, plan: &Plan) -> StoreResult<()> {
    for e in &plan.events {
        append_event(tx, keys, e)?;
    }
    for d in &plan.documents {
        put_document(tx, keys, d)?;
    }
    for p in &plan.people {
        put_person(tx, keys, p)?;
    }
    Ok(())
}

pub(crate) fn read_document(
    conn: &Connection,
    keys: &Keys,
    id: DocumentId,
) -> StoreResult<DocumentRecord> {
    let key = id.to_string();
    let blob: Vec<u8> = conn
        .query_row("SELECT sealed FROM documents WHERE id = ?1", [&key], |r| {
            r.get(0)
        })
        .optional()?
        .ok_or(StoreError::NotFound(RecordKind::Document))?;
    let record: DocumentRecord = keys.open(
        Purpose::Record,
        "documents",
        &key,
        &blob,
        RecordKind::Document,
    )?;
    if record.document.id != id {
        return Err(StoreError::Integrity(RecordKind::Document));
    }
    Ok(record)
}

fn read_person(conn: &Connection, keys: &Keys, id: PersonId) -> StoreResult<PersonRecord> {
    let key = id.to_string();
    let blob: Vec<u8> = conn
        .query_row("SELECT sealed FROM people WHERE id = ?1", [&key], |r| {
            r.get(0)
        })
        .optional()?
        .ok_or(StoreError::NotFound(RecordKind::Person))?;
    let record: PersonRecord =
        keys.open(Purpose::Record, "people", &key, &blob, RecordKind::Person)?;
    if record.person.id != id {
        return Err(StoreError::Integrity(RecordKind::Person));
    }
    Ok(record)
}

fn list<T: serde::de::DeserializeOwned>(
    conn: &Connection,
    keys: &Keys,
    table: &str,
    kind: RecordKind,
) -> StoreResult<Listing<T>> {
    let mut stmt = conn.prepare(&format!("SELECT id, sealed FROM {table} ORDER BY id"))?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
    })?;
    let mut listing = Listing {
        items: Vec::new(),
        unreadable: Vec::new(),
    };
    for row in rows {
        let (id, blob) = row?;
        match keys.open::<T>(Purpose::Record, table, &id, &blob, kind) {
            Ok(item) => listing.items.push(item),
            Err(StoreError::Integrity(kind)) => listing.unreadable.push(Unreadable { kind, id }),
            Err(e) => return Err(e),
        }
    }
    Ok(listing)
}

/// All events in log order; unreadable ones are reported, not fatal.
pub(crate) fn read_events(conn: &Connection, keys: &Keys) -> StoreResult<Listing<Event>> {
    let mut stmt = conn.prepare("SELECT id, sealed FROM events ORDER BY seq")?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
    })?;
    let mut listing = Listing {
        items: Vec::new(),
        unreadable: Vec::new(),
    };
    for row in rows {
        let (id, blob) = row?;
        match keys.open::<Event>(Purpose::Event, "events", &id, &blob, RecordKind::Event) {
            Ok(e) if e.id().to_string() == id => listing.items.push(e),
            Ok(_) | Err(StoreError::Integrity(_)) => listing.unreadable.push(Unreadable {
                kind: RecordKind::Event,
                id,
            }),
            Err(e) => return Err(e),
        }
    }
    Ok(listing)
}

/// Reads and folds the whole event log. Fails if an event is unreadable
/// or the log does not fold (e.g. after merging a conflicting history).
pub(crate) fn fold_log(conn: &Connection, keys: &Keys) -> StoreResult<Ledger> {
    let events = read_events(conn, keys)?;
    if !events.unreadable.is_empty() {
        return Err(StoreError::Integrity(RecordKind::Event));
    }
    Ledger::from_events(events.items).map_err(|e| StoreError::MergeConflict {
        index: e.index,
        reason: e.error.to_string(),
    })
}

/// Replaces the projections with the fold of `events`.
pub(crate) fn rewrite_projections(
    tx: &Transaction<'_>,
    keys: &Keys,
    ledger: &Ledger,
) -> StoreResult<()> {
    tx.execute("DELETE FROM documents", [])?;
    tx.execute("DELETE FROM people", [])?;
    for p in ledger.people().values() {
        put_person(tx, keys, p)?;
    }
    for d in ledger.documents().values() {
        put_document(tx, keys, d)?;
    }
    Ok(())
}

/// Refuses a plan that records a person or document whose id is taken.
fn check_new_ids(conn: &Connection, plan: &Plan) -> StoreResult<()> {
    for e in &plan.events {
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
            .query_row(
                &format!("SELECT 1 FROM {table} WHERE id = ?1"),
                [&id],
                |r| r.get(0),
            )
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
        match read_document(conn, keys, *id) {
            Ok(r) => out.push(r),
            Err(StoreError::NotFound(_)) => return Err(crate::domain::DomainError::BadLink.into()),
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

impl Store {
    /// Runs `f` in one IMMEDIATE transaction: `f` reads through the
    /// transaction and plans; the plan is checked and written before the
    /// commit. Any error rolls everything back.
    fn transact<T>(
        &mut self,
        f: impl FnOnce(&Connection, &Keys) -> StoreResult<(Plan, T)>,
    ) -> StoreResult<T> {
        let keys = &self.keys;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (plan, out) = f(&tx, keys)?;
        check_new_ids(&tx, &plan)?;
        write_plan(&tx, keys, &plan)?;
        tx.commit()?;
        Ok(out)
    }

    /// Registers a person.
    pub fn register_person(&mut self, draft: PersonDraft, on: NaiveDate) -> StoreResult<Person> {
        self.transact(|_, _| {
            let plan = commands::plan_register_person(draft, on)?;
            let person = plan.people[0].person.clone();
            Ok((plan, person))
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
            let plan = commands::plan_person_change(&record, Some(update), on)?;
            let person = plan.people[0].person.clone();
            Ok((plan, person))
        })
    }

    /// Archives a person (their documents and history are kept).
    pub fn archive_person(&mut self, id: PersonId, on: NaiveDate) -> StoreResult<()> {
        self.transact(|conn, keys| {
            let record = read_person(conn, keys, id)?;
            Ok((commands::plan_person_change(&record, None, on)?, ()))
        })
    }

    /// One person.
    pub fn person(&self, id: PersonId) -> StoreResult<PersonRecord> {
        read_person(&self.conn, &self.keys, id)
    }

    /// Every person (archived ones included), with any unreadable records.
    pub fn people(&self) -> StoreResult<Listing<PersonRecord>> {
        list(&self.conn, &self.keys, "people", RecordKind::Person)
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
            let plan = commands::plan_record_document(&holder, document, &refs, on)?;
            let record = plan.documents[0].clone();
            Ok((plan, record))
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
            let record = read_document(conn, keys, id)?;
            let linked = load_linked(conn, keys, &commands::linked_targets(&change))?;
            let refs: Vec<&DocumentRecord> = linked.iter().collect();
            let plan = commands::plan_change(&record, change, &refs, on)?;
            let record = plan.documents[0].clone();
            Ok((plan, record))
        })
    }

    /// The renewal of `old` was approved: records `successor`, which supersedes it.
    pub fn approve_renewal(
        &mut self,
        old: DocumentId,
        successor: Document,
        on: NaiveDate,
    ) -> StoreResult<DocumentRecord> {
        self.record_successor(old, successor, on, commands::plan_renewal_approved)
    }

    /// A replacement for the lost document `lost` was received.
    pub fn receive_replacement(
        &mut self,
        lost: DocumentId,
        replacement: Document,
        on: NaiveDate,
    ) -> StoreResult<DocumentRecord> {
        self.record_successor(lost, replacement, on, commands::plan_replacement_received)
    }

    fn record_successor(
        &mut self,
        old: DocumentId,
        new: Document,
        on: NaiveDate,
        plan: fn(&DocumentRecord, Document, NaiveDate) -> Result<Plan, crate::domain::DomainError>,
    ) -> StoreResult<DocumentRecord> {
        self.transact(|conn, keys| {
            let record = read_document(conn, keys, old)?;
            let plan = plan(&record, new, on)?;
            let new = plan.documents[1].clone();
            Ok((plan, new))
        })
    }

    /// One document.
    pub fn document(&self, id: DocumentId) -> StoreResult<DocumentRecord> {
        read_document(&self.conn, &self.keys, id)
    }

    /// Every document, with any unreadable records.
    pub fn documents(&self) -> StoreResult<Listing<DocumentRecord>> {
        list(&self.conn, &self.keys, "documents", RecordKind::Document)
    }

    /// Documents whose number equals `number` after normalisation
    /// (case, spaces and dashes ignored), found by lookup token.
    pub fn find_by_number(&self, number: &str) -> StoreResult<Vec<DocumentId>> {
        if normalise_document_number(number).is_empty() {
            return Ok(Vec::new());
        }
        let Some(token) = number_token(&self.keys, number) else {
            return Ok(Vec::new());
        };
        let mut stmt = self
            .conn
            .prepare("SELECT id FROM documents WHERE number_token = ?1 ORDER BY id")?;
        let ids: Vec<String> = stmt
            .query_map([token.as_slice()], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let wanted = normalise_document_number(number);
        let mut out = Vec::new();
        for id in ids {
            let id: DocumentId = id
                .parse()
                .map_err(|_| StoreError::Integrity(RecordKind::Document))?;
            // The token is not bound to its row: confirm with the sealed record.
            let record = read_document(&self.conn, &self.keys, id)?;
            if normalise_document_number(&record.document.number) == wanted {
                out.push(id);
            }
        }
        Ok(out)
    }

    /// A document's history: its events, oldest first.
    pub fn history(&self, id: DocumentId) -> StoreResult<Vec<DocumentEvent>> {
        let token = self
            .keys
            .token(LookupPurpose::Subject, id.to_string().as_bytes());
        let mut stmt = self
            .conn
            .prepare("SELECT id, sealed FROM events WHERE subject_token = ?1 ORDER BY seq")?;
        let rows = stmt.query_map([token.as_slice()], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (eid, blob) = row?;
            match self.keys.open::<Event>(
                Purpose::Event,
                "events",
                &eid,
                &blob,
                RecordKind::Event,
            )? {
                Event::Document(e) if e.document == id => out.push(e),
                _ => return Err(StoreError::Integrity(RecordKind::Event)),
            }
        }
        if out.is_empty() {
            read_document(&self.conn, &self.keys, id)?;
        }
        Ok(out)
    }

    /// The whole event log, oldest first, with any unreadable events.
    pub fn events(&self) -> StoreResult<Listing<Event>> {
        read_events(&self.conn, &self.keys)
    }

    /// Whether an event with this id is stored.
    pub fn has_event(&self, id: EventId) -> StoreResult<bool> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM events WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )?;
        Ok(n > 0)
    }

    /// People, documents and events for the rules evaluator. Archived people
    /// and their documents are left out; unreadable records are reported.
    pub fn snapshot(&self) -> StoreResult<Snapshot> {
        let people = self.people()?;
        let documents = self.documents()?;
        let events = self.events()?;
        let active: Vec<Person> = people
            .items
            .into_iter()
            .filter(|p| !p.archived)
            .map(|p| p.person)
            .collect();
        let ids: std::collections::HashSet<PersonId> = active.iter().map(|p| p.id).collect();
        let docs: Vec<Document> = documents
            .items
            .into_iter()
            .map(|r| r.document)
            .filter(|d| ids.contains(&d.holder))
            .collect();
        let doc_ids: std::collections::HashSet<DocumentId> = docs.iter().map(|d| d.id).collect();
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
            documents: docs,
            events: doc_events,
            unreadable,
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
        let ledger = fold_log(&tx, keys)?;
        rewrite_projections(&tx, keys, &ledger)?;
        tx.commit()?;
        Ok(())
    }
}
