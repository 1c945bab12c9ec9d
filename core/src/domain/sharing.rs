//! Sharing, as the event log remembers it: what a worker sent to whom
//! (their own record), and where a caseload's copy came from (provenance).
//! The sealed file itself is built and opened in `crate::share`.

use super::custody::Custody;
use super::document::Document;
use super::event::DocumentEvent;
use super::ids::DocumentId;
use super::lifecycle::LifecycleState;
use super::wire;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How a share was handed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ShareForm {
    /// A file (photos may be included), sent through any messenger.
    File,
    /// One QR code shown on the screen (no photos).
    QrCode,
}

/// One share a worker made, kept in their own store: to whom, what, when
/// and until when. Recorded in the person's history and in the history of
/// every document it carried.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SentShare {
    /// The share's random id (also inside the sealed share).
    pub share_id: String,
    /// The day it was made.
    #[serde(deserialize_with = "wire::date")]
    pub made_on: NaiveDate,
    /// The recipient as the worker chose it (a directory name or a name
    /// typed with a scanned key).
    pub recipient: String,
    /// The fingerprint of the recipient's key (`1a2b 3c4d 5e6f 7a8b`), to
    /// compare with what the organisation shows.
    pub recipient_key: String,
    /// The documents shared (none: the person's details only).
    pub documents: Vec<DocumentId>,
    /// Whether the documents' histories were included.
    pub history: bool,
    /// Whether photos were included.
    pub photos: bool,
    /// The day the recipient's software stops accepting the share.
    #[serde(deserialize_with = "wire::date")]
    pub until: NaiveDate,
    /// File or QR code.
    pub form: ShareForm,
}

/// Where a caseload's record came from: which worker store sealed it, when,
/// what the worker consented to and until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Provenance {
    /// The share's id.
    pub share_id: String,
    /// The worker store's random id (the same for every share it makes).
    pub worker_store: String,
    /// Fingerprint of the worker store's signing key
    /// (`1a2b 3c4d 5e6f 7a8b`): it stays the same on the same phone.
    pub signer: String,
    /// The signing key itself (hex), to tell a later share's key apart.
    pub signer_key: String,
    /// The day the worker made the share.
    #[serde(deserialize_with = "wire::date")]
    pub shared_on: NaiveDate,
    /// When the share was made, in milliseconds since 1970 (orders two
    /// shares of one day).
    pub shared_at_ms: i64,
    /// The last day the worker consented to.
    #[serde(deserialize_with = "wire::date")]
    pub until: NaiveDate,
    /// How many documents the share carried.
    pub documents: u32,
    /// Whether it carried the documents' histories.
    pub history: bool,
    /// Whether it carried photos.
    pub photos: bool,
}

impl Provenance {
    /// Whether `self` comes from a later share than `other` of the same
    /// worker store.
    pub fn is_newer_than(&self, other: &Provenance) -> bool {
        self.shared_at_ms > other.shared_at_ms
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

/// What a share brings into a caseload, with the caseload's ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareImport {
    /// The person's details.
    pub person: super::person::Person,
    /// Where they came from.
    pub provenance: Provenance,
    /// The documents.
    pub documents: Vec<SharedCopy>,
}

/// What importing did to one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ImportOutcome {
    /// It was not in the caseload: added.
    Added,
    /// An earlier share brought it: updated to this share.
    Updated,
    /// The caseworker archived it: left as it is.
    KeptArchived,
}

/// Why a share changes nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum NothingToImport {
    /// This very share was imported before.
    AlreadyImported,
    /// A later share of the same worker was imported already.
    OlderThanImported,
}

/// The events that bring `import` into a caseload, given what the caseload
/// holds already (`person`, and for each of `import.documents` in order,
/// its record if any), dated `on` (or the record's latest event, if later).
/// New records are first recorded (without links), then set from the share;
/// known ones are set from the share; archived documents are left alone.
pub fn import_effects(
    person: Option<&super::commands::PersonRecord>,
    documents: &[Option<&super::lifecycle::DocumentRecord>],
    import: &ShareImport,
    on: NaiveDate,
) -> Result<
    Result<(super::commands::Effects, Vec<ImportOutcome>), NothingToImport>,
    super::commands::DomainError,
> {
    use super::commands::{DomainError, Effects, PersonRecord};
    use super::event::{DocumentChange, Event, PersonChange, PersonEvent};
    use super::ids::EventId;
    use super::lifecycle::DocumentRecord;

    if let Some(old) = person.and_then(|p| p.provenance.as_ref()) {
        if old.share_id == import.provenance.share_id {
            return Ok(Err(NothingToImport::AlreadyImported));
        }
        if !import.provenance.is_newer_than(old) {
            return Ok(Err(NothingToImport::OlderThanImported));
        }
    }
    if documents.len() != import.documents.len() {
        return Err(DomainError::UnknownDocument);
    }
    let mut effects = Effects::default();
    let person_event = |change, on| PersonEvent {
        id: EventId::new_random(),
        person: import.person.id,
        on,
        change,
    };
    let mut record = match person {
        Some(r) => r.clone(),
        None => {
            let registered = person_event(
                PersonChange::Registered {
                    person: import.person.clone(),
                },
                on,
            );
            let r = PersonRecord::from_registered(&registered)?;
            effects.events.push(Event::Person(registered));
            r
        }
    };
    let imported = person_event(
        PersonChange::ShareImported {
            person: import.person.clone(),
            provenance: import.provenance.clone(),
        },
        on.max(record.last_event_on),
    );
    record = record.apply(&imported)?;
    effects.events.push(Event::Person(imported));
    effects.people.push(record);

    let mut outcomes = Vec::with_capacity(documents.len());
    for (copy, existing) in import.documents.iter().zip(documents) {
        let (start, outcome) = match existing {
            Some(r) if matches!(r.state, super::lifecycle::LifecycleState::Archived { .. }) => {
                outcomes.push(ImportOutcome::KeptArchived);
                continue;
            }
            Some(r) => ((*r).clone(), ImportOutcome::Updated),
            None => {
                let mut first = copy.document.clone();
                first.links.clear();
                let recorded =
                    DocumentEvent::new(first.id, on, DocumentChange::Recorded { document: first });
                let r = DocumentRecord::from_recorded(&recorded)?;
                effects.events.push(Event::Document(recorded));
                (r, ImportOutcome::Added)
            }
        };
        let event = DocumentEvent::new(
            copy.document.id,
            on.max(start.last_event_on),
            DocumentChange::ShareImported {
                copy: Box::new(copy.clone()),
            },
        );
        let next = start.apply(&event)?;
        effects.events.push(Event::Document(event));
        effects.documents.push(next);
        outcomes.push(outcome);
    }
    Ok(Ok((effects, outcomes)))
}
