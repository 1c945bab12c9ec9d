//! Turning [`Message`]s into text with Fluent catalogs, in a reader's
//! language, date style and digits, with the review state of the text.

use super::catalog::{catalog, Catalog, ReviewState};
use super::dates::{format_date, native_zero, to_native_digits, DateStyle, Digits};
use super::{ArgValue, Message, MessageId, Term};
use crate::domain::dates::Span;
use crate::domain::{DocumentKind, Language};
use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;
use std::sync::OnceLock;

type Bundle = FluentBundle<&'static FluentResource>;

/// A number in the digits whose zero is `zero`.
fn number_in(value: &FluentValue, zero: char) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            let latin = n.as_string();
            Some(
                latin
                    .chars()
                    .map(|c| match c.to_digit(10) {
                        Some(d) => char::from_u32(zero as u32 + d).unwrap_or(c),
                        None => c,
                    })
                    .collect(),
            )
        }
        _ => None,
    }
}

// Fluent takes a plain function as its number formatter, so one per script.
fn thai_digits<M>(v: &FluentValue, _: &M) -> Option<String> {
    number_in(v, '\u{0E50}')
}
fn myanmar_digits<M>(v: &FluentValue, _: &M) -> Option<String> {
    number_in(v, '\u{1040}')
}
fn khmer_digits<M>(v: &FluentValue, _: &M) -> Option<String> {
    number_in(v, '\u{17E0}')
}
fn lao_digits<M>(v: &FluentValue, _: &M) -> Option<String> {
    number_in(v, '\u{0ED0}')
}

/// A bundle over the catalog of `catalog_language`, selecting plural forms
/// by that language and writing numbers in the digits of `digits_language`
/// (if any).
fn bundle(
    catalog_language: Language,
    source: &'static Catalog,
    digits_language: Option<Language>,
) -> Bundle {
    let lang: unic_langid::LanguageIdentifier = catalog_language
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // Plain text for terminals and notifications; none of our languages is
    // written right to left.
    bundle.set_use_isolating(false);
    match digits_language {
        Some(Language::Th) => bundle.set_formatter(Some(thai_digits)),
        Some(Language::My) => bundle.set_formatter(Some(myanmar_digits)),
        Some(Language::Km) => bundle.set_formatter(Some(khmer_digits)),
        Some(Language::Lo) => bundle.set_formatter(Some(lao_digits)),
        Some(Language::En) | None => {}
    }
    // Duplicate ids keep the first; the catalog tests refuse duplicates.
    let _ = bundle.add_resource(&source.resource);
    bundle
}

/// A message rendered as text, with how far it can be trusted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Rendered {
    /// The text.
    pub text: String,
    /// The least reviewed part of it: `Draft` if the message or any word
    /// put into it (a document kind, a status, a month) is a draft.
    pub review: ReviewState,
    /// Whether some part of it is English because the language's catalog
    /// lacks it.
    pub english_fallback: bool,
}

/// Renders messages in one language and date style, falling back to
/// English for any message the language's catalog lacks.
pub struct Localizer {
    language: Language,
    source: &'static Catalog,
    style: DateStyle,
    primary: Option<Bundle>,
    english: Bundle,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("language", &self.language)
            .field("style", &self.style)
            .finish_non_exhaustive()
    }
}

/// The shared English localizer.
pub fn english() -> &'static Localizer {
    Localizer::shared(Language::En)
}

impl Localizer {
    /// A localizer for `language` with its default date style
    /// ([`DateStyle::default_for`]).
    pub fn new(language: Language) -> Localizer {
        Localizer::with_style(language, DateStyle::default_for(language))
    }

    /// A localizer for `language` with a chosen date style (era, shape,
    /// digits).
    pub fn with_style(language: Language, style: DateStyle) -> Localizer {
        Localizer::build(language, catalog(language), style)
    }

    /// A localizer over another catalog text for `language` (tests of
    /// fallback and review states).
    #[cfg(test)]
    pub(crate) fn with_catalog(language: Language, source: &'static Catalog) -> Localizer {
        Localizer::build(language, source, DateStyle::default_for(language))
    }

    fn build(language: Language, source: &'static Catalog, style: DateStyle) -> Localizer {
        let digits = match style.digits {
            Digits::Native => Some(language),
            Digits::Latin => None,
        };
        let primary = match language {
            Language::En => None,
            other => Some(bundle(other, source, digits)),
        };
        Localizer {
            language,
            source,
            style,
            primary,
            english: bundle(Language::En, catalog(Language::En), digits),
        }
    }

    /// A localizer for `language`, made once per process and shared
    /// (catalogs are parsed only once).
    pub fn shared(language: Language) -> &'static Localizer {
        static SHARED: [OnceLock<Localizer>; 5] = [
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
            OnceLock::new(),
        ];
        let i = Language::ALL
            .iter()
            .position(|l| *l == language)
            .unwrap_or(0);
        SHARED[i].get_or_init(|| Localizer::new(language))
    }

    /// The language it renders.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The date style it uses.
    pub fn date_style(&self) -> DateStyle {
        self.style
    }

    /// The bundles to try, the language's own first.
    fn bundles(&self) -> impl Iterator<Item = (Language, &Bundle)> {
        self.primary
            .iter()
            .map(|b| (self.language, b))
            .chain(std::iter::once((Language::En, &self.english)))
    }

    /// Renders the message `id` (or its attribute) with `args`, trying the
    /// language's catalog first, then English. `None` if neither has it.
    fn format(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        self.format_checked(id, attribute, args)
            .map(|(text, _, _)| text)
    }

    /// [`Self::format`], with the language the text came from and the
    /// problems Fluent found (e.g. a placeholder the message uses but the
    /// arguments lack).
    fn format_checked(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<(String, Language, Vec<String>)> {
        for (language, bundle) in self.bundles() {
            let Some(msg) = bundle.get_message(id) else {
                continue;
            };
            // A catalog may leave out an attribute (`.inline`, where the
            // language writes a name the same way inside a sentence): its
            // value stands in, rather than the English attribute.
            let pattern = match attribute {
                Some(a) => msg
                    .get_attribute(a)
                    .map(|a| a.value())
                    .or_else(|| msg.value()),
                None => msg.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                let text = bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
                let problems = errors.iter().map(|e| format!("{id}: {e}")).collect();
                return Some((text, language, problems));
            }
        }
        None
    }

    /// Whether the language's own catalog (not the English fallback) has `id`.
    pub fn has_own(&self, id: &str) -> bool {
        match &self.primary {
            Some(b) => b.has_message(id),
            None => self.english.has_message(id),
        }
    }

    /// The review state of message `id` as this localizer renders it, and
    /// whether it falls back to English. `None` for an unknown id.
    pub fn review_of(&self, id: &str) -> Option<(ReviewState, bool)> {
        let (language, _) = self.bundles().find(|(_, b)| b.has_message(id))?;
        let source = if language == self.language {
            self.source
        } else {
            catalog(language)
        };
        Some((source.review_of(id), language != self.language))
    }

    /// The review state of this localizer's catalog.
    pub fn catalog_review(&self) -> ReviewState {
        self.source.review
    }

    /// The message as text.
    pub fn render(&self, message: &Message) -> String {
        match self.render_checked(message) {
            Ok(text) => text,
            Err((text, _)) => text,
        }
    }

    /// The message as text, with its review state: the least reviewed of
    /// the message and every word put into it.
    pub fn render_reviewed(&self, message: &Message) -> Rendered {
        let text = self.render(message);
        let mut review = ReviewState::Reviewed;
        let mut english_fallback = false;
        for id in self.ids_used(message) {
            match self.review_of(&id) {
                Some((state, fallback)) => {
                    review = review.min(state);
                    english_fallback |= fallback;
                }
                None => english_fallback = true,
            }
        }
        Rendered {
            text,
            review,
            english_fallback,
        }
    }

    /// Every catalog id whose text goes into `message` as rendered.
    fn ids_used(&self, message: &Message) -> Vec<String> {
        let mut ids = vec![message.id.as_str().to_string()];
        for arg in &message.args {
            match &arg.value {
                ArgValue::Date(d) if self.style.form == super::dates::DateForm::DayMonthName => {
                    ids.push(format!("month-{}", d.month()))
                }
                ArgValue::Span(s) => ids.push(span_id(*s).0.to_string()),
                ArgValue::Money { .. } => ids.push("money".into()),
                ArgValue::Kind(k) => ids.extend(kind_id(k)),
                ArgValue::Kinds(ks) => {
                    ids.extend(ks.iter().filter_map(kind_id));
                    if ks.len() > 1 {
                        ids.push("list-or".into());
                    }
                }
                ArgValue::Term(t) => ids.push(t.message_id()),
                _ => {}
            }
        }
        ids
    }

    /// The message as text, or the text and what was wrong (a missing
    /// message, a placeholder without an argument). For tests and tools.
    pub fn render_checked(&self, message: &Message) -> Result<String, (String, Vec<String>)> {
        let mut args = FluentArgs::new();
        for arg in &message.args {
            args.set(arg.name.as_str(), self.value(&arg.value));
        }
        match self.format_checked(message.id.as_str(), None, Some(&args)) {
            Some((text, _, problems)) if problems.is_empty() => Ok(text),
            Some((text, _, problems)) => Err((text, problems)),
            None => Err((
                message.id.as_str().to_string(),
                vec![format!("{}: no such message", message.id)],
            )),
        }
    }

    /// A fixed text of the catalog by id (labels and headings of front
    /// ends, e.g. `ui-dashboard`), with named number or text arguments.
    /// Falls back to English, then to the id itself.
    pub fn text(&self, id: &str, args: &[(&str, ArgValue)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            fargs.set(name.to_string(), self.value(value));
        }
        self.format(id, None, Some(&fargs))
            .unwrap_or_else(|| id.to_string())
    }

    /// A document kind's name, for headings and columns ("Work permit").
    pub fn kind_name(&self, kind: &DocumentKind) -> String {
        self.kind_form(kind, None)
    }

    /// A document kind's name inside a sentence ("work permit").
    pub fn kind_inline(&self, kind: &DocumentKind) -> String {
        self.kind_form(kind, Some("inline"))
    }

    fn kind_form(&self, kind: &DocumentKind, attribute: Option<&str>) -> String {
        match kind {
            DocumentKind::Other { label } => label.clone(),
            known => {
                let id = format!("kind-{}", known.code());
                attribute
                    .and_then(|a| self.format(&id, Some(a), None))
                    .or_else(|| self.format(&id, None, None))
                    .unwrap_or_else(|| known.english_name())
            }
        }
    }

    /// A term's words ("due soon", "renewal submitted").
    pub fn term(&self, term: Term) -> String {
        self.format(&term.message_id(), None, None)
            .unwrap_or_else(|| term.code.replace('_', " "))
    }

    /// A date as the reader expects it (see [`DateStyle`]).
    pub fn date(&self, date: NaiveDate) -> String {
        let latin = format_date(date, self.style, |m| {
            self.format(&format!("month-{m}"), None, None)
                .unwrap_or_else(|| format!("{m:02}"))
        });
        self.digits(&latin)
    }

    /// `text` with its ASCII digits in the reader's digits.
    pub fn digits(&self, text: &str) -> String {
        match (self.style.digits, native_zero(self.language)) {
            (Digits::Native, Some(_)) => to_native_digits(text, self.language),
            _ => text.to_string(),
        }
    }

    /// A whole number in the reader's digits.
    pub fn number(&self, n: i64) -> String {
        self.digits(&n.to_string())
    }

    /// A length of time ("60 days", "1 year").
    pub fn span(&self, span: Span) -> String {
        let (id, n) = span_id(span);
        let mut args = FluentArgs::new();
        args.set("n", FluentValue::from(n));
        self.format(id, None, Some(&args))
            .unwrap_or_else(|| span.to_string())
    }

    /// An amount with its currency ("3,000 THB").
    pub fn money(&self, amount: u64, currency: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(
            "amount",
            FluentValue::from(self.digits(&group_digits(amount))),
        );
        args.set("currency", FluentValue::from(currency.to_string()));
        self.format("money", None, Some(&args))
            .unwrap_or_else(|| format!("{} {currency}", group_digits(amount)))
    }

    /// Alternatives joined with the language's "or".
    pub fn kinds_or(&self, kinds: &[DocumentKind]) -> String {
        let mut parts = kinds.iter().map(|k| self.kind_inline(k));
        let Some(first) = parts.next() else {
            return String::new();
        };
        parts.fold(first, |acc, next| {
            let mut args = FluentArgs::new();
            args.set("first", FluentValue::from(acc.clone()));
            args.set("second", FluentValue::from(next.clone()));
            self.format("list-or", None, Some(&args))
                .unwrap_or_else(|| format!("{acc} or {next}"))
        })
    }

    fn value(&self, value: &ArgValue) -> FluentValue<'static> {
        match value {
            ArgValue::Date(d) => FluentValue::from(self.date(*d)),
            ArgValue::Number(n) => FluentValue::from(*n),
            ArgValue::Span(s) => FluentValue::from(self.span(*s)),
            ArgValue::Money { amount, currency } => {
                FluentValue::from(self.money(*amount, currency))
            }
            ArgValue::Kind(k) => FluentValue::from(self.kind_inline(k)),
            ArgValue::Kinds(ks) => FluentValue::from(self.kinds_or(ks)),
            ArgValue::Term(t) => FluentValue::from(self.term(*t)),
            ArgValue::Rule(id) => FluentValue::from(id.clone()),
            ArgValue::Text(t) => FluentValue::from(t.clone()),
        }
    }
}

/// The catalog id of a span's words, and its number.
fn span_id(span: Span) -> (&'static str, u32) {
    match span {
        Span::Days(n) => ("span-days", n),
        Span::Weeks(n) => ("span-weeks", n),
        Span::Months(n) => ("span-months", n),
        Span::Years(n) => ("span-years", n),
    }
}

/// The catalog id of a known kind's name (none for a kind named by the user).
fn kind_id(kind: &DocumentKind) -> Option<String> {
    match kind {
        DocumentKind::Other { .. } => None,
        known => Some(format!("kind-{}", known.code())),
    }
}

/// `1234567` → `1,234,567`.
fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Every id the catalogs must define apart from the terms of the closed
/// vocabularies (`crate::app::vocabulary::required_message_ids` adds them):
/// fixed ids, kinds, months and helpers.
pub fn fixed_ids() -> Vec<String> {
    let mut ids: Vec<String> = MessageId::ALL
        .iter()
        .map(|m| m.as_str().to_string())
        .collect();
    ids.extend(
        DocumentKind::KNOWN_CODES
            .iter()
            .map(|code| format!("kind-{code}")),
    );
    ids.extend(
        [
            "span-days",
            "span-weeks",
            "span-months",
            "span-years",
            "money",
            "list-or",
            "review-reviewed",
            "review-draft",
        ]
        .into_iter()
        .map(String::from),
    );
    ids.extend((1..=12).map(|m| format!("month-{m}")));
    ids.extend(super::ui::ALL.iter().map(|id| id.to_string()));
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::ArgName as A;
    use crate::messages::{AsTerm, MessageId as M};

    #[test]
    fn renders_typed_arguments() {
        let en = english();
        let m = Message::new(M::ReasonFine)
            .text(A::Label, "Overstay fine")
            .money(A::Amount, 2500, "THB")
            .number(A::Days, 5)
            .date(A::Date, NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
        assert_eq!(
            en.render_checked(&m).unwrap(),
            "Overstay fine: 2,500 THB after 5 days late (from 2026-03-01)"
        );
        let one = Message::new(M::ReasonReportDue).span(A::Span, Span::Days(1));
        assert_eq!(
            en.render(&one),
            "due every 1 day from the date of entry or the last report"
        );
        let kinds = Message::new(M::PlanObtain).kinds(
            A::Kinds,
            &[DocumentKind::Passport, DocumentKind::CertificateOfIdentity],
        );
        assert_eq!(
            en.render(&kinds),
            "obtain a passport or certificate of identity"
        );
        let state = Message::new(M::ErrorIllegalTransition)
            .term(A::State, crate::domain::StateName::Archived.term())
            .term(A::Event, crate::domain::EventName::RenewalStarted.term());
        assert_eq!(
            en.render(&state),
            "A document that is archived cannot be marked \"renewal started\"."
        );
    }

    #[test]
    fn a_missing_argument_is_reported() {
        let m = Message::new(M::ReasonPrintedExpiry);
        let (_, problems) = english().render_checked(&m).unwrap_err();
        assert!(
            problems[0].contains("reason-printed-expiry"),
            "{problems:?}"
        );
    }

    #[test]
    fn digits_are_grouped() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(900), "900");
        assert_eq!(group_digits(1900), "1,900");
        assert_eq!(group_digits(1234567), "1,234,567");
    }
}
