//! A snapshot's documents and events split by person, for evaluating a
//! store person by person (documents interact only within one person).

use crate::domain::{Document, DocumentEvent, DocumentId, IdMap, Person, PersonId};
use crate::rules::evaluate::{Evaluation, Evaluator};
use crate::rules::RuleSet;
use crate::store::Snapshot;
use chrono::NaiveDate;

/// One person's documents and their events (in log order).
pub(super) type PersonDocuments = (Vec<Document>, Vec<DocumentEvent>);

/// The split: one entry per person, in the order of the people given, and
/// the documents whose holder is none of them.
pub(super) struct Split {
    /// Each person's documents and events, in the people's order.
    pub(super) people: Vec<PersonDocuments>,
    /// Documents whose holder is not among the people, with their events.
    pub(super) orphans: PersonDocuments,
}

/// Splits `documents` by holder and `events` by their document's holder,
/// keeping each list's order. Events of documents not given are left out
/// (an evaluation never reads them).
pub(super) fn split(
    people: &[Person],
    documents: Vec<Document>,
    events: Vec<DocumentEvent>,
) -> Split {
    let index: IdMap<_, usize> = people.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let orphan = people.len();
    let mut out: Vec<PersonDocuments> = Vec::with_capacity(people.len() + 1);
    out.resize_with(people.len() + 1, Default::default);
    let mut slot_of: IdMap<DocumentId, usize> =
        IdMap::with_capacity_and_hasher(documents.len(), Default::default());
    for doc in documents {
        let slot = index.get(&doc.holder).copied().unwrap_or(orphan);
        slot_of.insert(doc.id, slot);
        if let Some(part) = out.get_mut(slot) {
            part.0.push(doc);
        }
    }
    for event in events {
        if let Some(part) = slot_of.get(&event.document).and_then(|s| out.get_mut(*s)) {
            part.1.push(event);
        }
    }
    let orphans = out.pop().unwrap_or_default();
    Split {
        people: out,
        orphans,
    }
}

/// One person's documents among `documents` and those documents' events
/// (each list in its order): what [`split`] gives that person.
pub(super) fn theirs(
    person: PersonId,
    documents: Vec<Document>,
    events: Vec<DocumentEvent>,
) -> PersonDocuments {
    let docs: Vec<Document> = documents
        .into_iter()
        .filter(|d| d.holder == person)
        .collect();
    let events = events
        .into_iter()
        .filter(|e| docs.iter().any(|d| d.id == e.document))
        .collect();
    (docs, events)
}

/// One person's evaluation on `as_of`, with every explanation, from a
/// snapshot of the whole store: only their documents are evaluated
/// (documents interact only within one person). Empty for someone not in
/// the snapshot (archived or unreadable: nothing is evaluated for them).
pub(super) fn person_evaluation(
    snapshot: Snapshot,
    person: PersonId,
    rules: &RuleSet,
    as_of: NaiveDate,
) -> Evaluation {
    let Some(who) = snapshot.people.iter().find(|p| p.id == person) else {
        return Evaluation {
            as_of,
            documents: Vec::new(),
            warnings: Vec::new(),
        };
    };
    let (docs, events) = theirs(person, snapshot.documents, snapshot.events);
    Evaluator::new(rules).evaluate(std::slice::from_ref(who), &docs, &events, as_of)
}
