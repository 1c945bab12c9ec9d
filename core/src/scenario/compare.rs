//! Comparing what a scenario expects with what the evaluator says.

use super::raw::RawExpectOwned;
use super::{date_kind_by_name, Scenario};
use crate::messages::MessageId;
use crate::rules::evaluate::{Basis, Blocker, DateKind, DocumentStatus};
use std::collections::BTreeMap;

pub(super) fn compare(
    want: &RawExpectOwned,
    st: &DocumentStatus,
    scenario: &Scenario,
) -> Vec<(String, String, String)> {
    let mut diffs = Vec::new();
    if let Some(s) = &want.status {
        if s != st.status.as_str() {
            diffs.push(("status".into(), s.clone(), st.status.as_str().to_string()));
        }
    }
    if want.status_not.iter().any(|s| s == st.status.as_str()) {
        diffs.push((
            "status_not".into(),
            format!("none of {}", want.status_not.join(", ")),
            st.status.as_str().to_string(),
        ));
    }
    for (kind, date) in &want.dates {
        let got = st
            .date(*kind)
            .map(|d| d.date.to_string())
            .unwrap_or_else(|| "(none)".into());
        if got != date.to_string() {
            diffs.push((kind.as_str().to_string(), date.to_string(), got));
        }
    }
    for a in &want.absent {
        if let Some(d) = date_kind_by_name(a).and_then(|k| st.date(k)) {
            diffs.push((a.clone(), "(none)".into(), d.date.to_string()));
        }
    }
    if let Some(r) = &want.reminders_due {
        let got: Vec<String> = st
            .reminders_due
            .iter()
            .map(|r| r.before.to_string())
            .collect();
        if &got != r {
            diffs.push(("reminders_due".into(), format!("{r:?}"), format!("{got:?}")));
        }
    }
    if let Some(b) = &want.blocked_by {
        let mut want_b = b.clone();
        want_b.sort();
        let got = blocker_names(st);
        if got != want_b {
            diffs.push((
                "blocked_by".into(),
                format!("{want_b:?}"),
                format!("{got:?}"),
            ));
        }
    }
    if let Some(f) = &want.fines {
        let got: BTreeMap<String, u64> = st
            .fines
            .iter()
            .map(|f| (f.fine.id.clone(), f.amount))
            .collect();
        if &got != f {
            diffs.push(("fines".into(), format!("{f:?}"), format!("{got:?}")));
        }
    }
    if let Some(f) = &want.fees {
        let got: BTreeMap<String, u64> = st
            .fees
            .iter()
            .map(|f| (f.fee.id.clone(), f.fee.amount))
            .collect();
        if &got != f {
            diffs.push(("fees".into(), format!("{f:?}"), format!("{got:?}")));
        }
    }
    for r in &want.rules_include {
        if !st.rules.contains(r) {
            diffs.push((
                "rules_include".into(),
                r.clone(),
                format!("not applied; applied: {:?}", st.rules),
            ));
        }
    }
    if let Some(id) = want.ended_by {
        // The first related document behind the valid-until date.
        let got = st
            .date(DateKind::ValidUntil)
            .and_then(|d| {
                d.reasons.iter().find_map(|r| match &r.basis {
                    Basis::Related { document, .. } => Some(*document),
                    _ => None,
                })
            })
            .map_or_else(|| "(none)".to_string(), |d| scenario.name(d).to_string());
        let name = scenario.name(id).to_string();
        if got != name {
            diffs.push(("ended_by".into(), name, got));
        }
    }
    if let Some(r) = &want.deadline_rule {
        let got = deadline_rules(st, false);
        if !got.contains(r) {
            diffs.push(("deadline_rule".into(), r.clone(), format!("{got:?}")));
        }
    }
    if let Some(want) = &want.deadline_replaces {
        let got = deadline_rules(st, true);
        if &got != want {
            diffs.push((
                "deadline_replaces".into(),
                format!("{want:?}"),
                format!("{got:?}"),
            ));
        }
    }
    diffs
}

/// The rules cited by the reasons of the next deadline: the ones that
/// decided it, or (`replaced`) the earlier ones they replaced.
fn deadline_rules(st: &DocumentStatus, replaced: bool) -> Vec<String> {
    st.next_deadline()
        .map(|d| {
            d.reasons
                .iter()
                .filter(|r| (r.message.id == MessageId::ReasonReplacedRule) == replaced)
                .filter_map(|r| match &r.basis {
                    Basis::Rule { id, .. } => Some(id.clone()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Names of what blocks a document: prerequisite kinds, or `term_limit`.
pub fn blocker_names(st: &DocumentStatus) -> Vec<String> {
    let mut out: Vec<String> = st
        .blockers
        .iter()
        .map(|b| match b {
            Blocker::Prerequisite { kinds, .. } => {
                let mut codes: Vec<String> = kinds.iter().map(|k| k.code()).collect();
                codes.sort();
                codes.join("|")
            }
            Blocker::TermLimit { .. } => "term_limit".into(),
        })
        .collect();
    out.sort();
    out
}

pub(super) fn summary(st: &DocumentStatus) -> String {
    let dates: Vec<String> = st
        .dates
        .iter()
        .map(|d| format!("{}={}", d.kind.as_str(), d.date))
        .collect();
    format!("status={}, {}", st.status.as_str(), dates.join(", "))
}
