//! Notices: what a change of the rules in use changed for one person
//! (a deadline moved, a status changed, a new step in their plan), kept in
//! their sealed history as `notice_received` events and marked read with
//! `notice_read` (docs/adr/0023).
//!
//! The domain keeps a notice as data with the codes of the words it names
//! (`status`, `date` kinds, plan actions): the rules' vocabularies live on
//! a higher floor, and `app::notices` turns the codes back into words in
//! the person's language.

use super::document::DocumentKind;
use super::ids::{DocumentId, EventId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What changed, as codes of the rules' vocabularies.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum NoticeChange {
    /// The document's status (`status` codes, e.g. `due_soon` → `lapsed`).
    Status {
        /// Before.
        before: String,
        /// After.
        after: String,
    },
    /// A date of the document (a `date` kind code, e.g. `deadline`) moved,
    /// appeared (`before` none) or went away (`after` none).
    Date {
        /// Which date.
        date_kind: String,
        /// Before.
        before: Option<NaiveDate>,
        /// After.
        after: Option<NaiveDate>,
    },
    /// The official fees for the next renewal, in whole units.
    Fees {
        /// ISO 4217 code.
        currency: String,
        /// Before.
        before: u64,
        /// After.
        after: u64,
    },
    /// The fines owed, in whole units.
    Fines {
        /// ISO 4217 code.
        currency: String,
        /// Before.
        before: u64,
        /// After.
        after: u64,
    },
    /// A renewal became blocked (a document it needs is missing or ends
    /// too early) or is no longer blocked.
    Blocked {
        /// Blocked after the change.
        now: bool,
    },
    /// A step of the person's plan (an `action` code, e.g. `cannot_renew`)
    /// appeared or went away.
    Step {
        /// The action.
        action: String,
        /// Added (true) or gone (false).
        added: bool,
    },
}

impl NoticeChange {
    /// A short code of the kind of change (`status`, `date`, `fees`,
    /// `fines`, `blocked`, `step`), for grouping.
    pub fn code(&self) -> &'static str {
        match self {
            NoticeChange::Status { .. } => "status",
            NoticeChange::Date { .. } => "date",
            NoticeChange::Fees { .. } => "fees",
            NoticeChange::Fines { .. } => "fines",
            NoticeChange::Blocked { .. } => "blocked",
            NoticeChange::Step { .. } => "step",
        }
    }
}

/// One change the new rules make for a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Notice {
    /// The document it is about (none: the person's plan as a whole).
    pub document: Option<DocumentId>,
    /// Its kind (or the kind a plan step is about).
    pub kind: Option<DocumentKind>,
    /// What changed that the person acts on first (a deadline before a
    /// status, a status before a fee).
    pub change: NoticeChange,
    /// The other changes to the same document, which follow from it (the
    /// renewal window that moves with the deadline).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<NoticeChange>,
    /// The change applies from this day (later than the day it was
    /// noticed: a rule that takes effect later); none: at once.
    pub from: Option<NaiveDate>,
    /// The rule that decides the new value, if one does.
    pub rule: Option<String>,
    /// The rule's first source (title), kept with the notice.
    pub source: Option<String>,
    /// The rules before, `set@version` (e.g. `th@13`).
    pub rules_before: String,
    /// The rules after.
    pub rules_after: String,
    /// Low priority: it only concerns dates more than a year away (listed,
    /// never a reminder).
    pub later: bool,
}

impl Notice {
    /// What makes two notices the same change: the same document (or
    /// plan), the same change from the same day. The same change seen
    /// again (a pack installed again after a restore) is not noticed twice.
    pub fn same_change(&self, other: &Notice) -> bool {
        self.document == other.document
            && self.kind == other.kind
            && self.change == other.change
            && self.also == other.also
            && self.from == other.from
    }
}

/// A notice as kept in a person's record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReceivedNotice {
    /// The `notice_received` event (the notice's id, to mark it read).
    pub event: EventId,
    /// The day it was noticed.
    pub on: NaiveDate,
    /// The notice.
    pub notice: Notice,
    /// The person (or their app) marked it read.
    pub read: bool,
}
