//! Messages for people as ids with typed arguments, and their rendering in
//! a language. Apps may render messages themselves from the id and the
//! arguments, or call [`render_message`].

pub use crate::vocabulary::{
    DateStyle, DocumentKind, EventName, Language, Money, RecordKind, ReviewState, SlotKind, Span,
    StateName,
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
    /// What a reminder is about (`reminder-kind-…`).
    ReminderKind,
    /// A reminder's state (`reminder-state-…`).
    ReminderState,
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
            core::TermGroup::ReminderKind => TermGroup::ReminderKind,
            core::TermGroup::ReminderState => TermGroup::ReminderState,
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

/// A message argument of the wrong shape (`field = message`).
fn invalid_message(reason: &str) -> ApiError {
    crate::error::invalid(
        crate::vocabulary::Field::Message,
        doctrack_core::app::Problem::Other {
            reason: reason.into(),
        },
    )
}

/// The word `code` of vocabulary `group`, or a `Validation` error.
fn find_term(group: TermGroup, code: &str) -> Result<core::Term, ApiError> {
    core::terms::all()
        .iter()
        .find(|t| TermGroup::from(t.group) == group && t.code == code)
        .copied()
        .ok_or_else(|| invalid_message("unknown term"))
}

/// One word of doctrack's closed vocabularies in `language`, as messages
/// show it: a time status ("due soon"), an event ("renewal submitted"), a
/// confidence, a lifecycle state, … — `code` is the snake_case name the
/// messages carry (`MessageValue.Term`), e.g. `due_soon`. An unknown group
/// and code is a `Validation` error.
#[uniffi::export]
pub fn term_name(group: TermGroup, code: String, language: Language) -> Result<String, ApiError> {
    let term = find_term(group, &code)?;
    Ok(Localizer::shared(language.into()).term(term))
}

/// Converts a message back into the core's form (for rendering).
fn to_core(message: Message) -> Result<core::Message, ApiError> {
    let id =
        core::MessageId::parse(&message.id).ok_or_else(|| invalid_message("unknown message id"))?;
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
            MessageValue::Term { group, code } => core::ArgValue::Term(find_term(group, &code)?),
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

/// A message as text with how far it can be trusted.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LocalizedText {
    /// The text.
    pub text: String,
    /// The least reviewed part of it: `Draft` when the message or a word put
    /// into it (a document kind, a status) is not yet reviewed by a native
    /// speaker. Show drafts as such ("draft: not yet reviewed").
    pub review: ReviewState,
    /// Whether some of it is English because the language lacks it.
    pub english_fallback: bool,
}

/// The message as text in `language` with its review state; `style` chooses
/// the era, shape and digits of dates (`None`: the language's default, see
/// `defaultDateStyle`). An unknown id or argument is a `Validation` error.
#[uniffi::export]
pub fn localize_message(
    message: Message,
    language: Language,
    style: Option<DateStyle>,
) -> Result<LocalizedText, ApiError> {
    let message = to_core(message)?;
    let r = with_localizer(language, style, |l| l.render_reviewed(&message));
    Ok(LocalizedText {
        text: r.text,
        review: r.review.into(),
        english_fallback: r.english_fallback,
    })
}

/// Runs `f` with a localizer for `language` and `style` (the shared one for
/// the language's default style).
fn with_localizer<R>(
    language: Language,
    style: Option<DateStyle>,
    f: impl FnOnce(&Localizer) -> R,
) -> R {
    let language = language.into();
    match style {
        Some(s) => f(&Localizer::with_style(language, s.into())),
        None => f(Localizer::shared(language)),
    }
}

/// A date as a reader of `language` expects it (`31 มี.ค. 2569` in Thai,
/// `31/03/2026` in Burmese); `style` overrides the language's default.
#[uniffi::export]
pub fn format_date(date: NaiveDate, language: Language, style: Option<DateStyle>) -> String {
    with_localizer(language, style, |l| l.date(date))
}

/// The documented default date style of a language: Thai shows Buddhist Era
/// years with Thai month abbreviations, English `2026-03-31` (ISO), Burmese,
/// Khmer and Lao `31/03/2026`; all with 0–9 digits.
#[uniffi::export]
pub fn default_date_style(language: Language) -> DateStyle {
    core::DateStyle::default_for(language.into()).into()
}

/// What an app may show about a language's texts.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CatalogInfo {
    /// The language.
    pub language: Language,
    /// The catalog's review state (`Draft` for every language but English
    /// until a native speaker reviews it).
    pub review: ReviewState,
    /// How many messages it has.
    pub messages: u32,
    /// How many of them are drafts.
    pub drafts: u32,
    /// The state in the language's own words ("draft: not yet reviewed by a
    /// native speaker").
    pub review_text: String,
}

/// The review state of a language's catalog, for an app's language picker
/// or an "unreviewed translation" banner.
#[uniffi::export]
pub fn catalog_info(language: Language) -> CatalogInfo {
    let info = core::catalog_info(language.into());
    let l = Localizer::shared(language.into());
    CatalogInfo {
        language,
        review: info.review.into(),
        messages: u32::try_from(info.messages).unwrap_or(u32::MAX),
        drafts: u32::try_from(info.drafts).unwrap_or(u32::MAX),
        review_text: l.text(info.review.message_id(), &[]),
    }
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
    fn terms_are_named_in_each_language() {
        assert_eq!(
            term_name(TermGroup::Status, "due_soon".into(), Language::En).unwrap(),
            "due soon"
        );
        let th = term_name(TermGroup::Status, "due_soon".into(), Language::Th).unwrap();
        assert!(!th.is_empty() && th != "due soon", "{th}");
        for bad in [
            (TermGroup::Status, "due-soon"),
            (TermGroup::Event, "due_soon"),
        ] {
            assert!(matches!(
                term_name(bad.0, bad.1.into(), Language::En),
                Err(ApiError::Validation { .. })
            ));
        }
    }

    #[test]
    fn burmese_texts_come_with_their_review_state() {
        let m =
            Message::from(core::Message::new(MessageId::ReminderShortDueSoon).number("days", 7));
        let my = localize_message(m.clone(), Language::My, None).unwrap();
        assert_eq!(my.review, ReviewState::Draft);
        assert!(!my.english_fallback);
        assert!(my.text.contains('7'));
        let en = localize_message(m, Language::En, None).unwrap();
        assert_eq!(en.review, ReviewState::Reviewed);
        let info = catalog_info(Language::My);
        assert_eq!(info.review, ReviewState::Draft);
        assert_ne!(
            info.review_text,
            "draft: not yet reviewed by a native speaker"
        );
        let date = NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
        assert_eq!(format_date(date, Language::Th, None), "31 มี.ค. 2569");
        let native = DateStyle {
            digits: crate::vocabulary::Digits::Native,
            ..default_date_style(Language::My)
        };
        assert_eq!(format_date(date, Language::My, Some(native)), "၃၁/၀၃/၂၀၂၆");
    }

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
