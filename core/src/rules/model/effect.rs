//! What a rule says: its effect, and the slots (decisions) it fills.

use super::{ChecklistItem, FeeWhen, FineFrom, OnLeavingEmployer};
use crate::domain::dates::Span;
use crate::domain::DocumentKind;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One document another depends on (in `capped_by` or `lapses_with`): any
/// one of these kinds, whichever the person has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Upstream {
    /// Alternative kinds (`passport` or `certificate_of_identity`).
    pub kinds: Vec<DocumentKind>,
}

/// A document that must be valid when renewing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prerequisite {
    /// Any one of these kinds satisfies it.
    pub kinds: Vec<DocumentKind>,
    /// Validity it must have left on the day it is needed.
    pub min_remaining: Option<Span>,
}

/// A recurring obligation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recurring {
    /// Interval from the date of entry or the last filing.
    pub every: Span,
    /// Filing opens this long before the due date.
    pub window_before: Span,
    /// Filing stays possible this long after the due date.
    pub window_after: Span,
}

/// An official fee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Fee {
    /// Id.
    pub id: String,
    /// English label.
    pub label: String,
    /// Amount in whole currency units.
    pub amount: u64,
    /// ISO 4217 code.
    pub currency: String,
    /// When it is paid.
    pub when: FeeWhen,
}

/// A fine for being late.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Fine {
    /// Id.
    pub id: String,
    /// English label.
    pub label: String,
    /// Fixed amount.
    pub amount: Option<u64>,
    /// Amount per day late.
    pub per_day: Option<u64>,
    /// Upper limit.
    pub max: Option<u64>,
    /// ISO 4217 code.
    pub currency: String,
    /// From when it runs.
    pub from: FineFrom,
}

impl Fine {
    /// The amount owed after `days_late` days (at least 1).
    pub fn amount_after(&self, days_late: u64) -> u64 {
        let total = self
            .amount
            .unwrap_or(0)
            .saturating_add(self.per_day.unwrap_or(0).saturating_mul(days_late));
        match self.max {
            Some(max) => total.min(max),
            None => total,
        }
    }
}

/// Days on which a fine is not charged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum WaiverPeriod {
    /// From `from` to `to`, both included (a grace period set by a resolution).
    Between {
        /// First day not charged.
        from: NaiveDate,
        /// Last day not charged.
        to: NaiveDate,
    },
    /// While a renewal submitted on or before the deadline is pending.
    RenewalPending,
}

/// A fine that is not charged for some days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Waiver {
    /// The fine's id.
    pub fine: String,
    /// Which days.
    pub period: WaiverPeriod,
}

impl Waiver {
    /// The slot key: the fine and the period.
    pub fn key(&self) -> String {
        match self.period {
            WaiverPeriod::Between { from, to } => format!("{} {from}..{to}", self.fine),
            WaiverPeriod::RenewalPending => format!("{} while renewal pending", self.fine),
        }
    }
}

/// What a rule says. Every field is optional; each set field is a "slot"
/// that only one rule may fill for a given case (see [`Slot`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Effect {
    /// Validity term of new documents.
    pub validity: Option<Span>,
    /// Fixed end of authorisation (overrides printed expiry).
    pub end_of_authorisation: Option<NaiveDate>,
    /// Deadline after the expiry.
    pub deadline_after_expiry: Option<Span>,
    /// Renewal window before the deadline.
    pub renewal_window: Option<Span>,
    /// "Due soon" before the deadline.
    pub due_soon: Option<Span>,
    /// Grace after the deadline.
    pub grace: Option<Span>,
    /// Typical processing time.
    pub processing_time: Option<Span>,
    /// After a renewal was handed in: when to follow up if no decision came.
    pub decision_follow_up: Option<Span>,
    /// Longest total term across renewals.
    pub max_total_term: Option<Span>,
    /// Capped by the end of each of these upstream documents.
    pub capped_by: Option<Vec<Upstream>>,
    /// Lapses when any of these upstream documents ends.
    pub lapses_with: Option<Vec<Upstream>>,
    /// With `lapses_with`: what a cancellation on leaving the employer does.
    pub on_leaving_employer: Option<OnLeavingEmployer>,
    /// Time to find a new employer.
    pub job_change_period: Option<Span>,
    /// Reminders before the deadline, largest first.
    pub reminder_ladder: Option<Vec<Span>>,
    /// Prerequisites for renewal.
    pub prerequisites: Vec<Prerequisite>,
    /// Recurring obligation.
    pub recurring: Option<Recurring>,
    /// Fees.
    pub fees: Vec<Fee>,
    /// Fines.
    pub fines: Vec<Fine>,
    /// Fines not charged for some days.
    pub waivers: Vec<Waiver>,
    /// Whether it can still be renewed after its deadline (and grace).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renewable_after_end: Option<Renewable>,
    /// What to bring for a renewal.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checklist: Vec<ChecklistItem>,
    /// Flag a document held by an employer or a broker for longer than this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custody_flag_after: Option<Span>,
    /// The rule is the law on keeping a worker's documents.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub custody_law: bool,
    /// Flag a payment above this percentage of the official fees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overcharge_flag_percent: Option<u32>,
    /// While a renewal is pending, the receipt stands in for the document.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub receipt_covers: bool,
}

/// Whether a document can be renewed after its deadline (and any grace).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "span", rename_all = "snake_case")]
pub enum Renewable {
    /// Always, however long after (a passport at its embassy).
    Always,
    /// Only by the deadline (and any grace): afterwards a new application.
    Never,
    /// Up to this long after the deadline (and any grace).
    For(Span),
}

/// One thing a rule can decide. Two rules that apply to the same case on
/// the same date may not fill the same slot unless one `overrides` the other.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Slot {
    /// `validity`.
    Validity,
    /// `end_of_authorisation`.
    EndOfAuthorisation,
    /// `deadline_after_expiry`.
    DeadlineAfterExpiry,
    /// `renewal_window`.
    RenewalWindow,
    /// `due_soon`.
    DueSoon,
    /// `grace`.
    Grace,
    /// `processing_time`.
    ProcessingTime,
    /// `decision_follow_up`.
    DecisionFollowUp,
    /// `max_total_term`.
    MaxTotalTerm,
    /// `capped_by`.
    CappedBy,
    /// `lapses_with`.
    LapsesWith,
    /// `on_leaving_employer`.
    OnLeavingEmployer,
    /// `job_change_period`.
    JobChangePeriod,
    /// `reminder_ladder`.
    ReminderLadder,
    /// A prerequisite, by its kinds.
    Prerequisite(String),
    /// `recurring`.
    Recurring,
    /// A fee, by id.
    Fee(String),
    /// A fine, by id.
    Fine(String),
    /// A waiver, by fine and period.
    Waiver(String),
    /// `renewable_after_end`.
    RenewableAfterEnd,
    /// `checklist`.
    Checklist,
    /// `custody_flag_after`.
    CustodyFlagAfter,
    /// `custody_law`.
    CustodyLaw,
    /// `overcharge_flag_percent`.
    OverchargeFlag,
    /// `receipt_covers`.
    ReceiptCovers,
}

impl fmt::Display for Slot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Slot::Validity => f.write_str("validity"),
            Slot::EndOfAuthorisation => f.write_str("end_of_authorisation"),
            Slot::DeadlineAfterExpiry => f.write_str("deadline_after_expiry"),
            Slot::RenewalWindow => f.write_str("renewal_window"),
            Slot::DueSoon => f.write_str("due_soon"),
            Slot::Grace => f.write_str("grace"),
            Slot::ProcessingTime => f.write_str("processing_time"),
            Slot::DecisionFollowUp => f.write_str("decision_follow_up"),
            Slot::MaxTotalTerm => f.write_str("max_total_term"),
            Slot::CappedBy => f.write_str("capped_by"),
            Slot::LapsesWith => f.write_str("lapses_with"),
            Slot::OnLeavingEmployer => f.write_str("on_leaving_employer"),
            Slot::JobChangePeriod => f.write_str("job_change_period"),
            Slot::ReminderLadder => f.write_str("reminder_ladder"),
            Slot::Prerequisite(k) => write!(f, "prerequisite [{k}]"),
            Slot::Recurring => f.write_str("recurring"),
            Slot::Fee(id) => write!(f, "fee \"{id}\""),
            Slot::Fine(id) => write!(f, "fine \"{id}\""),
            Slot::Waiver(key) => write!(f, "waiver of {key}"),
            Slot::RenewableAfterEnd => f.write_str("renewable_after_end"),
            Slot::Checklist => f.write_str("checklist"),
            Slot::CustodyFlagAfter => f.write_str("custody_flag_after"),
            Slot::CustodyLaw => f.write_str("custody_law"),
            Slot::OverchargeFlag => f.write_str("overcharge_flag_percent"),
            Slot::ReceiptCovers => f.write_str("receipt_covers"),
        }
    }
}

/// The slot key of a prerequisite: its kinds, sorted.
pub fn prerequisite_key(kinds: &[DocumentKind]) -> String {
    let mut codes: Vec<String> = kinds.iter().map(DocumentKind::code).collect();
    codes.sort();
    codes.join(", ")
}

impl Effect {
    /// Every kind this effect makes documents depend on (prerequisites,
    /// `capped_by`, `lapses_with`).
    pub fn depends_on(&self) -> impl Iterator<Item = &DocumentKind> {
        self.prerequisites
            .iter()
            .flat_map(|p| p.kinds.iter())
            .chain(self.capped_by.iter().flatten().flat_map(|u| u.kinds.iter()))
            .chain(
                self.lapses_with
                    .iter()
                    .flatten()
                    .flat_map(|u| u.kinds.iter()),
            )
    }

    /// The slots this effect fills.
    pub fn slots(&self) -> Vec<Slot> {
        let mut out = Vec::new();
        let flags = [
            (self.validity.is_some(), Slot::Validity),
            (
                self.end_of_authorisation.is_some(),
                Slot::EndOfAuthorisation,
            ),
            (
                self.deadline_after_expiry.is_some(),
                Slot::DeadlineAfterExpiry,
            ),
            (self.renewal_window.is_some(), Slot::RenewalWindow),
            (self.due_soon.is_some(), Slot::DueSoon),
            (self.grace.is_some(), Slot::Grace),
            (self.processing_time.is_some(), Slot::ProcessingTime),
            (self.decision_follow_up.is_some(), Slot::DecisionFollowUp),
            (self.max_total_term.is_some(), Slot::MaxTotalTerm),
            (self.capped_by.is_some(), Slot::CappedBy),
            (self.lapses_with.is_some(), Slot::LapsesWith),
            (self.on_leaving_employer.is_some(), Slot::OnLeavingEmployer),
            (self.job_change_period.is_some(), Slot::JobChangePeriod),
            (self.reminder_ladder.is_some(), Slot::ReminderLadder),
            (self.recurring.is_some(), Slot::Recurring),
            (self.renewable_after_end.is_some(), Slot::RenewableAfterEnd),
            (!self.checklist.is_empty(), Slot::Checklist),
            (self.custody_flag_after.is_some(), Slot::CustodyFlagAfter),
            (self.custody_law, Slot::CustodyLaw),
            (self.overcharge_flag_percent.is_some(), Slot::OverchargeFlag),
            (self.receipt_covers, Slot::ReceiptCovers),
        ];
        out.extend(flags.into_iter().filter(|(on, _)| *on).map(|(_, s)| s));
        out.extend(
            self.prerequisites
                .iter()
                .map(|p| Slot::Prerequisite(prerequisite_key(&p.kinds))),
        );
        out.extend(self.fees.iter().map(|f| Slot::Fee(f.id.clone())));
        out.extend(self.fines.iter().map(|f| Slot::Fine(f.id.clone())));
        out.extend(self.waivers.iter().map(|w| Slot::Waiver(w.key())));
        out
    }
}
