//! The evaluator: for a date, what is the time status of each document,
//! which dates matter, what blocks a renewal, which reminders are due, what
//! it costs — and, for every date and status, the reasons (rule + source, or
//! the document or event it comes from).
//!
//! Pure and deterministic: the same input gives the same output, in the
//! same order. Which rules apply is decided as of the evaluation date, and
//! only events on or before that date count.
//!
//! The modules, by concept:
//! - [`report`]: the report types the API mirrors;
//! - `context`: the entry point's index of people, documents and records;
//! - `resolve`: which rule wins each decision for one document;
//! - `related`: related documents (governing, caps, chains, lapses);
//! - `renewable`: renewable documents (windows, status, prerequisites, term limit);
//! - `recurring`: recurring obligations and the job-change period;
//! - `money`: fees, fines and reminder ladders;
//! - `replaced`: the earlier rules a deciding rule replaced, named in its reasons;
//! - `custody`: who holds a document, when that is flagged, and the
//!   settings a plan reads (checklist, overcharge limit);
//! - [`office_days`]: the last office working day before a date to act by.

mod context;
mod custody;
mod money;
pub mod office_days;
mod recurring;
mod related;
mod renewable;
mod replaced;
pub mod report;
mod resolve;

pub use report::*;

use crate::domain::{Document, DocumentEvent, DocumentId, IdMap, Person};
use crate::domain::{EventName, LifecycleState};
use crate::messages::ArgName as A;
use crate::messages::{Message, MessageId as M};
use crate::rules::model::{Rule, RuleSet};
use chrono::NaiveDate;
use context::Context;
use std::rc::Rc;

/// Evaluates `documents` (current details) with their `events` for `as_of`.
///
/// Documents with no events count as recorded and active. Only events on or
/// before `as_of` count; a document recorded after `as_of` is left out.
pub fn evaluate(
    people: &[Person],
    documents: &[Document],
    events: &[DocumentEvent],
    rules: &RuleSet,
    as_of: NaiveDate,
) -> Evaluation {
    Evaluator::new(rules).evaluate(people, documents, events, as_of)
}

/// [`evaluate`] without explanations, for counting many people (a
/// caseload): the same statuses, dates, blockers, fees, fines, reminders,
/// custody and settings, computed by the same code, but no status reasons,
/// no notes and no reasons on any date except each end date
/// ([`DateKind::ValidUntil`], whose reasons chains of documents follow).
/// Equal to [`evaluate`]'s result with
/// [`DocumentStatus::strip_explanations`] applied (tested over every
/// scenario and random caseloads); a document's explanation is
/// [`evaluate`] of its person when asked.
pub fn evaluate_statuses(
    people: &[Person],
    documents: &[Document],
    events: &[DocumentEvent],
    rules: &RuleSet,
    as_of: NaiveDate,
) -> Evaluation {
    Evaluator::new(rules).evaluate_statuses(people, documents, events, as_of)
}

/// Evaluates many groups of people with one rule set — a dashboard or a
/// caseload, person by person — and shares between them what depends only
/// on the rules: which rule wins each slot for a set of applicable rules
/// (people share a handful of sets) and the chains of replaced rules.
/// Each result equals [`evaluate`] (or [`evaluate_statuses`]) of the same
/// input. One evaluator per thread: it is not `Sync`.
pub struct Evaluator<'r> {
    rules: &'r RuleSet,
    resolved: context::Resolutions<'r>,
    chains: Option<replaced::Chains<'r>>,
}

impl<'r> Evaluator<'r> {
    /// An evaluator for `rules`, with nothing resolved yet.
    pub fn new(rules: &'r RuleSet) -> Self {
        Evaluator {
            rules,
            resolved: Default::default(),
            chains: replaced::Chains::of(rules),
        }
    }

    /// The rules it evaluates with.
    pub fn rules(&self) -> &'r RuleSet {
        self.rules
    }

    /// [`evaluate`] with this evaluator's rules.
    pub fn evaluate(
        &self,
        people: &[Person],
        documents: &[Document],
        events: &[DocumentEvent],
        as_of: NaiveDate,
    ) -> Evaluation {
        self.run(people, documents, events, as_of, true)
    }

    /// [`evaluate_statuses`] with this evaluator's rules.
    pub fn evaluate_statuses(
        &self,
        people: &[Person],
        documents: &[Document],
        events: &[DocumentEvent],
        as_of: NaiveDate,
    ) -> Evaluation {
        self.run(people, documents, events, as_of, false)
    }

    fn run(
        &self,
        people: &[Person],
        documents: &[Document],
        events: &[DocumentEvent],
        as_of: NaiveDate,
        explain: bool,
    ) -> Evaluation {
        let ctx = Context::new(
            people,
            documents,
            events,
            (self.rules, &self.resolved),
            as_of,
            explain,
        );
        let mut evaluated: Vec<DocumentId> = Vec::with_capacity(documents.len());
        for doc in documents {
            if ctx.status(doc.id).is_some() {
                evaluated.push(doc.id);
            }
        }
        // Every status now lives only in the memo: move them out rather than
        // cloning each one (reasons, sources and messages) again.
        // (A document listed twice is reported twice, as before: every use but
        // the last is a clone.)
        let mut uses: IdMap<DocumentId, usize> =
            IdMap::with_capacity_and_hasher(evaluated.len(), Default::default());
        for id in &evaluated {
            *uses.entry(*id).or_default() += 1;
        }
        let mut memo = ctx.memo.into_inner();
        let mut out: Vec<DocumentStatus> = Vec::with_capacity(evaluated.len());
        for id in evaluated {
            let last = uses.get_mut(&id).is_some_and(|n| {
                *n -= 1;
                *n == 0
            });
            let status = if last {
                memo.remove(&id).flatten()
            } else {
                memo.get(&id).cloned().flatten()
            };
            if let Some(status) = status {
                out.push(Rc::try_unwrap(status).unwrap_or_else(|shared| (*shared).clone()));
            }
        }
        // Also without explanations: the end dates keep their reasons, and
        // those name the rules they replaced as the explained ones do.
        if let Some(chains) = &self.chains {
            for status in &mut out {
                chains.name_in(status);
            }
        }
        Evaluation {
            as_of,
            documents: most_urgent_first(out),
            warnings: ctx.warnings.into_inner(),
        }
    }
}

/// Sorts statuses most urgent first: by phase, blocked first, next
/// deadline, kind, document. Each key is computed once (the next deadline
/// is a search through the dates) and the statuses are moved once.
fn most_urgent_first(statuses: Vec<DocumentStatus>) -> Vec<DocumentStatus> {
    use std::cmp::Reverse;
    let mut order: Vec<(Reverse<TimeStatus>, bool, NaiveDate, usize)> = statuses
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let deadline = s.next_deadline().map_or(NaiveDate::MAX, |d| d.date);
            (
                Reverse(s.phase),
                s.status != TimeStatus::Blocked,
                deadline,
                i,
            )
        })
        .collect();
    order.sort_unstable_by(|a, b| {
        (a.0, a.1, a.2)
            .cmp(&(b.0, b.1, b.2))
            .then_with(|| statuses[a.3].kind.cmp(&statuses[b.3].kind))
            .then_with(|| statuses[a.3].document.cmp(&statuses[b.3].document))
            .then_with(|| a.3.cmp(&b.3))
    });
    let mut slots: Vec<Option<DocumentStatus>> = statuses.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|(.., i)| slots.get_mut(i).and_then(Option::take))
        .collect()
}

fn rule_reason(rule: &Rule, message: Message) -> Reason {
    Reason {
        basis: Basis::Rule {
            id: rule.id.clone(),
            confidence: rule.confidence,
        },
        message,
    }
}

fn deadline_kind(st: &DocumentStatus) -> DateKind {
    st.act_by_date().map_or(DateKind::Deadline, |d| d.kind)
}

fn lifecycle_reason(state: &LifecycleState) -> Reason {
    use crate::domain::SupersededVia;
    let (event, on, id) = match state {
        LifecycleState::Superseded {
            on,
            via: SupersededVia::Renewal,
            ..
        } => (EventName::RenewalApproved, *on, M::ReasonSuperseded),
        LifecycleState::Superseded {
            on,
            via: SupersededVia::Replacement,
            ..
        } => (EventName::ReplacementReceived, *on, M::ReasonReplaced),
        LifecycleState::Lost { on } => (EventName::ReportedLost, *on, M::ReasonLost),
        LifecycleState::Cancelled { on, .. } => (EventName::Cancelled, *on, M::ReasonCancelled),
        LifecycleState::Archived { on, .. } => (EventName::Archived, *on, M::ReasonArchived),
        LifecycleState::Active | LifecycleState::RenewalInProgress { .. } => {
            return Reason::document(DocumentField::State, Message::new(M::ReasonCurrent));
        }
    };
    Reason::event(event, on, Message::new(id).date(A::Date, on))
}
