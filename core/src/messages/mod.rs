//! Messages for people as **ids with typed arguments**, never as finished
//! sentences. The evaluator, the planner and the error classification speak
//! in [`Message`]s; a [`Localizer`] turns them into text in one language
//! from a Fluent catalog (`catalogs/<lang>.ftl`).
//!
//! Apps receive the id and the arguments (dates as dates, amounts with their
//! currency, document kinds, rule ids…), so they can render them themselves,
//! or ask the library for the text in the person's language.
//!
//! Ids are stable: an app or a translator may rely on them. Add new ids;
//! never change the meaning of an existing one.

mod args;
mod catalog;
#[cfg(test)]
mod catalog_tests;
pub mod dates;
mod ids;
mod render;
pub mod terms;
pub mod ui;

pub use args::ArgName;
pub use catalog::{catalog_info, CatalogInfo, ReviewState};
pub use dates::{DateForm, DateStyle, Digits};
pub use ids::MessageId;
pub use render::{english, fixed_ids, Localizer, Rendered};

use crate::domain::dates::Span;
use crate::domain::DocumentKind;
use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;

/// A closed vocabulary whose words have their own message ids
/// (`status-due_soon`, `event-renewal_submitted`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TermGroup {
    /// A time status (`valid`, `due_soon`, …).
    Status,
    /// A lifecycle state (`active`, `renewal_in_progress`, …).
    State,
    /// An event name (`renewal_submitted`, …).
    Event,
    /// A computed date (`deadline`, `grace_ends`, …).
    DateKind,
    /// A plan action (`renew`, `file_report`, …).
    Action,
    /// A rule's confidence (`high`, `setting`, …).
    Confidence,
    /// A reason for cancelling (`left_employer`, …).
    CancelReason,
    /// A kind of stored record (`person`, `document`, …).
    Record,
    /// What a reminder is about (`due_soon`, `overdue`, …).
    ReminderKind,
    /// A reminder's state (`done`, `snoozed`, …).
    ReminderState,
    /// An input field (`display_name`, `expires_on`, …).
    Field,
    /// Who supplies a checklist item or acts in a step (`employer`, …).
    Supplier,
    /// A checklist item that is not a document (`photos`, …).
    Thing,
    /// A person's starting situation (`out_of_status`, …).
    Situation,
    /// Who holds a document (`employer`, `broker`, …).
    Custodian,
    /// Whom a payment went to (`employer`, `broker`, …).
    Payee,
    /// A problem a service helps with (`documents_held`, …).
    HelpTopic,
    /// What kind of service it is (`hotline`, `ngo`, …).
    ServiceKind,
}

impl TermGroup {
    /// The prefix of the group's message ids.
    pub fn prefix(self) -> &'static str {
        match self {
            TermGroup::Status => "status",
            TermGroup::State => "state",
            TermGroup::Event => "event",
            TermGroup::DateKind => "date",
            TermGroup::Action => "action",
            TermGroup::Confidence => "confidence",
            TermGroup::CancelReason => "cancel",
            TermGroup::Record => "record",
            TermGroup::ReminderKind => "reminder-kind",
            TermGroup::ReminderState => "reminder-state",
            TermGroup::Field => "field",
            TermGroup::Supplier => "supplier",
            TermGroup::Thing => "thing",
            TermGroup::Situation => "situation",
            TermGroup::Custodian => "custodian",
            TermGroup::Payee => "payee",
            TermGroup::HelpTopic => "problem",
            TermGroup::ServiceKind => "service-kind",
        }
    }
}

/// One word of a closed vocabulary, e.g. the status `due_soon`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Term {
    /// Which vocabulary.
    pub group: TermGroup,
    /// The word's snake_case code.
    pub code: &'static str,
}

impl Term {
    /// The word `code` of `group`.
    pub const fn new(group: TermGroup, code: &'static str) -> Term {
        Term { group, code }
    }

    /// The term's message id, e.g. `status-due_soon`.
    pub fn message_id(&self) -> String {
        format!("{}-{}", self.group.prefix(), self.code)
    }
}

/// A typed argument value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ArgValue {
    /// A calendar date (shown in the reader's calendar and era).
    Date(NaiveDate),
    /// A whole number (days, counts); drives plural forms.
    Number(i64),
    /// A length of time (`60 days`, `2 years`).
    Span(Span),
    /// An amount of money in whole units of its ISO 4217 currency.
    Money {
        /// The amount.
        amount: u64,
        /// ISO 4217 code, e.g. `THB`.
        currency: String,
    },
    /// A document kind.
    Kind(DocumentKind),
    /// Alternative document kinds ("passport or certificate of identity").
    Kinds(Vec<DocumentKind>),
    /// A word of a closed vocabulary.
    Term(Term),
    /// A rule id, as written in the rule files.
    Rule(String),
    /// Text shown as it is (a fee label from a rule file, a slot name).
    Text(String),
}

/// A named argument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Arg {
    /// The placeholder's name in the catalogs (`date`, `kind`, …).
    pub name: ArgName,
    /// Its value.
    pub value: ArgValue,
}

/// Something to tell a person: a stable id and typed arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Message {
    /// The message id.
    pub id: MessageId,
    /// Its arguments, in no particular order.
    pub args: Vec<Arg>,
}

impl Message {
    /// A message without arguments.
    pub fn new(id: MessageId) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: ArgName, value: ArgValue) -> Message {
        self.args.push(Arg { name, value });
        self
    }

    /// Adds a date argument.
    pub fn date(self, name: ArgName, date: NaiveDate) -> Message {
        self.arg(name, ArgValue::Date(date))
    }

    /// Adds a number argument.
    pub fn number(self, name: ArgName, n: i64) -> Message {
        self.arg(name, ArgValue::Number(n))
    }

    /// Adds a span argument.
    pub fn span(self, name: ArgName, span: Span) -> Message {
        self.arg(name, ArgValue::Span(span))
    }

    /// Adds a document-kind argument.
    pub fn kind(self, name: ArgName, kind: &DocumentKind) -> Message {
        self.arg(name, ArgValue::Kind(kind.clone()))
    }

    /// Adds an argument listing alternative kinds.
    pub fn kinds(self, name: ArgName, kinds: &[DocumentKind]) -> Message {
        self.arg(name, ArgValue::Kinds(kinds.to_vec()))
    }

    /// Adds a term argument.
    pub fn term(self, name: ArgName, term: Term) -> Message {
        self.arg(name, ArgValue::Term(term))
    }

    /// Adds a money argument.
    pub fn money(self, name: ArgName, amount: u64, currency: &str) -> Message {
        self.arg(
            name,
            ArgValue::Money {
                amount,
                currency: currency.to_string(),
            },
        )
    }

    /// Adds a rule-id argument.
    pub fn rule(self, name: ArgName, id: &str) -> Message {
        self.arg(name, ArgValue::Rule(id.to_string()))
    }

    /// Adds a verbatim text argument.
    pub fn text(self, name: ArgName, text: impl Into<String>) -> Message {
        self.arg(name, ArgValue::Text(text.into()))
    }

    /// The value of argument `name`, if present.
    pub fn get(&self, name: ArgName) -> Option<&ArgValue> {
        self.args.iter().find(|a| a.name == name).map(|a| &a.value)
    }
}

/// English text, for logs, tests and maintainers' tools.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&english().render(self))
    }
}

/// Types whose values are words of a [`TermGroup`].
pub trait AsTerm {
    /// The value as a term.
    fn term(&self) -> Term;
}
