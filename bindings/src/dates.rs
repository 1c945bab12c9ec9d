//! Calendar dates across the boundary: `java.time.LocalDate` in Kotlin,
//! `Foundation.DateComponents` (Gregorian year, month, day) in Swift,
//! `datetime.date` in Python. They cross as one integer, `yyyymmdd`
//! (2026-03-31 is `20260331`): formatting and parsing text for every date
//! of a dashboard was most of the cost of the boundary (issue 14; ADR 0016).
//! A value that is not a real date, or a year outside 1900–2200, is an
//! `ApiError.Validation` on field `date`, never a crash.

use crate::error::invalid;
use crate::vocabulary::Field;
use crate::ApiError;
use chrono::{Datelike, NaiveDate};
use doctrack_core::app::Problem;
use doctrack_core::domain::dates::{parse_typed_date, Era, MAX_YEAR, MIN_YEAR};

/// Reads a date sent by the app: `yyyymmdd` as one integer, years 1900–2200.
fn lift_date(packed: i64) -> Result<NaiveDate, ApiError> {
    let not_a_date = || invalid(Field::Date, Problem::NotADate);
    if packed < 0 {
        return Err(not_a_date());
    }
    let year = i32::try_from(packed / 10_000).map_err(|_| not_a_date())?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(invalid(Field::Date, Problem::YearOutOfRange));
    }
    // Both are below 100 (remainders), so they fit.
    let month = (packed / 100 % 100) as u32;
    let day = (packed % 100) as u32;
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(not_a_date)
}

/// A date as `yyyymmdd`.
fn lower_date(date: NaiveDate) -> i64 {
    i64::from(date.year()) * 10_000 + i64::from(date.month()) * 100 + i64::from(date.day())
}

uniffi::custom_type!(NaiveDate, i64, {
    remote,
    try_lift: |packed| lift_date(packed).map_err(Into::into),
    lower: |date| lower_date(date),
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
    use crate::problems::Problem as FfiProblem;

    #[test]
    fn dates_are_strict() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
        assert_eq!(lift_date(20260331).unwrap(), date);
        assert_eq!(lower_date(date), 20260331);
        for edge in [(1900, 1, 1), (2200, 12, 31), (2024, 2, 29)] {
            let d = NaiveDate::from_ymd_opt(edge.0, edge.1, edge.2).unwrap();
            assert_eq!(lift_date(lower_date(d)).unwrap(), d);
        }
        for (bad, problem) in [
            (20250230, FfiProblem::NotADate),
            (20261301, FfiProblem::NotADate),
            (20260100, FfiProblem::NotADate),
            (-20260101, FfiProblem::NotADate),
            (100_000_101, FfiProblem::YearOutOfRange),
            (10661014, FfiProblem::YearOutOfRange),
            (0, FfiProblem::YearOutOfRange),
            (i64::MAX, FfiProblem::NotADate),
        ] {
            match lift_date(bad) {
                Err(ApiError::Validation {
                    field: Field::Date,
                    problem: p,
                    ..
                }) => assert_eq!(p, problem, "{bad}"),
                other => panic!("{bad}: {other:?}"),
            }
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
