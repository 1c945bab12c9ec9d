//! The evaluation context: an index of the people, documents, folded
//! records and events given to [`super::evaluate`]; which rules apply to a
//! document on a date (in force, matching, not set aside by `unless`); and
//! the memoised status of each document (documents depend on each other
//! through caps, lapses and prerequisites).

use super::lifecycle_reason;
use super::report::{DateKind, DocumentStatus, Reason, TimeStatus};
use super::resolve::Resolved;
use crate::domain::{
    CancelReason, Document, DocumentEvent, DocumentId, DocumentRecord, EventName, IdMap, IdSet,
    LifecycleState, Person, PersonId,
};
use crate::messages::ArgName as A;
use crate::messages::{AsTerm, Message, MessageId as M};
use crate::rules::model::{Condition, Rule, RuleSet};
use chrono::NaiveDate;
use std::cell::RefCell;
use std::rc::Rc;

pub(super) struct Context<'a, 'r> {
    pub(super) as_of: NaiveDate,
    pub(super) rules: &'r RuleSet,
    pub(super) people: IdMap<PersonId, &'a Person>,
    pub(super) documents: IdMap<DocumentId, &'a Document>,
    pub(super) by_holder: IdMap<PersonId, Vec<DocumentId>>,
    pub(super) records: IdMap<DocumentId, DocumentRecord>,
    /// Each document's events on or before the evaluation date, in log order.
    pub(super) events: IdMap<DocumentId, Vec<(EventName, NaiveDate)>>,
    pub(super) memo: RefCell<IdMap<DocumentId, Option<Rc<DocumentStatus>>>>,
    pub(super) visiting: RefCell<IdSet<DocumentId>>,
    pub(super) warnings: RefCell<Vec<Message>>,
    /// Whether reasons and notes are built (every screen that explains);
    /// without, only what other documents' dates depend on (the reasons of
    /// each end date, which chains follow) — see [`super::evaluate_statuses`].
    pub(super) explain: bool,
    /// Which rule wins each slot, per set of applicable rules (shared by
    /// every evaluation of one [`super::Evaluator`]).
    resolved: &'a Resolutions<'r>,
}

/// Which rule wins each slot, per set of applicable rules: documents (and
/// people) share a handful of sets, so each is resolved once.
pub(super) type Resolutions<'r> = RefCell<std::collections::HashMap<Vec<usize>, Rc<Resolved<'r>>>>;

impl<'a, 'r> Context<'a, 'r> {
    pub(super) fn new(
        people: &'a [Person],
        documents: &'a [Document],
        events: &'a [DocumentEvent],
        (rules, resolved): (&'r RuleSet, &'a Resolutions<'r>),
        as_of: NaiveDate,
        explain: bool,
    ) -> Self {
        let mut warnings = Vec::new();
        let mut per_doc: IdMap<DocumentId, Vec<&DocumentEvent>> = IdMap::default();
        // A document counts from its issue date even when it was recorded
        // later, so events that happened in between are in place.
        for e in events.iter().filter(|e| e.effective_on() <= as_of) {
            per_doc.entry(e.document).or_default().push(e);
        }
        let has_events: IdSet<DocumentId> = events.iter().map(|e| e.document).collect();
        // Events taken back by a retraction do not count as having happened.
        let retracted: IdSet<crate::domain::EventId> = per_doc
            .values()
            .flatten()
            .filter_map(|e| match &e.change {
                crate::domain::DocumentChange::EventRetracted { event } => Some(*event),
                _ => None,
            })
            .collect();
        let named: IdMap<DocumentId, Vec<(EventName, NaiveDate)>> = per_doc
            .iter()
            .map(|(id, list)| {
                (
                    *id,
                    list.iter()
                        .filter(|e| !retracted.contains(&e.id))
                        .map(|e| (e.change.name(), e.on))
                        .collect(),
                )
            })
            .collect();
        let mut records = IdMap::default();
        let mut by_holder: IdMap<PersonId, Vec<DocumentId>> = IdMap::default();
        let mut docs = IdMap::default();
        for doc in documents {
            let record = if has_events.contains(&doc.id) {
                match DocumentRecord::fold(per_doc.remove(&doc.id).unwrap_or_default()) {
                    Ok(Some(r)) => Some(r),
                    Ok(None) => None, // recorded after as_of
                    Err(_) => {
                        warnings.push(
                            Message::new(M::WarningEventsDoNotFold)
                                .text(A::Document, doc.id.to_string()),
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
                    custody: None,
                    provenance: None,
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
            events: named,
            memo: RefCell::new(IdMap::default()),
            visiting: RefCell::new(IdSet::default()),
            warnings: RefCell::new(warnings),
            explain,
            resolved,
        }
    }

    /// `reasons()` when explaining, else nothing (not even built).
    pub(super) fn explained(&self, reasons: impl FnOnce() -> Vec<Reason>) -> Vec<Reason> {
        if self.explain {
            reasons()
        } else {
            Vec::new()
        }
    }

    /// Adds `reason()` to `to` when explaining.
    pub(super) fn because(&self, to: &mut Vec<Reason>, reason: impl FnOnce() -> Reason) {
        if self.explain {
            to.push(reason());
        }
    }

    /// Adds `note()` to `to` when explaining.
    pub(super) fn note(&self, to: &mut Vec<Message>, note: impl FnOnce() -> Message) {
        if self.explain {
            to.push(note());
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
            self.warn(Message::new(M::WarningRuleCycle).text(A::Document, id.to_string()));
            return None;
        }
        let result = self.compute(id).map(Rc::new);
        self.visiting.borrow_mut().remove(&id);
        self.memo.borrow_mut().insert(id, result.clone());
        result
    }

    /// The rules that apply to `doc` on `date`: in force that day, matching
    /// the person and document, and not set aside by their `unless` (as
    /// far as documents and events recorded by the evaluation date tell).
    /// Also a note for each rule set aside.
    pub(super) fn applicable(
        &self,
        person: &Person,
        doc: &Document,
        date: NaiveDate,
    ) -> (Vec<usize>, Vec<Message>) {
        let mut notes = Vec::new();
        // A replacement is matched as the permission it replaces: with
        // its original's issue date ("permits issued before D").
        let origin = self.origin_issued(doc);
        let matched = if origin == doc.issued_on {
            std::borrow::Cow::Borrowed(doc)
        } else {
            std::borrow::Cow::Owned(Document {
                issued_on: origin,
                ..doc.clone()
            })
        };
        let all = self.rules.rules();
        // Only the rules naming the document's kind can match it.
        let rules = self
            .rules
            .rules_naming(&doc.kind)
            .iter()
            .filter_map(|&i| all.get(i).map(|r| (i, r)))
            .filter(|(_, r)| r.in_force_on(date) && r.applies.matches(person, &matched))
            .filter(|(_, r)| match self.set_aside(r, doc) {
                Some(note) => {
                    notes.push(note);
                    false
                }
                None => true,
            })
            .map(|(i, _)| i)
            .collect();
        (rules, notes)
    }

    /// The rules that decide for `doc` on `date` (for effects fixed by an
    /// event's date: the job-change period on the day the worker left, the
    /// fees on the day of submission).
    pub(super) fn resolve_on(&self, doc: &Document, date: NaiveDate) -> Option<Rc<Resolved<'r>>> {
        let person = self.people.get(&doc.holder)?;
        let (applicable, _) = self.applicable(person, doc, date);
        Some(self.resolve(applicable))
    }

    /// The winner of each slot among `applicable` (resolved once per set).
    fn resolve(&self, applicable: Vec<usize>) -> Rc<Resolved<'r>> {
        if let Some(done) = self.resolved.borrow().get(&applicable) {
            return done.clone();
        }
        let resolved = Rc::new(Resolved::new(&applicable, self.rules));
        self.resolved
            .borrow_mut()
            .insert(applicable, resolved.clone());
        resolved
    }

    /// If `rule`'s `unless` holds for `doc`, the note saying why it does not apply.
    fn set_aside(&self, rule: &Rule, doc: &Document) -> Option<Message> {
        match rule.unless.as_ref()? {
            Condition::HasDocument { kinds, by } => {
                let (kind, issued) = self
                    .by_holder
                    .get(&doc.holder)
                    .into_iter()
                    .flatten()
                    .filter(|id| **id != doc.id)
                    .filter_map(|id| {
                        let r = self.records.get(id)?;
                        let issued = r.document.issued_on.unwrap_or(r.recorded_on);
                        (kinds.contains(&r.document.kind) && issued <= *by)
                            .then(|| (r.document.kind.clone(), issued))
                    })
                    .min_by_key(|(_, issued)| *issued)?;
                Some(
                    Message::new(M::NoteUnlessDocument)
                        .rule(A::Rule, &rule.id)
                        .kind(A::Kind, &kind)
                        .date(A::Date, issued)
                        .date(A::By, *by),
                )
            }
            Condition::HasEvent { event, on, by } => {
                let targets: Vec<DocumentId> = match on {
                    None => vec![doc.id],
                    Some(kinds) => self
                        .by_holder
                        .get(&doc.holder)
                        .into_iter()
                        .flatten()
                        .filter(|id| {
                            self.records
                                .get(id)
                                .is_some_and(|r| kinds.contains(&r.document.kind))
                        })
                        .copied()
                        .collect(),
                };
                let day = targets
                    .iter()
                    .flat_map(|id| self.events.get(id).into_iter().flatten())
                    .filter(|(name, on)| name == event && on <= by)
                    .map(|(_, on)| *on)
                    .min()?;
                Some(
                    Message::new(M::NoteUnlessEvent)
                        .rule(A::Rule, &rule.id)
                        .term(A::Event, event.term())
                        .date(A::Date, day)
                        .date(A::By, *by),
                )
            }
        }
    }

    pub(super) fn compute(&self, id: DocumentId) -> Option<DocumentStatus> {
        let doc = *self.documents.get(&id)?;
        let record = self.records.get(&id)?;
        let Some(person) = self.people.get(&doc.holder) else {
            self.warn(Message::new(M::WarningHolderUnknown).text(A::Document, id.to_string()));
            return None;
        };
        let (applicable, set_aside) = self.applicable(person, doc, self.as_of);
        let resolved = self.resolve(applicable);
        for (rules, slot, chosen) in &resolved.ambiguous {
            self.warn(
                Message::new(M::WarningAmbiguousRules)
                    .text(A::Document, id.to_string())
                    .text(A::Rules, rules.clone())
                    .text(A::Slot, slot.clone())
                    .rule(A::Chosen, chosen),
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
            notes: set_aside,
            custody: None,
            custody_flag: None,
            needs_documents: Vec::new(),
            checklist: None,
            overcharge_limit: None,
            pending_since: None,
        };
        let evaluated = match &record.state {
            LifecycleState::Active | LifecycleState::RenewalInProgress { .. } => {
                if doc.kind.is_recurring_obligation() {
                    self.recurring(doc, record, &resolved, &mut st);
                } else {
                    self.renewable(doc, record, &resolved, &mut st);
                }
                true
            }
            LifecycleState::Cancelled {
                on,
                reason: CancelReason::LeftEmployer,
            } => self.job_change(doc, *on, &resolved, &mut st),
            _ => false,
        };
        if evaluated {
            self.act_by(&mut st);
        } else {
            self.because(&mut st.status_reasons, || lifecycle_reason(&record.state));
        }
        self.custody(record, &resolved, &mut st);
        self.settings(&resolved, &mut st);
        st.rules.sort();
        st.rules.dedup();
        st.dates.sort_by_key(|d| (d.date, d.kind));
        if !self.explain {
            // What a few rare paths built anyway (notes of rules set
            // aside, a pending upstream, a term limit) goes too, so that
            // the result is exactly the explained one without explanations.
            st.strip_explanations();
        }
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
