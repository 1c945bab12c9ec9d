//! The scenario file as written (TOML tables), and the expectations of one
//! document in owned form.

use crate::domain::{CancelReason, DocumentId, LinkKind};
use crate::rules::evaluate::DateKind;
use crate::rules::schema::{KindRef, SpanText, TomlDate};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_spanned::Spanned;
use std::collections::BTreeMap;

/// A scenario file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScenario {
    pub(super) description: String,
    #[serde(default)]
    pub(super) as_of: Option<TomlDate>,
    #[serde(default)]
    pub(super) person: Vec<Spanned<RawPerson>>,
    #[serde(default)]
    pub(super) document: Vec<Spanned<RawDocument>>,
    #[serde(default)]
    pub(super) event: Vec<Spanned<RawEvent>>,
    #[serde(default)]
    pub(super) payment: Vec<Spanned<RawPayment>>,
    #[serde(default)]
    pub(super) tick: Vec<Spanned<RawTick>>,
    #[serde(default)]
    pub(super) check: Vec<Spanned<RawCheck>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPerson {
    pub(super) id: String,
    pub(super) nationality: String,
    pub(super) cohort: String,
    #[serde(default)]
    pub(super) language: Option<String>,
    #[serde(default)]
    pub(super) fisher: bool,
    /// A province id (directory) where they live or work.
    #[serde(default)]
    pub(super) province: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLink {
    pub(super) kind: LinkKind,
    pub(super) to: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDocument {
    pub(super) id: String,
    pub(super) holder: String,
    pub(super) kind: KindRef,
    #[serde(default)]
    pub(super) number: Option<String>,
    #[serde(default)]
    pub(super) country: Option<String>,
    #[serde(default)]
    pub(super) issued: Option<TomlDate>,
    #[serde(default)]
    pub(super) expires: Option<TomlDate>,
    #[serde(default)]
    pub(super) employer: Option<String>,
    #[serde(default)]
    pub(super) links: Vec<RawLink>,
    #[serde(default)]
    pub(super) recorded: Option<TomlDate>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEvent {
    pub(super) document: String,
    pub(super) on: TomlDate,
    #[serde(rename = "type")]
    pub(super) kind: String,
    #[serde(default)]
    pub(super) successor: Option<String>,
    #[serde(default)]
    pub(super) reason: Option<CancelReason>,
    #[serde(default)]
    pub(super) employer: Option<String>,
    /// `custody_changed`: who holds it now.
    #[serde(default)]
    pub(super) holder: Option<String>,
    /// `custody_changed`: since when (default: the event's date).
    #[serde(default)]
    pub(super) since: Option<TomlDate>,
    /// `custody_changed`: a note.
    #[serde(default)]
    pub(super) note: Option<String>,
}

/// `[[payment]]`: money a person paid or was asked to pay.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPayment {
    pub(super) person: String,
    pub(super) on: TomlDate,
    pub(super) amount: u64,
    #[serde(default)]
    pub(super) currency: Option<String>,
    pub(super) to: String,
    #[serde(default)]
    pub(super) document: Option<String>,
    #[serde(default)]
    pub(super) route: Option<String>,
    #[serde(default)]
    pub(super) asked: bool,
}

/// `[[tick]]`: a checklist item the person ticked.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTick {
    pub(super) person: String,
    pub(super) on: TomlDate,
    /// `renew:<document name>` or `route:<route id>/<step id>`.
    pub(super) list: String,
    pub(super) item: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCheck {
    pub(super) as_of: TomlDate,
    #[serde(default)]
    pub(super) expect: Vec<Spanned<RawExpect>>,
    /// Expectations on one person's plan.
    #[serde(default)]
    pub(super) plan: Vec<Spanned<super::plan::RawPlanCheck>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawExpect {
    pub(super) document: String,
    #[serde(default)]
    pub(super) status: Option<String>,
    /// Statuses it must not have.
    #[serde(default)]
    pub(super) status_not: Vec<String>,
    #[serde(default)]
    pub(super) valid_until: Option<TomlDate>,
    #[serde(default)]
    pub(super) deadline: Option<TomlDate>,
    #[serde(default)]
    pub(super) window_opens: Option<TomlDate>,
    #[serde(default)]
    pub(super) due_soon_from: Option<TomlDate>,
    #[serde(default)]
    pub(super) grace_ends: Option<TomlDate>,
    #[serde(default)]
    pub(super) term_limit: Option<TomlDate>,
    #[serde(default)]
    pub(super) report_due: Option<TomlDate>,
    #[serde(default)]
    pub(super) report_window_opens: Option<TomlDate>,
    #[serde(default)]
    pub(super) report_window_closes: Option<TomlDate>,
    #[serde(default)]
    pub(super) job_change_deadline: Option<TomlDate>,
    /// Expected `decision_follow_up` date.
    #[serde(default)]
    pub(super) decision_follow_up: Option<TomlDate>,
    #[serde(default)]
    pub(super) act_by: Option<TomlDate>,
    /// Expected last day it can be renewed (`renewable_after_end`).
    #[serde(default)]
    pub(super) renewable_until: Option<TomlDate>,
    #[serde(default)]
    pub(super) absent: Vec<String>,
    #[serde(default)]
    pub(super) reminders_due: Option<Vec<SpanText>>,
    #[serde(default)]
    pub(super) blocked_by: Option<Vec<String>>,
    #[serde(default)]
    pub(super) fines: Option<BTreeMap<String, u64>>,
    #[serde(default)]
    pub(super) fees: Option<BTreeMap<String, u64>>,
    #[serde(default)]
    pub(super) rules_include: Vec<String>,
    #[serde(default)]
    pub(super) deadline_rule: Option<String>,
    /// Exactly the earlier rules the next deadline's rule replaced, as its
    /// reasons name them (nearest first).
    #[serde(default)]
    pub(super) deadline_replaces: Option<Vec<String>>,
    #[serde(default)]
    pub(super) ended_by: Option<String>,
}

/// Expected values of one document (owned copy of the file's table).
#[derive(Debug, Clone, Default)]
pub(super) struct RawExpectOwned {
    pub(super) status: Option<String>,
    pub(super) status_not: Vec<String>,
    pub(super) dates: Vec<(DateKind, NaiveDate)>,
    pub(super) absent: Vec<String>,
    pub(super) reminders_due: Option<Vec<String>>,
    pub(super) blocked_by: Option<Vec<String>>,
    pub(super) fines: Option<BTreeMap<String, u64>>,
    pub(super) fees: Option<BTreeMap<String, u64>>,
    pub(super) rules_include: Vec<String>,
    pub(super) deadline_rule: Option<String>,
    pub(super) deadline_replaces: Option<Vec<String>>,
    pub(super) ended_by: Option<DocumentId>,
}

pub(super) fn owned(re: &RawExpect) -> RawExpectOwned {
    let dates = [
        (DateKind::ValidUntil, re.valid_until),
        (DateKind::Deadline, re.deadline),
        (DateKind::WindowOpens, re.window_opens),
        (DateKind::DueSoonFrom, re.due_soon_from),
        (DateKind::GraceEnds, re.grace_ends),
        (DateKind::TermLimit, re.term_limit),
        (DateKind::ReportDue, re.report_due),
        (DateKind::ReportWindowOpens, re.report_window_opens),
        (DateKind::ReportWindowCloses, re.report_window_closes),
        (DateKind::JobChangeDeadline, re.job_change_deadline),
        (DateKind::DecisionFollowUp, re.decision_follow_up),
        (DateKind::ActBy, re.act_by),
        (DateKind::RenewableUntil, re.renewable_until),
    ]
    .into_iter()
    .filter_map(|(k, d)| d.map(|d| (k, d.0)))
    .collect();
    RawExpectOwned {
        status: re.status.clone(),
        status_not: re.status_not.clone(),
        dates,
        absent: re.absent.clone(),
        reminders_due: re
            .reminders_due
            .as_ref()
            .map(|v| v.iter().map(|s| s.0.to_string()).collect()),
        blocked_by: re.blocked_by.clone(),
        fines: re.fines.clone(),
        fees: re.fees.clone(),
        rules_include: re.rules_include.clone(),
        deadline_rule: re.deadline_rule.clone(),
        deadline_replaces: re.deadline_replaces.clone(),
        ended_by: None,
    }
}
