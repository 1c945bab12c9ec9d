//! Planning reminders from an evaluation.

use super::{LadderSource, PlannedReminder, ReminderKey, ReminderKind};
use crate::domain::dates::Span;
use crate::messages::ArgName as A;
use crate::messages::{AsTerm, Message, MessageId as M};
use crate::rules::evaluate::{DateKind, DocumentStatus, Evaluation, KeyDate};
use chrono::NaiveDate;

/// The ladder used where no rule sets `reminder_ladder`: 30, 7 and 1 days
/// before the date to act by. Short enough to matter for a 60-day
/// job-change period, long enough to plan a trip to an office.
pub const DEFAULT_LADDER: [Span; 3] = [Span::Days(30), Span::Days(7), Span::Days(1)];

/// Overdue reminders: this long after the last day (the deadline, or the
/// end of its grace period).
pub const OVERDUE_AFTER: [Span; 3] = [Span::Days(1), Span::Days(7), Span::Days(30)];

/// How long before the end of a grace period its second reminder fires.
const GRACE_ENDING: Span = Span::Days(7);

/// Whether a renewal was handed in: the evaluator says so in a note and
/// stops its ladder; the plan stops every reminder of the document.
fn renewal_submitted(st: &DocumentStatus) -> bool {
    st.notes.iter().any(|n| n.id == M::NoteRenewalSubmitted)
}

/// The date to act by: a deadline, a report's due date or a job-change
/// deadline.
fn target(st: &DocumentStatus) -> Option<&KeyDate> {
    st.act_by_date()
}

fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// The reminders of every document in `eval` that fire from `from` to
/// `to` (both included), in firing order.
pub fn plan_reminders(eval: &Evaluation, from: NaiveDate, to: NaiveDate) -> Vec<PlannedReminder> {
    let mut out: Vec<PlannedReminder> = eval
        .documents
        .iter()
        .flat_map(document_plan)
        .filter(|r| (from..=to).contains(&r.fire_on()))
        .collect();
    out.sort_by(|a, b| {
        a.fire_on()
            .cmp(&b.fire_on())
            .then(b.key.kind.cmp(&a.key.kind))
            .then(a.key.cmp(&b.key))
    });
    out
}

/// Every reminder of one document, in any order, without duplicates.
fn document_plan(st: &DocumentStatus) -> Vec<PlannedReminder> {
    let Some(target) = target(st) else {
        return Vec::new();
    };
    if renewal_submitted(st) {
        return Vec::new();
    }
    let report = target.kind == DateKind::ReportDue;
    let window = match target.kind {
        DateKind::Deadline => st.date(DateKind::WindowOpens),
        DateKind::ReportDue => st.date(DateKind::ReportWindowOpens),
        // The job-change "window" is the day the worker left: nothing to announce.
        _ => None,
    }
    .map(|d| d.date)
    .filter(|w| *w < target.date);
    let grace_end = match target.kind {
        DateKind::ReportDue => st.date(DateKind::ReportWindowCloses),
        _ => st.date(DateKind::GraceEnds),
    }
    .map(|d| d.date)
    .filter(|g| *g > target.date);

    let mut times: Vec<(NaiveDate, ReminderKind, LadderSource)> = Vec::new();
    let ladder: Vec<(NaiveDate, LadderSource)> = if st.reminders.is_empty() {
        DEFAULT_LADDER
            .iter()
            .filter_map(|s| s.before(target.date))
            .map(|d| (d, LadderSource::Default))
            .collect()
    } else {
        st.reminders
            .iter()
            .filter(|r| r.target == target.kind)
            .map(|r| {
                let id = match &r.reason.basis {
                    crate::rules::evaluate::Basis::Rule { id, .. } => id.clone(),
                    _ => String::new(),
                };
                (r.date, LadderSource::Rule { id })
            })
            .collect()
    };
    let window_kind = if report {
        ReminderKind::ReportWindow
    } else {
        ReminderKind::WindowOpens
    };
    for (date, source) in ladder {
        let kind = if date >= target.date {
            ReminderKind::Deadline
        } else if Some(date) == window {
            window_kind
        } else {
            ReminderKind::DueSoon
        };
        times.push((date.min(target.date), kind, source));
    }
    if let Some(w) = window {
        times.push((w, window_kind, LadderSource::Fixed));
    }
    times.push((target.date, ReminderKind::Deadline, LadderSource::Fixed));
    if let Some(g) = grace_end {
        if let Some(day_after) = target.date.succ_opt() {
            times.push((day_after, ReminderKind::Grace, LadderSource::Fixed));
        }
        if let Some(ending) = GRACE_ENDING.before(g) {
            if ending > target.date {
                times.push((ending, ReminderKind::Grace, LadderSource::Fixed));
            }
        }
    }
    let last_day = grace_end.unwrap_or(target.date);
    for span in OVERDUE_AFTER {
        if let Some(d) = span.after(last_day) {
            times.push((d, ReminderKind::Overdue, LadderSource::Fixed));
        }
    }
    // One reminder per day: the ladder's own source wins over a fixed one.
    times.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(matches!(a.2, LadderSource::Fixed).cmp(&matches!(b.2, LadderSource::Fixed)))
    });
    times.dedup_by_key(|t| t.0);
    times
        .into_iter()
        .map(|(fire_on, kind, source)| reminder(st, target, grace_end, fire_on, kind, source))
        .collect()
}

fn reminder(
    st: &DocumentStatus,
    target: &KeyDate,
    grace_end: Option<NaiveDate>,
    fire_on: NaiveDate,
    kind: ReminderKind,
    source: LadderSource,
) -> PlannedReminder {
    let days_to_target = days_between(fire_on, target.date);
    let target_term = target.kind.term();
    let (short, detail) = match kind {
        ReminderKind::WindowOpens => (
            Message::new(M::ReminderShortWindowOpens),
            Message::new(M::ReminderWindowOpens)
                .kind(A::Kind, &st.kind)
                .date(A::Date, target.date),
        ),
        ReminderKind::ReportWindow => (
            Message::new(M::ReminderShortReportWindow),
            Message::new(M::ReminderReportWindow)
                .date(A::Date, target.date)
                .date(A::Until, grace_end.unwrap_or(target.date)),
        ),
        ReminderKind::DueSoon => (
            Message::new(M::ReminderShortDueSoon).number(A::Days, days_to_target),
            Message::new(M::ReminderDueSoon)
                .kind(A::Kind, &st.kind)
                .number(A::Days, days_to_target)
                .term(A::Target, target_term)
                .date(A::Date, target.date),
        ),
        ReminderKind::Deadline => (
            Message::new(M::ReminderShortDeadline),
            Message::new(M::ReminderDeadline)
                .kind(A::Kind, &st.kind)
                .term(A::Target, target_term)
                .date(A::Date, target.date),
        ),
        ReminderKind::Grace => {
            let end = grace_end.unwrap_or(target.date);
            let left = days_between(fire_on, end);
            (
                Message::new(M::ReminderShortGrace).number(A::Days, left),
                Message::new(M::ReminderGrace)
                    .kind(A::Kind, &st.kind)
                    .date(A::Date, end)
                    .number(A::Days, left),
            )
        }
        ReminderKind::Overdue => (
            Message::new(M::ReminderShortOverdue),
            Message::new(M::ReminderOverdue)
                .kind(A::Kind, &st.kind)
                .date(A::Date, grace_end.unwrap_or(target.date)),
        ),
    };
    PlannedReminder {
        key: ReminderKey {
            document: st.document,
            kind,
            target: target.kind,
            target_date: target.date,
            fire_on,
        },
        holder: st.holder,
        document_kind: st.kind.clone(),
        source,
        short,
        detail,
        reasons: target.reasons.clone(),
    }
}
