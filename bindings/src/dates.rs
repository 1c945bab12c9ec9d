//! Calendar dates across the boundary: `java.time.LocalDate` in Kotlin,
//! `Foundation.DateComponents` (Gregorian year, month, day) in Swift,
//! `datetime.date` in Python. They cross as `YYYY-MM-DD` text; a malformed
//! or out-of-range value is an `ApiError.Validation` on field `date`, never
//! a crash.

use crate::error::invalid;
use crate::vocabulary::Field;
use crate::ApiError;
use chrono::{Datelike, NaiveDate};
use doctrack_core::app::Problem;
use doctrack_core::domain::dates::{parse_typed_date, Era, MAX_YEAR, MIN_YEAR};

/// Reads a date sent by the app (strict `YYYY-MM-DD`, years 1900–2200).
fn lift_date(text: &str) -> Result<NaiveDate, ApiError> {
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| invalid(Field::Date, Problem::NotADate))?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&date.year()) {
        return Err(invalid(Field::Date, Problem::YearOutOfRange));
    }
    Ok(date)
}

uniffi::custom_type!(NaiveDate, String, {
    remote,
    try_lift: |text| lift_date(&text).map_err(Into::into),
    lower: |date| date.format("%Y-%m-%d").to_string(),
});

/// A calendar date read from what a person typed.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TypedDate {
    /// The date (Common Era).
    pub date: NaiveDate,
    /// Whether the year was typed in the Thai Buddhist Era (and converted).
    pub buddhist_era: bool,
}

/// Reads a date as people type it from their papers: `DD/MM/YYYY`,
/// `DD.MM.YYYY`, `YYYY-MM-DD`, a Thai or English month name or abbreviation
/// (`31 มี.ค. 2569`, `31 MAR 2026`), in ASCII, Thai, Myanmar, Khmer or Lao
/// digits. Buddhist Era years (2443 and later) are converted. A two-digit
/// year is refused (ambiguous: `errorMessage` asks for four digits), as is
/// an impossible date (`2025-02-30`); the error never repeats what was typed.
#[uniffi::export]
pub fn parse_typed_date_text(text: String) -> Result<TypedDate, ApiError> {
    let typed = parse_typed_date(&text)
        .map_err(|e| ApiError::from(doctrack_core::app::AppError::from(e)))?;
    Ok(TypedDate {
        date: typed.date,
        buddhist_era: typed.era == Era::Be,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_strict() {
        assert_eq!(
            lift_date("2026-03-31").unwrap(),
            NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()
        );
        for bad in [
            "2025-02-30",
            "+10000-01-01",
            "1066-10-14",
            "",
            "31/03/2026",
            "2026-3-1x",
        ] {
            assert!(
                matches!(
                    lift_date(bad),
                    Err(ApiError::Validation {
                        field: Field::Date,
                        ..
                    })
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn typed_dates_convert_the_buddhist_era() {
        let d = parse_typed_date_text("31/03/2569".into()).unwrap();
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2026, 3, 31).unwrap());
        assert!(d.buddhist_era);
        let err = parse_typed_date_text("2025-02-30".into()).unwrap_err();
        assert!(!format!("{err:?}").contains("2025-02-30"));
    }
}
