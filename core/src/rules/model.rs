//! Validated rules, ready for the evaluator.

use super::diagnostics::Location;
pub use super::schema::{Confidence, FeeWhen, FineFrom, OnLeavingEmployer, Status, WaiverWhile};
use crate::domain::dates::Span;
use crate::domain::{Cohort, Country, Document, DocumentKind, EventName, Language, Person};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

/// Where a rule's facts come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Where it can be read.
    pub url: String,
    /// Its title.
    pub title: String,
    /// The date the source gives, if any.
    pub date: Option<NaiveDate>,
}

/// What a rule applies to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Applies {
    /// Document kinds.
    pub kinds: Vec<DocumentKind>,
    /// Cohorts; `None` means every cohort (also people whose cohort is unknown).
    pub cohorts: Option<Vec<Cohort>>,
    /// Nationalities; `None` means all.
    pub nationalities: Option<Vec<Country>>,
    /// Only documents issued on or after this date.
    pub issued_from: Option<NaiveDate>,
    /// Only documents issued before this date.
    pub issued_before: Option<NaiveDate>,
    /// Only documents whose printed expiry is on or after this date.
    pub expires_from: Option<NaiveDate>,
    /// Only documents whose printed expiry is before this date.
    pub expires_before: Option<NaiveDate>,
    /// Only fishers (`Some(true)`) or only non-fishers (`Some(false)`).
    pub fishers: Option<bool>,
}

impl Applies {
    /// Whether the rule's case covers this person and document.
    pub fn matches(&self, person: &Person, document: &Document) -> bool {
        if !self.kinds.contains(&document.kind) {
            return false;
        }
        if let Some(cohorts) = &self.cohorts {
            if !cohorts.contains(&person.cohort) {
                return false;
            }
        }
        if let Some(nats) = &self.nationalities {
            if !nats.contains(&person.nationality) {
                return false;
            }
        }
        if let Some(fishers) = self.fishers {
            if fishers != person.works_on_fishing_vessel {
                return false;
            }
        }
        in_range(document.issued_on, self.issued_from, self.issued_before)
            && in_range(document.expires_on, self.expires_from, self.expires_before)
    }

    /// Whether some person and document could match both `self` and `other`.
    pub fn overlaps(&self, other: &Applies) -> bool {
        fn sets_meet<T: PartialEq>(a: &Option<Vec<T>>, b: &Option<Vec<T>>) -> bool {
            match (a, b) {
                (Some(a), Some(b)) => a.iter().any(|x| b.contains(x)),
                _ => true,
            }
        }
        let kinds = self.kinds.iter().any(|k| other.kinds.contains(k));
        let fishers = match (self.fishers, other.fishers) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        let ranges_meet = |a: (Option<NaiveDate>, Option<NaiveDate>),
                           b: (Option<NaiveDate>, Option<NaiveDate>)| {
            match (max_opt(a.0, b.0), min_opt(a.1, b.1)) {
                (Some(lo), Some(hi)) => lo < hi,
                _ => true,
            }
        };
        kinds
            && fishers
            && ranges_meet(
                (self.issued_from, self.issued_before),
                (other.issued_from, other.issued_before),
            )
            && ranges_meet(
                (self.expires_from, self.expires_before),
                (other.expires_from, other.expires_before),
            )
            && sets_meet(&self.cohorts, &other.cohorts)
            && sets_meet(&self.nationalities, &other.nationalities)
    }
}

/// Whether `date` lies in `[from, before)`; a missing date matches only an open range.
fn in_range(date: Option<NaiveDate>, from: Option<NaiveDate>, before: Option<NaiveDate>) -> bool {
    if from.is_none() && before.is_none() {
        return true;
    }
    let Some(date) = date else {
        return false;
    };
    from.is_none_or(|f| date >= f) && before.is_none_or(|b| date < b)
}

fn max_opt(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

fn min_opt(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// One document another depends on (in `capped_by` or `lapses_with`): any
/// one of these kinds, whichever the person has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Upstream {
    /// Alternative kinds (`passport` or `certificate_of_identity`).
    pub kinds: Vec<DocumentKind>,
}

/// A document that must be valid when renewing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Prerequisite {
    /// Any one of these kinds satisfies it.
    pub kinds: Vec<DocumentKind>,
    /// Validity it must have left on the day it is needed.
    pub min_remaining: Option<Span>,
}

/// A recurring obligation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Recurring {
    /// Interval from the date of entry or the last filing.
    pub every: Span,
    /// Filing opens this long before the due date.
    pub window_before: Span,
    /// Filing stays possible this long after the due date.
    pub window_after: Span,
}

/// An official fee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// What must exist, by a date, for a rule with `[rule.unless]` not to apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Condition {
    /// The holder has another document of one of `kinds` issued on or before `by`.
    HasDocument {
        /// Any one of these kinds.
        kinds: Vec<DocumentKind>,
        /// The last day that counts.
        by: NaiveDate,
    },
    /// An `event` on or before `by`: on the document itself, or (with `on`)
    /// on the holder's document of one of those kinds.
    HasEvent {
        /// Which event.
        event: EventName,
        /// On which document (none: the document the rule applies to).
        on: Option<Vec<DocumentKind>>,
        /// The last day that counts.
        by: NaiveDate,
    },
}

/// What a rule says. Every field is optional; each set field is a "slot"
/// that only one rule may fill for a given case (see [`Slot`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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
            (self.max_total_term.is_some(), Slot::MaxTotalTerm),
            (self.capped_by.is_some(), Slot::CappedBy),
            (self.lapses_with.is_some(), Slot::LapsesWith),
            (self.on_leaving_employer.is_some(), Slot::OnLeavingEmployer),
            (self.job_change_period.is_some(), Slot::JobChangePeriod),
            (self.reminder_ladder.is_some(), Slot::ReminderLadder),
            (self.recurring.is_some(), Slot::Recurring),
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

/// Text for people in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum RuleText {
    /// Translated.
    Present {
        /// Short name.
        name: String,
        /// What to bring, where to go.
        guidance: String,
    },
    /// Marked as deliberately absent.
    Missing {
        /// Why.
        why: String,
    },
}

/// A validated rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// Unique id.
    pub id: String,
    /// One line for maintainers.
    pub title: String,
    /// Legal status.
    pub status: Status,
    /// First day it applies.
    pub effective_from: NaiveDate,
    /// Last day it applies (as written).
    pub effective_to: Option<NaiveDate>,
    /// First day it no longer applies because it was suspended.
    pub suspended_from: Option<NaiveDate>,
    /// Rules it replaces.
    pub supersedes: Vec<String>,
    /// Rules it wins over.
    pub overrides: Vec<String>,
    /// How sure we are.
    pub confidence: Confidence,
    /// Why maintainers chose the value (settings).
    pub rationale: Option<String>,
    /// Maintainers' notes.
    pub notes: Option<String>,
    /// Sources (shared with every reason that cites the rule).
    pub sources: std::sync::Arc<Vec<Source>>,
    /// What it applies to.
    pub applies: Applies,
    /// What it says.
    pub effect: Effect,
    /// It does not apply when this holds.
    pub unless: Option<Condition>,
    /// Texts for people.
    pub texts: BTreeMap<Language, RuleText>,
    /// Where it is written.
    pub location: Location,
    /// The first day a later rule replaces it (computed from `supersedes`).
    pub superseded_from: Option<NaiveDate>,
}

impl Rule {
    /// The last day the rule applies, all things considered, or `None` if open-ended.
    pub fn last_day(&self) -> Option<NaiveDate> {
        [
            self.effective_to,
            self.suspended_from.and_then(|d| d.pred_opt()),
            self.superseded_from.and_then(|d| d.pred_opt()),
        ]
        .into_iter()
        .flatten()
        .min()
    }

    /// Whether the rule is in force on `date`. Proposed rules never are; a
    /// rule suspended or superseded later still applies to earlier dates.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.status != Status::Proposed
            && date >= self.effective_from
            && self.last_day().is_none_or(|last| date <= last)
    }

    /// Whether the rule's and `other`'s periods in force share a day.
    pub fn period_overlaps(&self, other: &Rule) -> bool {
        if self.status == Status::Proposed || other.status == Status::Proposed {
            return false;
        }
        let start = self.effective_from.max(other.effective_from);
        match min_opt(self.last_day(), other.last_day()) {
            Some(end) => start <= end,
            None => true,
        }
    }

    /// The text in `language`, falling back to English.
    pub fn text(&self, language: Language) -> Option<(&str, &str)> {
        [language, Language::En]
            .into_iter()
            .find_map(|l| match self.texts.get(&l) {
                Some(RuleText::Present { name, guidance }) => {
                    Some((name.as_str(), guidance.as_str()))
                }
                _ => None,
            })
    }
}

/// A loaded, validated set of rules.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleSet {
    rules: Vec<Rule>,
    index: HashMap<String, usize>,
    /// The slots each rule fills, computed once.
    slots: Vec<Vec<Slot>>,
    /// `beats[w][l]`: rule `w` wins over rule `l` through `overrides` (transitively).
    beats: Vec<Vec<bool>>,
}

impl RuleSet {
    /// Builds a set from validated rules (ids must be unique).
    pub(crate) fn from_rules(rules: Vec<Rule>) -> Self {
        let index: HashMap<String, usize> = rules
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        let slots = rules.iter().map(|r| r.effect.slots()).collect();
        let by_id: HashMap<&str, &Rule> = rules.iter().map(|r| (r.id.as_str(), r)).collect();
        let beats = rules
            .iter()
            .map(|w| {
                rules
                    .iter()
                    .map(|l| w.id != l.id && overrides(&by_id, w, &l.id))
                    .collect()
            })
            .collect();
        RuleSet {
            rules,
            index,
            slots,
            beats,
        }
    }

    /// The slots rule `i` fills.
    pub(crate) fn slots_of(&self, i: usize) -> &[Slot] {
        &self.slots[i]
    }

    /// Whether rule `winner` takes precedence over rule `loser`.
    pub(crate) fn beats(&self, winner: usize, loser: usize) -> bool {
        self.beats[winner][loser]
    }

    /// All rules, in file order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// A rule by id.
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.index.get(id).map(|&i| &self.rules[i])
    }

    /// Number of rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// Whether there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

/// Whether `winner` takes precedence over `loser` through `overrides`,
/// directly or through a chain.
pub(crate) fn overrides(rules_by_id: &HashMap<&str, &Rule>, winner: &Rule, loser: &str) -> bool {
    let mut stack: Vec<&str> = winner.overrides.iter().map(String::as_str).collect();
    let mut seen = BTreeSet::new();
    while let Some(id) = stack.pop() {
        if id == loser {
            return true;
        }
        if seen.insert(id) {
            if let Some(r) = rules_by_id.get(id) {
                stack.extend(r.overrides.iter().map(String::as_str));
            }
        }
    }
    false
}
