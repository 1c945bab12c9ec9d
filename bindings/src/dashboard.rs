//! The dashboard: every document's status for a date with its reasons,
//! sources and confidence, the renewal plan, and what could not be read.
//!
//! A reason names its rule; the rule's sources are in the dashboard once
//! ([`Dashboard::rule_sources`], or `DoctrackStore.ruleSources`), not
//! repeated in every reason: repeated, they were half of what a dashboard
//! carried across the boundary (issue 14; ADR 0016).

use crate::documents::Document;
use crate::messages::Message;
use crate::people::Person;
use crate::rules::RulesInfo;
use crate::vocabulary::{
    Action, Confidence, DateKind, DocumentKind, EventName, FeeWhen, Money, RecordKind, Span,
    StateName, TimeStatus,
};
use chrono::NaiveDate;
use doctrack_core::app as core_app;
use doctrack_core::rules::evaluate as core;
use doctrack_core::rules::planner as core_plan;

/// Where a rule's facts come from.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Source {
    /// Where it can be read.
    pub url: String,
    /// Its title.
    pub title: String,
    /// The date the source gives, if any.
    pub date: Option<NaiveDate>,
}

/// What a reason rests on.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Basis {
    /// A rule, with its confidence; its sources are in
    /// [`Dashboard::rule_sources`] under `id` (or `DoctrackStore.ruleSources`).
    Rule {
        /// Rule id.
        id: String,
        /// How sure the maintainers are.
        confidence: Confidence,
    },
    /// A field printed on the document (`expires_on`, `issued_on`, …).
    Document {
        /// The field.
        field: String,
    },
    /// An event in the document's history.
    Event {
        /// Which event.
        event: EventName,
        /// Its date.
        on: NaiveDate,
    },
    /// Another of the person's documents.
    Related {
        /// That document's id.
        document: String,
        /// Its kind.
        kind: DocumentKind,
    },
    /// Offices are closed that day: a weekend (no sources) or a holiday of
    /// the rule set's calendar (with its sources).
    OfficeClosed {
        /// The closed day.
        date: NaiveDate,
        /// Where the holiday is written (empty for a weekend).
        sources: Vec<Source>,
    },
}

/// Why a date or status is what it is.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Reason {
    /// What it rests on.
    pub basis: Basis,
    /// What to tell a person.
    pub message: Message,
}

impl From<core::Reason> for Reason {
    fn from(r: core::Reason) -> Self {
        let basis = match r.basis {
            core::Basis::Rule { id, confidence, .. } => Basis::Rule {
                id,
                confidence: confidence.into(),
            },
            core::Basis::OfficeClosed { date, sources } => Basis::OfficeClosed {
                date,
                sources: mirror_sources(&sources),
            },
            core::Basis::Document { field } => Basis::Document {
                field: field.to_string(),
            },
            core::Basis::Event { event, on } => Basis::Event {
                event: event.into(),
                on,
            },
            core::Basis::Related { document, kind } => Basis::Related {
                document: document.to_string(),
                kind: kind.into(),
            },
        };
        Reason {
            basis,
            message: r.message.into(),
        }
    }
}

pub(crate) fn mirror_sources(sources: &[doctrack_core::rules::model::Source]) -> Vec<Source> {
    sources
        .iter()
        .map(|s| Source {
            url: s.url.clone(),
            title: s.title.clone(),
            date: s.date,
        })
        .collect()
}

fn reasons(rs: Vec<core::Reason>) -> Vec<Reason> {
    rs.into_iter().map(Into::into).collect()
}

/// A computed date and why.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct KeyDate {
    /// Which date.
    pub kind: DateKind,
    /// The date.
    pub date: NaiveDate,
    /// Why (at least one reason).
    pub reasons: Vec<Reason>,
}

impl From<core::KeyDate> for KeyDate {
    fn from(d: core::KeyDate) -> Self {
        KeyDate {
            kind: d.kind.into(),
            date: d.date,
            reasons: reasons(d.reasons),
        }
    }
}

/// The best document the person has for a prerequisite.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FoundDocument {
    /// Its id.
    pub document: String,
    /// Its kind.
    pub kind: DocumentKind,
    /// Until when it is valid, if known.
    pub valid_until: Option<NaiveDate>,
}

/// What stops a renewal.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Blocker {
    /// A document that must be valid long enough is missing or ends too early.
    Prerequisite {
        /// Kinds that would satisfy it.
        kinds: Vec<DocumentKind>,
        /// The day it is needed.
        needed_on: NaiveDate,
        /// It must be valid at least until this day.
        required_until: NaiveDate,
        /// The best candidate the person has.
        found: Option<FoundDocument>,
        /// A short summary for people.
        summary: Message,
        /// The rule that requires it.
        reason: Reason,
    },
    /// The longest total term is reached.
    TermLimit {
        /// The limit.
        limit: NaiveDate,
        /// A short summary for people.
        summary: Message,
        /// The rule that sets it.
        reason: Reason,
    },
}

impl From<core::Blocker> for Blocker {
    fn from(b: core::Blocker) -> Self {
        let summary = b.summary().into();
        match b {
            core::Blocker::Prerequisite {
                kinds,
                needed_on,
                required_until,
                found,
                reason,
            } => Blocker::Prerequisite {
                kinds: kinds.into_iter().map(Into::into).collect(),
                needed_on,
                required_until,
                found: found.map(|f| FoundDocument {
                    document: f.document.to_string(),
                    kind: f.kind.into(),
                    valid_until: f.valid_until,
                }),
                summary,
                reason: reason.into(),
            },
            core::Blocker::TermLimit { limit, reason } => Blocker::TermLimit {
                limit,
                summary,
                reason: reason.into(),
            },
        }
    }
}

/// A reminder from a rule's ladder.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Reminder {
    /// When to remind.
    pub date: NaiveDate,
    /// How long before the target date.
    pub before: Span,
    /// The date it reminds of.
    pub target: DateKind,
    /// The rule that sets the ladder.
    pub reason: Reason,
}

impl From<core::Reminder> for Reminder {
    fn from(r: core::Reminder) -> Self {
        Reminder {
            date: r.date,
            before: r.before.into(),
            target: r.target.into(),
            reason: r.reason.into(),
        }
    }
}

/// An official fee (shown so workers can refuse overcharging).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FeeDue {
    /// The fee's id in its rule.
    pub id: String,
    /// English label from the rule file.
    pub label: String,
    /// The amount.
    pub amount: Money,
    /// When it is paid.
    pub when: FeeWhen,
    /// The rule that sets it.
    pub reason: Reason,
}

/// A fine owed on the evaluation date.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FineDue {
    /// The fine's id in its rule.
    pub id: String,
    /// English label from the rule file.
    pub label: String,
    /// Days late.
    pub days_late: i64,
    /// The amount owed on the evaluation date.
    pub amount: Money,
    /// The rule that sets it.
    pub reason: Reason,
}

impl From<core::FeeDue> for FeeDue {
    fn from(f: core::FeeDue) -> Self {
        FeeDue {
            id: f.fee.id,
            label: f.fee.label,
            amount: Money {
                amount: i64::try_from(f.fee.amount).unwrap_or(i64::MAX),
                currency: f.fee.currency,
            },
            when: f.fee.when.into(),
            reason: f.reason.into(),
        }
    }
}

impl From<core::FineDue> for FineDue {
    fn from(f: core::FineDue) -> Self {
        FineDue {
            id: f.fine.id,
            label: f.fine.label,
            days_late: i64::try_from(f.days_late).unwrap_or(i64::MAX),
            amount: Money {
                amount: i64::try_from(f.amount).unwrap_or(i64::MAX),
                currency: f.fine.currency,
            },
            reason: f.reason.into(),
        }
    }
}

/// Everything computed for one document.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DocumentStatus {
    /// The document's id.
    pub document: String,
    /// Its holder's id.
    pub holder: String,
    /// Its kind.
    pub kind: DocumentKind,
    /// Its lifecycle state on the date.
    pub lifecycle: StateName,
    /// Its time status on the date.
    pub status: TimeStatus,
    /// The status by dates alone (before a missing prerequisite blocks it).
    pub phase: TimeStatus,
    /// Why it has that status.
    pub status_reasons: Vec<Reason>,
    /// Key dates, in date order.
    pub dates: Vec<KeyDate>,
    /// The next date to act by.
    pub next_deadline: Option<KeyDate>,
    /// What blocks a renewal.
    pub blockers: Vec<Blocker>,
    /// Reminders due on the date. (The whole schedule, past and future, is
    /// `DoctrackStore.reminders` / `syncReminders`; repeated in every status
    /// it was a sixth of what a dashboard carried across the boundary.)
    pub reminders_due: Vec<Reminder>,
    /// Official fees for the next renewal.
    pub fees: Vec<FeeDue>,
    /// Fines owed on the date.
    pub fines: Vec<FineDue>,
    /// Ids of the rules that decided something.
    pub rules: Vec<String>,
    /// Notes (e.g. "renewal submitted on …").
    pub notes: Vec<Message>,
    /// Blocked only by maintainers' defaults (advice), not by law: show it
    /// as a suggestion, not in alarm colours.
    pub advisory: bool,
}

impl From<core::DocumentStatus> for DocumentStatus {
    fn from(s: core::DocumentStatus) -> Self {
        let next_deadline = s.next_deadline().cloned().map(Into::into);
        let advisory = s.advisory();
        DocumentStatus {
            document: s.document.to_string(),
            holder: s.holder.to_string(),
            kind: s.kind.into(),
            lifecycle: s.lifecycle.into(),
            status: s.status.into(),
            phase: s.phase.into(),
            status_reasons: reasons(s.status_reasons),
            dates: s.dates.into_iter().map(Into::into).collect(),
            next_deadline,
            blockers: s.blockers.into_iter().map(Into::into).collect(),
            reminders_due: s.reminders_due.into_iter().map(Into::into).collect(),
            fees: s.fees.into_iter().map(Into::into).collect(),
            fines: s.fines.into_iter().map(Into::into).collect(),
            rules: s.rules,
            notes: s.notes.into_iter().map(Into::into).collect(),
            advisory,
        }
    }
}

/// One step of the renewal plan.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PlanStep {
    /// The person's id.
    pub holder: String,
    /// The document's id (none for a document that must be obtained).
    pub document: Option<String>,
    /// Its kind (for `Obtain`: any one of these).
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
    /// Why `by` is earlier than the rules' date: each closed day (a weekend,
    /// or a holiday with its source). Empty when not moved.
    pub by_reasons: Vec<Reason>,
    /// Possible from this date (when the window is not open yet).
    pub from: Option<NaiveDate>,
    /// Ids of the documents whose steps come first.
    pub after: Vec<String>,
    /// What to do, for people ("renew the work permit").
    pub headline: Message,
    /// When, for people: "by …", "today" or "N days overdue".
    pub when: Option<Message>,
    /// Why the step is in the plan.
    pub why: Vec<Message>,
    /// Official fees for this step (what the office may charge).
    pub fees: Vec<FeeDue>,
    /// Fines owed so far.
    pub fines: Vec<FineDue>,
    /// Rules whose guidance says what to bring and where to go (see
    /// `ruleGuidance`).
    pub guidance: Vec<String>,
    /// Held up only by maintainers' defaults: a suggestion, not a block.
    pub advisory: bool,
}

impl PlanStep {
    fn from_core(s: core_plan::Step, as_of: NaiveDate) -> Self {
        let headline = s.headline().into();
        let when = s.when(as_of).map(Into::into);
        PlanStep {
            holder: s.holder.to_string(),
            document: s.document.map(|d| d.to_string()),
            kinds: s.kinds.into_iter().map(Into::into).collect(),
            action: s.action.into(),
            status: s.status.into(),
            by: s.by,
            moved_from: s.moved_from,
            by_reasons: reasons(s.by_reasons),
            from: s.from,
            after: s.after.iter().map(ToString::to_string).collect(),
            headline,
            when,
            why: s.why.into_iter().map(Into::into).collect(),
            fees: s.fees.into_iter().map(Into::into).collect(),
            fines: s.fines.into_iter().map(Into::into).collect(),
            guidance: s.guidance,
            advisory: s.advisory,
        }
    }
}

/// A record that could not be read (named by kind and random id only).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct UnreadableRecord {
    /// Its kind.
    pub kind: RecordKind,
    /// Its random id.
    pub id: String,
}

impl From<doctrack_core::store::Unreadable> for UnreadableRecord {
    fn from(u: doctrack_core::store::Unreadable) -> Self {
        UnreadableRecord {
            kind: u.kind.into(),
            id: u.id,
        }
    }
}

/// What a person needs to see for one date.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Dashboard {
    /// The date evaluated.
    pub as_of: NaiveDate,
    /// The people (not archived).
    pub people: Vec<Person>,
    /// Their documents as currently recorded.
    pub documents: Vec<Document>,
    /// Every document's status, most urgent first.
    pub statuses: Vec<DocumentStatus>,
    /// What to do, in order.
    pub plan: Vec<PlanStep>,
    /// Problems with the data (e.g. a document whose history cannot be read).
    pub warnings: Vec<Message>,
    /// Records that could not be read and are not shown.
    pub unreadable: Vec<UnreadableRecord>,
    /// The rules that produced it.
    pub rules: RulesInfo,
    /// Where each rule's facts come from, by rule id: every rule of the
    /// set that produced this dashboard (a reason's `Basis.Rule` names one).
    pub rule_sources: std::collections::HashMap<String, Vec<Source>>,
}

impl From<core_app::Dashboard> for Dashboard {
    fn from(d: core_app::Dashboard) -> Self {
        Dashboard {
            as_of: d.as_of,
            people: d.people.into_iter().map(Into::into).collect(),
            documents: d.documents.into_iter().map(Into::into).collect(),
            statuses: d.evaluation.documents.into_iter().map(Into::into).collect(),
            plan: d
                .plan
                .into_iter()
                .map(|s| PlanStep::from_core(s, d.as_of))
                .collect(),
            warnings: d.evaluation.warnings.into_iter().map(Into::into).collect(),
            unreadable: d.unreadable.into_iter().map(Into::into).collect(),
            rules: d.rules.into(),
            rule_sources: d
                .rule_set
                .rules()
                .iter()
                .map(|r| (r.id.clone(), mirror_sources(&r.sources)))
                .collect(),
        }
    }
}
