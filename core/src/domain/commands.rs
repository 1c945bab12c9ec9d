//! Commands: what a person asks for ("record this passport", "my renewal was
//! approved"), checked against the records involved and turned into events.
//!
//! Every command function takes the current records and returns the
//! [`Effects`]: the events to append and the records they produce, or a
//! [`DomainError`] and no events. No I/O and no clock; the only thing drawn
//! from outside is a random id for each new event (and for a person). Stores and the in-memory [`super::Ledger`]
//! share these functions, so the rules of the domain live in one place.

use super::custody::{RecordedPayment, TickedItem};
use super::document::{Document, Link, LinkKind};
use super::event::{DocumentChange, DocumentEvent, Event, EventName, PersonChange, PersonEvent};
use super::ids::{DocumentId, EventId};
use super::lifecycle::{DocumentRecord, LifecycleError};
use super::notice::ReceivedNotice;
use super::person::{Person, PersonDraft, PersonUpdate};
use super::provenance::{Provenance, SentShare};
use super::text::TextError;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A person as their events left them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PersonRecord {
    /// Current details.
    pub person: Person,
    /// Whether the person was archived.
    pub archived: bool,
    /// Date of their latest event.
    #[serde(deserialize_with = "super::wire::date")]
    pub last_event_on: NaiveDate,
    /// Checklist items they ticked themselves, with the day.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ticks: Vec<TickedItem>,
    /// What they paid or were asked to pay (taken-back ones left out).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub payments: Vec<RecordedPayment>,
    /// What changes of the rules changed for them, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<ReceivedNotice>,
    /// How many of the log's events are folded into this record (the
    /// store checks it on every read: a record put back from before its
    /// latest events is an integrity error, not old details shown as
    /// current). None in records sealed before issue 24, until rebuilt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_count: Option<u32>,
    /// Everything the worker shared, oldest first (their own record:
    /// offline shares cannot be taken back).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shares: Vec<SentShare>,
    /// In a caseload: the worker share the details came from (the newest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Provenance>,
}

/// Why a command was refused. Names only, never personal data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// A document event is not allowed.
    #[error(transparent)]
    Lifecycle(#[from] LifecycleError),
    /// A text field is invalid.
    #[error(transparent)]
    Text(#[from] TextError),
    /// The person is archived, or the event does not fit their history.
    #[error("cannot apply \"{event}\" to this person: {reason}")]
    Person {
        /// The refused event.
        event: &'static str,
        /// Why.
        reason: &'static str,
    },
    /// A link points to a document that is not known or belongs to someone else.
    #[error("a linked document must exist and belong to the same person")]
    BadLink,
    /// A new person or document reuses an id that is already taken.
    #[error("that id is already used by another record")]
    DuplicateId,
    /// No person with that id.
    #[error("no such person")]
    UnknownPerson,
    /// No document with that id.
    #[error("no such document")]
    UnknownDocument,
    /// No event with that id in the document's history.
    #[error("the document has no such event")]
    UnknownEvent,
    /// Taking the event back would make later events impossible (e.g. a
    /// renewal rejection after the submission being taken back): take
    /// those back first.
    #[error("later events depend on \"{event}\": take them back first")]
    LaterEventsDepend {
        /// The event.
        event: EventName,
    },
    /// The event must be made through its own command (renewal approval,
    /// replacement, recording).
    #[error("\"{0}\" is made with its own command, not as a plain change")]
    UseDedicatedCommand(EventName),
}

/// Events to append and the records they produce.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Effects {
    /// Events, in the order they must be appended.
    pub events: Vec<Event>,
    /// New or changed document records.
    pub documents: Vec<DocumentRecord>,
    /// New or changed person records.
    pub people: Vec<PersonRecord>,
}

impl PersonRecord {
    /// The record after `event`, or why it is refused.
    pub fn apply(&self, event: &PersonEvent) -> Result<PersonRecord, DomainError> {
        let refuse = |event, reason| Err(DomainError::Person { event, reason });
        if event.person != self.person.id {
            return refuse("person_event", "it belongs to another person");
        }
        if self.archived {
            return refuse("person_event", "the person is archived");
        }
        if event.on < self.last_event_on {
            return refuse(
                "person_event",
                "it is dated before the person's latest event",
            );
        }
        let mut next = self.clone();
        next.last_event_on = event.on;
        next.event_count = next.event_count.map(|n| n.saturating_add(1));
        match &event.change {
            PersonChange::Registered { .. } => return refuse("registered", "already registered"),
            PersonChange::Updated { update } => {
                update.clone().validated()?.apply_to(&mut next.person)
            }
            PersonChange::Archived => next.archived = true,
            PersonChange::ChecklistTicked { tick, ticked } => {
                next.ticks.retain(|t| t.tick != *tick);
                if *ticked {
                    next.ticks.push(TickedItem {
                        tick: tick.clone(),
                        on: event.on,
                    });
                    next.ticks.sort();
                }
            }
            PersonChange::PaymentRecorded { payment } => {
                let payment = payment.clone().validated()?;
                if payment.paid_on > event.on {
                    return refuse(
                        "payment_recorded",
                        "it is paid after the day it is recorded",
                    );
                }
                next.payments.push(RecordedPayment {
                    event: event.id,
                    payment,
                });
            }
            PersonChange::PaymentRetracted { event: target } => {
                let before = next.payments.len();
                next.payments.retain(|p| p.event != *target);
                if next.payments.len() == before {
                    return refuse("payment_retracted", "no such payment of this person");
                }
            }
            PersonChange::NoticeReceived { notice } => {
                if next.notices.iter().any(|n| n.notice.same_change(notice)) {
                    return refuse("notice_received", "the same change was noticed before");
                }
                next.notices.push(ReceivedNotice {
                    event: event.id,
                    on: event.on,
                    notice: notice.clone(),
                    read: false,
                });
            }
            PersonChange::NoticeRead { event: target } => {
                match next.notices.iter_mut().find(|n| n.event == *target) {
                    Some(n) => n.read = true,
                    None => return refuse("notice_read", "no such notice of this person"),
                }
            }
            PersonChange::Shared { share } => {
                if share.until < event.on {
                    return refuse("shared", "it ends before the day it is made");
                }
                next.shares.push(share.clone());
            }
            PersonChange::ShareImported { person, provenance } => {
                if person.id != self.person.id {
                    return refuse("share_imported", "it belongs to another person");
                }
                if let Some(old) = &self.provenance {
                    if old.worker_store != provenance.worker_store {
                        return refuse("share_imported", "it comes from another worker's store");
                    }
                }
                next.person = person.clone();
                next.provenance = Some(provenance.clone());
            }
        }
        Ok(next)
    }

    /// Starts a record from a `registered` event.
    pub fn from_registered(event: &PersonEvent) -> Result<PersonRecord, DomainError> {
        match &event.change {
            PersonChange::Registered { person } if person.id == event.person => Ok(PersonRecord {
                person: person.clone(),
                archived: false,
                last_event_on: event.on,
                ticks: Vec::new(),
                payments: Vec::new(),
                notices: Vec::new(),
                event_count: Some(1),
                shares: Vec::new(),
                provenance: None,
            }),
            _ => Err(DomainError::Person {
                event: "person_event",
                reason: "the first event of a person must register them",
            }),
        }
    }
}

fn document_effects(events: Vec<DocumentEvent>, documents: Vec<DocumentRecord>) -> Effects {
    Effects {
        events: events.into_iter().map(Event::Document).collect(),
        documents,
        people: Vec::new(),
    }
}

/// Registers a new person.
pub fn register_person(draft: PersonDraft, on: NaiveDate) -> Result<Effects, DomainError> {
    let person = draft.validate()?;
    let event = PersonEvent {
        id: EventId::new_random(),
        person: person.id,
        on,
        change: PersonChange::Registered { person },
    };
    let record = PersonRecord::from_registered(&event)?;
    Ok(Effects {
        events: vec![Event::Person(event)],
        documents: Vec::new(),
        people: vec![record],
    })
}

/// Changes a person's details, or archives them (`update = None`).
pub fn person_change(
    record: &PersonRecord,
    update: Option<PersonUpdate>,
    on: NaiveDate,
) -> Result<Effects, DomainError> {
    let change = match update {
        Some(update) => PersonChange::Updated {
            update: update.validated()?,
        },
        None => PersonChange::Archived,
    };
    person_event(record, change, on)
}

/// Appends any change but registration to a person's history (a tick, a
/// payment, taking a payment back).
pub fn person_event(
    record: &PersonRecord,
    change: PersonChange,
    on: NaiveDate,
) -> Result<Effects, DomainError> {
    let event = PersonEvent {
        id: EventId::new_random(),
        person: record.person.id,
        on,
        change,
    };
    let next = record.apply(&event)?;
    Ok(Effects {
        events: vec![Event::Person(event)],
        documents: Vec::new(),
        people: vec![next],
    })
}

/// Records a new document for `holder`. Every link target must be among
/// `linked` and belong to the same person.
pub fn record_document(
    holder: &PersonRecord,
    document: Document,
    linked: &[&DocumentRecord],
    on: NaiveDate,
) -> Result<Effects, DomainError> {
    if holder.archived {
        return Err(DomainError::Person {
            event: "recorded",
            reason: "the person is archived",
        });
    }
    if document.holder != holder.person.id {
        return Err(DomainError::BadLink);
    }
    check_links(document.holder, &document.links, linked)?;
    let event = DocumentEvent::new(document.id, on, DocumentChange::Recorded { document });
    let record = DocumentRecord::from_recorded(&event)?;
    Ok(document_effects(vec![event], vec![record]))
}

/// Every link target must be among `linked` and belong to `holder`.
fn check_links(
    holder: crate::domain::PersonId,
    links: &[Link],
    linked: &[&DocumentRecord],
) -> Result<(), DomainError> {
    for link in links {
        let target = linked
            .iter()
            .find(|r| r.document.id == link.target)
            .ok_or(DomainError::BadLink)?;
        if target.document.holder != holder {
            return Err(DomainError::BadLink);
        }
    }
    Ok(())
}

/// The documents a change links to (corrections may add links), which the
/// caller must load and pass to [`change`].
pub fn linked_targets(change: &DocumentChange) -> Vec<DocumentId> {
    match change {
        DocumentChange::DetailsCorrected { correction } => {
            correction.add_links.iter().map(|l| l.target).collect()
        }
        _ => Vec::new(),
    }
}

/// A plain change to one document (anything but recording, renewal
/// approval and replacement, which involve two documents). `linked` holds
/// the documents named by [`linked_targets`] (links added by a correction
/// must exist and belong to the same person).
pub fn change(
    record: &DocumentRecord,
    change: DocumentChange,
    linked: &[&DocumentRecord],
    on: NaiveDate,
) -> Result<Effects, DomainError> {
    if let DocumentChange::DetailsCorrected { correction } = &change {
        check_links(record.document.holder, &correction.add_links, linked)?;
    }
    if let n @ (EventName::Recorded
    | EventName::RenewalApproved
    | EventName::ReplacementReceived
    | EventName::EventRetracted
    | EventName::PhotoDeleted) = change.name()
    {
        return Err(DomainError::UseDedicatedCommand(n));
    }

    let event = DocumentEvent::new(record.document.id, on, change);
    let next = record.apply(&event)?;
    Ok(document_effects(vec![event], vec![next]))
}

/// The renewal of `old` was approved: records `successor` (linked back to
/// `old`) and supersedes `old`. Both documents link to each other.
pub fn renewal_approved(
    old: &DocumentRecord,
    successor: Document,
    on: NaiveDate,
) -> Result<Effects, DomainError> {
    effects_of_successor(old, successor, on, LinkKind::Renews, |id| {
        DocumentChange::RenewalApproved { successor: id }
    })
}

/// A replacement for the lost document `lost` was received.
pub fn replacement_received(
    lost: &DocumentRecord,
    replacement: Document,
    on: NaiveDate,
) -> Result<Effects, DomainError> {
    effects_of_successor(lost, replacement, on, LinkKind::Replaces, |id| {
        DocumentChange::ReplacementReceived { replacement: id }
    })
}

fn effects_of_successor(
    old: &DocumentRecord,
    mut new: Document,
    on: NaiveDate,
    back_link: LinkKind,
    change: impl FnOnce(DocumentId) -> DocumentChange,
) -> Result<Effects, DomainError> {
    if new.id == old.document.id {
        return Err(LifecycleError::SelfSuccessor.into());
    }
    if new.holder != old.document.holder || new.kind != old.document.kind {
        return Err(LifecycleError::SuccessorMismatch.into());
    }
    // The successor may only link to its predecessor and to documents the
    // predecessor already linked to (same holder, known to exist).
    let old_targets: Vec<DocumentId> = old.document.links.iter().map(|l| l.target).collect();
    if new
        .links
        .iter()
        .any(|l| l.target != old.document.id && !old_targets.contains(&l.target))
    {
        return Err(DomainError::BadLink);
    }
    let link = Link {
        kind: back_link,
        target: old.document.id,
    };
    if !new.links.contains(&link) {
        new.links.push(link);
    }
    let old_event = DocumentEvent::new(old.document.id, on, change(new.id));
    let old_next = old.apply(&old_event)?;
    let new_event = DocumentEvent::new(new.id, on, DocumentChange::Recorded { document: new });
    let new_record = DocumentRecord::from_recorded(&new_event)?;
    Ok(document_effects(
        vec![old_event, new_event],
        vec![old_next, new_record],
    ))
}

/// Takes back an event recorded by mistake. `history` is the document's
/// whole history in log order. The retraction is a new event (history stays
/// append-only); the document is folded again without the mistaken event.
pub fn retraction(
    history: &[DocumentEvent],
    target: EventId,
    on: NaiveDate,
) -> Result<Effects, DomainError> {
    let first = history.first().ok_or(DomainError::UnknownDocument)?;
    let mistaken = history
        .iter()
        .find(|e| e.id == target)
        .ok_or(DomainError::UnknownEvent)?;
    let name = mistaken.change.name();
    let already = history
        .iter()
        .any(|e| matches!(&e.change, DocumentChange::EventRetracted { event } if *event == target));
    if already
        || matches!(
            name,
            EventName::Recorded
                | EventName::RenewalApproved
                | EventName::ReplacementReceived
                | EventName::EventRetracted
                | EventName::PhotoDeleted
        )
    {
        return Err(LifecycleError::NotRetractable { event: name }.into());
    }
    let event = DocumentEvent::new(
        first.document,
        on,
        DocumentChange::EventRetracted { event: target },
    );
    let all: Vec<&DocumentEvent> = history.iter().chain(std::iter::once(&event)).collect();
    let record = match DocumentRecord::fold(all) {
        Ok(Some(r)) => r,
        Ok(None) => return Err(DomainError::UnknownDocument),
        Err(
            LifecycleError::IllegalTransition { .. }
            | LifecycleError::OutOfOrder {
                event: EventName::EventRetracted,
            }
            | LifecycleError::NotForKind { .. },
        ) if history.last().is_some_and(|l| l.id != target) => {
            return Err(DomainError::LaterEventsDepend { event: name })
        }
        Err(e) => return Err(e.into()),
    };
    Ok(document_effects(vec![event], vec![record]))
}
