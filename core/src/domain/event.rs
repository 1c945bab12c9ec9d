//! Events: every change to a person or a document is one event, appended to
//! the log and never edited. State is the fold of the events.

use super::custody::{ChecklistTick, Custody, Payment};
use super::document::{DetailsCorrection, Document};
use super::ids::{AttachmentId, DocumentId, EventId, PersonId};
use super::notice::Notice;
use super::person::{Person, PersonUpdate};
use super::provenance::{Provenance, SentShare};
use super::state::LifecycleState;
pub use super::state::{CancelReason, CancelReasonError};
use super::wire;
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// One change to a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum DocumentChange {
    /// The document was entered (first event of every document).
    Recorded {
        /// Its details.
        document: Document,
    },
    /// Printed details were corrected (a typo, a misread date).
    DetailsCorrected {
        /// What changed.
        correction: DetailsCorrection,
    },
    /// The person started to prepare a renewal.
    RenewalStarted,
    /// The renewal application was handed in on the event's date.
    RenewalSubmitted,
    /// The renewal was approved: `successor` is the new document, which
    /// supersedes this one.
    RenewalApproved {
        /// The new document.
        successor: DocumentId,
    },
    /// The renewal was refused; the document is back to active.
    RenewalRejected,
    /// The document was reported lost or stolen.
    ReportedLost,
    /// A replacement for the lost document was received.
    ReplacementReceived {
        /// The replacement document.
        replacement: DocumentId,
    },
    /// The document stopped being valid before its time (e.g. a work permit
    /// when leaving an employer).
    Cancelled {
        /// Why.
        reason: CancelReason,
    },
    /// The employer named on the document changed.
    EmployerChanged {
        /// The new employer (none: not known yet).
        employer: Option<String>,
    },
    /// A 90-day report was filed on the event's date.
    ReportFiled,
    /// The person no longer wants to see the document (history is kept).
    Archived,
    /// An earlier event of this document was recorded by mistake: it is
    /// taken back. History stays append-only: both events are kept, and the
    /// document's state is folded as if the mistaken one had not happened.
    EventRetracted {
        /// The mistaken event.
        event: EventId,
    },
    /// Someone else holds the document now (or the worker has it back).
    CustodyChanged {
        /// Who, since when, with an optional note.
        custody: Custody,
    },
    /// A photo of the document was deleted. Kept in the history so that
    /// the deletion travels in backups: a merge never brings the photo
    /// back (docs/adr/0024). Changes nothing else; allowed in every state
    /// and on any date; cannot be taken back.
    PhotoDeleted {
        /// The deleted photo.
        photo: AttachmentId,
    },
    /// The worker shared the document (sealed for one organisation).
    /// Changes nothing else; allowed in every state.
    Shared {
        /// To whom, what and until when.
        share: SentShare,
    },
    /// A caseload's copy was set from a worker's share: details, state,
    /// filings and custody become what the worker's phone said.
    ShareImported {
        /// The copy and where it came from.
        copy: Box<SharedCopy>,
    },
}

/// The name of an event, for errors and history screens (no payload, so no
/// personal data).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum EventName {
    /// [`DocumentChange::Recorded`].
    Recorded,
    /// [`DocumentChange::DetailsCorrected`].
    DetailsCorrected,
    /// [`DocumentChange::RenewalStarted`].
    RenewalStarted,
    /// [`DocumentChange::RenewalSubmitted`].
    RenewalSubmitted,
    /// [`DocumentChange::RenewalApproved`].
    RenewalApproved,
    /// [`DocumentChange::RenewalRejected`].
    RenewalRejected,
    /// [`DocumentChange::ReportedLost`].
    ReportedLost,
    /// [`DocumentChange::ReplacementReceived`].
    ReplacementReceived,
    /// [`DocumentChange::Cancelled`].
    Cancelled,
    /// [`DocumentChange::EmployerChanged`].
    EmployerChanged,
    /// [`DocumentChange::ReportFiled`].
    ReportFiled,
    /// [`DocumentChange::Archived`].
    Archived,
    /// [`DocumentChange::EventRetracted`].
    EventRetracted,
    /// [`DocumentChange::CustodyChanged`].
    CustodyChanged,
    /// [`DocumentChange::PhotoDeleted`].
    PhotoDeleted,
    /// [`DocumentChange::Shared`].
    Shared,
    /// [`DocumentChange::ShareImported`].
    ShareImported,
}

impl EventName {
    /// Every event name.
    pub const ALL: [EventName; 17] = [
        EventName::Recorded,
        EventName::DetailsCorrected,
        EventName::RenewalStarted,
        EventName::RenewalSubmitted,
        EventName::RenewalApproved,
        EventName::RenewalRejected,
        EventName::ReportedLost,
        EventName::ReplacementReceived,
        EventName::Cancelled,
        EventName::EmployerChanged,
        EventName::ReportFiled,
        EventName::Archived,
        EventName::EventRetracted,
        EventName::CustodyChanged,
        EventName::PhotoDeleted,
        EventName::Shared,
        EventName::ShareImported,
    ];

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            EventName::Recorded => "recorded",
            EventName::DetailsCorrected => "details_corrected",
            EventName::RenewalStarted => "renewal_started",
            EventName::RenewalSubmitted => "renewal_submitted",
            EventName::RenewalApproved => "renewal_approved",
            EventName::RenewalRejected => "renewal_rejected",
            EventName::ReportedLost => "reported_lost",
            EventName::ReplacementReceived => "replacement_received",
            EventName::Cancelled => "cancelled",
            EventName::EmployerChanged => "employer_changed",
            EventName::ReportFiled => "report_filed",
            EventName::Archived => "archived",
            EventName::EventRetracted => "event_retracted",
            EventName::CustodyChanged => "custody_changed",
            EventName::PhotoDeleted => "photo_deleted",
            EventName::Shared => "shared",
            EventName::ShareImported => "share_imported",
        }
    }

    /// Parses an event name as written in scenario files (`renewal_submitted`)
    /// or typed on the command line (`renewal-submitted`).
    pub fn parse(s: &str) -> Option<EventName> {
        let s = s.trim();
        EventName::ALL
            .into_iter()
            .find(|e| e.as_str() == s || e.as_str().replace('_', "-") == s)
    }

    /// Events recorded with a name alone (and, for `cancelled`, a reason;
    /// for `employer_changed`, the new employer): see [`DocumentChange::simple`].
    /// The others come with a document (`recorded`, `renewal_approved`,
    /// `replacement_received`) or a correction (`details_corrected`).
    pub const SIMPLE: [EventName; 8] = [
        EventName::RenewalStarted,
        EventName::RenewalSubmitted,
        EventName::RenewalRejected,
        EventName::ReportedLost,
        EventName::Cancelled,
        EventName::EmployerChanged,
        EventName::ReportFiled,
        EventName::Archived,
    ];

    /// Whether the event names a new document (the renewal or the replacement).
    pub fn needs_successor(self) -> bool {
        matches!(
            self,
            EventName::RenewalApproved | EventName::ReplacementReceived
        )
    }

    /// One line saying what the event means, for help texts and maintainers.
    pub fn help(self) -> &'static str {
        match self {
            EventName::Recorded => "the document was entered",
            EventName::DetailsCorrected => "printed details were corrected",
            EventName::RenewalStarted => "preparing a renewal",
            EventName::RenewalSubmitted => "the renewal was handed in",
            EventName::RenewalApproved => "the renewal was approved (names the new document)",
            EventName::RenewalRejected => "the renewal was refused",
            EventName::ReportedLost => "lost or stolen",
            EventName::ReplacementReceived => {
                "a replacement for the lost document arrived (names it)"
            }
            EventName::Cancelled => {
                "cancelled, with a reason: left_employer, revoked, left_country or other"
            }
            EventName::EmployerChanged => "the employer changed (with the new employer)",
            EventName::ReportFiled => "a 90-day report was filed",
            EventName::Archived => "hidden by the person (history is kept)",
            EventName::EventRetracted => {
                "an event recorded by mistake was taken back (both stay in the history)"
            }
            EventName::CustodyChanged => "someone else holds it now, or the worker has it back",
            EventName::PhotoDeleted => "a photo of it was deleted (recorded by deleting the photo)",
            EventName::Shared => "shared with an organisation (recorded by making a share)",
            EventName::ShareImported => {
                "brought into a caseload from a worker's share (recorded by importing it)"
            }
        }
    }

    /// The names of `events`, joined for messages: `a, b, c`.
    pub fn list(events: &[EventName]) -> String {
        events
            .iter()
            .map(|e| e.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// An event name that cannot be used where it was written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventNameError {
    /// Not an event name.
    #[error("unknown event \"{name}\": expected one of {}", EventName::list(&EventName::SIMPLE))]
    Unknown {
        /// What was written (at most 40 characters).
        name: String,
    },
    /// The event needs a document or a correction, not only a name.
    #[error("\"{event}\" cannot be recorded by its name alone; use one of {}", EventName::list(&EventName::SIMPLE))]
    NeedsMore {
        /// The event.
        event: EventName,
    },
}

impl std::str::FromStr for EventName {
    type Err = EventNameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EventName::parse(s).ok_or_else(|| EventNameError::Unknown {
            name: s.trim().chars().take(40).collect(),
        })
    }
}

/// Something that happened to a document, as an app records it with
/// `apply_event`. Renewal approval and replacement have their own calls,
/// since they record the new document too; a mistaken event is taken back
/// with `retract_event`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum NewEvent {
    /// Printed details were corrected.
    DetailsCorrected {
        /// What changed.
        correction: DetailsCorrection,
    },
    /// The person started to prepare a renewal.
    RenewalStarted,
    /// The renewal was handed in (keep the receipt).
    RenewalSubmitted,
    /// The renewal was refused; the document is active again.
    RenewalRejected,
    /// Lost or stolen.
    ReportedLost,
    /// Cancelled before its time.
    Cancelled {
        /// Why.
        reason: CancelReason,
    },
    /// The employer named on it changed.
    EmployerChanged {
        /// The new employer (none: not known yet).
        employer: Option<String>,
    },
    /// A 90-day report was filed.
    ReportFiled,
    /// Hide it (history is kept; final).
    Archived,
    /// Someone else holds it now (or the worker has it back), since a
    /// day on or before the event's date.
    CustodyChanged {
        /// Who, since when, with an optional private note.
        custody: Custody,
    },
}

impl From<NewEvent> for DocumentChange {
    fn from(e: NewEvent) -> DocumentChange {
        match e {
            NewEvent::DetailsCorrected { correction } => {
                DocumentChange::DetailsCorrected { correction }
            }
            NewEvent::RenewalStarted => DocumentChange::RenewalStarted,
            NewEvent::RenewalSubmitted => DocumentChange::RenewalSubmitted,
            NewEvent::RenewalRejected => DocumentChange::RenewalRejected,
            NewEvent::ReportedLost => DocumentChange::ReportedLost,
            NewEvent::Cancelled { reason } => DocumentChange::Cancelled { reason },
            NewEvent::EmployerChanged { employer } => DocumentChange::EmployerChanged { employer },
            NewEvent::ReportFiled => DocumentChange::ReportFiled,
            NewEvent::Archived => DocumentChange::Archived,
            NewEvent::CustodyChanged { custody } => DocumentChange::CustodyChanged { custody },
        }
    }
}

/// What a simple event may come with (see [`DocumentChange::simple`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SimpleEventOptions {
    /// For `cancelled`: why (default: other).
    pub reason: Option<CancelReason>,
    /// For `employer_changed`: the new employer (none: not known yet).
    pub employer: Option<String>,
}

impl DocumentChange {
    /// The change for an event recorded by its name (one of
    /// [`EventName::SIMPLE`]). Options that do not go with the event are
    /// ignored. Events that need a document or a correction are refused.
    pub fn simple(
        name: EventName,
        options: SimpleEventOptions,
    ) -> Result<DocumentChange, EventNameError> {
        Ok(match name {
            EventName::RenewalStarted => DocumentChange::RenewalStarted,
            EventName::RenewalSubmitted => DocumentChange::RenewalSubmitted,
            EventName::RenewalRejected => DocumentChange::RenewalRejected,
            EventName::ReportedLost => DocumentChange::ReportedLost,
            EventName::Cancelled => DocumentChange::Cancelled {
                reason: options.reason.unwrap_or(CancelReason::Other),
            },
            EventName::EmployerChanged => DocumentChange::EmployerChanged {
                employer: options.employer,
            },
            EventName::ReportFiled => DocumentChange::ReportFiled,
            EventName::Archived => DocumentChange::Archived,
            EventName::Recorded
            | EventName::DetailsCorrected
            | EventName::RenewalApproved
            | EventName::ReplacementReceived
            | EventName::EventRetracted
            | EventName::CustodyChanged
            | EventName::PhotoDeleted
            | EventName::Shared
            | EventName::ShareImported => return Err(EventNameError::NeedsMore { event: name }),
        })
    }
}

impl fmt::Display for EventName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl DocumentChange {
    /// The event's name.
    pub fn name(&self) -> EventName {
        match self {
            DocumentChange::Recorded { .. } => EventName::Recorded,
            DocumentChange::DetailsCorrected { .. } => EventName::DetailsCorrected,
            DocumentChange::RenewalStarted => EventName::RenewalStarted,
            DocumentChange::RenewalSubmitted => EventName::RenewalSubmitted,
            DocumentChange::RenewalApproved { .. } => EventName::RenewalApproved,
            DocumentChange::RenewalRejected => EventName::RenewalRejected,
            DocumentChange::ReportedLost => EventName::ReportedLost,
            DocumentChange::ReplacementReceived { .. } => EventName::ReplacementReceived,
            DocumentChange::Cancelled { .. } => EventName::Cancelled,
            DocumentChange::EmployerChanged { .. } => EventName::EmployerChanged,
            DocumentChange::ReportFiled => EventName::ReportFiled,
            DocumentChange::Archived => EventName::Archived,
            DocumentChange::EventRetracted { .. } => EventName::EventRetracted,
            DocumentChange::CustodyChanged { .. } => EventName::CustodyChanged,
            DocumentChange::PhotoDeleted { .. } => EventName::PhotoDeleted,
            DocumentChange::Shared { .. } => EventName::Shared,
            DocumentChange::ShareImported { .. } => EventName::ShareImported,
        }
    }
}

/// An event in a document's life.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentEvent {
    /// Random id (used to merge backups without duplicates).
    pub id: EventId,
    /// The document it belongs to.
    pub document: DocumentId,
    /// The calendar date it happened (local date).
    #[serde(deserialize_with = "wire::date")]
    pub on: NaiveDate,
    /// What happened.
    pub change: DocumentChange,
}

impl DocumentEvent {
    /// The date from which the event counts: its date, except that a
    /// document recorded after it was issued counts from its issue date.
    pub fn effective_on(&self) -> NaiveDate {
        match &self.change {
            DocumentChange::Recorded { document } => {
                document.issued_on.map_or(self.on, |i| i.min(self.on))
            }
            _ => self.on,
        }
    }

    /// A new event with a random id.
    pub fn new(document: DocumentId, on: NaiveDate, change: DocumentChange) -> Self {
        DocumentEvent {
            id: EventId::new_random(),
            document,
            on,
            change,
        }
    }
}

/// One change to a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PersonChange {
    /// The person was added.
    Registered {
        /// Their details.
        person: Person,
    },
    /// Their details changed.
    Updated {
        /// What changed.
        update: PersonUpdate,
    },
    /// They are no longer shown (their documents and history are kept).
    Archived,
    /// They ticked (or unticked) an item of a checklist.
    ChecklistTicked {
        /// Which item.
        tick: ChecklistTick,
        /// Ticked (true) or unticked.
        ticked: bool,
    },
    /// They paid, or were asked to pay, money for a document or a route.
    PaymentRecorded {
        /// The payment.
        payment: Payment,
    },
    /// A payment was recorded by mistake: it is taken back (both events
    /// stay in the history).
    PaymentRetracted {
        /// The event that recorded it.
        event: EventId,
    },
    /// The rules in use changed something for them (docs/adr/0023).
    NoticeReceived {
        /// What changed.
        notice: Notice,
    },
    /// They read a notice.
    NoticeRead {
        /// The `notice_received` event.
        event: EventId,
    },
    /// The worker shared this person's details (and chosen documents)
    /// with an organisation.
    Shared {
        /// To whom, what and until when.
        share: SentShare,
    },
    /// A caseload's copy of the person was set from a worker's share.
    ShareImported {
        /// The details as the worker's phone had them (caseload ids).
        person: Person,
        /// Where they came from.
        provenance: Provenance,
    },
}

impl PersonChange {
    /// The change's name as stored (`registered`, `payment_recorded`, …).
    pub fn name(&self) -> &'static str {
        match self {
            PersonChange::Registered { .. } => "registered",
            PersonChange::Updated { .. } => "updated",
            PersonChange::Archived => "archived",
            PersonChange::ChecklistTicked { .. } => "checklist_ticked",
            PersonChange::PaymentRecorded { .. } => "payment_recorded",
            PersonChange::PaymentRetracted { .. } => "payment_retracted",
            PersonChange::NoticeReceived { .. } => "notice_received",
            PersonChange::NoticeRead { .. } => "notice_read",
            PersonChange::Shared { .. } => "shared",
            PersonChange::ShareImported { .. } => "share_imported",
        }
    }
}

/// An event about a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonEvent {
    /// Random id.
    pub id: EventId,
    /// The person.
    pub person: PersonId,
    /// The calendar date it happened.
    #[serde(deserialize_with = "wire::date")]
    pub on: NaiveDate,
    /// What happened.
    pub change: PersonChange,
}

/// Any event in the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "subject", rename_all = "snake_case")]
pub enum Event {
    /// About a person.
    Person(PersonEvent),
    /// About a document.
    Document(DocumentEvent),
}

// The variants' fields of the tagged enums above, read after their tag
// (`super::wire`); checked against the enums by the compiler.

#[derive(Deserialize)]
#[serde(remote = "DocumentChange", rename_all = "snake_case")]
enum DocumentChangeFields {
    Recorded { document: Document },
    DetailsCorrected { correction: DetailsCorrection },
    RenewalStarted,
    RenewalSubmitted,
    RenewalApproved { successor: DocumentId },
    RenewalRejected,
    ReportedLost,
    ReplacementReceived { replacement: DocumentId },
    Cancelled { reason: CancelReason },
    EmployerChanged { employer: Option<String> },
    ReportFiled,
    Archived,
    EventRetracted { event: EventId },
    CustodyChanged { custody: Custody },
    PhotoDeleted { photo: AttachmentId },
    Shared { share: SentShare },
    ShareImported { copy: Box<SharedCopy> },
}

#[derive(Deserialize)]
#[serde(remote = "PersonChange", rename_all = "snake_case")]
enum PersonChangeFields {
    Registered {
        person: Person,
    },
    Updated {
        update: PersonUpdate,
    },
    Archived,
    ChecklistTicked {
        tick: ChecklistTick,
        ticked: bool,
    },
    PaymentRecorded {
        payment: Payment,
    },
    PaymentRetracted {
        event: EventId,
    },
    NoticeReceived {
        notice: Notice,
    },
    NoticeRead {
        event: EventId,
    },
    Shared {
        share: SentShare,
    },
    ShareImported {
        person: Person,
        provenance: Provenance,
    },
}

#[derive(Deserialize)]
#[serde(remote = "Event", rename_all = "snake_case")]
enum EventFields {
    Person(PersonEvent),
    Document(DocumentEvent),
}

impl wire::TagFirst for DocumentChange {
    const TAG: &'static str = "type";
    const NAME: &'static str = "DocumentChange";
    fn external<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        DocumentChangeFields::deserialize(d)
    }
}

impl wire::TagFirst for PersonChange {
    const TAG: &'static str = "type";
    const NAME: &'static str = "PersonChange";
    fn external<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        PersonChangeFields::deserialize(d)
    }
}

impl wire::TagFirst for Event {
    const TAG: &'static str = "subject";
    const NAME: &'static str = "Event";
    fn external<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        EventFields::deserialize(d)
    }
}

impl<'de> Deserialize<'de> for DocumentChange {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        wire::tag_first(d)
    }
}

impl<'de> Deserialize<'de> for PersonChange {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        wire::tag_first(d)
    }
}

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        wire::tag_first(d)
    }
}

impl Event {
    /// The event's id.
    pub fn id(&self) -> EventId {
        match self {
            Event::Person(e) => e.id,
            Event::Document(e) => e.id,
        }
    }

    /// The event's date.
    pub fn on(&self) -> NaiveDate {
        match self {
            Event::Person(e) => e.on,
            Event::Document(e) => e.on,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_in_both_spellings_and_round_trip() {
        for e in EventName::ALL {
            assert_eq!(EventName::parse(e.as_str()), Some(e));
            assert_eq!(EventName::parse(&e.as_str().replace('_', "-")), Some(e));
            assert!(!e.help().is_empty());
        }
        assert_eq!(EventName::parse("renewal submitted"), None);
        let err = "renewal_submited".parse::<EventName>().unwrap_err();
        assert!(err.to_string().contains("renewal_submitted"), "{err}");
    }

    #[test]
    fn simple_changes_are_built_from_names() {
        for e in EventName::SIMPLE {
            let change = DocumentChange::simple(e, SimpleEventOptions::default()).unwrap();
            assert_eq!(change.name(), e);
        }
        let c = DocumentChange::simple(
            EventName::Cancelled,
            SimpleEventOptions {
                reason: Some(CancelReason::LeftEmployer),
                employer: None,
            },
        )
        .unwrap();
        assert_eq!(
            c,
            DocumentChange::Cancelled {
                reason: CancelReason::LeftEmployer
            }
        );
        for e in EventName::ALL
            .into_iter()
            .filter(|e| !EventName::SIMPLE.contains(e))
        {
            assert!(DocumentChange::simple(e, SimpleEventOptions::default()).is_err());
        }
    }
}

/// A document as a share brought it into a caseload: its details and
/// state when the worker shared it, with the worker's history if they
/// chose to include it. Folding it sets the caseload's record to what the
/// worker's phone said: the newest share counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedCopy {
    /// Where it came from.
    pub provenance: Provenance,
    /// The details (ids already those of the caseload).
    pub document: Document,
    /// Its lifecycle state on the worker's phone.
    pub state: LifecycleState,
    /// 90-day report filings.
    #[serde(default, deserialize_with = "wire::dates")]
    pub filings: Vec<NaiveDate>,
    /// Who held it, as the worker recorded.
    #[serde(default)]
    pub custody: Option<Custody>,
    /// The worker's history of it (empty unless they chose to include it;
    /// ids are the worker's own and shown, never folded).
    #[serde(default)]
    pub history: Vec<DocumentEvent>,
}
