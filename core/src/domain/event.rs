//! Events: every change to a person or a document is one event, appended to
//! the log and never edited. State is the fold of the events.

use super::document::{DetailsCorrection, Document};
use super::ids::{DocumentId, EventId, PersonId};
use super::person::{Person, PersonUpdate};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a document was cancelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CancelReason {
    /// The worker left (or lost) the employer named on the document; the
    /// job-change period starts.
    LeftEmployer,
    /// An authority revoked it.
    Revoked,
    /// The worker left the country (e.g. ends the 90-day count).
    LeftCountry,
    /// Another reason.
    Other,
}

/// One change to a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
}

/// The name of an event, for errors and history screens (no payload, so no
/// personal data).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
}

impl EventName {
    /// Every event name.
    pub const ALL: [EventName; 12] = [
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
        }
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
    pub on: NaiveDate,
    /// What happened.
    pub change: DocumentChange,
}

impl DocumentEvent {
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
}

/// An event about a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonEvent {
    /// Random id.
    pub id: EventId,
    /// The person.
    pub person: PersonId,
    /// The calendar date it happened.
    pub on: NaiveDate,
    /// What happened.
    pub change: PersonChange,
}

/// Any event in the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "subject", rename_all = "snake_case")]
pub enum Event {
    /// About a person.
    Person(PersonEvent),
    /// About a document.
    Document(DocumentEvent),
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
