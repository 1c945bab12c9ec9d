//! Bringing a share into a caseload: what it brings (with the caseload's
//! ids), what happened to each record, and the events that do it. The
//! snapshot a `share_imported` event carries is [`super::event::SharedCopy`].

use super::event::{DocumentEvent, SharedCopy};
use super::provenance::Provenance;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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
