//! The report the evaluator produces, as the API (and the FFI) see it:
//! time statuses, computed dates, reasons, blockers, reminders, fees, fines.

use crate::domain::dates::Span;
use crate::domain::{Custodian, Custody};
use crate::domain::{DocumentId, DocumentKind, EventName, PersonId, StateName};
use crate::messages::ArgName as A;
use crate::messages::{AsTerm, Message, MessageId as M, Term, TermGroup};
use crate::rules::model::{ChecklistItem, Confidence, Fee, Fine, Source};
use chrono::NaiveDate;
use serde::Serialize;

/// A document's time status on the evaluation date, most urgent last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TimeStatus {
    /// Nothing to evaluate (superseded, lost, archived, or no rule and no date).
    NotApplicable,
    /// Valid; the renewal window is not open yet.
    Valid,
    /// A renewal was handed in: waiting for a decision (covered by the
    /// receipt; no deadline alarm while it is pending).
    AwaitingDecision,
    /// The renewal (or filing) window is open.
    WindowOpen,
    /// The worker left the employer: the job-change period is running.
    JobChange,
    /// The deadline is close: act now.
    DueSoon,
    /// A renewal is needed but a prerequisite is not satisfied.
    Blocked,
    /// The deadline passed; the grace period is running.
    InGrace,
    /// The deadline (and any grace) passed.
    Expired,
    /// Past the last day it could be renewed: only a new application (a
    /// route back) remains.
    Lapsed,
}

impl TimeStatus {
    /// Every status, least urgent first.
    pub const ALL: [TimeStatus; 10] = [
        TimeStatus::NotApplicable,
        TimeStatus::Valid,
        TimeStatus::AwaitingDecision,
        TimeStatus::WindowOpen,
        TimeStatus::JobChange,
        TimeStatus::DueSoon,
        TimeStatus::Blocked,
        TimeStatus::InGrace,
        TimeStatus::Expired,
        TimeStatus::Lapsed,
    ];

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeStatus::NotApplicable => "not_applicable",
            TimeStatus::Valid => "valid",
            TimeStatus::AwaitingDecision => "awaiting_decision",
            TimeStatus::WindowOpen => "window_open",
            TimeStatus::JobChange => "job_change",
            TimeStatus::DueSoon => "due_soon",
            TimeStatus::Blocked => "blocked",
            TimeStatus::InGrace => "in_grace",
            TimeStatus::Expired => "expired",
            TimeStatus::Lapsed => "lapsed",
        }
    }

    /// Words for people.
    pub fn label(self) -> &'static str {
        match self {
            TimeStatus::NotApplicable => "not applicable",
            TimeStatus::Valid => "valid",
            TimeStatus::AwaitingDecision => "waiting for a decision",
            TimeStatus::WindowOpen => "renewal window open",
            TimeStatus::JobChange => "looking for a new employer",
            TimeStatus::DueSoon => "due soon",
            TimeStatus::Blocked => "blocked",
            TimeStatus::InGrace => "in grace period",
            TimeStatus::Expired => "expired",
            TimeStatus::Lapsed => "can no longer be renewed",
        }
    }

    /// Parses the snake_case name.
    pub fn parse(s: &str) -> Option<TimeStatus> {
        TimeStatus::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

impl AsTerm for TimeStatus {
    fn term(&self) -> Term {
        Term::new(TermGroup::Status, self.as_str())
    }
}

/// What a reason rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "basis", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Basis {
    /// A rule. Its sources are the rule's ([`crate::rules::RuleSet::get`]),
    /// given once per rule rather than with every reason.
    Rule {
        /// Rule id.
        id: String,
        /// Confidence in the rule's facts.
        confidence: Confidence,
    },
    /// A field printed on (or entered for) this document.
    Document {
        /// The field.
        field: DocumentField,
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
        /// That document.
        document: DocumentId,
        /// Its kind.
        kind: DocumentKind,
    },
    /// Offices are closed on a day: a weekend (no sources) or a holiday
    /// of the rule set's calendar (with its sources).
    OfficeClosed {
        /// The closed day.
        date: NaiveDate,
        /// Where the holiday is written (empty for a weekend).
        sources: Vec<Source>,
    },
}

/// A field of a document that a reason can rest on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DocumentField {
    /// The date of issue (for the 90-day report: the date of entry).
    IssuedOn,
    /// The printed expiry.
    ExpiresOn,
    /// What the document is.
    Kind,
    /// Its lifecycle state (as its events left it).
    State,
}

impl DocumentField {
    /// The snake_case name (`expires_on`).
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentField::IssuedOn => "issued_on",
            DocumentField::ExpiresOn => "expires_on",
            DocumentField::Kind => "kind",
            DocumentField::State => "state",
        }
    }
}

/// Why a date or status is what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Reason {
    /// What it rests on.
    #[serde(flatten)]
    pub basis: Basis,
    /// What to tell a person (a message id with typed arguments).
    pub message: Message,
}

impl Reason {
    /// A reason resting on a field of the document itself.
    pub fn document(field: DocumentField, message: Message) -> Reason {
        Reason {
            basis: Basis::Document { field },
            message,
        }
    }

    /// A reason resting on an event of the document's history.
    pub fn event(event: EventName, on: NaiveDate, message: Message) -> Reason {
        Reason {
            basis: Basis::Event { event, on },
            message,
        }
    }
}

/// The dates the evaluator computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DateKind {
    /// The date the document stops being valid (printed, or as overridden).
    ValidUntil,
    /// The renewal window opens.
    WindowOpens,
    /// "Due soon" starts.
    DueSoonFrom,
    /// The deadline for acting.
    Deadline,
    /// The grace period ends.
    GraceEnds,
    /// No renewal beyond this date (e.g. the MOU 4-year limit).
    TermLimit,
    /// The next 90-day report is due.
    ReportDue,
    /// Filing the next report opens.
    ReportWindowOpens,
    /// Filing the next report closes.
    ReportWindowCloses,
    /// A new employer must be found by this date.
    JobChangeDeadline,
    /// A renewal was handed in: ask about the decision from this date if
    /// none came.
    DecisionFollowUp,
    /// The next date to act by is not an office working day: the last
    /// working day before it (the date itself is unchanged).
    ActBy,
    /// The last day the document can still be renewed (late); after it,
    /// only a new application.
    RenewableUntil,
}

impl DateKind {
    /// Every kind of computed date.
    pub const ALL: [DateKind; 13] = [
        DateKind::ValidUntil,
        DateKind::WindowOpens,
        DateKind::DueSoonFrom,
        DateKind::Deadline,
        DateKind::GraceEnds,
        DateKind::TermLimit,
        DateKind::ReportDue,
        DateKind::ReportWindowOpens,
        DateKind::ReportWindowCloses,
        DateKind::JobChangeDeadline,
        DateKind::DecisionFollowUp,
        DateKind::ActBy,
        DateKind::RenewableUntil,
    ];

    /// The dates a person acts by, in order of precedence: a renewal
    /// deadline, a 90-day report's due date, a job-change deadline. (Every
    /// place that picks "the date to act by" uses this one list.)
    pub const ACT_BY: [DateKind; 3] = [
        DateKind::Deadline,
        DateKind::ReportDue,
        DateKind::JobChangeDeadline,
    ];

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            DateKind::ValidUntil => "valid_until",
            DateKind::WindowOpens => "window_opens",
            DateKind::DueSoonFrom => "due_soon_from",
            DateKind::Deadline => "deadline",
            DateKind::GraceEnds => "grace_ends",
            DateKind::TermLimit => "term_limit",
            DateKind::ReportDue => "report_due",
            DateKind::ReportWindowOpens => "report_window_opens",
            DateKind::ReportWindowCloses => "report_window_closes",
            DateKind::JobChangeDeadline => "job_change_deadline",
            DateKind::DecisionFollowUp => "decision_follow_up",
            DateKind::ActBy => "act_by",
            DateKind::RenewableUntil => "renewable_until",
        }
    }

    /// Words for people.
    pub fn label(self) -> &'static str {
        match self {
            DateKind::ValidUntil => "valid until",
            DateKind::WindowOpens => "renewal window opens",
            DateKind::DueSoonFrom => "due soon from",
            DateKind::Deadline => "deadline",
            DateKind::GraceEnds => "grace period ends",
            DateKind::TermLimit => "no renewal beyond",
            DateKind::ReportDue => "90-day report due",
            DateKind::ReportWindowOpens => "report filing opens",
            DateKind::ReportWindowCloses => "report filing closes",
            DateKind::JobChangeDeadline => "find a new employer by",
            DateKind::DecisionFollowUp => "ask about the decision from",
            DateKind::ActBy => "act by (last working day)",
            DateKind::RenewableUntil => "can be renewed until",
        }
    }
}

impl AsTerm for DateKind {
    fn term(&self) -> Term {
        Term::new(TermGroup::DateKind, self.as_str())
    }
}

/// A computed date and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct KeyDate {
    /// Which date.
    pub kind: DateKind,
    /// The date.
    pub date: NaiveDate,
    /// Why (at least one reason).
    pub reasons: Vec<Reason>,
}

/// A document the person has that was considered for a prerequisite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Found {
    /// The document.
    pub document: DocumentId,
    /// Its kind.
    pub kind: DocumentKind,
    /// Until when it is valid (if known).
    pub valid_until: Option<NaiveDate>,
}

/// Something that stops a renewal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Blocker {
    /// A prerequisite document is missing or will not be valid long enough.
    Prerequisite {
        /// Kinds that would satisfy it.
        kinds: Vec<DocumentKind>,
        /// The day it is needed.
        needed_on: NaiveDate,
        /// It must be valid at least until this day.
        required_until: NaiveDate,
        /// The best candidate the person has, if any.
        found: Option<Found>,
        /// The rule that requires it.
        reason: Reason,
    },
    /// The longest total term is reached: no further renewal.
    TermLimit {
        /// The limit.
        limit: NaiveDate,
        /// The rule that sets it.
        reason: Reason,
    },
}

impl Blocker {
    /// A short summary for dashboards ("blocked: needs a passport valid until …").
    pub fn summary(&self) -> Message {
        match self {
            Blocker::Prerequisite {
                kinds,
                required_until,
                ..
            } => Message::new(M::BlockerNeeds)
                .kinds(A::Kinds, kinds)
                .date(A::Date, *required_until),
            Blocker::TermLimit { limit, .. } => {
                Message::new(M::BlockerTermLimit).date(A::Date, *limit)
            }
        }
    }

    /// Whether the blocker comes from a maintainers' default (`confidence
    /// = "setting"`), not from a legal source: show it as advice.
    pub fn is_advice(&self) -> bool {
        matches!(
            &self.reason().basis,
            Basis::Rule {
                confidence: Confidence::Setting,
                ..
            }
        )
    }

    /// The rule behind the blocker.
    pub fn reason(&self) -> &Reason {
        match self {
            Blocker::Prerequisite { reason, .. } | Blocker::TermLimit { reason, .. } => reason,
        }
    }
}

/// A reminder from the ladder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
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

/// An official fee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FeeDue {
    /// The fee.
    pub fee: Fee,
    /// The rule that sets it.
    pub reason: Reason,
}

/// A fine owed on the evaluation date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FineDue {
    /// The fine.
    pub fine: Fine,
    /// Days late that are charged (waived days left out).
    pub days_late: u64,
    /// Days late that a waiver leaves uncharged.
    pub waived_days: u64,
    /// The rules that waive them.
    pub waivers: Vec<Reason>,
    /// Amount owed on the evaluation date.
    pub amount: u64,
    /// The rule that sets it.
    pub reason: Reason,
}

/// Someone other than the worker has held the document for longer than
/// the maintainers' setting allows without a flag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CustodyFlag {
    /// Who holds it.
    pub holder: Custodian,
    /// Since when.
    pub since: NaiveDate,
    /// For how many days on the evaluation date.
    pub days: u64,
    /// The setting that flags it.
    pub setting: Reason,
    /// What the law says about keeping a worker's documents, if the rules
    /// have it.
    pub law: Option<Reason>,
}

/// What to bring for the next renewal, and the rule that lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RuleChecklist {
    /// The rule.
    pub rule: String,
    /// How sure the maintainers are of it.
    pub confidence: Confidence,
    /// The items.
    pub items: Vec<ChecklistItem>,
}

/// A payment for this document above this share of its official fees is
/// flagged (a maintainers' setting).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OverchargeLimit {
    /// The share, in percent of the official fees.
    pub percent: u32,
    /// The setting.
    pub reason: Reason,
}

/// Everything computed for one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentStatus {
    /// The document.
    pub document: DocumentId,
    /// Its holder.
    pub holder: PersonId,
    /// Its kind.
    pub kind: DocumentKind,
    /// Its lifecycle state on the evaluation date.
    pub lifecycle: StateName,
    /// Time status on the evaluation date.
    pub status: TimeStatus,
    /// The status by dates alone, before a missing prerequisite turns it
    /// into `Blocked` (e.g. `InGrace` for a blocked document past its
    /// deadline). Used to sort by urgency and to pick the next deadline.
    pub phase: TimeStatus,
    /// Why.
    pub status_reasons: Vec<Reason>,
    /// Key dates, in date order.
    pub dates: Vec<KeyDate>,
    /// What blocks a renewal (also listed before the window opens, as an early warning).
    pub blockers: Vec<Blocker>,
    /// The full reminder ladder.
    pub reminders: Vec<Reminder>,
    /// Reminders due on the evaluation date.
    pub reminders_due: Vec<Reminder>,
    /// Fees for the next renewal.
    pub fees: Vec<FeeDue>,
    /// Fines owed on the evaluation date.
    pub fines: Vec<FineDue>,
    /// Ids of the rules that decided something for this document.
    pub rules: Vec<String>,
    /// Notes (e.g. "renewal submitted on …", missing related documents).
    pub notes: Vec<Message>,
    /// Who holds it, when someone said (none: the worker, as far as known).
    pub custody: Option<Custody>,
    /// Held by someone else for too long.
    pub custody_flag: Option<CustodyFlag>,
    /// Documents a renewal needs that the person has (prerequisites met
    /// or not yet met), so the plan can ask for them back in time.
    pub needs_documents: Vec<DocumentId>,
    /// What to bring for the renewal.
    pub checklist: Option<RuleChecklist>,
    /// When a payment for it is flagged.
    pub overcharge_limit: Option<OverchargeLimit>,
    /// A renewal handed in on this day is pending (covered by its receipt
    /// when the status is `awaiting_decision`; otherwise the document ends
    /// on its dates meanwhile).
    pub pending_since: Option<NaiveDate>,
}

impl DocumentStatus {
    /// Removes what only explains the status: its reasons, its notes and
    /// the reasons of every date except the end date ([`DateKind::ValidUntil`],
    /// which chains of documents follow). What
    /// [`super::evaluate_statuses`] leaves out.
    pub fn strip_explanations(&mut self) {
        self.status_reasons.clear();
        self.notes.clear();
        for date in &mut self.dates {
            if date.kind != DateKind::ValidUntil {
                date.reasons.clear();
            }
        }
    }

    /// Every reason of the status: of the status itself, its dates,
    /// blockers, reminders, fees, fines and waivers.
    pub fn all_reasons(&self) -> impl Iterator<Item = &Reason> {
        self.status_reasons
            .iter()
            .chain(self.dates.iter().flat_map(|d| d.reasons.iter()))
            .chain(self.blockers.iter().map(Blocker::reason))
            .chain(self.reminders.iter().map(|r| &r.reason))
            .chain(self.fees.iter().map(|f| &f.reason))
            .chain(
                self.fines
                    .iter()
                    .flat_map(|f| std::iter::once(&f.reason).chain(f.waivers.iter())),
            )
    }

    /// A key date by kind.
    pub fn date(&self, kind: DateKind) -> Option<&KeyDate> {
        self.dates.iter().find(|d| d.kind == kind)
    }

    /// The date to act by ([`DateKind::ACT_BY`]), whatever the phase.
    pub fn act_by_date(&self) -> Option<&KeyDate> {
        DateKind::ACT_BY.iter().find_map(|k| self.date(*k))
    }

    /// Whether the document is blocked only by maintainers' defaults
    /// (advice), not by a legal requirement: show it as advice, not as law.
    pub fn advisory(&self) -> bool {
        self.status == TimeStatus::Blocked
            && !self.blockers.is_empty()
            && self.blockers.iter().all(Blocker::is_advice)
    }

    /// Whether the document is usable now: neither ended (expired,
    /// lapsed) nor out of use (superseded, lost, cancelled, archived).
    pub fn is_current(&self) -> bool {
        !matches!(
            self.status,
            TimeStatus::NotApplicable | TimeStatus::Expired | TimeStatus::Lapsed
        )
    }

    /// The next date to act by: the deadline (or report due / job-change
    /// deadline), or the grace end while in grace.
    pub fn next_deadline(&self) -> Option<&KeyDate> {
        let order: &[DateKind] = match self.phase {
            TimeStatus::InGrace => &[DateKind::GraceEnds, DateKind::ReportWindowCloses],
            TimeStatus::AwaitingDecision => &[DateKind::DecisionFollowUp],
            TimeStatus::Lapsed => &[DateKind::RenewableUntil],
            _ => &DateKind::ACT_BY,
        };
        order
            .iter()
            .find_map(|k| self.date(*k))
            .or_else(|| self.date(DateKind::Deadline))
    }
}

/// The result of an evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    /// The evaluation date.
    pub as_of: NaiveDate,
    /// One entry per document that exists on that date, most urgent first.
    pub documents: Vec<DocumentStatus>,
    /// Problems with the input (e.g. a document whose holder is unknown).
    pub warnings: Vec<Message>,
}

impl Evaluation {
    /// The status of one document.
    pub fn get(&self, id: DocumentId) -> Option<&DocumentStatus> {
        self.documents.iter().find(|d| d.document == id)
    }
}
