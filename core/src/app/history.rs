//! A document's history as a screen lists it: one entry per event, oldest
//! first, with events taken back by a later retraction marked (they stay
//! in the history but no longer count).

use super::{App, AppResult};
use crate::domain::{CancelReason, DocumentChange, DocumentEvent, DocumentId, EventId, EventName};
use chrono::NaiveDate;
use std::collections::HashSet;

/// One entry of a document's history.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HistoryEntry {
    /// The event's random id (to retract it).
    pub id: EventId,
    /// The date it happened.
    pub on: NaiveDate,
    /// What happened.
    pub event: EventName,
    /// The other document involved: the successor of a renewal, the
    /// replacement of a lost document.
    pub other_document: Option<DocumentId>,
    /// The cancellation reason, for `Cancelled`.
    pub cancel_reason: Option<CancelReason>,
    /// The new employer, for `EmployerChanged`.
    pub employer: Option<String>,
    /// For `EventRetracted`: the event it takes back.
    pub retracts: Option<EventId>,
    /// Whether a later `EventRetracted` took this event back.
    pub retracted: bool,
    /// For `Shared`: to whom, what and until when.
    pub shared: Option<crate::domain::SentShare>,
    /// For `ShareImported`: which worker store's share, when made, the
    /// consent's scope and end.
    pub imported_from: Option<crate::domain::Provenance>,
}

/// History entries for a document's events (oldest first).
pub fn history_entries(events: Vec<DocumentEvent>) -> Vec<HistoryEntry> {
    let taken_back: HashSet<EventId> = events
        .iter()
        .filter_map(|e| match &e.change {
            DocumentChange::EventRetracted { event } => Some(*event),
            _ => None,
        })
        .collect();
    events
        .into_iter()
        .map(|e| {
            let retracted = taken_back.contains(&e.id);
            let event = e.change.name();
            let retracts = match &e.change {
                DocumentChange::EventRetracted { event } => Some(*event),
                _ => None,
            };
            let (shared, imported_from) = match &e.change {
                DocumentChange::Shared { share } => (Some(share.clone()), None),
                DocumentChange::ShareImported { copy } => (None, Some(copy.provenance.clone())),
                _ => (None, None),
            };
            let (other_document, cancel_reason, employer) = match e.change {
                DocumentChange::RenewalApproved { successor } => (Some(successor), None, None),
                DocumentChange::ReplacementReceived { replacement } => {
                    (Some(replacement), None, None)
                }
                DocumentChange::Cancelled { reason } => (None, Some(reason), None),
                DocumentChange::EmployerChanged { employer } => (None, None, employer),
                _ => (None, None, None),
            };
            HistoryEntry {
                id: e.id,
                on: e.on,
                event,
                other_document,
                cancel_reason,
                employer,
                retracts,
                retracted,
                shared,
                imported_from,
            }
        })
        .collect()
}

impl App {
    /// A document's history for a screen, oldest first, with retracted
    /// events marked.
    pub fn history_entries(&self, id: DocumentId) -> AppResult<Vec<HistoryEntry>> {
        Ok(history_entries(self.history(id)?))
    }
}
