//! An in-memory ledger: the event log plus the records it folds to.
//!
//! Used by the rules engine's scenarios, by tests, and as the reference for
//! what a store must contain: a store's projections must equal
//! [`Ledger::from_events`] of its event log.

use super::commands::{self, DomainError, Effects, PersonRecord};
use super::document::Document;
use super::event::{DocumentChange, DocumentEvent, Event, PersonChange};
use super::ids::{DocumentId, EventId, PersonId};
use super::lifecycle::DocumentRecord;
use super::person::{PersonDraft, PersonUpdate};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The event log and its projections, in memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    events: Vec<Event>,
    people: BTreeMap<PersonId, PersonRecord>,
    documents: BTreeMap<DocumentId, DocumentRecord>,
}

/// Why a log could not be folded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("event #{index} of the log cannot be applied: {error}")]
pub struct FoldError {
    /// Position of the refused event in the log (0-based).
    pub index: usize,
    /// Why it was refused.
    pub error: DomainError,
}

impl Ledger {
    /// An empty ledger.
    pub fn new() -> Self {
        Self::default()
    }

    /// Folds an event log. Fails on the first event that the state machine
    /// refuses, naming its position.
    pub fn from_events(events: impl IntoIterator<Item = Event>) -> Result<Self, FoldError> {
        let mut ledger = Ledger::new();
        for (index, event) in events.into_iter().enumerate() {
            ledger
                .apply_event(event)
                .map_err(|error| FoldError { index, error })?;
        }
        Ok(ledger)
    }

    /// Applies one event from a log (e.g. while folding or merging).
    pub fn apply_event(&mut self, event: Event) -> Result<(), DomainError> {
        match &event {
            Event::Person(e) => {
                let next = match (self.people.get(&e.person), &e.change) {
                    (None, PersonChange::Registered { .. }) => PersonRecord::from_registered(e)?,
                    (Some(r), _) => r.apply(e)?,
                    (None, _) => return Err(DomainError::UnknownPerson),
                };
                self.people.insert(e.person, next);
            }
            Event::Document(e) => {
                let next = match self.documents.get(&e.document) {
                    None => {
                        let record = DocumentRecord::from_recorded(e)?;
                        if !self.people.contains_key(&record.document.holder) {
                            return Err(DomainError::BadLink);
                        }
                        record
                    }
                    Some(_) if matches!(e.change, DocumentChange::EventRetracted { .. }) => {
                        // Fold the document again without the mistaken event.
                        let history: Vec<DocumentEvent> = self
                            .events
                            .iter()
                            .filter_map(|x| match x {
                                Event::Document(d) if d.document == e.document => Some(d.clone()),
                                _ => None,
                            })
                            .collect();
                        let target = match &e.change {
                            DocumentChange::EventRetracted { event } => *event,
                            _ => return Err(DomainError::UnknownEvent),
                        };
                        // Checks that the event may be taken back and that the
                        // rest of the history still folds.
                        commands::retraction(&history, target, e.on)?;
                        let all: Vec<&DocumentEvent> =
                            history.iter().chain(std::iter::once(e)).collect();
                        DocumentRecord::fold(all)?.ok_or(DomainError::UnknownDocument)?
                    }
                    Some(r) => r.apply(e)?,
                };
                self.documents.insert(e.document, next);
            }
        }
        self.events.push(event);
        Ok(())
    }

    fn commit(&mut self, effects: Effects) {
        for p in effects.people {
            self.people.insert(p.person.id, p);
        }
        for d in effects.documents {
            self.documents.insert(d.document.id, d);
        }
        self.events.extend(effects.events);
    }

    fn last_event_id(&self) -> EventId {
        // Every successful command appends at least one event.
        self.events
            .last()
            .map(Event::id)
            .unwrap_or_else(EventId::new_random)
    }

    fn person(&self, id: PersonId) -> Result<&PersonRecord, DomainError> {
        self.people.get(&id).ok_or(DomainError::UnknownPerson)
    }

    fn document(&self, id: DocumentId) -> Result<&DocumentRecord, DomainError> {
        self.documents.get(&id).ok_or(DomainError::UnknownDocument)
    }

    /// Registers a person; returns their id.
    pub fn register_person(
        &mut self,
        draft: PersonDraft,
        on: NaiveDate,
    ) -> Result<PersonId, DomainError> {
        let effects = commands::register_person(draft, on)?;
        let id = effects.people[0].person.id;
        self.commit(effects);
        Ok(id)
    }

    /// Updates a person's details.
    pub fn update_person(
        &mut self,
        id: PersonId,
        update: PersonUpdate,
        on: NaiveDate,
    ) -> Result<EventId, DomainError> {
        let effects = commands::person_change(self.person(id)?, Some(update), on)?;
        self.commit(effects);
        Ok(self.last_event_id())
    }

    /// Appends a change to a person's history (a tick, a payment).
    pub fn person_event(
        &mut self,
        id: PersonId,
        change: PersonChange,
        on: NaiveDate,
    ) -> Result<EventId, DomainError> {
        let effects = commands::person_event(self.person(id)?, change, on)?;
        self.commit(effects);
        Ok(self.last_event_id())
    }

    /// Records a document; returns its id.
    pub fn record_document(
        &mut self,
        document: Document,
        on: NaiveDate,
    ) -> Result<DocumentId, DomainError> {
        let holder = self.person(document.holder)?;
        let linked: Vec<&DocumentRecord> = document
            .links
            .iter()
            .filter_map(|l| self.documents.get(&l.target))
            .collect();
        let id = document.id;
        let effects = commands::record_document(holder, document, &linked, on)?;
        self.commit(effects);
        Ok(id)
    }

    /// Applies a plain change to a document.
    pub fn change(
        &mut self,
        id: DocumentId,
        change: DocumentChange,
        on: NaiveDate,
    ) -> Result<EventId, DomainError> {
        let linked: Vec<&DocumentRecord> = commands::linked_targets(&change)
            .iter()
            .filter_map(|t| self.documents.get(t))
            .collect();
        let effects = commands::change(self.document(id)?, change, &linked, on)?;
        self.commit(effects);
        Ok(self.last_event_id())
    }

    /// Takes back an event of document `id` that was recorded by mistake.
    pub fn retract(
        &mut self,
        id: DocumentId,
        event: EventId,
        on: NaiveDate,
    ) -> Result<EventId, DomainError> {
        self.document(id)?;
        let history: Vec<DocumentEvent> = self
            .events
            .iter()
            .filter_map(|x| match x {
                Event::Document(d) if d.document == id => Some(d.clone()),
                _ => None,
            })
            .collect();
        let effects = commands::retraction(&history, event, on)?;
        self.commit(effects);
        Ok(self.last_event_id())
    }

    /// Approves the renewal of `old`, recording `successor`.
    pub fn approve_renewal(
        &mut self,
        old: DocumentId,
        successor: Document,
        on: NaiveDate,
    ) -> Result<DocumentId, DomainError> {
        let id = successor.id;
        if self.documents.contains_key(&id) {
            return Err(DomainError::DuplicateId);
        }
        let effects = commands::renewal_approved(self.document(old)?, successor, on)?;
        self.commit(effects);
        Ok(id)
    }

    /// Records the replacement of the lost document `lost`.
    pub fn receive_replacement(
        &mut self,
        lost: DocumentId,
        replacement: Document,
        on: NaiveDate,
    ) -> Result<DocumentId, DomainError> {
        let id = replacement.id;
        if self.documents.contains_key(&id) {
            return Err(DomainError::DuplicateId);
        }
        let effects = commands::replacement_received(self.document(lost)?, replacement, on)?;
        self.commit(effects);
        Ok(id)
    }

    /// The event log, oldest first.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The document events of the log, in order.
    pub fn document_events(&self) -> Vec<super::event::DocumentEvent> {
        self.events
            .iter()
            .filter_map(|e| match e {
                Event::Document(d) => Some(d.clone()),
                Event::Person(_) => None,
            })
            .collect()
    }

    /// People, by id.
    pub fn people(&self) -> &BTreeMap<PersonId, PersonRecord> {
        &self.people
    }

    /// Documents, by id.
    pub fn documents(&self) -> &BTreeMap<DocumentId, DocumentRecord> {
        &self.documents
    }
}
