//! Reminders a phone can schedule: for a range of days, which notification
//! fires when, for which document and why — planned from an evaluation,
//! pure and deterministic.
//!
//! For each document with a date to act by (a renewal deadline, a 90-day
//! report's due date, a job-change deadline) the plan has:
//!
//! - the **ladder** of the rule that applies (`reminder_ladder`, e.g. 4
//!   months, 14 days and 7 days before), or, where no rule sets one,
//!   [`DEFAULT_LADDER`] (30, 7 and 1 days before);
//! - **window opens** on the day the renewal window (or the 90-day report's
//!   filing window) opens;
//! - **deadline** on the day itself;
//! - **grace** the day after the deadline when a grace period follows, and
//!   a week before the grace period ends;
//! - **overdue** 1, 7 and 30 days after the last day ([`OVERDUE_AFTER`]).
//!
//! A document whose renewal was handed in gets none (the office decides
//! now); an archived, superseded, lost or cancelled one has no date to act
//! by and gets none. Re-planning after such an event drops its reminders.
//!
//! Every reminder has a [`ReminderKey`] naming what it is about; the store
//! turns it into an opaque, stable id (`crate::store`), so an app can keep
//! the platform's scheduler in step and a reminder marked done never comes
//! back.
//!
//! Texts: [`PlannedReminder::short`] is for the lock screen and names no
//! document, country, person or date; [`PlannedReminder::detail`] is for
//! inside the app.

mod schedule;

pub use schedule::{plan_reminders, DEFAULT_LADDER, OVERDUE_AFTER};

use crate::domain::{DocumentId, DocumentKind, PersonId};
use crate::messages::{AsTerm, Message, Term, TermGroup};
use crate::rules::evaluate::{DateKind, Reason};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a reminder is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ReminderKind {
    /// The renewal window opens: the person can start.
    WindowOpens,
    /// The 90-day report's filing window opens.
    ReportWindow,
    /// A step of the ladder before the deadline.
    DueSoon,
    /// The deadline is today.
    Deadline,
    /// The deadline passed; a grace period is running.
    Grace,
    /// The last day passed.
    Overdue,
}

impl ReminderKind {
    /// Every kind, least urgent first.
    pub const ALL: [ReminderKind; 6] = [
        ReminderKind::WindowOpens,
        ReminderKind::ReportWindow,
        ReminderKind::DueSoon,
        ReminderKind::Deadline,
        ReminderKind::Grace,
        ReminderKind::Overdue,
    ];

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderKind::WindowOpens => "window_opens",
            ReminderKind::ReportWindow => "report_window",
            ReminderKind::DueSoon => "due_soon",
            ReminderKind::Deadline => "deadline",
            ReminderKind::Grace => "grace",
            ReminderKind::Overdue => "overdue",
        }
    }

    /// Parses the snake_case name.
    pub fn parse(s: &str) -> Option<ReminderKind> {
        ReminderKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl AsTerm for ReminderKind {
    fn term(&self) -> Term {
        Term {
            group: TermGroup::ReminderKind,
            code: self.as_str(),
        }
    }
}

/// What a reminder is about, precisely enough to recognise it in the next
/// plan: the same key gives the same id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct ReminderKey {
    /// The document.
    pub document: DocumentId,
    /// What it is about.
    pub kind: ReminderKind,
    /// The date it reminds of.
    pub target: DateKind,
    /// That date.
    pub target_date: NaiveDate,
    /// The day it fires, as planned (before any snooze).
    pub fire_on: NaiveDate,
}

impl ReminderKey {
    /// The key as one line of text, the input of its keyed id. Versioned, so
    /// a change of format gives new ids rather than colliding ones.
    pub fn canonical(&self) -> String {
        format!(
            "reminder-v1|{}|{}|{}|{}|{}",
            self.document,
            self.kind.as_str(),
            self.target.as_str(),
            self.target_date,
            self.fire_on
        )
    }
}

/// Where a reminder's ladder comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LadderSource {
    /// The `reminder_ladder` of this rule.
    Rule {
        /// The rule id.
        id: String,
    },
    /// No rule sets one: doctrack's [`DEFAULT_LADDER`].
    Default,
    /// A fixed reminder of every plan (window opens, deadline day, grace,
    /// overdue).
    Fixed,
}

/// One reminder of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlannedReminder {
    /// What it is about; the store makes its id from it.
    pub key: ReminderKey,
    /// The document's holder.
    pub holder: PersonId,
    /// The document's kind.
    pub document_kind: DocumentKind,
    /// Where its timing comes from.
    pub source: LadderSource,
    /// For the lock screen: names no document, country, person or date
    /// ("You have a document deadline in 7 days").
    pub short: Message,
    /// For inside the app: the document and the dates.
    pub detail: Message,
    /// Why the target date is what it is (rules and sources).
    pub reasons: Vec<Reason>,
}

impl PlannedReminder {
    /// The day it fires.
    pub fn fire_on(&self) -> NaiveDate {
        self.key.fire_on
    }
}

/// What the person did with a reminder. Stored sealed in the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ReminderState {
    /// Nothing yet: it fires as planned.
    Pending,
    /// Done: it never fires or comes back. (To stop all of a document's
    /// reminders, record what happened: renewal submitted, report filed,
    /// archived.)
    Done,
    /// Dismissed without acting: it does not fire again; the deadline stays
    /// on the dashboard.
    Dismissed,
    /// Fires again on `until` instead of its planned day.
    Snoozed {
        /// The day it fires instead.
        until: NaiveDate,
    },
}

impl ReminderState {
    /// The codes of the states, as their message ids end (`reminder-state-done`).
    pub const CODES: [&'static str; 4] = ["pending", "done", "dismissed", "snoozed"];

    /// The state's code.
    pub fn code(&self) -> &'static str {
        match self {
            ReminderState::Pending => "pending",
            ReminderState::Done => "done",
            ReminderState::Dismissed => "dismissed",
            ReminderState::Snoozed { .. } => "snoozed",
        }
    }

    /// Whether a reminder in this state is still scheduled.
    pub fn fires(&self) -> bool {
        matches!(self, ReminderState::Pending | ReminderState::Snoozed { .. })
    }
}

impl AsTerm for ReminderState {
    fn term(&self) -> Term {
        Term {
            group: TermGroup::ReminderState,
            code: self.code(),
        }
    }
}
