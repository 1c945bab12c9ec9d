//! Messages for people as ids with typed arguments, and their rendering in
//! a language. Apps may render messages themselves from the id and the
//! arguments, or call [`render_message`].

pub use crate::vocabulary::{
    DocumentKind, EventName, Language, Money, RecordKind, SlotKind, Span, StateName,
};
use crate::ApiError;
use chrono::NaiveDate;
use doctrack_core::messages as core;
use doctrack_core::messages::Localizer;

/// The vocabulary a term argument comes from; its message id is
/// `<prefix>-<code>`, e.g. `status-due_soon`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum TermGroup {
    /// A time status (`status-…`).
    Status,
    /// A lifecycle state (`state-…`).
    State,
    /// An event (`event-…`).
    Event,
    /// A computed date (`date-…`).
    DateKind,
    /// A plan action (`action-…`).
    Action,
    /// A rule's confidence (`confidence-…`).
    Confidence,
    /// A reason for cancelling (`cancel-…`).
    CancelReason,
    /// A kind of stored record (`record-…`).
    Record,
    /// An input field (`field-…`).
    Field,
}

impl From<core::TermGroup> for TermGroup {
    fn from(g: core::TermGroup) -> Self {
        match g {
            core::TermGroup::Status => TermGroup::Status,
            core::TermGroup::State => TermGroup::State,
            core::TermGroup::Event => TermGroup::Event,
            core::TermGroup::DateKind => TermGroup::DateKind,
            core::TermGroup::Action => TermGroup::Action,
            core::TermGroup::Confidence => TermGroup::Confidence,
            core::TermGroup::CancelReason => TermGroup::CancelReason,
            core::TermGroup::Record => TermGroup::Record,
            core::TermGroup::Field => TermGroup::Field,
        }
    }
}

/// A typed argument value.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum MessageValue {
    /// A calendar date.
    Date {
        /// The date.
        date: NaiveDate,
    },
    /// A whole number (days, counts; drives plural forms).
    Number {
        /// The number.
        value: i64,
    },
    /// A length of time.
    Span {
        /// The length.
        span: Span,
    },
    /// An amount with its currency.
    Money {
        /// The amount.
        money: Money,
    },
    /// A document kind.
    Kind {
        /// The kind.
        kind: DocumentKind,
    },
    /// Alternative document kinds ("passport or certificate of identity").
    Kinds {
        /// The kinds.
        kinds: Vec<DocumentKind>,
    },
    /// A word of a closed vocabulary.
    Term {
        /// The vocabulary.
        group: TermGroup,
        /// The word's code, e.g. `due_soon`.
        code: String,
    },
    /// A rule id.
    Rule {
        /// The id.
        id: String,
    },
    /// Text shown as it is (a fee label from a rule file).
    Text {
        /// The text.
        text: String,
    },
}

/// A named argument.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MessageArg {
    /// The placeholder's name (`date`, `kind`, …).
    pub name: String,
    /// Its value.
    pub value: MessageValue,
}

/// Something to tell a person: a stable id (see the Fluent catalogs in
/// `core/src/messages/catalogs/`) and typed arguments.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Message {
    /// The id, e.g. `reason-printed-expiry`.
    pub id: String,
    /// The arguments.
    pub args: Vec<MessageArg>,
}

impl From<core::Message> for Message {
    fn from(m: core::Message) -> Self {
        Message {
            id: m.id.as_str().to_string(),
            args: m
                .args
                .into_iter()
                .map(|a| MessageArg {
                    name: a.name.to_string(),
                    value: a.value.into(),
                })
                .collect(),
        }
    }
}

impl From<core::ArgValue> for MessageValue {
    fn from(v: core::ArgValue) -> Self {
        match v {
            core::ArgValue::Date(date) => MessageValue::Date { date },
            core::ArgValue::Number(value) => MessageValue::Number { value },
            core::ArgValue::Span(s) => MessageValue::Span { span: s.into() },
            core::ArgValue::Money { amount, currency } => MessageValue::Money {
                money: Money {
                    amount: i64::try_from(amount).unwrap_or(i64::MAX),
                    currency,
                },
            },
            core::ArgValue::Kind(k) => MessageValue::Kind { kind: k.into() },
            core::ArgValue::Kinds(ks) => MessageValue::Kinds {
                kinds: ks.into_iter().map(Into::into).collect(),
            },
            core::ArgValue::Term(t) => MessageValue::Term {
                group: t.group.into(),
                code: t.code.to_string(),
            },
            core::ArgValue::Rule(id) => MessageValue::Rule { id },
            core::ArgValue::Text(text) => MessageValue::Text { text },
        }
    }
}

/// Converts a message back into the core's form (for rendering).
fn to_core(message: Message) -> Result<core::Message, ApiError> {
    let invalid = |reason: &str| {
        crate::error::invalid(
            crate::vocabulary::Field::Message,
            doctrack_core::app::Problem::Other {
                reason: reason.into(),
            },
        )
    };
    let id = core::MessageId::parse(&message.id).ok_or_else(|| invalid("unknown message id"))?;
    let terms = core::terms::all();
    let mut out = core::Message::new(id);
    for arg in message.args {
        let value = match arg.value {
            MessageValue::Date { date } => core::ArgValue::Date(date),
            MessageValue::Number { value } => core::ArgValue::Number(value),
            MessageValue::Span { span } => core::ArgValue::Span(span.into()),
            MessageValue::Money { money } => core::ArgValue::Money {
                amount: u64::try_from(money.amount).unwrap_or(0),
                currency: money.currency,
            },
            MessageValue::Kind { kind } => core::ArgValue::Kind(kind.into()),
            MessageValue::Kinds { kinds } => {
                core::ArgValue::Kinds(kinds.into_iter().map(Into::into).collect())
            }
            MessageValue::Term { group, code } => {
                let term = terms
                    .iter()
                    .find(|t| TermGroup::from(t.group) == group && t.code == code)
                    .ok_or_else(|| invalid("unknown term"))?;
                core::ArgValue::Term(*term)
            }
            MessageValue::Rule { id } => core::ArgValue::Rule(id),
            MessageValue::Text { text } => core::ArgValue::Text(text),
        };
        out = out.arg(arg.name, value);
    }
    Ok(out)
}

/// The message as text in `language` (English where that language's
/// catalog lacks it). An unknown id or argument is a `Validation` error.
#[uniffi::export]
pub fn render_message(message: Message, language: Language) -> Result<String, ApiError> {
    let message = to_core(message)?;
    Ok(Localizer::shared(language.into()).render(&message))
}

/// A document kind's name in `language`, for headings ("Work permit").
#[uniffi::export]
pub fn document_kind_name(kind: DocumentKind, language: Language) -> String {
    Localizer::shared(language.into()).kind_name(&kind.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use doctrack_core::messages::MessageId;

    #[test]
    fn messages_round_trip_and_render() {
        let core_msg = core::Message::new(MessageId::ReasonFine)
            .text("label", "Overstay fine")
            .money("amount", 500, "THB")
            .number("days", 1)
            .date("date", NaiveDate::from_ymd_opt(2026, 1, 2).unwrap());
        let ffi: Message = core_msg.clone().into();
        assert_eq!(ffi.id, "reason-fine");
        assert_eq!(to_core(ffi.clone()).unwrap(), core_msg);
        assert_eq!(
            render_message(ffi, Language::En).unwrap(),
            "Overstay fine: 500 THB after 1 day late (from 2026-01-02)"
        );
        let bad = Message {
            id: "no-such-id".into(),
            args: vec![],
        };
        assert!(matches!(
            render_message(bad, Language::En),
            Err(ApiError::Validation { .. })
        ));
    }
}
