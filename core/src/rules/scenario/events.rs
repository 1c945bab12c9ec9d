//! Events written in a scenario, replayed through the ledger (the same
//! lifecycle rules as the app) with the core's event vocabulary.

use super::raw::RawEvent;
use crate::domain::{Document, DocumentChange, DocumentId, EventName, Ledger, SimpleEventOptions};
use chrono::NaiveDate;
use std::collections::HashMap;

pub(super) fn apply_event(
    ledger: &mut Ledger,
    e: &RawEvent,
    ids: &HashMap<String, DocumentId>,
    built: &HashMap<String, (Document, NaiveDate, std::ops::Range<usize>)>,
) -> Result<(), String> {
    let doc = *ids.get(&e.document).ok_or_else(|| {
        format!(
            "event for \"{}\", which is not a [[document]] of this file",
            e.document
        )
    })?;
    let on = e.on.0;
    let successor = || -> Result<Document, String> {
        let name = e
            .successor
            .as_deref()
            .ok_or("this event needs successor = \"<document id>\"")?;
        built
            .get(name)
            .map(|(d, _, _)| d.clone())
            .ok_or_else(|| format!("successor \"{name}\" is not a [[document]] of this file"))
    };
    let fail = |err: crate::domain::DomainError| format!("event cannot be applied: {err}");
    let name = event_type(&e.kind)?;
    if name.needs_successor() {
        let successor = successor()?;
        let done = if name == EventName::RenewalApproved {
            ledger.approve_renewal(doc, successor, on)
        } else {
            ledger.receive_replacement(doc, successor, on)
        };
        return done.map(drop).map_err(fail);
    }
    let options = SimpleEventOptions {
        reason: e.reason,
        employer: e.employer.clone(),
    };
    let change = DocumentChange::simple(name, options).map_err(|err| err.to_string())?;
    ledger.change(doc, change, on).map(drop).map_err(fail)
}

/// The event type written in a scenario: an event recorded by name, or a
/// renewal approval or replacement (which name their `successor`).
fn event_type(written: &str) -> Result<EventName, String> {
    let allowed: Vec<EventName> = EventName::SIMPLE
        .into_iter()
        .chain([EventName::RenewalApproved, EventName::ReplacementReceived])
        .collect();
    match EventName::parse(written) {
        Some(name) if allowed.contains(&name) => Ok(name),
        _ => {
            let names: Vec<&str> = allowed.iter().map(|e| e.as_str()).collect();
            let hint = crate::rules::diagnostics::closest(written, names.iter().copied())
                .map(|c| format!(", did you mean \"{c}\"?"))
                .unwrap_or_default();
            Err(format!(
                "unknown event type \"{written}\"{hint} Expected one of: {}.",
                names.join(", ")
            ))
        }
    }
}
