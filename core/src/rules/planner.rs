//! The renewal plan: which actions to take, in which order. A document
//! whose renewal needs another one (a work permit needs a passport valid
//! long enough) comes after it; otherwise the most urgent comes first.

use super::evaluate::{Basis, Blocker, DateKind, DocumentStatus, Evaluation, Reason, TimeStatus};
use crate::domain::dates::Span;
use crate::domain::{DocumentId, DocumentKind, PersonId};
use crate::messages::{ArgValue, AsTerm, Message, MessageId as M};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// What to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Renew the document.
    Renew,
    /// File the 90-day report.
    FileReport,
    /// Find a new employer (job-change period).
    FindEmployer,
    /// Get a document that is missing entirely.
    Obtain,
    /// The longest total term is reached: leave and re-enter under a new MOU.
    ReapplyFromHome,
}

impl Action {
    /// Every action.
    pub const ALL: [Action; 5] = [
        Action::Renew,
        Action::FileReport,
        Action::FindEmployer,
        Action::Obtain,
        Action::ReapplyFromHome,
    ];

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Renew => "renew",
            Action::FileReport => "file_report",
            Action::FindEmployer => "find_employer",
            Action::Obtain => "obtain",
            Action::ReapplyFromHome => "reapply_from_home",
        }
    }

    /// Words for people.
    pub fn label(self) -> &'static str {
        match self {
            Action::Renew => "renew",
            Action::FileReport => "file the 90-day report",
            Action::FindEmployer => "find a new employer",
            Action::Obtain => "obtain",
            Action::ReapplyFromHome => "return home and re-apply under a new MOU",
        }
    }
}

/// One step of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The person.
    pub holder: PersonId,
    /// The document (none for a document that must be obtained).
    pub document: Option<DocumentId>,
    /// Its kind (for `Obtain`: any one of these kinds).
    pub kinds: Vec<DocumentKind>,
    /// What to do.
    pub action: Action,
    /// The document's time status.
    pub status: TimeStatus,
    /// Act by this date: an office working day (see `moved_from`).
    pub by: Option<NaiveDate>,
    /// The date to act by as the rules give it, when it is not an office
    /// working day and `by` is the last working day before it.
    pub moved_from: Option<NaiveDate>,
    /// Why `by` is an earlier day than the rules give: each closed day
    /// (weekend, or a holiday with its source). Empty when not moved.
    pub by_reasons: Vec<Reason>,
    /// The window opens on this date (when it is not open yet).
    pub from: Option<NaiveDate>,
    /// Steps (by document) that must be done first.
    pub after: Vec<DocumentId>,
    /// Why this step is in the plan.
    pub why: Vec<Message>,
}

impl Step {
    /// What to do, as one message ("renew the work permit").
    pub fn headline(&self) -> Message {
        match self.action {
            Action::Renew => Message::new(M::PlanRenew).kinds("kinds", &self.kinds),
            Action::Obtain => Message::new(M::PlanObtain).kinds("kinds", &self.kinds),
            Action::FileReport => Message::new(M::PlanFileReport),
            Action::FindEmployer => Message::new(M::PlanFindEmployer),
            Action::ReapplyFromHome => Message::new(M::PlanReapplyFromHome),
        }
    }
}

/// Builds the plan from an evaluation. Documents whose window opens within
/// `horizon` after the evaluation date are included as upcoming.
pub fn plan(eval: &Evaluation, horizon: Span) -> Vec<Step> {
    let limit = horizon.after(eval.as_of).unwrap_or(NaiveDate::MAX);
    let by_id: BTreeMap<DocumentId, &DocumentStatus> =
        eval.documents.iter().map(|d| (d.document, d)).collect();
    let mut chosen: BTreeMap<DocumentId, Step> = BTreeMap::new();
    let mut obtain: Vec<Step> = Vec::new();
    let mut edges: BTreeMap<DocumentId, BTreeSet<DocumentId>> = BTreeMap::new();

    for st in &eval.documents {
        if let Some(step) = step_for(st, eval.as_of, limit) {
            chosen.insert(st.document, step);
        }
    }
    // Prerequisites of planned documents join the plan, before them.
    let planned: Vec<DocumentId> = chosen.keys().copied().collect();
    for id in planned {
        let Some(st) = by_id.get(&id) else { continue };
        for b in &st.blockers {
            let Blocker::Prerequisite {
                kinds,
                required_until,
                found,
                needed_on,
                ..
            } = b
            else {
                continue;
            };
            match found {
                Some(f) => {
                    edges.entry(id).or_default().insert(f.document);
                    let entry = chosen.entry(f.document).or_insert_with(|| Step {
                        holder: st.holder,
                        document: Some(f.document),
                        kinds: vec![f.kind.clone()],
                        action: Action::Renew,
                        status: by_id
                            .get(&f.document)
                            .map_or(TimeStatus::Valid, |s| s.status),
                        by: Some(*needed_on),
                        moved_from: None,
                        by_reasons: Vec::new(),
                        from: None,
                        after: Vec::new(),
                        why: Vec::new(),
                    });
                    entry.why.push(
                        Message::new(M::PlanMustBeValidUntil)
                            .date("date", *required_until)
                            .kind("kind", &st.kind),
                    );
                    entry.by = Some(entry.by.map_or(*needed_on, |b| b.min(*needed_on)));
                }
                None => obtain.push(Step {
                    holder: st.holder,
                    document: None,
                    kinds: kinds.clone(),
                    action: Action::Obtain,
                    status: TimeStatus::Blocked,
                    by: Some(*needed_on),
                    moved_from: None,
                    by_reasons: Vec::new(),
                    from: None,
                    after: Vec::new(),
                    why: vec![Message::new(M::PlanNeededToRenew).kind("kind", &st.kind)],
                }),
            }
        }
    }
    for (id, deps) in &edges {
        if let Some(step) = chosen.get_mut(id) {
            step.after = deps.iter().copied().collect();
        }
    }
    // Kahn's algorithm: ready steps in urgency order; prerequisites first.
    let mut out = obtain;
    out.sort_by(|a, b| a.by.cmp(&b.by).then_with(|| a.kinds.cmp(&b.kinds)));
    let mut remaining = chosen;
    while !remaining.is_empty() {
        let ready: Vec<DocumentId> = remaining
            .iter()
            .filter(|(_, s)| s.after.iter().all(|d| !remaining.contains_key(d)))
            .map(|(id, _)| *id)
            .collect();
        let next = if ready.is_empty() {
            // A cycle cannot come from validated rules; fall back to urgency.
            remaining.keys().copied().collect()
        } else {
            ready
        };
        let mut batch: Vec<Step> = next.iter().filter_map(|id| remaining.remove(id)).collect();
        batch.sort_by(|a, b| {
            b.status
                .cmp(&a.status)
                .then(a.by.cmp(&b.by))
                .then(a.kinds.cmp(&b.kinds))
                .then(a.document.cmp(&b.document))
        });
        // Only the most urgent ready step goes first; the rest wait a round so
        // that a dependent of it can be released in urgency order.
        let mut iter = batch.into_iter();
        if let Some(first) = iter.next() {
            out.push(first);
        }
        for s in iter {
            if let Some(id) = s.document {
                remaining.insert(id, s);
            }
        }
    }
    out
}

fn step_for(st: &DocumentStatus, as_of: NaiveDate, limit: NaiveDate) -> Option<Step> {
    let term_limited = st
        .blockers
        .iter()
        .any(|b| matches!(b, Blocker::TermLimit { .. }));
    let action = if st.date(DateKind::ReportDue).is_some() {
        Action::FileReport
    } else if st.date(DateKind::JobChangeDeadline).is_some() {
        Action::FindEmployer
    } else if term_limited {
        Action::ReapplyFromHome
    } else {
        Action::Renew
    };
    let opens = st
        .date(DateKind::WindowOpens)
        .or(st.date(DateKind::ReportWindowOpens))
        .map(|d| d.date);
    let included = match st.status {
        TimeStatus::NotApplicable => false,
        TimeStatus::Valid => opens.is_some_and(|o| o <= limit),
        _ => true,
    };
    if !included {
        return None;
    }
    let deadline = st.next_deadline().map(|d| d.date);
    let why = match (st.status, opens) {
        (TimeStatus::Valid, Some(o)) => Message::new(M::PlanWindowOpensOn).date("date", o),
        (other, _) => Message::new(M::PlanStatus).term("status", other.term()),
    };
    let mut why = vec![why];
    let (by, moved_from, by_reasons) = match (deadline, st.date(DateKind::ActBy)) {
        (Some(deadline), Some(act_by)) => {
            why.push(moved_message(deadline, act_by.date, &act_by.reasons));
            (Some(act_by.date), Some(deadline), act_by.reasons.clone())
        }
        (deadline, _) => (deadline, None, Vec::new()),
    };
    Some(Step {
        holder: st.holder,
        document: Some(st.document),
        kinds: vec![st.kind.clone()],
        action,
        status: st.status,
        by,
        moved_from,
        by_reasons,
        from: opens.filter(|o| *o > as_of),
        after: Vec::new(),
        why,
    })
}

/// "The deadline is a holiday (name) / falls on a weekend: go by …".
fn moved_message(deadline: NaiveDate, by: NaiveDate, reasons: &[Reason]) -> Message {
    let holiday = reasons
        .iter()
        .find_map(|r| match (&r.basis, r.message.get("holiday")) {
            (Basis::OfficeClosed { date, .. }, Some(ArgValue::Text(name))) if *date == deadline => {
                Some(name.clone())
            }
            _ => None,
        });
    match holiday {
        Some(name) => Message::new(M::PlanActByHoliday)
            .date("deadline", deadline)
            .date("date", by)
            .text("holiday", name),
        None => Message::new(M::PlanActByWeekend)
            .date("deadline", deadline)
            .date("date", by),
    }
}
