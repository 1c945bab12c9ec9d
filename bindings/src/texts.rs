//! Texts for people from the core's catalogs: messages rendered in a
//! language, words of closed vocabularies, dates as a reader expects them,
//! document kinds, what a catalog's review state is, and dates typed from
//! papers. Apps may also render a `Message` themselves from its id and
//! typed arguments. Cheap and synchronous.

use chrono::NaiveDate;
use doctrack_core::app::vocabulary::find_term;
use doctrack_core::app::{AppError, Field, Problem};
use doctrack_core::domain::dates::{parse_typed_date, TypedDate};
use doctrack_core::domain::{DocumentKind, Language};
use doctrack_core::messages::{
    catalog_info as core_catalog_info, CatalogInfo, DateStyle, Localizer, Message, Rendered,
    TermGroup,
};

/// One word of doctrack's closed vocabularies in `language`, as messages
/// show it: a time status ("due soon"), an event ("renewal submitted"), a
/// confidence, a lifecycle state, … — `code` is the snake_case name
/// (`due_soon`). An unknown group and code is a `Validation` error.
#[uniffi::export]
pub fn term_name(group: TermGroup, code: String, language: Language) -> Result<String, AppError> {
    let term = find_term(group, &code).ok_or_else(|| {
        AppError::validation(
            Field::Message,
            Problem::Other {
                reason: "unknown term".into(),
            },
        )
    })?;
    Ok(Localizer::shared(language).term(term))
}

/// The message as text in `language` (English where that language's
/// catalog lacks it).
#[uniffi::export]
pub fn render_message(message: Message, language: Language) -> String {
    Localizer::shared(language).render(&message)
}

/// The message as text in `language` with how far it can be trusted:
/// `review` is `Draft` when the message or a word put into it is not yet
/// reviewed by a native speaker. `style` chooses the era, shape and digits
/// of dates (`None`: the language's default, see `defaultDateStyle`).
#[uniffi::export]
pub fn localize_message(
    message: Message,
    language: Language,
    style: Option<DateStyle>,
) -> Rendered {
    with_localizer(language, style, |l| l.render_reviewed(&message))
}

/// Runs `f` with a localizer for `language` and `style` (the shared one for
/// the language's default style).
fn with_localizer<R>(
    language: Language,
    style: Option<DateStyle>,
    f: impl FnOnce(&Localizer) -> R,
) -> R {
    match style {
        Some(s) => f(&Localizer::with_style(language, s)),
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
    DateStyle::default_for(language)
}

/// The review state of a language's catalog, for an app's language picker
/// or an "unreviewed translation" banner.
#[uniffi::export]
pub fn catalog_info(language: Language) -> CatalogInfo {
    core_catalog_info(language)
}

/// A document kind's name in `language`, for headings ("Work permit").
#[uniffi::export]
pub fn document_kind_name(kind: DocumentKind, language: Language) -> String {
    Localizer::shared(language).kind_name(&kind)
}

/// What to tell a person about an error, as a message (render it with
/// `localizeMessage`). Never contains personal data.
#[uniffi::export]
pub fn error_message(error: AppError) -> Message {
    error.message()
}

/// Reads a date as people type it from their papers: `DD/MM/YYYY`,
/// `DD.MM.YYYY`, `YYYY-MM-DD`, a Thai or English month name or abbreviation
/// (`31 มี.ค. 2569`, `31 MAR 2026`), in ASCII, Thai, Myanmar, Khmer or Lao
/// digits. Buddhist Era years (2443 and later) are converted (`era` says
/// so). A two-digit year is refused (ambiguous), as is an impossible date
/// (`2025-02-30`); the error never repeats what was typed.
#[uniffi::export]
pub fn parse_typed_date_text(text: String) -> Result<TypedDate, AppError> {
    Ok(parse_typed_date(&text)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use doctrack_core::messages::{ArgName as A, Digits, MessageId, ReviewState};

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
                Err(AppError::Validation { .. })
            ));
        }
    }

    #[test]
    fn burmese_texts_come_with_their_review_state() {
        let m = Message::new(MessageId::ReminderShortDueSoon).number(A::Days, 7);
        let my = localize_message(m.clone(), Language::My, None);
        assert_eq!(my.review, ReviewState::Draft);
        assert!(!my.english_fallback);
        assert!(my.text.contains('7'));
        assert_eq!(
            localize_message(m, Language::En, None).review,
            ReviewState::Reviewed
        );
        let info = catalog_info(Language::My);
        assert_eq!(info.review, ReviewState::Draft);
        assert_ne!(
            info.review_text,
            "draft: not yet reviewed by a native speaker"
        );
        let date = NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
        assert_eq!(format_date(date, Language::Th, None), "31 มี.ค. 2569");
        let native = DateStyle {
            digits: Digits::Native,
            ..default_date_style(Language::My)
        };
        assert_eq!(format_date(date, Language::My, Some(native)), "၃၁/၀၃/၂၀၂၆");
    }

    #[test]
    fn typed_dates_convert_the_buddhist_era() {
        let d = parse_typed_date_text("31/03/2569".into()).unwrap();
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 3, 31).unwrap());
        assert_eq!(d.era, doctrack_core::domain::Era::Be);
        let err = parse_typed_date_text("2025-02-30".into()).unwrap_err();
        assert!(!format!("{err:?}").contains("2025-02-30"));
    }
}
