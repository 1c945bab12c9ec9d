//! How dates (and numbers) are shown to a reader: the era of the year, the
//! shape of the date, and the digits.
//!
//! Defaults per language ([`DateStyle::default_for`]), chosen to look like
//! the papers people hold:
//!
//! | language | default | example (31 March 2026) |
//! |---|---|---|
//! | English | Common Era, ISO 8601: the form of rule files and scenarios that NGO staff and developers read | `2026-03-31` |
//! | Thai | Buddhist Era, day + Thai month abbreviation + year (as Thai documents print) | `31 มี.ค. 2569` |
//! | Burmese, Khmer, Lao | Common Era, `DD/MM/YYYY` (the numeric form of Thai work papers and of their own passports) | `31/03/2026` |
//!
//! Every default uses ASCII digits, as the papers do; [`Digits::Native`]
//! switches dates, counts and amounts to Thai, Myanmar, Khmer or Lao digits
//! (`๓๑ มี.ค. ๒๕๖๙`, `၃၁/၀၃/၂၀၂၆`). Buddhist Era here is always the Thai count
//! (CE + 543), the one printed on Thai documents: Myanmar's Buddhist era is
//! one year different, so it is never the default outside Thai.

use crate::domain::dates::{Era, BE_OFFSET};
use crate::domain::Language;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Which digits numbers are written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Digits {
    /// 0–9, as on the papers (the default for every language).
    Latin,
    /// The language's own digits (Thai ๐–๙, Myanmar ၀–၉, Khmer ០–៩, Lao ໐–໙);
    /// English has none and keeps 0–9.
    Native,
}

/// The shape of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DateForm {
    /// `2026-03-31` (ISO 8601 order, with the chosen era's year).
    Iso,
    /// `31/03/2026`.
    Numeric,
    /// `31 Mar 2026`, `31 มี.ค. 2569`: the month's short name from the
    /// catalog (`month-1` … `month-12`).
    DayMonthName,
}

/// How a reader wants dates shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DateStyle {
    /// Common Era or Thai Buddhist Era years.
    pub era: Era,
    /// The shape.
    pub form: DateForm,
    /// The digits (also used for counts and amounts in messages).
    pub digits: Digits,
}

impl DateStyle {
    /// The documented default for a language (see the module docs).
    pub fn default_for(language: Language) -> DateStyle {
        let (era, form) = match language {
            Language::En => (Era::Ce, DateForm::Iso),
            Language::Th => (Era::Be, DateForm::DayMonthName),
            Language::My | Language::Km | Language::Lo => (Era::Ce, DateForm::Numeric),
        };
        DateStyle {
            era,
            form,
            digits: Digits::Latin,
        }
    }

    /// The same style with other digits.
    pub fn with_digits(mut self, digits: Digits) -> DateStyle {
        self.digits = digits;
        self
    }

    /// The same style with another era.
    pub fn with_era(mut self, era: Era) -> DateStyle {
        self.era = era;
        self
    }
}

/// The code point of the digit zero in the language's own script, if it
/// has digits of its own.
pub fn native_zero(language: Language) -> Option<char> {
    match language {
        Language::En => None,
        Language::Th => Some('\u{0E50}'),
        Language::My => Some('\u{1040}'),
        Language::Km => Some('\u{17E0}'),
        Language::Lo => Some('\u{0ED0}'),
    }
}

/// `text` with its ASCII digits written in the language's own digits
/// (unchanged for English).
pub fn to_native_digits(text: &str, language: Language) -> String {
    let Some(zero) = native_zero(language) else {
        return text.to_string();
    };
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(zero as u32 + d).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// Formats `date` in `style` with ASCII digits; `month_name(m)` gives the
/// short name of month `m` (1–12) for [`DateForm::DayMonthName`].
pub(crate) fn format_date(
    date: NaiveDate,
    style: DateStyle,
    month_name: impl Fn(u32) -> String,
) -> String {
    let year = match style.era {
        Era::Ce => date.year(),
        Era::Be => date.year() + BE_OFFSET,
    };
    match style.form {
        DateForm::Iso => format!("{year:04}-{:02}-{:02}", date.month(), date.day()),
        DateForm::Numeric => format!("{:02}/{:02}/{year:04}", date.day(), date.month()),
        DateForm::DayMonthName => {
            format!("{} {} {year}", date.day(), month_name(date.month()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn forms_and_eras() {
        let date = d(2026, 3, 31);
        let month = |m: u32| format!("M{m}");
        let ce = DateStyle {
            era: Era::Ce,
            form: DateForm::Numeric,
            digits: Digits::Latin,
        };
        assert_eq!(format_date(date, ce, month), "31/03/2026");
        assert_eq!(format_date(date, ce.with_era(Era::Be), month), "31/03/2569");
        let iso = DateStyle {
            form: DateForm::Iso,
            ..ce
        };
        assert_eq!(format_date(date, iso, month), "2026-03-31");
        let named = DateStyle {
            form: DateForm::DayMonthName,
            ..ce
        };
        assert_eq!(format_date(d(2026, 1, 5), named, month), "5 M1 2026");
    }

    #[test]
    fn native_digits_per_script() {
        assert_eq!(to_native_digits("31/03/2569", Language::Th), "๓๑/๐๓/๒๕๖๙");
        assert_eq!(to_native_digits("31/03/2026", Language::My), "၃၁/၀၃/၂၀၂၆");
        assert_eq!(to_native_digits("31/03/2026", Language::Km), "៣១/០៣/២០២៦");
        assert_eq!(to_native_digits("31/03/2026", Language::Lo), "໓໑/໐໓/໒໐໒໖");
        assert_eq!(to_native_digits("31/03/2026", Language::En), "31/03/2026");
    }

    #[test]
    fn defaults_are_documented() {
        assert_eq!(DateStyle::default_for(Language::Th).era, Era::Be);
        for l in [Language::En, Language::My, Language::Km, Language::Lo] {
            assert_eq!(DateStyle::default_for(l).era, Era::Ce, "{l}");
        }
        for l in Language::ALL {
            assert_eq!(DateStyle::default_for(l).digits, Digits::Latin, "{l}");
        }
    }
}
