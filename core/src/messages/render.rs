//! Turning [`Message`]s into text with Fluent catalogs.

use super::{ArgValue, Message, MessageId, Term};
use crate::domain::dates::Span;
use crate::domain::{DocumentKind, Language};
use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The English catalog; other languages fall back to it message by message.
const EN: &str = include_str!("catalogs/en.ftl");

/// The catalog text of a language, if doctrack has one.
fn catalog(language: Language) -> Option<&'static str> {
    match language {
        Language::En => Some(EN),
        _ => None,
    }
}

fn bundle(language: Language, source: &str) -> FluentBundle<FluentResource> {
    let lang: unic_langid::LanguageIdentifier = language
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // Plain text for terminals and notifications; none of our languages is
    // written right to left.
    bundle.set_use_isolating(false);
    // A catalog that does not parse fully still gives its good messages; the
    // catalog tests make sure every shipped catalog parses cleanly.
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    // Duplicate ids keep the first; the tests refuse duplicates.
    let _ = bundle.add_resource(resource);
    bundle
}

/// Renders messages in one language, falling back to English for any
/// message the language's catalog lacks.
pub struct Localizer {
    language: Language,
    primary: Option<FluentBundle<FluentResource>>,
    english: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

/// The shared English localizer.
pub fn english() -> &'static Localizer {
    Localizer::shared(Language::En)
}

impl Localizer {
    /// A localizer for `language`.
    pub fn new(language: Language) -> Localizer {
        let primary = match language {
            Language::En => None,
            other => catalog(other).map(|src| bundle(other, src)),
        };
        Localizer {
            language,
            primary,
            english: bundle(Language::En, EN),
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

    /// Renders the message `id` (or its attribute) with `args`, trying the
    /// language's catalog first, then English. `None` if neither has it.
    fn format(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        self.format_checked(id, attribute, args)
            .map(|(text, _)| text)
    }

    /// [`Self::format`], with the problems Fluent found (e.g. a placeholder
    /// the message uses but the arguments lack).
    fn format_checked(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<(String, Vec<String>)> {
        for bundle in self.primary.iter().chain(std::iter::once(&self.english)) {
            let Some(msg) = bundle.get_message(id) else {
                continue;
            };
            let pattern = match attribute {
                Some(a) => msg.get_attribute(a).map(|a| a.value()),
                None => msg.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                let text = bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
                let problems = errors.iter().map(|e| format!("{id}: {e}")).collect();
                return Some((text, problems));
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

    /// The message as text.
    pub fn render(&self, message: &Message) -> String {
        match self.render_checked(message) {
            Ok(text) => text,
            Err((text, _)) => text,
        }
    }

    /// The message as text, or the text and what was wrong (a missing
    /// message, a placeholder without an argument). For tests and tools.
    pub fn render_checked(&self, message: &Message) -> Result<String, (String, Vec<String>)> {
        let mut args = FluentArgs::new();
        for arg in &message.args {
            args.set(arg.name.clone(), self.value(&arg.value));
        }
        match self.format_checked(message.id.as_str(), None, Some(&args)) {
            Some((text, problems)) if problems.is_empty() => Ok(text),
            Some((text, problems)) => Err((text, problems)),
            None => Err((
                message.id.as_str().to_string(),
                vec![format!("{}: no such message", message.id)],
            )),
        }
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
            DocumentKind::Other(label) => label.clone(),
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

    /// A date as the reader expects it.
    pub fn date(&self, date: NaiveDate) -> String {
        date.format("%Y-%m-%d").to_string()
    }

    /// A length of time ("60 days", "1 year").
    pub fn span(&self, span: Span) -> String {
        let (id, n) = match span {
            Span::Days(n) => ("span-days", n),
            Span::Weeks(n) => ("span-weeks", n),
            Span::Months(n) => ("span-months", n),
            Span::Years(n) => ("span-years", n),
        };
        let mut args = FluentArgs::new();
        args.set("n", FluentValue::from(n));
        self.format(id, None, Some(&args))
            .unwrap_or_else(|| span.to_string())
    }

    /// An amount with its currency ("3,000 THB").
    pub fn money(&self, amount: u64, currency: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("amount", FluentValue::from(group_digits(amount)));
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

/// Every id the catalogs must define: fixed ids, terms, kinds and helpers.
pub fn required_ids() -> Vec<String> {
    let mut ids: Vec<String> = MessageId::ALL
        .iter()
        .map(|m| m.as_str().to_string())
        .collect();
    ids.extend(super::terms::all().iter().map(Term::message_id));
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
        ]
        .into_iter()
        .map(String::from),
    );
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{AsTerm, MessageId as M};

    #[test]
    fn the_english_catalog_parses_and_names_every_id() {
        let resource = FluentResource::try_new(EN.to_string());
        assert!(
            resource.is_ok(),
            "en.ftl has syntax errors: {:?}",
            resource.err().map(|e| e.1)
        );
        let en = english();
        let mut missing: Vec<String> = required_ids()
            .into_iter()
            .filter(|id| !en.english.has_message(id))
            .collect();
        missing.sort();
        assert!(missing.is_empty(), "en.ftl lacks {missing:?}");
        // No id twice (Fluent would silently keep the first).
        let mut seen = std::collections::HashSet::new();
        for line in EN.lines() {
            if let Some((id, _)) = line.split_once(" =") {
                if !id.starts_with(' ') && !id.starts_with('#') && !id.is_empty() {
                    assert!(
                        seen.insert(id.to_string()),
                        "{id} is defined twice in en.ftl"
                    );
                }
            }
        }
    }

    #[test]
    fn renders_typed_arguments() {
        let en = english();
        let m = Message::new(M::ReasonFine)
            .text("label", "Overstay fine")
            .money("amount", 2500, "THB")
            .number("days", 5)
            .date("date", NaiveDate::from_ymd_opt(2026, 3, 1).unwrap());
        assert_eq!(
            en.render_checked(&m).unwrap(),
            "Overstay fine: 2,500 THB after 5 days late (from 2026-03-01)"
        );
        let one = Message::new(M::ReasonReportDue).span("span", Span::Days(1));
        assert_eq!(
            en.render(&one),
            "due every 1 day from the date of entry or the last report"
        );
        let kinds = Message::new(M::PlanObtain).kinds(
            "kinds",
            &[DocumentKind::Passport, DocumentKind::CertificateOfIdentity],
        );
        assert_eq!(
            en.render(&kinds),
            "obtain a passport or certificate of identity"
        );
        let state = Message::new(M::ErrorIllegalTransition)
            .term("state", crate::domain::StateName::Archived.term())
            .term("event", crate::domain::EventName::RenewalStarted.term());
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
