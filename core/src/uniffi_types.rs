//! How the core's scalar types cross to Kotlin, Swift and Python (only with
//! the `uniffi` feature). Records and enums derive their own conversions
//! where they are defined; these are the types that travel as a builtin:
//!
//! - calendar dates as one integer, `yyyymmdd` (2026-03-31 is `20260331`):
//!   `java.time.LocalDate` in Kotlin, `DateComponents` in Swift,
//!   `datetime.date` in Python (the mappings are in `core/uniffi.toml`);
//! - ids, countries and cohorts as their text (`0b6c…`, `MM`, `cr:2024-09-24`);
//! - a word of a closed vocabulary ([`Term`]) as its message id
//!   (`status-due_soon`).
//!
//! A value an app sends that is not valid (2025-02-30, a year outside
//! 1900–2200, an id that is not a UUID, an unknown country) is an
//! [`AppError::Validation`] naming the field, never a crash; it never
//! repeats the value.

use crate::app::{AppError, Field, Problem};
use crate::domain::dates::{MAX_YEAR, MIN_YEAR};
use crate::domain::{AttachmentId, Cohort, Country, DocumentId, EventId, PersonId};
use crate::messages::Term;
use chrono::{Datelike, NaiveDate};

/// Reads a date sent by an app: `yyyymmdd`, years 1900–2200.
pub fn lift_date(packed: i64) -> Result<NaiveDate, AppError> {
    let not_a_date = || AppError::validation(Field::Date, Problem::NotADate);
    if packed < 0 {
        return Err(not_a_date());
    }
    let year = i32::try_from(packed / 10_000).map_err(|_| not_a_date())?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(AppError::validation(Field::Date, Problem::YearOutOfRange));
    }
    // Both are remainders below 100.
    let month = (packed / 100 % 100) as u32;
    let day = (packed % 100) as u32;
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(not_a_date)
}

/// A date as `yyyymmdd`.
pub fn lower_date(date: NaiveDate) -> i64 {
    i64::from(date.year()) * 10_000 + i64::from(date.month()) * 100 + i64::from(date.day())
}

uniffi::custom_type!(NaiveDate, i64, {
    remote,
    try_lift: |packed| lift_date(packed).map_err(Into::into),
    lower: |date| lower_date(date),
});

fn not_an_id() -> uniffi::deps::anyhow::Error {
    AppError::validation(Field::Id, Problem::NotAnId).into()
}

uniffi::custom_type!(PersonId, String, {
    try_lift: |s| s.parse().map_err(|_| not_an_id()),
    lower: |id| id.to_string(),
});

uniffi::custom_type!(DocumentId, String, {
    try_lift: |s| s.parse().map_err(|_| not_an_id()),
    lower: |id| id.to_string(),
});

uniffi::custom_type!(EventId, String, {
    try_lift: |s| s.parse().map_err(|_| not_an_id()),
    lower: |id| id.to_string(),
});

uniffi::custom_type!(AttachmentId, String, {
    try_lift: |s| s.parse().map_err(|_| not_an_id()),
    lower: |id| id.to_string(),
});

uniffi::custom_type!(Country, String, {
    try_lift: |s| s.parse().map_err(|_| {
        AppError::validation(Field::Country, Problem::UnknownCountry).into()
    }),
    lower: |c| c.code().to_string(),
});

uniffi::custom_type!(Cohort, String, {
    try_lift: |s| s.parse().map_err(|_| {
        AppError::validation(
            Field::Cohort,
            Problem::UnknownCohort {
                known: vec!["mou".into(), "unknown".into(), "cr:<resolution id>".into()],
            },
        )
        .into()
    }),
    lower: |c| c.code(),
});

uniffi::custom_type!(Term, String, {
    try_lift: |s| crate::app::vocabulary::term_by_id(&s).ok_or_else(|| {
        AppError::validation(
            Field::Message,
            Problem::Other {
                reason: "unknown term".into(),
            },
        )
        .into()
    }),
    lower: |t| t.message_id(),
});

#[cfg(test)]
mod tests {
    use super::*;

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
            (20250230, Problem::NotADate),
            (20261301, Problem::NotADate),
            (20260100, Problem::NotADate),
            (-20260101, Problem::NotADate),
            (100_000_101, Problem::YearOutOfRange),
            (10661014, Problem::YearOutOfRange),
            (0, Problem::YearOutOfRange),
            (i64::MAX, Problem::NotADate),
        ] {
            match lift_date(bad) {
                Err(AppError::Validation {
                    field: Field::Date,
                    problem: p,
                }) => assert_eq!(p, problem, "{bad}"),
                other => panic!("{bad}: {other:?}"),
            }
        }
    }
}
