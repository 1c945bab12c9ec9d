//! The renewal plan: which actions to take, in which order. Finding a new
//! employer after leaving one comes first (legal status depends on it); a
//! document whose renewal needs another one (a work permit needs a passport
//! valid long enough) comes after it; otherwise the most urgent comes first.
//!
//! Each step carries what people need where they look: the official fees
//! (so brokers cannot overcharge), fines owed so far, the rules whose
//! guidance says what to bring and where to go, and — when a date is today
//! or past — "today" or "N days overdue" and where to get help.

use crate::domain::dates::Span;
use crate::domain::{DocumentId, DocumentKind, IdMap, PersonId};
use crate::messages::ArgName as A;
use crate::messages::{ArgValue, AsTerm, Message, MessageId as M, Term, TermGroup};
use crate::rules::evaluate::{
    Basis, Blocker, DateKind, DocumentStatus, Evaluation, FeeDue, FineDue, Reason, TimeStatus,
};
use crate::rules::model::{Confidence, Fee, Fine};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// What to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
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
    /// A renewal was handed in: wait for the decision, carrying the receipt.
    AwaitDecision,
    /// The document can no longer be renewed: it lapsed (a route back, if
    /// the rules know one, follows).
    CannotRenew,
    /// Take a route back to a document or to legal status (`route`).
    FollowRoute,
    /// No route back is known to be open: get help (`help`).
    GetHelp,
    /// Nothing is recorded: record the document if the person has it,
    /// otherwise get one.
    RecordOrObtain,
}

impl Action {
    /// Every action.
    pub const ALL: [Action; 10] = [
        Action::Renew,
        Action::FileReport,
        Action::FindEmployer,
        Action::Obtain,
        Action::ReapplyFromHome,
        Action::AwaitDecision,
        Action::CannotRenew,
        Action::FollowRoute,
        Action::GetHelp,
        Action::RecordOrObtain,
    ];

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Renew => "renew",
            Action::FileReport => "file_report",
            Action::FindEmployer => "find_employer",
            Action::Obtain => "obtain",
            Action::ReapplyFromHome => "reapply_from_home",
            Action::AwaitDecision => "await_decision",
            Action::CannotRenew => "cannot_renew",
            Action::FollowRoute => "follow_route",
            Action::GetHelp => "get_help",
            Action::RecordOrObtain => "record_or_obtain",
        }
    }
}

/// An official fee of a step, with the rule that sets it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StepFee {
    /// The fee.
    pub fee: Fee,
    /// The rule that sets it.
    pub rule: String,
    /// How sure the maintainers are of it.
    pub confidence: Confidence,
}

/// A fine owed on the plan's date, with the rule that sets it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StepFine {
    /// The fine.
    pub fine: Fine,
    /// Days late that are charged (waived days left out).
    pub days_late: u64,
    /// Days late that a waiver leaves uncharged.
    pub waived_days: u64,
    /// Amount owed on the plan's date.
    pub amount: u64,
    /// The rule that sets it.
    pub rule: String,
    /// How sure the maintainers are of it.
    pub confidence: Confidence,
}

/// The rule a reason names and its confidence (`("", Setting)` for a
/// reason that rests on no rule, which fees and fines never do).
fn rule_of(reason: &Reason) -> (String, Confidence) {
    match &reason.basis {
        Basis::Rule { id, confidence } => (id.clone(), *confidence),
        _ => (String::new(), Confidence::Setting),
    }
}

impl From<&FeeDue> for StepFee {
    fn from(f: &FeeDue) -> StepFee {
        let (rule, confidence) = rule_of(&f.reason);
        StepFee {
            fee: f.fee.clone(),
            rule,
            confidence,
        }
    }
}

impl From<&FineDue> for StepFine {
    fn from(f: &FineDue) -> StepFine {
        let (rule, confidence) = rule_of(&f.reason);
        StepFine {
            fine: f.fine.clone(),
            days_late: f.days_late,
            waived_days: f.waived_days,
            amount: f.amount,
            rule,
            confidence,
        }
    }
}

impl AsTerm for Action {
    fn term(&self) -> Term {
        Term::new(TermGroup::Action, self.as_str())
    }
}

/// One step of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Step {
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
    /// working day and `by` is the last working day before it (`why` says
    /// which closed day; the document's detail names the holiday's source).
    /// For `CannotRenew`: the first day it could no longer be renewed.
    pub moved_from: Option<NaiveDate>,
    /// The window opens on this date (when it is not open yet).
    pub from: Option<NaiveDate>,
    /// Steps (by document) that must be done first.
    pub after: Vec<DocumentId>,
    /// Why this step is in the plan, beyond its status (which screens show
    /// beside it): what it must stay valid for, a holiday that moves its
    /// date, where to get help when late. For advice (`advisory`), the
    /// phase by dates comes first.
    pub why: Vec<Message>,
    /// Official fees for this step (what the office may charge). The
    /// reasons in full are in the document's detail.
    pub fees: Vec<StepFee>,
    /// Fines owed on the evaluation date.
    pub fines: Vec<StepFine>,
    /// Rules whose texts say what to bring and where to go.
    pub guidance: Vec<String>,
    /// The step is held up only by maintainers' defaults (advice), not by
    /// a legal requirement: show it as a suggestion, not as a block.
    pub advisory: bool,
    /// What to do, for people ("renew the work permit").
    pub headline: Message,
    /// When, for people: "by 14 Aug", "today", or "3 days overdue (since
    /// 11 Aug)" — never "by" a date already past.
    pub when: Option<Message>,
    /// The route to take (`FollowRoute`): its id in the rules (name and
    /// guidance: `ruleGuidance(id)`; steps and checklists: `routeDetail`).
    pub route: Option<String>,
    /// What to bring, as far as it is ready (the items: `checklist`).
    pub checklist: Option<ChecklistProgress>,
    /// The document (or one it needs) is held by someone else: ask for it
    /// back first.
    pub ask: Option<AskBack>,
    /// Where to get help (directory entry ids, best first) when the step
    /// is late or there is no way known.
    pub help: Vec<String>,
}

/// How much of a checklist is ready.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChecklistProgress {
    /// The checklist's key (`renew:<document id>`, `route:<route id>`).
    pub list: String,
    /// Items ticked (by the person, or by a recorded document).
    pub ready: u32,
    /// Items in all.
    pub total: u32,
}

/// Ask for a document back before a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AskBack {
    /// The document to ask for.
    pub document: DocumentId,
    /// Its kind.
    pub kind: DocumentKind,
    /// Who has it.
    pub holder: crate::domain::Custodian,
    /// Ask by this day (early enough for the step: before the document's
    /// processing time starts to run, or today).
    pub by: NaiveDate,
}

impl Step {
    /// A step that is not about one recorded document (a route, a need).
    pub(crate) fn bare(action: Action, kinds: Vec<DocumentKind>, status: TimeStatus) -> Step {
        Step {
            document: None,
            kinds,
            action,
            status,
            by: None,
            moved_from: None,
            from: None,
            after: Vec::new(),
            why: Vec::new(),
            fees: Vec::new(),
            fines: Vec::new(),
            guidance: Vec::new(),
            advisory: false,
            headline: Message::new(M::PlanRenew),
            when: None,
            route: None,
            checklist: None,
            ask: None,
            help: Vec::new(),
        }
    }

    /// Fills in the texts people see, once the step is final.
    pub(crate) fn finish(mut self, as_of: NaiveDate) -> Step {
        self.headline = self.headline();
        self.when = self.when(as_of);
        self
    }

    /// What to do, as one message ("renew the work permit").
    fn headline(&self) -> Message {
        match self.action {
            Action::Renew => Message::new(M::PlanRenew).kinds(A::Kinds, &self.kinds),
            Action::Obtain => Message::new(M::PlanObtain).kinds(A::Kinds, &self.kinds),
            Action::FileReport => Message::new(M::PlanFileReport),
            Action::FindEmployer => Message::new(M::PlanFindEmployer),
            Action::ReapplyFromHome => Message::new(M::PlanReapplyFromHome),
            Action::AwaitDecision => {
                Message::new(M::PlanAwaitDecision).kinds(A::Kinds, &self.kinds)
            }
            Action::CannotRenew => Message::new(M::PlanCannotRenew).kinds(A::Kinds, &self.kinds),
            Action::FollowRoute => Message::new(M::PlanFollowRoute).kinds(A::Kinds, &self.kinds),
            Action::GetHelp => Message::new(M::PlanNoRouteKnown).kinds(A::Kinds, &self.kinds),
            Action::RecordOrObtain => {
                Message::new(M::PlanRecordOrObtain).kinds(A::Kinds, &self.kinds)
            }
        }
    }

    /// When to act, as people say it: "by 14 Aug", "today", or "3 days
    /// overdue (since 11 Aug)" — never "by" a date already past.
    fn when(&self, as_of: NaiveDate) -> Option<Message> {
        if let (Action::CannotRenew, Some(since)) = (self.action, self.moved_from) {
            return Some(Message::new(M::PlanSince).date(A::Date, since));
        }
        let by = self.by?;
        let days = (as_of - by).num_days();
        Some(match days {
            d if d < 0 => Message::new(M::PlanBy).date(A::Date, by),
            0 => Message::new(M::PlanToday),
            d => Message::new(M::PlanOverdue)
                .number(A::Days, d)
                .date(A::Date, by),
        })
    }
}

/// A step for the document of `st`, with no fees, fines or guidance yet.
fn bare_step(st: &DocumentStatus, kinds: Vec<DocumentKind>, action: Action) -> Step {
    Step {
        document: Some(st.document),
        advisory: st.advisory(),
        ..Step::bare(action, kinds, st.status)
    }
}

/// Adds the document's fees, fines and guiding rules to its step.
fn with_money(st: &DocumentStatus, mut step: Step) -> Step {
    step.fees = st.fees.iter().map(StepFee::from).collect();
    step.fines = st.fines.iter().map(StepFine::from).collect();
    step.guidance = guidance_rules(st);
    step
}

/// The rules whose texts guide this document's next step: those behind its
/// status and next deadline, and its fees.
fn guidance_rules(st: &DocumentStatus) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let reasons = st
        .status_reasons
        .iter()
        .chain(
            st.next_deadline()
                .into_iter()
                .flat_map(|d| d.reasons.iter()),
        )
        .chain(st.fees.iter().map(|f| &f.reason));
    for r in reasons {
        if let Basis::Rule { id, .. } = &r.basis {
            if !ids.contains(id) {
                ids.push(id.clone());
            }
        }
    }
    ids
}

/// The document whose job change limits `st`'s validity, if any: a pink
/// card follows the work permit, a Seabook ends with it.
fn follows_job_change(
    st: &DocumentStatus,
    by_id: &IdMap<DocumentId, &DocumentStatus>,
) -> Option<DocumentId> {
    let until = st.date(DateKind::ValidUntil)?;
    until.reasons.iter().find_map(|r| match &r.basis {
        Basis::Related { document, .. }
            if by_id
                .get(document)
                .is_some_and(|o| o.date(DateKind::JobChangeDeadline).is_some()) =>
        {
            Some(*document)
        }
        _ => None,
    })
}

/// Builds the plan from an evaluation. Documents whose window opens within
/// `horizon` after the evaluation date are included as upcoming.
pub fn plan_steps(eval: &Evaluation, horizon: Span) -> Vec<Step> {
    planned(eval, horizon).into_iter().map(|(_, s)| s).collect()
}

/// The plan of each person (people without steps left out), each in the
/// order [`plan_steps`] gives. Documents interact only within one person,
/// so a person's steps never wait on another person's.
pub fn plan_by_person(eval: &Evaluation, horizon: Span) -> IdMap<PersonId, Vec<Step>> {
    let mut out: IdMap<PersonId, Vec<Step>> = IdMap::default();
    for (holder, step) in planned(eval, horizon) {
        out.entry(holder).or_default().push(step);
    }
    out
}

/// The plan with each step's person.
fn planned(eval: &Evaluation, horizon: Span) -> Vec<(PersonId, Step)> {
    let limit = horizon.after(eval.as_of).unwrap_or(NaiveDate::MAX);
    let by_id: IdMap<DocumentId, &DocumentStatus> =
        eval.documents.iter().map(|d| (d.document, d)).collect();
    // Steps are boxed: a B-tree moves its values as it grows, and a step
    // is large (a tenth of the plan's time at 10,000 documents went into
    // moving them).
    let mut chosen: IdMap<DocumentId, Box<Step>> = IdMap::default();
    let mut obtain: Vec<(PersonId, Step)> = Vec::new();
    let mut edges: BTreeMap<DocumentId, BTreeSet<DocumentId>> = BTreeMap::new();

    let mut following: Vec<(&DocumentStatus, DocumentId)> = Vec::new();
    for st in &eval.documents {
        if let Some(permit) = follows_job_change(st, &by_id) {
            // Not "renew by": it follows the permit's job change.
            following.push((st, permit));
            continue;
        }
        if let Some(step) = step_for(st, eval.as_of, limit) {
            chosen.insert(st.document, Box::new(step));
        }
    }
    for (st, permit) in following {
        if let Some(step) = chosen.get_mut(&permit) {
            let until = st.date(DateKind::ValidUntil).map(|d| d.date);
            step.why.push(match until {
                Some(u) if u >= eval.as_of => Message::new(M::PlanFollowsJobChange)
                    .kind(A::Kind, &st.kind)
                    .date(A::Date, u),
                _ => Message::new(M::PlanEndedWithJob).kind(A::Kind, &st.kind),
            });
        }
    }
    // Prerequisites of planned documents join the plan, before them.
    let mut planned: Vec<DocumentId> = chosen.keys().copied().collect();
    planned.sort_unstable();
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
                    let entry = chosen.entry(f.document).or_insert_with(|| {
                        let mut step = match by_id.get(&f.document) {
                            Some(other) => with_money(
                                other,
                                bare_step(other, vec![f.kind.clone()], Action::Renew),
                            ),
                            None => bare_step(st, vec![f.kind.clone()], Action::Renew),
                        };
                        step.document = Some(f.document);
                        step.by = Some(*needed_on);
                        Box::new(step)
                    });
                    entry.why.push(
                        Message::new(M::PlanMustBeValidUntil)
                            .date(A::Date, *required_until)
                            .kind(A::Kind, &st.kind),
                    );
                    entry.by = Some(entry.by.map_or(*needed_on, |b| b.min(*needed_on)));
                }
                None => obtain.push((
                    st.holder,
                    Step {
                        document: None,
                        status: TimeStatus::Blocked,
                        by: Some(*needed_on),
                        why: vec![Message::new(M::PlanNeededToRenew).kind(A::Kind, &st.kind)],
                        ..bare_step(st, kinds.clone(), Action::Obtain)
                    },
                )),
            }
        }
    }
    for (id, deps) in &edges {
        if let Some(step) = chosen.get_mut(id) {
            step.after = deps.iter().copied().collect();
        }
    }
    // Steps whose date is today or past say where to get help.
    for step in chosen
        .values_mut()
        .map(|b| &mut **b)
        .chain(obtain.iter_mut().map(|(_, s)| s))
    {
        // (Not for a lapsed document: no office renews it; the person's
        // plan adds the routes back, or where to get help.)
        let late = step.by.is_some_and(|b| b < eval.as_of)
            || matches!(step.status, TimeStatus::InGrace | TimeStatus::Expired);
        if late && step.action != Action::AwaitDecision {
            step.why.push(Message::new(M::PlanGetHelp));
        }
    }
    // Finding a new employer comes first: the worker's legal status
    // depends on it.
    let employers: Vec<DocumentId> = chosen
        .iter()
        .filter(|(_, s)| s.action == Action::FindEmployer && s.after.is_empty())
        .map(|(id, _)| *id)
        .collect();
    let mut first: Vec<Step> = employers
        .iter()
        .filter_map(|id| chosen.remove(id))
        .map(|b| *b)
        .collect();
    first.sort_by(|a, b| a.by.cmp(&b.by).then(a.document.cmp(&b.document)));
    // Then documents to obtain, then Kahn's algorithm: ready steps in
    // urgency order, prerequisites first.
    obtain.sort_by(|(_, a), (_, b)| a.by.cmp(&b.by).then_with(|| a.kinds.cmp(&b.kinds)));
    // A planned document's holder (every chosen step has a document that
    // the evaluation holds).
    let with_holder = |s: Step| {
        let holder = s.document.and_then(|d| by_id.get(&d)).map(|st| st.holder);
        holder.map(|h| (h, s))
    };
    let mut out: Vec<(PersonId, Step)> = first.into_iter().filter_map(with_holder).collect();
    out.extend(obtain);
    out.extend(place(chosen).into_iter().filter_map(with_holder));
    out.into_iter()
        .map(|(h, s)| (h, s.finish(eval.as_of)))
        .collect()
}

/// Kahn's algorithm over the chosen steps: ready steps in urgency order,
/// prerequisites first.
fn place(chosen: IdMap<DocumentId, Box<Step>>) -> Vec<Step> {
    // Each round places the most urgent step whose prerequisites are all
    // placed (or, in a cycle, which validated rules cannot make, the most
    // urgent of all). Counting unplaced prerequisites and keeping the ready
    // steps sorted makes this O(n log n): re-sorting every ready step each
    // round made a plan of 1,000 steps take a second (issue 14).
    let mut remaining = chosen;
    let mut out = Vec::with_capacity(remaining.len());
    let mut unplaced: IdMap<DocumentId, usize> = IdMap::default();
    let mut dependents: IdMap<DocumentId, Vec<DocumentId>> = IdMap::default();
    for (id, step) in &remaining {
        let mut n = 0;
        for dep in step.after.iter().filter(|d| remaining.contains_key(d)) {
            dependents.entry(*dep).or_default().push(*id);
            n += 1;
        }
        unplaced.insert(*id, n);
    }
    let mut ready: BTreeSet<(UrgencyKey, DocumentId)> = remaining
        .iter()
        .filter(|(id, _)| unplaced.get(id) == Some(&0))
        .map(|(id, step)| (urgency(step), *id))
        .collect();
    while !remaining.is_empty() {
        let next = match ready.pop_first() {
            Some((_, id)) => Some(id),
            None => remaining
                .iter()
                .map(|(id, step)| (urgency(step), *id))
                .min()
                .map(|(_, id)| id),
        };
        let Some(step) = next.and_then(|id| remaining.remove(&id)) else {
            break;
        };
        if let Some(placed) = step.document {
            for dep in dependents.get(&placed).into_iter().flatten() {
                let Some(n) = unplaced.get_mut(dep) else {
                    continue;
                };
                *n = n.saturating_sub(1);
                if *n == 0 {
                    if let Some(waiting) = remaining.get(dep) {
                        ready.insert((urgency(waiting), *dep));
                    }
                }
            }
        }
        out.push(*step);
    }
    out
}

/// The order in which ready steps go first: the more urgent status, the
/// earlier date, then kinds and document for a stable order.
type UrgencyKey = (
    std::cmp::Reverse<TimeStatus>,
    Option<NaiveDate>,
    Vec<DocumentKind>,
    Option<DocumentId>,
);

fn urgency(step: &Step) -> UrgencyKey {
    (
        std::cmp::Reverse(step.status),
        step.by,
        step.kinds.clone(),
        step.document,
    )
}

fn step_for(st: &DocumentStatus, as_of: NaiveDate, limit: NaiveDate) -> Option<Step> {
    let term_limited = st
        .blockers
        .iter()
        .any(|b| matches!(b, Blocker::TermLimit { .. }));
    let action = if st.status == TimeStatus::AwaitingDecision || st.pending_since.is_some() {
        Action::AwaitDecision
    } else if st.status == TimeStatus::Lapsed {
        Action::CannotRenew
    } else if st.date(DateKind::ReportDue).is_some() {
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
    if action == Action::CannotRenew {
        // Never "renew": since when it can no longer be, and why.
        let mut step = with_money(st, bare_step(st, vec![st.kind.clone()], action));
        step.fees.clear();
        step.moved_from = st
            .date(DateKind::RenewableUntil)
            .and_then(|d| d.date.succ_opt());
        step.why = st
            .status_reasons
            .iter()
            .map(|r| r.message.clone())
            .collect();
        return Some(step);
    }
    let by = st.next_deadline().map(|d| d.date);
    let mut why: Vec<Message> = match (st.status, opens) {
        (TimeStatus::AwaitingDecision, _) => st
            .status_reasons
            .iter()
            .map(|r| r.message.clone())
            .collect(),
        (TimeStatus::Valid, Some(o)) => vec![Message::new(M::PlanWindowOpensOn).date(A::Date, o)],
        // Held up only by a maintainers' default: say the phase, not "blocked".
        (TimeStatus::Blocked, _) if st.advisory() => {
            vec![Message::new(M::PlanStatus).term(A::Status, st.phase.term())]
        }
        // The step's status says it all (screens show it beside the step).
        _ => Vec::new(),
    };
    let (by, moved_from) = match (by, st.date(DateKind::ActBy)) {
        // An office deadline on a weekend or holiday: the last working day before.
        (Some(deadline), Some(act_by)) if action != Action::AwaitDecision => {
            why.push(moved_message(deadline, act_by.date, &act_by.reasons));
            (Some(act_by.date), Some(deadline))
        }
        (by, _) => (by, None),
    };
    let mut step = with_money(st, bare_step(st, vec![st.kind.clone()], action));
    step.by = by;
    step.moved_from = moved_from;
    step.from = opens.filter(|o| *o > as_of && action != Action::AwaitDecision);
    step.why = why;
    if action == Action::AwaitDecision {
        // The fees were paid when handing in.
        step.fees.clear();
    }
    Some(step)
}

/// "The deadline is a holiday (name) / falls on a weekend: go by …".
fn moved_message(deadline: NaiveDate, by: NaiveDate, reasons: &[Reason]) -> Message {
    let holiday = reasons
        .iter()
        .find_map(|r| match (&r.basis, r.message.get(A::Holiday)) {
            (Basis::OfficeClosed { date, .. }, Some(ArgValue::Text(name))) if *date == deadline => {
                Some(name.clone())
            }
            _ => None,
        });
    match holiday {
        Some(name) => Message::new(M::PlanActByHoliday)
            .date(A::Deadline, deadline)
            .date(A::Date, by)
            .text(A::Holiday, name),
        None => Message::new(M::PlanActByWeekend)
            .date(A::Deadline, deadline)
            .date(A::Date, by),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The ordering as it was before issue 14 (every round re-sorts every
    /// ready step): the reference the faster [`place`] must agree with.
    fn place_reference(chosen: BTreeMap<DocumentId, Step>) -> Vec<Step> {
        let mut out = Vec::new();
        let mut remaining = chosen;
        while !remaining.is_empty() {
            let ready: Vec<DocumentId> = remaining
                .iter()
                .filter(|(_, s)| s.after.iter().all(|d| !remaining.contains_key(d)))
                .map(|(id, _)| *id)
                .collect();
            let next = if ready.is_empty() {
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

    fn step(id: DocumentId, status: usize, by: Option<u32>, kind: usize) -> Step {
        let kinds = vec![
            DocumentKind::KNOWN_CODES[kind % DocumentKind::KNOWN_CODES.len()]
                .parse()
                .expect("a known kind"),
        ];
        Step {
            document: Some(id),
            by: by.and_then(|d| {
                NaiveDate::from_ymd_opt(2026, 1, 1)?
                    .checked_add_days(chrono::Days::new(u64::from(d)))
            }),
            ..Step::bare(
                Action::Renew,
                kinds,
                TimeStatus::ALL[status % TimeStatus::ALL.len()],
            )
        }
    }

    proptest! {
        /// Same steps, same order, with and without prerequisite edges
        /// (cycles included, which validated rules never make).
        #[test]
        fn place_orders_as_the_reference(
            steps in prop::collection::vec(
                (0usize..9, prop::option::of(0u32..60), 0usize..10,
                 prop::collection::vec(0usize..40, 0..3)),
                0..40,
            )
        ) {
            let ids: Vec<DocumentId> = (0..steps.len()).map(|_| DocumentId::new_random()).collect();
            let mut chosen = BTreeMap::new();
            for (i, (status, by, kind, after)) in steps.iter().enumerate() {
                let mut s = step(ids[i], *status, *by, *kind);
                let deps: BTreeSet<DocumentId> =
                    after.iter().filter_map(|j| ids.get(*j).copied()).collect();
                s.after = deps.into_iter().collect();
                chosen.insert(ids[i], s);
            }
            let boxed: IdMap<DocumentId, Box<Step>> =
                chosen.iter().map(|(id, s)| (*id, Box::new(s.clone()))).collect();
            prop_assert_eq!(place(boxed), place_reference(chosen));
        }
    }
}
