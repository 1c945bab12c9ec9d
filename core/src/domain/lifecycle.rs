//! The document lifecycle state machine.
//!
//! A document's stored state is the fold of its events. [`DocumentRecord::apply`]
//! is the only transition function: it returns the next record or a
//! [`LifecycleError`] naming the current state and the refused event, and it
//! never changes the record it is given.
//!
//! ```text
//!              recorded
//!                 │
//!                 ▼            renewal_rejected
//!  ┌─────────► ACTIVE ◄────────────────────────┐
//!  │   (details_corrected, employer_changed,   │
//!  │    report_filed stay here)                │
//!  │              │ renewal_started /          │
//!  │              │ renewal_submitted          │
//!  │              ▼                            │
//!  │     RENEWAL IN PROGRESS ──────────────────┘
//!  │              │ renewal_approved ──► SUPERSEDED (by the successor)
//!  │  reported_lost (from active or renewal in progress)
//!  │              ▼
//!  │            LOST ── replacement_received ──► SUPERSEDED (by the replacement)
//!  │  cancelled (from active, renewal in progress or lost) ──► CANCELLED
//!  └─ archived (from any state but archived) ──► ARCHIVED (final)
//! ```

use super::document::{DetailsError, Document, Link, LinkKind};
use super::event::{DocumentChange, DocumentEvent, EventName};
use super::ids::DocumentId;
pub use super::state::{LifecycleState, StateName, SupersededVia};
use super::wire;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Why an event was refused. Carries names only, never personal data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LifecycleError {
    /// The event is not allowed in the current state.
    #[error("cannot apply \"{event}\" to a document in state \"{state}\"")]
    IllegalTransition {
        /// The current state.
        state: StateName,
        /// The refused event.
        event: EventName,
    },
    /// The event does not apply to this kind of document (e.g. filing a
    /// 90-day report on a passport).
    #[error("\"{event}\" does not apply to this kind of document")]
    NotForKind {
        /// The refused event.
        event: EventName,
    },
    /// This event cannot be taken back (the first `recorded` event, renewal
    /// approvals and replacements, which involve a second document, and
    /// retractions themselves).
    #[error("\"{event}\" cannot be taken back")]
    NotRetractable {
        /// The event.
        event: EventName,
    },
    /// The event is dated before the document's latest event.
    #[error("\"{event}\" is dated before the document's latest event")]
    OutOfOrder {
        /// The refused event.
        event: EventName,
    },
    /// The event is addressed to another document.
    #[error("\"{event}\" belongs to another document")]
    WrongDocument {
        /// The refused event.
        event: EventName,
    },
    /// A renewal or replacement names the document itself.
    #[error("a document cannot be its own successor or replacement")]
    SelfSuccessor,
    /// The renewal or replacement is for another person or of another kind.
    #[error("the new document must belong to the same person and be of the same kind")]
    SuccessorMismatch,
    /// The details in the event are invalid.
    #[error(transparent)]
    Details(#[from] DetailsError),
}

/// A document as its events left it: the projection kept by stores.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentRecord {
    /// Current details.
    pub document: Document,
    /// Lifecycle state.
    pub state: LifecycleState,
    /// The date it was recorded.
    #[serde(deserialize_with = "wire::date")]
    pub recorded_on: NaiveDate,
    /// The date of its latest event.
    #[serde(deserialize_with = "wire::date")]
    pub last_event_on: NaiveDate,
    /// Dates on which 90-day reports were filed, oldest first.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "wire::dates"
    )]
    pub filings: Vec<NaiveDate>,
    /// How many events it has.
    pub event_count: u32,
    /// Who holds it, when someone said (none: not recorded, taken to be
    /// the worker).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custody: Option<super::custody::Custody>,
    /// In a caseload: the worker share it came from (the newest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<super::provenance::Provenance>,
}

impl DocumentRecord {
    /// Starts a record from its `recorded` event.
    pub fn from_recorded(event: &DocumentEvent) -> Result<Self, LifecycleError> {
        match &event.change {
            DocumentChange::Recorded { document } => {
                if document.id != event.document {
                    return Err(LifecycleError::WrongDocument {
                        event: EventName::Recorded,
                    });
                }
                Ok(DocumentRecord {
                    document: document.clone().validated()?,
                    state: LifecycleState::Active,
                    recorded_on: event.on,
                    last_event_on: event.on,
                    filings: Vec::new(),
                    event_count: 1,
                    custody: None,
                    provenance: None,
                })
            }
            other => Err(LifecycleError::IllegalTransition {
                state: StateName::Unrecorded,
                event: other.name(),
            }),
        }
    }

    /// Folds a document's events, in log order, into a record. An event
    /// taken back by a later `event_retracted` is counted but not applied:
    /// the state is as if it had never happened.
    pub fn fold<'a>(
        events: impl IntoIterator<Item = &'a DocumentEvent>,
    ) -> Result<Option<Self>, LifecycleError> {
        let events: Vec<&DocumentEvent> = events.into_iter().collect();
        let retracted: std::collections::HashSet<super::ids::EventId> = events
            .iter()
            .filter_map(|e| match &e.change {
                DocumentChange::EventRetracted { event } => Some(*event),
                _ => None,
            })
            .collect();
        let mut record: Option<DocumentRecord> = None;
        for event in events {
            let taken_back = retracted.contains(&event.id);
            record = Some(match record {
                None if taken_back => {
                    return Err(LifecycleError::NotRetractable {
                        event: event.change.name(),
                    })
                }
                None => DocumentRecord::from_recorded(event)?,
                Some(mut r) if taken_back => {
                    r.event_count = r.event_count.saturating_add(1);
                    r
                }
                Some(r) => match &event.change {
                    DocumentChange::EventRetracted { .. } => r.note_retraction(event)?,
                    _ => r.apply(event)?,
                },
            });
        }
        Ok(record)
    }

    /// The earliest date the next event may have. Right after recording,
    /// that is the issue date (the document existed before it was entered,
    /// so something that happened last week can be recorded today); after
    /// that, the date of the latest event.
    fn order_floor(&self) -> NaiveDate {
        if self.event_count <= 1 {
            self.document
                .issued_on
                .map_or(self.last_event_on, |i| i.min(self.last_event_on))
        } else {
            self.last_event_on
        }
    }

    /// The record after an `event_retracted` event, whose target was skipped
    /// by [`DocumentRecord::fold`]: only the date and the count move.
    fn note_retraction(&self, event: &DocumentEvent) -> Result<DocumentRecord, LifecycleError> {
        let name = event.change.name();
        if event.document != self.document.id {
            return Err(LifecycleError::WrongDocument { event: name });
        }
        if let LifecycleState::Archived { .. } = self.state {
            return Err(LifecycleError::IllegalTransition {
                state: self.state.name(),
                event: name,
            });
        }
        if event.on < self.order_floor() {
            return Err(LifecycleError::OutOfOrder { event: name });
        }
        let mut next = self.clone();
        next.last_event_on = event.on;
        next.event_count = self.event_count.saturating_add(1);
        Ok(next)
    }

    /// The record after `event`, or why the event is refused. `self` is
    /// never changed.
    pub fn apply(&self, event: &DocumentEvent) -> Result<DocumentRecord, LifecycleError> {
        let name = event.change.name();
        let illegal = || LifecycleError::IllegalTransition {
            state: self.state.name(),
            event: name,
        };
        if event.document != self.document.id {
            return Err(LifecycleError::WrongDocument { event: name });
        }
        if let DocumentChange::PhotoDeleted { .. } | DocumentChange::Shared { .. } = event.change {
            // Not part of the document's life: any state, any date; only
            // counted (the record folds every event of its document).
            let mut next = self.clone();
            next.event_count = self.event_count.saturating_add(1);
            return Ok(next);
        }
        if let LifecycleState::Archived { .. } = self.state {
            return Err(illegal());
        }
        if event.on < self.order_floor() {
            return Err(LifecycleError::OutOfOrder { event: name });
        }
        let kind = &self.document.kind;
        let mut next = self.clone();
        next.last_event_on = event.on;
        next.event_count = self.event_count.saturating_add(1);
        match (&event.change, &self.state) {
            (DocumentChange::Recorded { .. }, _) => return Err(illegal()),
            (DocumentChange::ShareImported { copy }, _) => {
                if copy.document.id != self.document.id
                    || copy.document.holder != self.document.holder
                    || copy.document.kind != *kind
                {
                    return Err(LifecycleError::WrongDocument { event: name });
                }
                if let Some(old) = &self.provenance {
                    if old.worker_store != copy.provenance.worker_store {
                        return Err(LifecycleError::WrongDocument { event: name });
                    }
                }
                next.document = copy.document.clone().validated()?;
                next.state = copy.state.clone();
                next.filings = copy.filings.clone();
                next.custody = copy.custody.clone();
                next.provenance = Some(copy.provenance.clone());
            }
            (DocumentChange::DetailsCorrected { correction }, _) => {
                next.document = correction.apply_to(&self.document)?;
                if next.document.id != self.document.id || next.document.kind != *kind {
                    return Err(LifecycleError::WrongDocument { event: name });
                }
            }
            (
                DocumentChange::RenewalStarted
                | DocumentChange::RenewalSubmitted
                | DocumentChange::RenewalApproved { .. }
                | DocumentChange::RenewalRejected
                | DocumentChange::ReportedLost
                | DocumentChange::ReplacementReceived { .. },
                _,
            ) if !kind.is_renewable() => return Err(LifecycleError::NotForKind { event: name }),
            (DocumentChange::RenewalStarted, LifecycleState::Active) => {
                next.state = LifecycleState::RenewalInProgress {
                    started_on: event.on,
                    submitted_on: None,
                };
            }
            (DocumentChange::RenewalSubmitted, LifecycleState::Active) => {
                next.state = LifecycleState::RenewalInProgress {
                    started_on: event.on,
                    submitted_on: Some(event.on),
                };
            }
            (
                DocumentChange::RenewalSubmitted,
                LifecycleState::RenewalInProgress {
                    started_on,
                    submitted_on: None,
                },
            ) => {
                next.state = LifecycleState::RenewalInProgress {
                    started_on: *started_on,
                    submitted_on: Some(event.on),
                };
            }
            // Approved after a renewal handed in, or straight from active:
            // a document simply bought anew (health insurance, a health
            // check) or renewed without the steps being recorded.
            (
                DocumentChange::RenewalApproved { successor },
                LifecycleState::RenewalInProgress { .. } | LifecycleState::Active,
            ) => {
                if *successor == self.document.id {
                    return Err(LifecycleError::SelfSuccessor);
                }
                next.state = LifecycleState::Superseded {
                    by: *successor,
                    on: event.on,
                    via: SupersededVia::Renewal,
                };
                add_link(&mut next.document, LinkKind::RenewedBy, *successor);
            }
            (DocumentChange::RenewalRejected, LifecycleState::RenewalInProgress { .. }) => {
                next.state = LifecycleState::Active;
            }
            (
                DocumentChange::ReportedLost,
                LifecycleState::Active | LifecycleState::RenewalInProgress { .. },
            ) => {
                next.state = LifecycleState::Lost { on: event.on };
            }
            (DocumentChange::ReplacementReceived { replacement }, LifecycleState::Lost { .. }) => {
                if *replacement == self.document.id {
                    return Err(LifecycleError::SelfSuccessor);
                }
                next.state = LifecycleState::Superseded {
                    by: *replacement,
                    on: event.on,
                    via: SupersededVia::Replacement,
                };
                add_link(&mut next.document, LinkKind::ReplacedBy, *replacement);
            }
            (
                DocumentChange::Cancelled { reason },
                LifecycleState::Active
                | LifecycleState::RenewalInProgress { .. }
                | LifecycleState::Lost { .. },
            ) => {
                next.state = LifecycleState::Cancelled {
                    on: event.on,
                    reason: *reason,
                };
            }
            (DocumentChange::EmployerChanged { employer }, state) => {
                if !kind.has_employer() {
                    return Err(LifecycleError::NotForKind { event: name });
                }
                if !state.is_current() {
                    return Err(illegal());
                }
                next.document.employer =
                    super::document::check_employer(kind, employer.as_deref())?;
            }
            (DocumentChange::ReportFiled, state) => {
                if !kind.is_recurring_obligation() {
                    return Err(LifecycleError::NotForKind { event: name });
                }
                if *state != LifecycleState::Active {
                    return Err(illegal());
                }
                next.filings.push(event.on);
            }
            (DocumentChange::CustodyChanged { custody }, _) => {
                if custody.since > event.on {
                    return Err(LifecycleError::OutOfOrder { event: name });
                }
                next.custody = Some(custody.clone().validated().map_err(DetailsError::from)?);
            }
            (DocumentChange::Archived, state) => {
                next.state = LifecycleState::Archived {
                    on: event.on,
                    from: state.name(),
                };
            }
            _ => return Err(illegal()),
        }
        Ok(next)
    }
}

fn add_link(doc: &mut Document, kind: LinkKind, target: DocumentId) {
    let link = Link { kind, target };
    if !doc.links.contains(&link) {
        doc.links.push(link);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::document::DocumentKind;
    use crate::domain::ids::PersonId;
    use crate::domain::person::Country;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn recorded(kind: DocumentKind) -> (DocumentRecord, DocumentId) {
        let id = DocumentId::new_random();
        let doc = Document {
            id,
            holder: PersonId::new_random(),
            number: if kind.is_recurring_obligation() {
                String::new()
            } else {
                "X1".into()
            },
            expires_on: if kind.is_recurring_obligation() {
                None
            } else {
                Some(d(12, 31))
            },
            kind,
            issuing_country: Country::Thailand,
            issuing_authority: None,
            issued_on: Some(d(1, 1)),
            employer: None,
            links: vec![],
            notes: String::new(),
        };
        let ev = DocumentEvent::new(id, d(1, 2), DocumentChange::Recorded { document: doc });
        (DocumentRecord::from_recorded(&ev).unwrap(), id)
    }

    #[test]
    fn events_since_the_issue_date_are_in_order_when_recorded_later() {
        // Issued 1 Jan, recorded 2 Jan: an event of 1 Jan is accepted.
        let (r, id) = recorded(DocumentKind::Visa);
        assert_eq!(r.recorded_on, d(1, 2));
        let r = r
            .apply(&DocumentEvent::new(
                id,
                d(1, 1),
                DocumentChange::RenewalStarted,
            ))
            .unwrap();
        assert_eq!(r.state.name(), StateName::RenewalInProgress);
    }

    #[test]
    fn a_retracted_event_no_longer_counts() {
        let (r, id) = recorded(DocumentKind::WorkPermit);
        let recorded_event = DocumentEvent::new(
            id,
            d(1, 2),
            DocumentChange::Recorded {
                document: r.document.clone(),
            },
        );
        let lost = DocumentEvent::new(id, d(2, 1), DocumentChange::ReportedLost);
        let retract = DocumentEvent::new(
            id,
            d(2, 3),
            DocumentChange::EventRetracted { event: lost.id },
        );
        let folded = DocumentRecord::fold([&recorded_event, &lost, &retract])
            .unwrap()
            .unwrap();
        assert_eq!(folded.state, LifecycleState::Active);
        assert_eq!(folded.event_count, 3);
        assert_eq!(folded.last_event_on, d(2, 3));
        // The first event cannot be taken back.
        let bad = DocumentEvent::new(
            id,
            d(2, 3),
            DocumentChange::EventRetracted {
                event: recorded_event.id,
            },
        );
        assert!(matches!(
            DocumentRecord::fold([&recorded_event, &bad]),
            Err(LifecycleError::NotRetractable { .. })
        ));
    }

    #[test]
    fn renewal_path() {
        let (r, id) = recorded(DocumentKind::WorkPermit);
        let r = r
            .apply(&DocumentEvent::new(
                id,
                d(2, 1),
                DocumentChange::RenewalStarted,
            ))
            .unwrap();
        let r = r
            .apply(&DocumentEvent::new(
                id,
                d(2, 5),
                DocumentChange::RenewalSubmitted,
            ))
            .unwrap();
        assert_eq!(
            r.state,
            LifecycleState::RenewalInProgress {
                started_on: d(2, 1),
                submitted_on: Some(d(2, 5))
            }
        );
        let next = DocumentId::new_random();
        let r = r
            .apply(&DocumentEvent::new(
                id,
                d(3, 1),
                DocumentChange::RenewalApproved { successor: next },
            ))
            .unwrap();
        assert_eq!(r.state.name(), StateName::Superseded);
        assert_eq!(r.document.link(LinkKind::RenewedBy), Some(next));
    }

    #[test]
    fn illegal_event_names_state_and_event() {
        let (r, id) = recorded(DocumentKind::Passport);
        let err = r
            .apply(&DocumentEvent::new(
                id,
                d(2, 1),
                DocumentChange::RenewalRejected,
            ))
            .unwrap_err();
        assert_eq!(
            err,
            LifecycleError::IllegalTransition {
                state: StateName::Active,
                event: EventName::RenewalRejected
            }
        );
        assert_eq!(
            err.to_string(),
            "cannot apply \"renewal_rejected\" to a document in state \"active\""
        );
    }

    #[test]
    fn kind_specific_events() {
        let (r, id) = recorded(DocumentKind::Passport);
        assert!(matches!(
            r.apply(&DocumentEvent::new(
                id,
                d(2, 1),
                DocumentChange::ReportFiled
            )),
            Err(LifecycleError::NotForKind { .. })
        ));
        let (r, id) = recorded(DocumentKind::NinetyDayReport);
        let r = r
            .apply(&DocumentEvent::new(
                id,
                d(3, 1),
                DocumentChange::ReportFiled,
            ))
            .unwrap();
        assert_eq!(r.filings, vec![d(3, 1)]);
        assert!(matches!(
            r.apply(&DocumentEvent::new(
                id,
                d(3, 2),
                DocumentChange::RenewalStarted
            )),
            Err(LifecycleError::NotForKind { .. })
        ));
    }

    #[test]
    fn out_of_order_and_archived_are_refused() {
        let (r, id) = recorded(DocumentKind::Visa);
        let r = r
            .apply(&DocumentEvent::new(
                id,
                d(3, 1),
                DocumentChange::RenewalStarted,
            ))
            .unwrap();
        assert!(matches!(
            r.apply(&DocumentEvent::new(
                id,
                d(2, 1),
                DocumentChange::RenewalRejected
            )),
            Err(LifecycleError::OutOfOrder { .. })
        ));
        let r = r
            .apply(&DocumentEvent::new(id, d(3, 2), DocumentChange::Archived))
            .unwrap();
        assert!(r
            .apply(&DocumentEvent::new(id, d(3, 3), DocumentChange::Archived))
            .is_err());
    }
}
