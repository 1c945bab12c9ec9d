//! Office working days: public holidays and office closures as data
//! (`rules/<set>/holidays/<year>.toml`, one file per year, every day with
//! its source), and the last working day on or before a date.
//!
//! A working day is Monday to Friday and not a closure of the calendar.
//! Years without a holiday file have no holidays: only weekends are
//! closed. Which dates are moved to a working day is the evaluator's
//! business (see `evaluate/office_days.rs` and docs/adr/0014).

#[cfg(feature = "rule-files")]
mod file;

#[cfg(feature = "rule-files")]
pub(crate) use file::is_holiday_file;
#[cfg(feature = "rule-files")]
pub use file::{load_holiday_file, HOLIDAY_FORMAT};

use super::source::Source;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Why an office is closed on a weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClosureKind {
    /// A public holiday.
    PublicHoliday,
    /// A working day given in place of a holiday that fell on a weekend.
    Substitution,
    /// A holiday added for one year by the Cabinet.
    Special,
    /// Government offices close (e.g. Royal Ploughing Ceremony Day) while
    /// banks and private employers may not.
    OfficeClosure,
}

impl ClosureKind {
    /// The snake_case code, as written in holiday files.
    pub fn as_str(self) -> &'static str {
        match self {
            ClosureKind::PublicHoliday => "public_holiday",
            ClosureKind::Substitution => "substitution",
            ClosureKind::Special => "special",
            ClosureKind::OfficeClosure => "office_closure",
        }
    }
}

/// One day offices are closed, with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closure {
    /// The day.
    pub date: NaiveDate,
    /// Its name in English (as in the source).
    pub name: String,
    /// Its name in Thai, if given.
    pub name_th: Option<String>,
    /// What kind of day it is.
    pub kind: ClosureKind,
    /// Where it is written (at least one, each with a date).
    pub sources: Arc<Vec<Source>>,
}

/// The closures of a rule set, by day, and the years they cover.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    closures: BTreeMap<NaiveDate, Closure>,
    years: BTreeSet<i32>,
}

/// The days between a date that is not a working day and the last working
/// day before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shift {
    /// The last working day on or before the date.
    pub to: NaiveDate,
    /// The closures between `to` (excluded) and the date (included), latest first.
    pub closures: Vec<Closure>,
    /// Whether a weekend lies in between (or is the date itself).
    pub weekend: bool,
}

/// The longest stretch of closed days looked through (a safety bound).
const MAX_CLOSED_RUN: usize = 62;

/// Whether `date` falls on a Saturday or Sunday.
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

impl Calendar {
    /// A calendar from the closures of whole years (`years` with a file).
    pub(crate) fn new(closures: Vec<Closure>, years: BTreeSet<i32>) -> Calendar {
        Calendar {
            closures: closures.into_iter().map(|c| (c.date, c)).collect(),
            years,
        }
    }

    /// Every closure, in date order.
    pub fn closures(&self) -> impl Iterator<Item = &Closure> {
        self.closures.values()
    }

    /// The years that have holiday data (other years: weekends only).
    pub fn years(&self) -> &BTreeSet<i32> {
        &self.years
    }

    /// The closure on `date`, if there is one.
    pub fn closure(&self, date: NaiveDate) -> Option<&Closure> {
        self.closures.get(&date)
    }

    /// Whether offices are open on `date`.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !is_weekend(date) && !self.closures.contains_key(&date)
    }

    /// `None` when `date` is a working day; else the last working day
    /// before it and the closed days in between.
    pub fn shift_back(&self, date: NaiveDate) -> Option<Shift> {
        if self.is_working_day(date) {
            return None;
        }
        let mut day = date;
        let mut closures = Vec::new();
        let mut weekend = false;
        for _ in 0..MAX_CLOSED_RUN {
            if self.is_working_day(day) {
                return Some(Shift {
                    to: day,
                    closures,
                    weekend,
                });
            }
            match self.closures.get(&day) {
                Some(c) => closures.push(c.clone()),
                None => weekend = true,
            }
            weekend |= is_weekend(day);
            day = day.pred_opt()?;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn calendar() -> Calendar {
        let source = Arc::new(vec![Source {
            url: "https://example.invalid/holidays".into(),
            title: "Holidays".into(),
            date: Some(d("2025-12-02")),
        }]);
        let closure = |date: &str, name: &str| Closure {
            date: d(date),
            name: name.into(),
            name_th: None,
            kind: ClosureKind::PublicHoliday,
            sources: source.clone(),
        };
        Calendar::new(
            vec![
                closure("2026-04-13", "Songkran"),
                closure("2026-04-14", "Songkran"),
                closure("2026-04-15", "Songkran"),
                closure("2026-04-06", "Chakri Memorial Day"),
            ],
            [2026].into_iter().collect(),
        )
    }

    #[test]
    fn weekdays_without_closures_are_working_days() {
        let c = calendar();
        assert!(c.is_working_day(d("2026-04-10"))); // Friday
        assert!(!c.is_working_day(d("2026-04-11"))); // Saturday
        assert!(!c.is_working_day(d("2026-04-12"))); // Sunday
        assert!(!c.is_working_day(d("2026-04-13"))); // Songkran
        assert!(c.is_working_day(d("2026-04-16")));
        assert_eq!(c.shift_back(d("2026-04-16")), None);
    }

    #[test]
    fn a_closed_day_moves_back_across_holidays_and_the_weekend() {
        let c = calendar();
        let s = c.shift_back(d("2026-04-15")).unwrap();
        assert_eq!(s.to, d("2026-04-10"));
        assert!(s.weekend);
        let days: Vec<NaiveDate> = s.closures.iter().map(|c| c.date).collect();
        assert_eq!(days, [d("2026-04-15"), d("2026-04-14"), d("2026-04-13")]);
        // A Monday holiday after a weekend: back to Friday.
        let s = c.shift_back(d("2026-04-06")).unwrap();
        assert_eq!(s.to, d("2026-04-03"));
        assert_eq!(s.closures.len(), 1);
        assert!(s.weekend);
        // A Saturday with no holiday data that year: Friday.
        let s = c.shift_back(d("2031-05-03")).unwrap();
        assert_eq!(s.to, d("2031-05-02"));
        assert!(s.closures.is_empty() && s.weekend);
    }
}
