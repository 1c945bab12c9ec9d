//! One person's plan, finished: where they stand ([`Situation`]), the
//! renewal plan's steps made theirs (ask for a document back first, how
//! much of the checklist is ready, where to get help when late), the
//! routes back when their papers lapsed or what to record or obtain when
//! nothing is recorded, and private flags (a document held too long, a
//! payment far above the official fees).
//!
//! Pure: an evaluation, the person's record (ticks, payments) and the
//! rules (routes, needs, the directory) in; the same input always gives
//! the same plan.

use super::checklist::{list_for_document, list_for_route, progress, Holder};
use super::steps::{Action, AskBack, Step};
use crate::domain::{
    Cohort, Custodian, DocumentId, DocumentKind, EventId, PaymentFor, Person, PersonRecord,
};
use crate::messages::ArgName as A;
use crate::messages::{AsTerm, Message, MessageId as M};
use crate::rules::directory::{help_for, HelpTopic, HELP_NAMED};
use crate::rules::evaluate::{DateKind, DocumentStatus, Reason, TimeStatus};
use crate::rules::model::{Opening, Route, RuleSet, SituationKind};
use chrono::NaiveDate;
use serde::Serialize;

/// The kinds whose status is the person's legal status: permission to
/// stay and permission to work.
pub const STATUS_KINDS: [DocumentKind; 3] = [
    DocumentKind::Visa,
    DocumentKind::WorkPermit,
    DocumentKind::PinkCard,
];

/// Where a person stands, judged from what is recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Situation {
    /// In status, ending soon, out of status, nothing recorded, unknown.
    pub kind: SituationKind,
    /// Out of status since this day.
    pub since: Option<NaiveDate>,
    /// What it means, for people.
    pub message: Message,
    /// What is not known that would change the plan ("if you registered
    /// in the round of 24 Sep 2024 …").
    pub questions: Vec<Message>,
}

/// What a private flag is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum FlagKind {
    /// An employer, a broker or someone else has held a document too long.
    DocumentHeld,
    /// A payment far above the official fees.
    Overcharged,
}

/// A private warning: never on a lock screen, in errors or in logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Flag {
    /// What it is about.
    pub kind: FlagKind,
    /// The document it is about.
    pub document: Option<DocumentId>,
    /// The payment it is about (the event that recorded it).
    pub payment: Option<EventId>,
    /// What happened, for people.
    pub message: Message,
    /// The rules behind it (the setting, the law, the official fees).
    pub reasons: Vec<Reason>,
    /// Where to get help (directory entry ids, best first).
    pub help: Vec<String>,
}

/// One person's situation, steps and flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonPlan {
    /// Where they stand.
    pub situation: Situation,
    /// What to do, in order.
    pub steps: Vec<Step>,
    /// Private warnings.
    pub flags: Vec<Flag>,
}

/// What the plan of one person is made from.
pub struct PersonInput<'a> {
    /// The person's record (details, ticks, payments).
    pub record: &'a PersonRecord,
    /// The statuses of their documents.
    pub statuses: Vec<&'a DocumentStatus>,
    /// Their steps of the renewal plan ([`super::plan_by_person`]).
    pub steps: Vec<Step>,
    /// The rules (routes, needs, the directory).
    pub rules: &'a RuleSet,
    /// Which rules, as people read it ("th v13").
    pub rules_label: &'a str,
    /// The evaluation date.
    pub as_of: NaiveDate,
}

/// Whose checklists: the person's record and statuses on the plan's day.
fn holder<'a>(input: &'a PersonInput) -> Holder<'a> {
    Holder {
        record: input.record,
        statuses: &input.statuses,
        as_of: input.as_of,
    }
}

/// The person's plan.
pub fn person_plan(mut input: PersonInput) -> PersonPlan {
    let person = &input.record.person;
    let situation = situation(person, &input.statuses, input.rules, input.as_of);
    // Each topic is looked up in the directory once per person (steps,
    // routes and flags ask for the same few topics).
    let found: std::cell::RefCell<Vec<(HelpTopic, Vec<String>)>> = Default::default();
    let help = |topic: HelpTopic| -> Vec<String> {
        if let Some((_, services)) = found.borrow().iter().find(|(t, _)| *t == topic) {
            return services.clone();
        }
        let services: Vec<String> = help_for(
            input.rules.directory(),
            topic,
            person.province.as_deref(),
            person.language.code(),
            HELP_NAMED,
        )
        .into_iter()
        .map(|m| m.service)
        .collect();
        found.borrow_mut().push((topic, services.clone()));
        services
    };
    let mut first: Vec<Step> = Vec::new();
    let mut rest: Vec<Step> = Vec::new();
    for mut step in std::mem::take(&mut input.steps) {
        finish_step(&mut step, &input, &help);
        if step.action == Action::CannotRenew {
            first.push(step);
        } else {
            rest.push(step);
        }
    }
    let needs = if matches!(
        situation.kind,
        SituationKind::NothingRecorded | SituationKind::Unknown
    ) {
        need_steps(&input)
    } else {
        Vec::new()
    };
    let has_needs = !needs.is_empty();
    first.extend(needs);
    // Out of status, the ways back come first; otherwise the renewals
    // that keep the person legal do, and a way back is a fallback.
    let routes = route_steps(&input, &situation, has_needs, &help);
    if situation.kind == SituationKind::OutOfStatus {
        first.extend(routes);
        first.extend(rest);
    } else {
        first.extend(rest);
        first.extend(routes);
    }
    PersonPlan {
        flags: flags(&input, &help),
        situation,
        steps: first,
    }
}

/// Where the person stands.
pub fn situation(
    person: &Person,
    statuses: &[&DocumentStatus],
    rules: &RuleSet,
    as_of: NaiveDate,
) -> Situation {
    let (kind, since, message) = standing(statuses);
    Situation {
        kind,
        since,
        message,
        questions: cohort_questions(person, kind, rules, as_of),
    }
}

/// Where the person stands, as one word (what a caseload counts): the
/// kind [`situation`] gives, without its questions.
pub fn standing_kind(statuses: &[&DocumentStatus]) -> SituationKind {
    standing(statuses).0
}

/// Where the person stands, from the statuses of the documents that give
/// legal status.
fn standing(statuses: &[&DocumentStatus]) -> (SituationKind, Option<NaiveDate>, Message) {
    if statuses.is_empty() {
        return (
            SituationKind::NothingRecorded,
            None,
            Message::new(M::SituationNothingRecorded),
        );
    }
    let status_docs: Vec<&&DocumentStatus> = statuses
        .iter()
        .filter(|s| s.status != TimeStatus::NotApplicable && STATUS_KINDS.contains(&s.kind))
        .collect();
    if status_docs.is_empty() {
        return (
            SituationKind::Unknown,
            None,
            Message::new(M::SituationUnknown).kinds(A::Kinds, &STATUS_KINDS),
        );
    }
    let ended = status_docs
        .iter()
        .filter(|s| matches!(s.status, TimeStatus::Expired | TimeStatus::Lapsed))
        .map(|s| (ended_on(s), &s.kind))
        .min_by_key(|(d, _)| *d);
    if let Some((since, kind)) = ended {
        return (
            SituationKind::OutOfStatus,
            Some(since),
            Message::new(M::SituationOutOfStatus)
                .kind(A::Kind, kind)
                .date(A::Date, since),
        );
    }
    let soon = status_docs.iter().any(|s| {
        matches!(
            s.status,
            TimeStatus::DueSoon | TimeStatus::InGrace | TimeStatus::Blocked | TimeStatus::JobChange
        )
    });
    if soon {
        (
            SituationKind::EndingSoon,
            None,
            Message::new(M::SituationEndingSoon),
        )
    } else {
        (
            SituationKind::InStatus,
            None,
            Message::new(M::SituationInStatus),
        )
    }
}

/// The first day an ended document no longer covered the person: the day
/// after its grace, or its deadline (or its end date).
fn ended_on(st: &DocumentStatus) -> NaiveDate {
    [
        DateKind::GraceEnds,
        DateKind::JobChangeDeadline,
        DateKind::Deadline,
        DateKind::ValidUntil,
    ]
    .iter()
    .find_map(|k| st.date(*k))
    .and_then(|d| d.date.succ_opt())
    .unwrap_or(NaiveDate::MIN)
}

/// For a person whose cohort is not known: each cohort for which a route
/// open (or opening) to someone in their situation — or, with nothing
/// recorded, a need — would change their plan, as a question.
fn cohort_questions(
    person: &Person,
    kind: SituationKind,
    rules: &RuleSet,
    as_of: NaiveDate,
) -> Vec<Message> {
    if person.cohort != Cohort::Unknown {
        return Vec::new();
    }
    let routes = rules
        .routes()
        .iter()
        .filter(|r| r.audience.situations.contains(&kind))
        .filter(|r| r.opening(&person.nationality, as_of) != Opening::Closed)
        .map(|r| &r.audience);
    let needs = rules
        .needs()
        .iter()
        .filter(|n| n.in_force_on(as_of))
        .filter(|_| {
            matches!(
                kind,
                SituationKind::NothingRecorded | SituationKind::Unknown
            )
        })
        .map(|n| &n.audience);
    let mut cohorts: Vec<Cohort> = Vec::new();
    for audience in routes.chain(needs).filter(|a| a.fits(person, false)) {
        for c in audience.cohorts.iter().flatten() {
            if *c != Cohort::Unknown && !cohorts.contains(c) {
                cohorts.push(c.clone());
            }
        }
    }
    cohorts.sort_by_key(ToString::to_string);
    cohorts
        .into_iter()
        .map(|c| match c {
            Cohort::CabinetResolution(id) => {
                let date = id.get(..10).and_then(|d| d.parse::<NaiveDate>().ok());
                match date {
                    Some(d) => Message::new(M::SituationIfResolution).date(A::Date, d),
                    None => Message::new(M::SituationIfResolutionId).text(A::Cohort, id),
                }
            }
            _ => Message::new(M::SituationIfMou),
        })
        .collect()
}

/// Custody, checklist progress and help on one step of the renewal plan.
fn finish_step(step: &mut Step, input: &PersonInput, help: &dyn Fn(HelpTopic) -> Vec<String>) {
    let status = |id: DocumentId| input.statuses.iter().copied().find(|s| s.document == id);
    if let Some(st) = step.document.and_then(status) {
        // Ask for the document back first, or a document it needs.
        let wanted = std::iter::once(st.document).chain(st.needs_documents.iter().copied());
        for id in wanted {
            let Some(other) = status(id) else { continue };
            let Some(custody) = &other.custody else {
                continue;
            };
            // Only a holder one can ask: not the worker, not "unknown".
            if !custody.holder.is_someone_else() || custody.holder == Custodian::Unknown {
                continue;
            }
            let by = st
                .date(DateKind::DueSoonFrom)
                .map(|d| d.date)
                .or(step.by)
                .map_or(input.as_of, |d| d.max(input.as_of));
            step.why.insert(
                0,
                Message::new(M::PlanAskBack)
                    .term(A::Holder, custody.holder.term())
                    .kind(A::Kind, &other.kind)
                    .date(A::Date, by),
            );
            step.ask = Some(AskBack {
                document: id,
                kind: other.kind.clone(),
                holder: custody.holder,
                by,
            });
            break;
        }
        if matches!(step.action, Action::Renew | Action::Obtain) {
            if let Some(list) = list_for_document(st, holder(input)) {
                step.checklist = Some(progress(&list));
            }
        }
    }
    if step.why.iter().any(|m| m.id == M::PlanGetHelp) {
        step.help = help(match step.action {
            Action::FindEmployer => HelpTopic::JobChange,
            _ => HelpTopic::Documents,
        });
    }
}

/// For a person with nothing (or no status document) recorded: what
/// someone of their cohort needs, to record if they have it or obtain.
fn need_steps(input: &PersonInput) -> Vec<Step> {
    let person = &input.record.person;
    let known = person.cohort != Cohort::Unknown;
    let mut out = Vec::new();
    let mut seen: Vec<Vec<DocumentKind>> = Vec::new();
    for need in input.rules.needs() {
        if !need.in_force_on(input.as_of) || !need.audience.fits(person, known) {
            continue;
        }
        if !known
            && need
                .audience
                .cohorts
                .as_ref()
                .is_some_and(|c| !c.contains(&Cohort::Unknown))
        {
            continue;
        }
        for kinds in &need.documents {
            // A recorded one, current or not: its own steps (renew, cannot
            // renew) say what to do with it.
            let held = input
                .statuses
                .iter()
                .any(|s| kinds.contains(&s.kind) && s.status != TimeStatus::NotApplicable);
            if held || seen.contains(kinds) {
                continue;
            }
            seen.push(kinds.clone());
            let mut step = Step::bare(
                Action::RecordOrObtain,
                kinds.clone(),
                TimeStatus::WindowOpen,
            );
            step.advisory = matches!(
                need.confidence,
                crate::rules::model::Confidence::Low | crate::rules::model::Confidence::Setting
            );
            step.why
                .push(Message::new(M::PlanNeedFor).rule(A::Rule, &need.id));
            out.push(step.finish(input.as_of));
        }
    }
    out
}

/// The routes back open to the person (most direct first), or, for a
/// person out of status with none, a step that says so and names help.
fn route_steps(
    input: &PersonInput,
    situation: &Situation,
    has_needs: bool,
    help: &dyn Fn(HelpTopic) -> Vec<String>,
) -> Vec<Step> {
    let person = &input.record.person;
    let known = person.cohort != Cohort::Unknown;
    let mut out = Vec::new();
    for route in input.rules.routes() {
        if !offered(route, person, known, situation.kind, &input.statuses) {
            continue;
        }
        let opening = route.opening(&person.nationality, input.as_of);
        let (status, by, from, why) = match opening {
            Opening::Closed => continue,
            Opening::Open(until) => (
                TimeStatus::WindowOpen,
                until,
                None,
                until.map(|d| Message::new(M::PlanRouteOpenUntil).date(A::Date, d)),
            ),
            Opening::Opens(d) => (
                TimeStatus::Valid,
                None,
                Some(d),
                Some(Message::new(M::PlanWindowOpensOn).date(A::Date, d)),
            ),
        };
        let mut step = Step::bare(Action::FollowRoute, route.gives.clone(), status);
        step.route = Some(route.id.clone());
        step.by = by;
        step.from = from;
        step.advisory = route.advisory();
        step.why.extend(why);
        step.fees = route
            .steps
            .iter()
            .flat_map(|s| s.fees.iter())
            .map(|f| super::steps::StepFee {
                fee: f.clone(),
                rule: route.id.clone(),
                confidence: route.confidence,
            })
            .collect();
        let list = list_for_route(route, holder(input));
        if list.iter().map(|l| l.items.len()).sum::<usize>() > 0 {
            step.checklist = Some(super::checklist::progress_all(
                &format!("route:{}", route.id),
                &list,
            ));
        }
        out.push(step.finish(input.as_of));
    }
    // Out of status with no open way back to permission to work (a
    // passport route alone does not make a worker legal: the stay of a
    // migrant worker follows the permission to work): say so honestly,
    // first, and name help.
    // Only a route open now counts: between windows a worker out of status
    // has no way back (research routes-and-protection.md §1).
    let back_to_status = out.iter().any(|s| {
        s.from.is_none()
            && s.kinds
                .iter()
                .any(|k| matches!(k, DocumentKind::WorkPermit | DocumentKind::PinkCard))
    });
    let stranded = match situation.kind {
        SituationKind::OutOfStatus => !back_to_status,
        // Nothing recorded, no need known for them and no route open.
        SituationKind::NothingRecorded => out.is_empty() && !has_needs,
        _ => false,
    };
    if stranded {
        let mut lacking: Vec<DocumentKind> = STATUS_KINDS
            .iter()
            .filter(|k| {
                !input
                    .statuses
                    .iter()
                    .any(|s| s.kind == **k && s.is_current())
                    && input.statuses.iter().any(|s| s.kind == **k)
            })
            .cloned()
            .collect();
        if lacking.is_empty() {
            lacking = vec![DocumentKind::WorkPermit, DocumentKind::PinkCard];
        }
        let mut step = Step::bare(Action::GetHelp, lacking, TimeStatus::Lapsed);
        step.why.push(
            Message::new(M::PlanNoRouteOpen)
                .date(A::Date, input.as_of)
                .text(A::Rules, input.rules_label.to_string()),
        );
        step.help = help(HelpTopic::Documents);
        out.insert(0, step.finish(input.as_of));
    }
    out
}

/// Whether a route is for this person in this situation.
fn offered(
    route: &Route,
    person: &Person,
    cohort_known: bool,
    situation: SituationKind,
    statuses: &[&DocumentStatus],
) -> bool {
    if !route.audience.situations.contains(&situation) || !route.audience.fits(person, cohort_known)
    {
        return false;
    }
    // With an unknown cohort, only routes open to anyone or to people who
    // do not know theirs (the others are questions of the situation).
    if !cohort_known
        && route
            .audience
            .cohorts
            .as_ref()
            .is_some_and(|c| !c.contains(&Cohort::Unknown))
    {
        return false;
    }
    route.audience.lacking.is_empty()
        || !statuses
            .iter()
            .any(|s| route.audience.lacking.contains(&s.kind) && s.is_current())
}

/// Private flags: documents held too long, payments far above the
/// official fees.
fn flags(input: &PersonInput, help: &dyn Fn(HelpTopic) -> Vec<String>) -> Vec<Flag> {
    let mut out = Vec::new();
    for st in &input.statuses {
        let Some(f) = &st.custody_flag else { continue };
        out.push(Flag {
            kind: FlagKind::DocumentHeld,
            document: Some(st.document),
            payment: None,
            message: Message::new(M::FlagDocumentHeld)
                .term(A::Holder, f.holder.term())
                .kind(A::Kind, &st.kind)
                .date(A::Date, f.since)
                .number(A::Days, i64::try_from(f.days).unwrap_or(i64::MAX)),
            reasons: std::iter::once(f.setting.clone())
                .chain(f.law.clone())
                .collect(),
            help: help(HelpTopic::DocumentsHeld),
        });
    }
    for p in input
        .record
        .payments
        .iter()
        .filter(|p| p.payment.paid_on <= input.as_of)
    {
        if let Some(flag) = overcharge(input, p, help) {
            out.push(flag);
        }
    }
    out
}

/// A payment far above the official fees of what it was for.
fn overcharge(
    input: &PersonInput,
    p: &crate::domain::RecordedPayment,
    help: &dyn Fn(HelpTopic) -> Vec<String>,
) -> Option<Flag> {
    let pay = &p.payment;
    let (official, fee_reasons, limit): (u64, Vec<Reason>, _) = match &pay.purpose {
        PaymentFor::Document { document } => {
            let st = input.statuses.iter().find(|s| s.document == *document)?;
            let fees: Vec<_> = st
                .fees
                .iter()
                .filter(|f| f.fee.currency == pay.currency)
                .collect();
            (
                fees.iter().map(|f| f.fee.amount).sum(),
                fees.iter().map(|f| f.reason.clone()).collect(),
                st.overcharge_limit.clone(),
            )
        }
        PaymentFor::Route { route } => {
            let route = input.rules.route(route)?;
            let total = route
                .steps
                .iter()
                .flat_map(|s| s.fees.iter())
                .filter(|f| f.currency == pay.currency)
                .map(|f| f.amount)
                .sum();
            let limit =
                input
                    .rules
                    .overcharge_limit_for(&input.record.person, &route.gives, pay.paid_on);
            let reason = Reason {
                basis: crate::rules::evaluate::Basis::Rule {
                    id: route.id.clone(),
                    confidence: route.confidence,
                },
                message: Message::new(M::ReasonRouteFees).money(A::Amount, total, &pay.currency),
            };
            (total, vec![reason], limit)
        }
    };
    let limit = limit?;
    if official == 0
        || u128::from(pay.amount) * 100 <= u128::from(official) * u128::from(limit.percent)
    {
        return None;
    }
    Some(Flag {
        kind: FlagKind::Overcharged,
        document: match &pay.purpose {
            PaymentFor::Document { document } => Some(*document),
            PaymentFor::Route { .. } => None,
        },
        payment: Some(p.event),
        message: Message::new(if pay.asked_only {
            M::FlagOverchargeAsked
        } else {
            M::FlagOverchargePaid
        })
        .money(A::Amount, pay.amount, &pay.currency)
        .money(A::Official, official, &pay.currency)
        .term(A::Payee, pay.payee.term()),
        reasons: fee_reasons.into_iter().chain([limit.reason]).collect(),
        help: help(HelpTopic::Wages),
    })
}
