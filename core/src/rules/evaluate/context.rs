//! The evaluation context: an index of the people, documents and folded
//! records given to [`super::evaluate`], and the memoised status of each
//! document (documents depend on each other through caps, lapses and
//! prerequisites).

use super::lifecycle_reason;
use super::report::{DateKind, DocumentStatus, TimeStatus};
use super::resolve::Resolved;
use crate::domain::{
    CancelReason, Document, DocumentEvent, DocumentId, DocumentRecord, LifecycleState, Person,
    PersonId,
};
use crate::messages::{Message, MessageId as M};
use crate::rules::model::{RuleSet, Slot};
use chrono::NaiveDate;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub(super) struct Context<'a> {
    pub(super) as_of: NaiveDate,
    pub(super) rules: &'a RuleSet,
    pub(super) people: HashMap<PersonId, &'a Person>,
    pub(super) documents: HashMap<DocumentId, &'a Document>,
    pub(super) by_holder: HashMap<PersonId, Vec<DocumentId>>,
    pub(super) records: HashMap<DocumentId, DocumentRecord>,
    pub(super) memo: RefCell<HashMap<DocumentId, Option<Rc<DocumentStatus>>>>,
    pub(super) visiting: RefCell<HashSet<DocumentId>>,
    pub(super) warnings: RefCell<Vec<Message>>,
}

impl<'a> Context<'a> {
    pub(super) fn new(
        people: &'a [Person],
        documents: &'a [Document],
        events: &'a [DocumentEvent],
        rules: &'a RuleSet,
        as_of: NaiveDate,
    ) -> Self {
        let mut warnings = Vec::new();
        let mut per_doc: HashMap<DocumentId, Vec<&DocumentEvent>> = HashMap::new();
        for e in events.iter().filter(|e| e.on <= as_of) {
            per_doc.entry(e.document).or_default().push(e);
        }
        let has_events: HashSet<DocumentId> = events.iter().map(|e| e.document).collect();
        let mut records = HashMap::new();
        let mut by_holder: HashMap<PersonId, Vec<DocumentId>> = HashMap::new();
        let mut docs = HashMap::new();
        for doc in documents {
            let record = if has_events.contains(&doc.id) {
                match DocumentRecord::fold(per_doc.remove(&doc.id).unwrap_or_default()) {
                    Ok(Some(r)) => Some(r),
                    Ok(None) => None, // recorded after as_of
                    Err(_) => {
                        warnings.push(
                            Message::new(M::WarningEventsDoNotFold)
                                .text("document", doc.id.to_string()),
                        );
                        None
                    }
                }
            } else {
                Some(DocumentRecord {
                    document: doc.clone(),
                    state: LifecycleState::Active,
                    recorded_on: as_of,
                    last_event_on: as_of,
                    filings: Vec::new(),
                    event_count: 0,
                })
            };
            if let Some(r) = record {
                records.insert(doc.id, r);
                by_holder.entry(doc.holder).or_default().push(doc.id);
                docs.insert(doc.id, doc);
            }
        }
        Context {
            as_of,
            rules,
            people: people.iter().map(|p| (p.id, p)).collect(),
            documents: docs,
            by_holder,
            records,
            memo: RefCell::new(HashMap::new()),
            visiting: RefCell::new(HashSet::new()),
            warnings: RefCell::new(warnings),
        }
    }

    pub(super) fn warn(&self, w: Message) {
        self.warnings.borrow_mut().push(w);
    }

    /// The status of one document (memoised; `None` if it cannot be evaluated).
    pub(super) fn status(&self, id: DocumentId) -> Option<Rc<DocumentStatus>> {
        if let Some(done) = self.memo.borrow().get(&id) {
            return done.clone();
        }
        if !self.visiting.borrow_mut().insert(id) {
            self.warn(Message::new(M::WarningRuleCycle).text("document", id.to_string()));
            return None;
        }
        let result = self.compute(id).map(Rc::new);
        self.visiting.borrow_mut().remove(&id);
        self.memo.borrow_mut().insert(id, result.clone());
        result
    }

    pub(super) fn compute(&self, id: DocumentId) -> Option<DocumentStatus> {
        let doc = *self.documents.get(&id)?;
        let record = self.records.get(&id)?;
        let Some(person) = self.people.get(&doc.holder) else {
            self.warn(Message::new(M::WarningHolderUnknown).text("document", id.to_string()));
            return None;
        };
        let applicable: Vec<usize> = self
            .rules
            .rules()
            .iter()
            .enumerate()
            .filter(|(_, r)| r.in_force_on(self.as_of) && r.applies.matches(person, doc))
            .map(|(i, _)| i)
            .collect();
        let resolved = Resolved::new(&applicable, self.rules);
        for (rules, slot, chosen) in &resolved.ambiguous {
            self.warn(
                Message::new(M::WarningAmbiguousRules)
                    .text("document", id.to_string())
                    .text("rules", rules.clone())
                    .text("slot", slot.clone())
                    .rule("chosen", chosen),
            );
        }
        let mut st = DocumentStatus {
            document: id,
            holder: doc.holder,
            kind: doc.kind.clone(),
            lifecycle: record.state.name(),
            status: TimeStatus::NotApplicable,
            phase: TimeStatus::NotApplicable,
            status_reasons: Vec::new(),
            dates: Vec::new(),
            blockers: Vec::new(),
            reminders: Vec::new(),
            reminders_due: Vec::new(),
            fees: Vec::new(),
            fines: Vec::new(),
            rules: resolved.rule_ids(),
            notes: Vec::new(),
        };
        match &record.state {
            LifecycleState::Active | LifecycleState::RenewalInProgress { .. } => {
                if doc.kind.is_recurring_obligation() {
                    self.recurring(doc, record, &resolved, &mut st);
                } else {
                    self.renewable(doc, record, &resolved, &mut st);
                }
            }
            LifecycleState::Cancelled {
                on,
                reason: CancelReason::LeftEmployer,
            } if resolved.slots.contains_key(&Slot::JobChangePeriod) => {
                self.job_change(*on, &resolved, &mut st);
            }
            other => {
                st.status_reasons.push(lifecycle_reason(other));
            }
        }
        st.dates.sort_by_key(|d| (d.date, d.kind));
        Some(st)
    }

    /// The date `id` stops being valid, for other documents' caps, lapses and prerequisites.
    pub(super) fn valid_until(&self, id: DocumentId) -> Option<NaiveDate> {
        let st = self.status(id)?;
        st.date(DateKind::ValidUntil)
            .or_else(|| st.date(DateKind::JobChangeDeadline))
            .map(|d| d.date)
    }
}
