//! Events written in a scenario, replayed through the ledger (the same
//! lifecycle rules as the app) with the core's event vocabulary.

use super::raw::{RawEvent, RawPayment, RawTick};
use crate::domain::{
    ChecklistTick, Custodian, Custody, Document, DocumentChange, DocumentId, EventName, Ledger,
    Payee, Payment, PaymentFor, PersonChange, PersonId, SimpleEventOptions,
};
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
    if name == EventName::CustodyChanged {
        let holder = e
            .holder
            .as_deref()
            .ok_or("a custody_changed event needs holder = \"worker\", \"employer\", \"broker\", \"office\", \"other\" or \"unknown\"")?;
        let holder = Custodian::parse(holder).ok_or_else(|| {
            let names: Vec<&str> = Custodian::ALL.iter().map(|c| c.as_str()).collect();
            format!(
                "unknown holder \"{holder}\": expected one of {}",
                names.join(", ")
            )
        })?;
        let custody = Custody {
            holder,
            since: e.since.map_or(on, |d| d.0),
            note: e.note.clone(),
        };
        return ledger
            .change(doc, DocumentChange::CustodyChanged { custody }, on)
            .map(drop)
            .map_err(fail);
    }
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
        .chain([
            EventName::RenewalApproved,
            EventName::ReplacementReceived,
            EventName::CustodyChanged,
        ])
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

/// A `[[payment]]`: recorded on the person's history.
pub(super) fn payment(
    ledger: &mut Ledger,
    p: &RawPayment,
    people: &HashMap<String, PersonId>,
    docs: &HashMap<String, DocumentId>,
) -> Result<(), String> {
    let person = *people.get(&p.person).ok_or_else(|| {
        format!(
            "payment by \"{}\", who is not a [[person]] of this file",
            p.person
        )
    })?;
    let payee = Payee::parse(&p.to).ok_or_else(|| {
        let names: Vec<&str> = Payee::ALL.iter().map(|x| x.as_str()).collect();
        format!(
            "unknown payee \"{}\": expected one of {}",
            p.to,
            names.join(", ")
        )
    })?;
    let purpose = match (&p.document, &p.route) {
        (Some(d), None) => PaymentFor::Document {
            document: *docs.get(d).ok_or_else(|| {
                format!("payment for \"{d}\", which is not a [[document]] of this file")
            })?,
        },
        (None, Some(r)) => PaymentFor::Route { route: r.clone() },
        _ => {
            return Err(
                "a payment is for a document = \"…\" or a route = \"…\", exactly one".into(),
            )
        }
    };
    let payment = Payment {
        amount: p.amount,
        currency: p.currency.clone().unwrap_or_else(|| "THB".into()),
        payee,
        purpose,
        paid_on: p.on.0,
        asked_only: p.asked,
        note: None,
    };
    ledger
        .person_event(person, PersonChange::PaymentRecorded { payment }, p.on.0)
        .map(drop)
        .map_err(|e| format!("payment cannot be recorded: {e}"))
}

/// A `[[tick]]`: a checklist item the person ticked.
pub(super) fn tick(
    ledger: &mut Ledger,
    t: &RawTick,
    people: &HashMap<String, PersonId>,
    docs: &HashMap<String, DocumentId>,
) -> Result<(), String> {
    let person = *people.get(&t.person).ok_or_else(|| {
        format!(
            "tick by \"{}\", who is not a [[person]] of this file",
            t.person
        )
    })?;
    let list = match t.list.strip_prefix("renew:") {
        Some(name) => format!(
            "renew:{}",
            docs.get(name).ok_or_else(|| format!(
                "tick in the checklist of \"{name}\", which is not a [[document]] of this file"
            ))?
        ),
        None if t.list.starts_with("route:") => t.list.clone(),
        None => return Err("list is renew:<document> or route:<route id>/<step id>".into()),
    };
    let tick = ChecklistTick {
        list,
        item: t.item.clone(),
    };
    ledger
        .person_event(
            person,
            PersonChange::ChecklistTicked { tick, ticked: true },
            t.on.0,
        )
        .map(drop)
        .map_err(|e| format!("tick cannot be recorded: {e}"))
}
