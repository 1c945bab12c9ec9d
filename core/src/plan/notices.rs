//! What a change of rules changes for one person: their documents'
//! statuses, dates, blocks, fees and fines, and the steps of their plan,
//! compared between the evaluation under the rules before and the one under
//! the rules after, on one day. Pure; `app::notices` chooses the days (today
//! and each day within a year on which a changed rule starts or stops) and
//! keeps what this finds (docs/adr/0023).

use crate::domain::{DocumentId, Notice, NoticeChange};
use crate::rules::evaluate::{Basis, DateKind, DocumentStatus, Reason};
use crate::rules::{Rule, RuleSet};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

use super::steps::Step;

/// The dates whose moves are noticed: those a person acts by.
pub const NOTICED_DATES: [DateKind; 7] = [
    DateKind::Deadline,
    DateKind::RenewableUntil,
    DateKind::ValidUntil,
    DateKind::GraceEnds,
    DateKind::WindowOpens,
    DateKind::ReportDue,
    DateKind::JobChangeDeadline,
];

/// How far ahead a change is a notice worth a reminder; changes of dates
/// beyond it are kept as low-priority notices.
pub const SOON_DAYS: i64 = 365;

/// One side of the comparison for one person: their documents' statuses
/// and their plan, on one day, under one rule set.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    /// The rules.
    pub rules: &'a RuleSet,
    /// Their documents' statuses.
    pub statuses: &'a [&'a DocumentStatus],
    /// Their plan.
    pub steps: &'a [Step],
    /// `set@version`.
    pub label: &'a str,
}

/// The day on which the comparison is made, and the day it was noticed.
#[derive(Debug, Clone, Copy)]
pub struct Days {
    /// The day noticed (today).
    pub today: NaiveDate,
    /// The day compared (today or a later day on which a rule changes).
    pub on: NaiveDate,
}

/// Every change between `before` and `after` for one person.
pub fn changes(before: Side, after: Side, days: Days) -> Vec<Notice> {
    let from = (days.on > days.today).then_some(days.on);
    let soon = days.today + chrono::Duration::days(SOON_DAYS);
    let mut out = Vec::new();
    let mut noticed_documents = BTreeSet::new();
    let notice =
        |document: Option<DocumentId>, kind, change, rule: Option<&str>, later: bool| -> Notice {
            let source = rule
                .and_then(|id| after.rules.get(id).or_else(|| before.rules.get(id)))
                .and_then(|r| r.sources.first())
                .map(|s| s.title.clone());
            Notice {
                document,
                kind,
                change,
                from,
                rule: rule.map(str::to_string),
                source,
                rules_before: before.label.to_string(),
                rules_after: after.label.to_string(),
                later,
                also: Vec::new(),
            }
        };
    for new in after.statuses {
        let Some(old) = before.statuses.iter().find(|s| s.document == new.document) else {
            continue;
        };
        let doc = Some(new.document);
        let kind = Some(new.kind.clone());
        let mut found: Vec<(NoticeChange, Option<&str>, bool)> = Vec::new();
        if old.status != new.status {
            let change = NoticeChange::Status {
                before: old.status.as_str().to_string(),
                after: new.status.as_str().to_string(),
            };
            let rule = rule_of(&new.status_reasons).or_else(|| rule_of(&old.status_reasons));
            found.push((change, rule, false));
        }
        for date_kind in NOTICED_DATES {
            let (b, a) = (old.date(date_kind), new.date(date_kind));
            let (bd, ad) = (b.map(|d| d.date), a.map(|d| d.date));
            if bd == ad {
                continue;
            }
            let rule = a
                .and_then(|d| rule_of(&d.reasons))
                .or_else(|| b.and_then(|d| rule_of(&d.reasons)));
            let later = [bd, ad].iter().flatten().all(|d| *d > soon);
            let change = NoticeChange::Date {
                date_kind: date_kind.as_str().to_string(),
                before: bd,
                after: ad,
            };
            found.push((change, rule, later));
        }
        let (old_fees, new_fees) = (fee_totals(old), fee_totals(new));
        for currency in old_fees
            .keys()
            .chain(new_fees.keys())
            .collect::<BTreeSet<_>>()
        {
            let (b, a) = (total(&old_fees, currency), total(&new_fees, currency));
            if b != a {
                let rule = new.fees.first().map(|f| &f.reason).and_then(rule_in);
                let change = NoticeChange::Fees {
                    currency: currency.clone(),
                    before: b,
                    after: a,
                };
                found.push((change, rule, false));
            }
        }
        let (old_fines, new_fines) = (fine_totals(old), fine_totals(new));
        for currency in old_fines
            .keys()
            .chain(new_fines.keys())
            .collect::<BTreeSet<_>>()
        {
            let (b, a) = (total(&old_fines, currency), total(&new_fines, currency));
            if b != a {
                let rule = new.fines.first().map(|f| &f.reason).and_then(rule_in);
                let change = NoticeChange::Fines {
                    currency: currency.clone(),
                    before: b,
                    after: a,
                };
                found.push((change, rule, false));
            }
        }
        if old.blockers.is_empty() != new.blockers.is_empty() {
            let change = NoticeChange::Blocked {
                now: !new.blockers.is_empty(),
            };
            found.push((change, None, false));
        }
        // One notice per document: the change a person acts on first, the
        // others (which follow from it, e.g. the window that moves with a
        // deadline) with it.
        found.sort_by_key(|(c, _, _)| priority(c));
        let mut changes = found.into_iter();
        if let Some((change, rule, mut later)) = changes.next() {
            let mut also = Vec::new();
            for (c, _, l) in changes {
                later &= l;
                also.push(c);
            }
            let mut n = notice(doc, kind, change, rule, later);
            n.also = also;
            out.push(n);
            noticed_documents.insert(new.document);
        }
    }
    // Plan steps follow from the documents' changes: they are noticed only
    // when no document changed (a route back, help to get, for someone
    // whose papers changed nothing).
    if !out.is_empty() {
        return out;
    }
    let keys = |steps: &[Step]| -> BTreeSet<(String, Option<DocumentId>, Option<String>)> {
        steps
            .iter()
            .filter(|s| !s.document.is_some_and(|d| noticed_documents.contains(&d)))
            .map(|s| {
                let kind = s.kinds.first().map(|k| k.code());
                (s.action.as_str().to_string(), s.document, kind)
            })
            .collect()
    };
    let (old_steps, new_steps) = (keys(before.steps), keys(after.steps));
    for (set, added) in [(&new_steps, true), (&old_steps, false)] {
        let other = if added { &old_steps } else { &new_steps };
        for (action, document, kind) in set.difference(other) {
            let change = NoticeChange::Step {
                action: action.clone(),
                added,
            };
            let kind = kind.as_deref().and_then(|k| k.parse().ok());
            out.push(notice(*document, kind, change, None, false));
        }
    }
    out
}

/// The days worth comparing on, after `today`: within a year, each day on
/// which a rule that differs between the two sets starts, stops or is
/// suspended. Sorted, at most `max`.
pub fn days_of_change(
    before: &RuleSet,
    after: &RuleSet,
    today: NaiveDate,
    max: usize,
) -> Vec<NaiveDate> {
    let end = today + chrono::Duration::days(SOON_DAYS);
    let differs = |r: &Rule, other: &RuleSet| !other.get(&r.id).is_some_and(|o| same_rule(o, r));
    let mut days = BTreeSet::new();
    for (set, other) in [(before, after), (after, before)] {
        for r in set.rules().iter().filter(|r| differs(r, other)) {
            let stop = r.effective_to.and_then(|d| d.succ_opt());
            for day in [Some(r.effective_from), stop, r.suspended_from]
                .into_iter()
                .flatten()
            {
                if day > today && day <= end {
                    days.insert(day);
                }
            }
        }
    }
    days.into_iter().take(max).collect()
}

/// Whether two rules say the same: everything but where they are written
/// and the maintainers' title, notes and rationale.
pub fn same_rule(a: &Rule, b: &Rule) -> bool {
    let bare = |r: &Rule| Rule {
        title: String::new(),
        notes: None,
        rationale: None,
        location: b.location.clone(),
        ..r.clone()
    };
    a.id == b.id && bare(a) == bare(b)
}

/// Whether the two sets differ at all (a rule added, removed or changed).
pub fn rules_differ(before: &RuleSet, after: &RuleSet) -> bool {
    before.rules().len() != after.rules().len()
        || before
            .rules()
            .iter()
            .any(|r| !after.get(&r.id).is_some_and(|o| same_rule(o, r)))
        || before.routes() != after.routes()
        || before.needs() != after.needs()
}

/// Which change of a document a notice leads with: the date to act by
/// first, then the last day to renew, the status, the end of validity,
/// other dates, money, blocks, plan steps.
fn priority(change: &NoticeChange) -> u8 {
    match change {
        NoticeChange::Date { date_kind, .. } => match date_kind.as_str() {
            "deadline" => 0,
            "renewable_until" => 1,
            "valid_until" => 3,
            "grace_ends" => 4,
            "job_change_deadline" => 5,
            "report_due" => 6,
            _ => 7,
        },
        NoticeChange::Status { .. } => 2,
        NoticeChange::Fines { .. } => 8,
        NoticeChange::Fees { .. } => 9,
        NoticeChange::Blocked { .. } => 10,
        NoticeChange::Step { .. } => 11,
    }
}

fn rule_in(reason: &Reason) -> Option<&str> {
    match &reason.basis {
        Basis::Rule { id, .. } => Some(id.as_str()),
        _ => None,
    }
}

fn rule_of(reasons: &[Reason]) -> Option<&str> {
    reasons.iter().find_map(rule_in)
}

fn fee_totals(st: &DocumentStatus) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    for f in &st.fees {
        *out.entry(f.fee.currency.clone()).or_insert(0) += f.fee.amount;
    }
    out
}

fn fine_totals(st: &DocumentStatus) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    for f in &st.fines {
        *out.entry(f.fine.currency.clone()).or_insert(0) += f.amount;
    }
    out
}

fn total(totals: &BTreeMap<String, u64>, currency: &str) -> u64 {
    totals.get(currency).copied().unwrap_or(0)
}
