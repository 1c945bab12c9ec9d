//! Documents, their lifecycle states, the events an app can record, and
//! their history.

use crate::error::invalid;
use crate::people::person_id;
use crate::vocabulary::Field;
use crate::vocabulary::{
    CancelReason, DocumentKind, EventName, LinkKind, StateName, SupersededVia,
};
use crate::ApiError;
use chrono::NaiveDate;
use doctrack_core::app::Problem;
use doctrack_core::domain as core;

/// Reads a document id.
pub(crate) fn document_id(id: &str) -> Result<core::DocumentId, ApiError> {
    id.parse().map_err(|_| invalid(Field::Id, Problem::NotAnId))
}

fn country(code: &str) -> Result<core::Country, ApiError> {
    code.parse()
        .map_err(|_| invalid(Field::Country, Problem::UnknownCountry))
}

/// A link from one document to another.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Link {
    /// How they relate.
    pub kind: LinkKind,
    /// The other document's id.
    pub target: String,
}

impl From<core::Link> for Link {
    fn from(l: core::Link) -> Self {
        Link {
            kind: l.kind.into(),
            target: l.target.to_string(),
        }
    }
}

impl TryFrom<Link> for core::Link {
    type Error = ApiError;
    fn try_from(l: Link) -> Result<Self, ApiError> {
        Ok(core::Link {
            kind: l.kind.into(),
            target: document_id(&l.target)?,
        })
    }
}

/// A document's details, as printed and as known to the person.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Document {
    /// Random id.
    pub id: String,
    /// The person it belongs to.
    pub holder: String,
    /// What it is.
    pub kind: DocumentKind,
    /// The number as printed (empty for the 90-day report).
    pub number: String,
    /// Issuing country, ISO 3166-1 alpha-2.
    pub issuing_country: String,
    /// Issuing authority, if known.
    pub issuing_authority: Option<String>,
    /// Date of issue (for the 90-day report: the date of entry).
    pub issued_on: Option<NaiveDate>,
    /// Printed expiry date (the last valid day).
    pub expires_on: Option<NaiveDate>,
    /// Employer (work permits, Seabooks, crew permissions).
    pub employer: Option<String>,
    /// Links to related documents.
    pub links: Vec<Link>,
    /// Free notes.
    pub notes: String,
}

impl From<core::Document> for Document {
    fn from(d: core::Document) -> Self {
        Document {
            id: d.id.to_string(),
            holder: d.holder.to_string(),
            kind: d.kind.into(),
            number: d.number,
            issuing_country: d.issuing_country.code().to_string(),
            issuing_authority: d.issuing_authority,
            issued_on: d.issued_on,
            expires_on: d.expires_on,
            employer: d.employer,
            links: d.links.into_iter().map(Into::into).collect(),
            notes: d.notes,
        }
    }
}

/// A new document's details (the library gives it an id).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NewDocument {
    /// The person it belongs to.
    pub holder: String,
    /// What it is.
    pub kind: DocumentKind,
    /// The number as printed (may be empty only for the 90-day report).
    #[uniffi(default = "")]
    pub number: String,
    /// Issuing country, ISO 3166-1 alpha-2 (`TH` for Thai documents, `MM`
    /// for a Myanmar passport, …).
    pub issuing_country: String,
    /// Issuing authority.
    #[uniffi(default)]
    pub issuing_authority: Option<String>,
    /// Date of issue (for the 90-day report: the date of entry).
    #[uniffi(default)]
    pub issued_on: Option<NaiveDate>,
    /// Printed expiry date.
    #[uniffi(default)]
    pub expires_on: Option<NaiveDate>,
    /// Employer.
    #[uniffi(default)]
    pub employer: Option<String>,
    /// Links to the holder's other documents (`StampedIn`, `TiedTo`).
    #[uniffi(default)]
    pub links: Vec<Link>,
    /// Free notes.
    #[uniffi(default = "")]
    pub notes: String,
}

impl TryFrom<NewDocument> for core::Document {
    type Error = ApiError;
    fn try_from(d: NewDocument) -> Result<Self, ApiError> {
        Ok(core::Document {
            id: core::DocumentId::new_random(),
            holder: person_id(&d.holder)?,
            kind: d.kind.into(),
            number: d.number,
            issuing_country: country(&d.issuing_country)?,
            issuing_authority: d.issuing_authority,
            issued_on: d.issued_on,
            expires_on: d.expires_on,
            employer: d.employer,
            links: d
                .links
                .into_iter()
                .map(core::Link::try_from)
                .collect::<Result<_, _>>()?,
            notes: d.notes,
        })
    }
}

/// A document's stored lifecycle state.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum LifecycleState {
    /// In force.
    Active,
    /// A renewal is being prepared or was handed in.
    RenewalInProgress {
        /// When preparation started.
        started_on: NaiveDate,
        /// When it was handed in, if it was.
        submitted_on: Option<NaiveDate>,
    },
    /// Replaced by a newer document.
    Superseded {
        /// The newer document's id.
        by: String,
        /// When.
        on: NaiveDate,
        /// Renewal or replacement.
        via: SupersededVia,
    },
    /// Reported lost or stolen.
    Lost {
        /// When it was reported.
        on: NaiveDate,
    },
    /// Stopped being valid before its time.
    Cancelled {
        /// When.
        on: NaiveDate,
        /// Why.
        reason: CancelReason,
    },
    /// Hidden by the person (final).
    Archived {
        /// When.
        on: NaiveDate,
        /// The state before.
        from: StateName,
    },
}

impl From<core::LifecycleState> for LifecycleState {
    fn from(s: core::LifecycleState) -> Self {
        use core::LifecycleState as S;
        match s {
            S::Active => LifecycleState::Active,
            S::RenewalInProgress {
                started_on,
                submitted_on,
            } => LifecycleState::RenewalInProgress {
                started_on,
                submitted_on,
            },
            S::Superseded { by, on, via } => LifecycleState::Superseded {
                by: by.to_string(),
                on,
                via: via.into(),
            },
            S::Lost { on } => LifecycleState::Lost { on },
            S::Cancelled { on, reason } => LifecycleState::Cancelled {
                on,
                reason: reason.into(),
            },
            S::Archived { on, from } => LifecycleState::Archived {
                on,
                from: from.into(),
            },
        }
    }
}

/// A document as its events left it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DocumentRecord {
    /// Current details.
    pub document: Document,
    /// Lifecycle state.
    pub state: LifecycleState,
    /// When it was recorded.
    pub recorded_on: NaiveDate,
    /// Date of its latest event.
    pub last_event_on: NaiveDate,
    /// Dates 90-day reports were filed, oldest first.
    pub filings: Vec<NaiveDate>,
}

impl From<core::DocumentRecord> for DocumentRecord {
    fn from(r: core::DocumentRecord) -> Self {
        DocumentRecord {
            document: r.document.into(),
            state: r.state.into(),
            recorded_on: r.recorded_on,
            last_event_on: r.last_event_on,
            filings: r.filings,
        }
    }
}

/// A change to a date field: set it or clear it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum DateEdit {
    /// Set to this date.
    Set {
        /// The date.
        date: NaiveDate,
    },
    /// Clear the field.
    Clear,
}

/// A change to an optional text field: set it or clear it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum TextEdit {
    /// Set to this text.
    Set {
        /// The text.
        text: String,
    },
    /// Clear the field.
    Clear,
}

/// A correction of printed details; `null`/`nil` fields stay as they are.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct DetailsCorrection {
    /// Corrected number.
    #[uniffi(default)]
    pub number: Option<String>,
    /// Corrected issuing country.
    #[uniffi(default)]
    pub issuing_country: Option<String>,
    /// Corrected issuing authority.
    #[uniffi(default)]
    pub issuing_authority: Option<TextEdit>,
    /// Corrected issue date.
    #[uniffi(default)]
    pub issued_on: Option<DateEdit>,
    /// Corrected expiry date.
    #[uniffi(default)]
    pub expires_on: Option<DateEdit>,
    /// Corrected notes.
    #[uniffi(default)]
    pub notes: Option<String>,
    /// Links to add (`StampedIn`, `TiedTo`).
    #[uniffi(default)]
    pub add_links: Vec<Link>,
}

fn date_edit(e: Option<DateEdit>) -> Option<Option<NaiveDate>> {
    e.map(|e| match e {
        DateEdit::Set { date } => Some(date),
        DateEdit::Clear => None,
    })
}

impl TryFrom<DetailsCorrection> for core::DetailsCorrection {
    type Error = ApiError;
    fn try_from(c: DetailsCorrection) -> Result<Self, ApiError> {
        Ok(core::DetailsCorrection {
            number: c.number,
            issuing_country: c.issuing_country.as_deref().map(country).transpose()?,
            issuing_authority: c.issuing_authority.map(|e| match e {
                TextEdit::Set { text } => Some(text),
                TextEdit::Clear => None,
            }),
            issued_on: date_edit(c.issued_on),
            expires_on: date_edit(c.expires_on),
            notes: c.notes,
            add_links: c
                .add_links
                .into_iter()
                .map(core::Link::try_from)
                .collect::<Result<_, _>>()?,
        })
    }
}

/// Something that happened to a document. Renewal approval and replacement
/// have their own calls (`approveRenewal`, `receiveReplacement`), since they
/// record the new document too.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum DocumentEvent {
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
}

impl TryFrom<DocumentEvent> for core::DocumentChange {
    type Error = ApiError;
    fn try_from(e: DocumentEvent) -> Result<Self, ApiError> {
        use core::DocumentChange as C;
        Ok(match e {
            DocumentEvent::DetailsCorrected { correction } => C::DetailsCorrected {
                correction: correction.try_into()?,
            },
            DocumentEvent::RenewalStarted => C::RenewalStarted,
            DocumentEvent::RenewalSubmitted => C::RenewalSubmitted,
            DocumentEvent::RenewalRejected => C::RenewalRejected,
            DocumentEvent::ReportedLost => C::ReportedLost,
            DocumentEvent::Cancelled { reason } => C::Cancelled {
                reason: reason.into(),
            },
            DocumentEvent::EmployerChanged { employer } => C::EmployerChanged { employer },
            DocumentEvent::ReportFiled => C::ReportFiled,
            DocumentEvent::Archived => C::Archived,
        })
    }
}

/// One entry of a document's history.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HistoryEntry {
    /// The event's random id.
    pub id: String,
    /// The date it happened.
    pub on: NaiveDate,
    /// What happened.
    pub event: EventName,
    /// The other document involved (the successor of a renewal, the
    /// replacement of a lost document).
    pub other_document: Option<String>,
    /// The cancellation reason, for `Cancelled`.
    pub cancel_reason: Option<CancelReason>,
    /// The new employer, for `EmployerChanged`.
    pub employer: Option<String>,
    /// For `EventRetracted`: the id of the event it takes back.
    pub retracts: Option<String>,
    /// Whether a later `EventRetracted` took this event back (it no longer
    /// counts; it stays in the history).
    pub retracted: bool,
}

/// A document's history with retracted events marked.
pub(crate) fn history_entries(events: Vec<core::DocumentEvent>) -> Vec<HistoryEntry> {
    let taken_back: std::collections::HashSet<core::EventId> = events
        .iter()
        .filter_map(|e| match &e.change {
            core::DocumentChange::EventRetracted { event } => Some(*event),
            _ => None,
        })
        .collect();
    events
        .into_iter()
        .map(|e| {
            let retracted = taken_back.contains(&e.id);
            let mut entry = HistoryEntry::from(e);
            entry.retracted = retracted;
            entry
        })
        .collect()
}

impl From<core::DocumentEvent> for HistoryEntry {
    fn from(e: core::DocumentEvent) -> Self {
        use core::DocumentChange as C;
        let event = e.change.name().into();
        let retracts = match &e.change {
            C::EventRetracted { event } => Some(event.to_string()),
            _ => None,
        };
        let (other_document, cancel_reason, employer) = match e.change {
            C::RenewalApproved { successor } => (Some(successor.to_string()), None, None),
            C::ReplacementReceived { replacement } => (Some(replacement.to_string()), None, None),
            C::Cancelled { reason } => (None, Some(reason.into()), None),
            C::EmployerChanged { employer } => (None, None, employer),
            _ => (None, None, None),
        };
        HistoryEntry {
            id: e.id.to_string(),
            on: e.on,
            event,
            other_document,
            cancel_reason,
            employer,
            retracts,
            retracted: false,
        }
    }
}
