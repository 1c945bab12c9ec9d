//! Calendar dates as people type them, and date arithmetic with a stated
//! convention.
//!
//! Dates are stored and computed as proleptic Gregorian calendar dates in the
//! Common Era ([`NaiveDate`]). Thai documents print Buddhist Era years
//! (BE = CE + 543); input accepts them and says that it converted.
//!
//! Adding months or years clamps to the end of the month:
//! 29 February 2024 + 2 years = 28 February 2026; 31 January + 1 month =
//! 28/29 February. Maintainers see the same convention in `rules/README.md`.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The difference between Buddhist Era and Common Era years on Thai documents.
pub const BE_OFFSET: i32 = 543;
/// The earliest CE year doctrack accepts.
pub const MIN_YEAR: i32 = 1900;
/// The latest CE year doctrack accepts.
pub const MAX_YEAR: i32 = 2200;

pub use super::date_input::Era;

/// A date read from user input, with the era its year was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TypedDate {
    /// The date in the Common Era.
    pub date: NaiveDate,
    /// The era the year was written in.
    pub era: Era,
}

/// Why a typed date was refused. Carries the input so a person can see what
/// they typed; the FFI layer drops it (dates can be personal data).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not in a recognised shape.
    #[error("\"{input}\" is not a date: use DD/MM/YYYY (e.g. 15/01/2026 or 15/01/2569), 15 ม.ค. 2569 or YYYY-MM-DD")]
    Format {
        /// What was typed.
        input: String,
    },
    /// The shape is right but the day does not exist.
    #[error("\"{input}\" is not a real calendar date (there is no day {day} in month {month} of {year})")]
    NoSuchDay {
        /// What was typed.
        input: String,
        /// Year as typed.
        year: i32,
        /// Month as typed.
        month: u32,
        /// Day as typed.
        day: u32,
    },
    /// The year has one or two digits: it could be any century and either
    /// era, so it is refused rather than guessed.
    #[error("\"{input}\" has a two-digit year, which is ambiguous: type all four digits of the year as printed on the document (e.g. 2026 or 2569)")]
    AmbiguousYear {
        /// What was typed.
        input: String,
    },
    /// The year is neither a plausible CE nor a plausible BE year.
    #[error("\"{input}\" has year {year}, which is neither a Common Era year ({MIN_YEAR}–{MAX_YEAR}) nor a Thai Buddhist Era year ({}–{})", MIN_YEAR + BE_OFFSET, MAX_YEAR + BE_OFFSET)]
    YearOutOfRange {
        /// What was typed.
        input: String,
        /// Year as typed.
        year: i32,
    },
}

impl fmt::Display for Era {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Era::Ce => "CE",
            Era::Be => "BE",
        })
    }
}

/// Parses a date as a person would type it from their papers.
///
/// Accepts `YYYY-MM-DD` and `DD/MM/YYYY` (also with `.`, `-` or spaces
/// between day, month and year); the digits of Thai, Myanmar, Khmer and
/// Lao as well as ASCII digits; a month written as a Thai or English name or
/// abbreviation (`31 มี.ค. 2569`, `31 มีนาคม 2569`, `31 MAR 2026`); and an era
/// written beside the year (`พ.ศ. 2569`, `2026 CE`). A year of 2443 or later
/// is read as Thai Buddhist Era and converted (2569-03-31 → 2026-03-31);
/// [`TypedDate::era`] says so, so an app can show "read as 31 March 2026
/// (BE 2569)". A year written with one or two digits is refused as
/// ambiguous ([`DateError::AmbiguousYear`]): doctrack never guesses the
/// century or the era.
pub fn parse_typed_date(input: &str) -> Result<TypedDate, DateError> {
    use super::date_input::{tokens, Token};
    let trimmed = input.trim();
    let format_err = || DateError::Format {
        input: truncate_for_message(trimmed),
    };
    if trimmed.chars().count() > 60 {
        return Err(format_err());
    }
    let tokens = tokens(trimmed).ok_or_else(format_err)?;
    let mut numbers: Vec<&str> = Vec::new();
    let mut month_word = None;
    let mut era_word = None;
    for t in &tokens {
        match t {
            Token::Number(n) => numbers.push(n),
            Token::Month(m) if month_word.is_none() => month_word = Some(*m),
            Token::Era(e) if era_word.is_none() => era_word = Some(*e),
            _ => return Err(format_err()),
        }
    }
    if numbers.iter().any(|n| n.len() > 4) {
        return Err(format_err());
    }
    let num = |s: &str| s.parse::<u32>().map_err(|_| format_err());
    let ambiguous = || DateError::AmbiguousYear {
        input: truncate_for_message(trimmed),
    };
    let (year_text, month, day) = match (month_word, numbers.as_slice()) {
        // 31 มี.ค. 2569, 31 MAR 2026, May 1, 2026: the day has 1-2 digits.
        (Some(m), [a, b]) => {
            let (day, year) = if a.len() <= 2 && b.len() > 2 {
                (a, b)
            } else if b.len() <= 2 && a.len() > 2 {
                (b, a)
            } else if a.len() <= 2 && b.len() <= 2 {
                return Err(ambiguous());
            } else {
                return Err(format_err());
            };
            (*year, m, num(day)?)
        }
        (None, [y, m, d]) if y.len() == 4 => (*y, num(m)?, num(d)?),
        (None, [d, m, y]) if y.len() == 4 => (*y, num(m)?, num(d)?),
        (None, [a, _, c]) if a.len() <= 2 && c.len() <= 2 => return Err(ambiguous()),
        _ => return Err(format_err()),
    };
    if year_text.len() != 4 {
        return Err(if year_text.len() <= 2 {
            ambiguous()
        } else {
            format_err()
        });
    }
    let year = i32::try_from(num(year_text)?).map_err(|_| format_err())?;
    let (ce_year, era) = if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        (year, Era::Ce)
    } else if (MIN_YEAR + BE_OFFSET..=MAX_YEAR + BE_OFFSET).contains(&year) {
        (year - BE_OFFSET, Era::Be)
    } else {
        return Err(DateError::YearOutOfRange {
            input: truncate_for_message(trimmed),
            year,
        });
    };
    // An era written beside the year must agree with the year's size.
    if era_word.is_some_and(|e| e != era) {
        return Err(DateError::YearOutOfRange {
            input: truncate_for_message(trimmed),
            year,
        });
    }
    let date =
        NaiveDate::from_ymd_opt(ce_year, month, day).ok_or_else(|| DateError::NoSuchDay {
            input: truncate_for_message(trimmed),
            year,
            month,
            day,
        })?;
    Ok(TypedDate { date, era })
}

/// Parses a Common Era `YYYY-MM-DD` date (a Buddhist Era year is accepted
/// and converted, as in [`parse_typed_date`]).
pub fn parse_date(input: &str) -> Result<NaiveDate, DateError> {
    parse_typed_date(input).map(|t| t.date)
}

fn truncate_for_message(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX).collect();
        t.push('…');
        t
    }
}

/// Formats a date with its Buddhist Era year, as Thai documents print it:
/// `31/03/2569`.
pub fn format_be(date: NaiveDate) -> String {
    format!(
        "{:02}/{:02}/{}",
        date.day(),
        date.month(),
        date.year() + BE_OFFSET
    )
}

/// A length of time in calendar units, as written in rule files
/// (`"2 years"`, `"90 days"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Span {
    /// A number of days.
    Days(u32),
    /// A number of weeks (7 days each).
    Weeks(u32),
    /// A number of calendar months (end-of-month clamped).
    Months(u32),
    /// A number of calendar years (end-of-month clamped: 29 Feb + 1 year = 28 Feb).
    Years(u32),
}

impl Span {
    /// `date + self`, or `None` beyond the supported calendar.
    pub fn after(self, date: NaiveDate) -> Option<NaiveDate> {
        match self {
            Span::Days(n) => date.checked_add_days(chrono::Days::new(u64::from(n))),
            Span::Weeks(n) => date.checked_add_days(chrono::Days::new(u64::from(n) * 7)),
            Span::Months(n) => date.checked_add_months(Months::new(n)),
            Span::Years(n) => date.checked_add_months(Months::new(n.checked_mul(12)?)),
        }
    }

    /// `date - self`, or `None` before the supported calendar.
    pub fn before(self, date: NaiveDate) -> Option<NaiveDate> {
        match self {
            Span::Days(n) => date.checked_sub_days(chrono::Days::new(u64::from(n))),
            Span::Weeks(n) => date.checked_sub_days(chrono::Days::new(u64::from(n) * 7)),
            Span::Months(n) => date.checked_sub_months(Months::new(n)),
            Span::Years(n) => date.checked_sub_months(Months::new(n.checked_mul(12)?)),
        }
    }

    /// The last day of a period of this length whose first day is `start`:
    /// end dates are inclusive, as printed expiries are (a 2-year permit
    /// issued on 15 Jun 2021 is valid until 14 Jun 2023). It is the day
    /// before the corresponding day; when the last month has no
    /// corresponding day, the last day of that month (29 Feb 2024 + 2 years
    /// ends on 28 Feb 2026; 31 Jan + 1 month ends on 28/29 Feb). `None` for
    /// a length of zero or beyond the supported calendar.
    pub fn last_day_from(self, start: NaiveDate) -> Option<NaiveDate> {
        let corresponding = self.after(start)?;
        if corresponding <= start {
            return None;
        }
        let clamped =
            matches!(self, Span::Months(_) | Span::Years(_)) && corresponding.day() != start.day();
        if clamped {
            Some(corresponding)
        } else {
            corresponding.pred_opt()
        }
    }

    /// Whether the span is zero (`"0 days"`).
    pub fn is_zero(self) -> bool {
        matches!(
            self,
            Span::Days(0) | Span::Weeks(0) | Span::Months(0) | Span::Years(0)
        )
    }

    /// Parses `"90 days"`, `"1 day"`, `"6 months"`, `"2 years"`, `"3 weeks"`.
    pub fn parse(input: &str) -> Option<Span> {
        let mut words = input.split_whitespace();
        let n: u32 = words.next()?.parse().ok()?;
        let unit = words.next()?;
        if words.next().is_some() {
            return None;
        }
        match unit {
            "day" | "days" => Some(Span::Days(n)),
            "week" | "weeks" => Some(Span::Weeks(n)),
            "month" | "months" => Some(Span::Months(n)),
            "year" | "years" => Some(Span::Years(n)),
            _ => None,
        }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (n, unit) = match *self {
            Span::Days(n) => (n, "day"),
            Span::Weeks(n) => (n, "week"),
            Span::Months(n) => (n, "month"),
            Span::Years(n) => (n, "year"),
        };
        write!(f, "{n} {unit}{}", if n == 1 { "" } else { "s" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn iso_and_thai_style_dates() {
        assert_eq!(parse_date("2026-01-15").unwrap(), d(2026, 1, 15));
        assert_eq!(parse_date("15/01/2026").unwrap(), d(2026, 1, 15));
        assert_eq!(parse_date(" 15.01.2026 ").unwrap(), d(2026, 1, 15));
    }

    #[test]
    fn buddhist_era_years_are_converted_and_reported() {
        let t = parse_typed_date("31/03/2569").unwrap();
        assert_eq!(t.date, d(2026, 3, 31));
        assert_eq!(t.era, Era::Be);
        assert_eq!(format_be(t.date), "31/03/2569");
    }

    #[test]
    fn impossible_days_are_named() {
        let err = parse_date("2025-02-30").unwrap_err();
        assert!(matches!(
            err,
            DateError::NoSuchDay {
                day: 30,
                month: 2,
                ..
            }
        ));
        assert!(err.to_string().contains("2025-02-30"));
        // 29 Feb exists only in leap years, also when typed in BE.
        assert!(parse_date("2024-02-29").is_ok());
        assert!(parse_date("29/02/2568").is_err()); // BE 2568 = 2025
        assert!(parse_date("29/02/2567").is_ok()); // BE 2567 = 2024
    }

    #[test]
    fn garbage_and_out_of_range() {
        assert!(matches!(
            parse_date("tomorrow"),
            Err(DateError::Format { .. })
        ));
        assert!(matches!(
            parse_date("2026-1"),
            Err(DateError::Format { .. })
        ));
        assert!(matches!(
            parse_date("+2026-01-01"),
            Err(DateError::Format { .. })
        ));
        assert!(matches!(
            parse_date("1066-10-14"),
            Err(DateError::YearOutOfRange { year: 1066, .. })
        ));
        let long = "9".repeat(10_000);
        assert!(parse_date(&long).unwrap_err().to_string().len() < 200);
    }

    #[test]
    fn dates_as_printed_on_papers() {
        // Thai month abbreviations and names, Buddhist Era.
        for typed in [
            "31 มี.ค. 2569",
            "31 มี.ค 2569",
            "31 มีนาคม 2569",
            "31 มีนาคม พ.ศ. 2569",
            "๓๑ มี.ค. ๒๕๖๙",
        ] {
            let t = parse_typed_date(typed).unwrap_or_else(|e| panic!("{typed}: {e}"));
            assert_eq!((t.date, t.era), (d(2026, 3, 31), Era::Be), "{typed}");
        }
        assert_eq!(parse_date("1 ม.ค. 2569").unwrap(), d(2026, 1, 1));
        assert_eq!(parse_date("13 ก.พ. 2570").unwrap(), d(2027, 2, 13));
        // Native digits of each script, and dd.mm.yyyy.
        assert_eq!(parse_date("๓๑/๐๓/๒๕๖๙").unwrap(), d(2026, 3, 31)); // Thai
        assert_eq!(parse_date("၃၁.၀၃.၂၀၂၆").unwrap(), d(2026, 3, 31)); // Myanmar
        assert_eq!(parse_date("៣១/០៣/២០២៦").unwrap(), d(2026, 3, 31)); // Khmer
        assert_eq!(parse_date("໓໑-໐໓-໒໐໒໖").unwrap(), d(2026, 3, 31)); // Lao
        assert_eq!(parse_date("31.03.2026").unwrap(), d(2026, 3, 31));
        // English month names as passports print them.
        assert_eq!(parse_date("31 MAR 2026").unwrap(), d(2026, 3, 31));
        assert_eq!(parse_date("May 1, 2026").unwrap(), d(2026, 5, 1));
        // An era written beside the year must fit the year.
        assert!(matches!(
            parse_date("31 มี.ค. พ.ศ. 2026"),
            Err(DateError::YearOutOfRange { .. })
        ));
        assert!(matches!(
            parse_date("31 มี.ค. 2569 ค.ศ."),
            Err(DateError::YearOutOfRange { .. })
        ));
        // The day must exist in the month named.
        assert!(matches!(
            parse_date("30 ก.พ. 2569"),
            Err(DateError::NoSuchDay { month: 2, .. })
        ));
    }

    #[test]
    fn two_digit_years_are_refused_never_guessed() {
        for typed in [
            "31/03/26",
            "31.03.69",
            "31-3-26",
            "31 มี.ค. 69",
            "๓๑/๐๓/๖๙",
            "31 MAR 26",
            "26-03-31",
        ] {
            let err = parse_date(typed).unwrap_err();
            assert!(
                matches!(err, DateError::AmbiguousYear { .. }),
                "{typed}: {err:?}"
            );
            let text = err.to_string();
            assert!(
                text.contains("ambiguous") && text.contains("four digits"),
                "{text}"
            );
        }
        // Three digits are not a year at all.
        assert!(matches!(
            parse_date("31/03/569"),
            Err(DateError::Format { .. })
        ));
    }

    #[test]
    fn leap_day_plus_years_clamps() {
        assert_eq!(Span::Years(2).after(d(2024, 2, 29)), Some(d(2026, 2, 28)));
        assert_eq!(Span::Years(4).after(d(2024, 2, 29)), Some(d(2028, 2, 29)));
        assert_eq!(Span::Months(1).after(d(2026, 1, 31)), Some(d(2026, 2, 28)));
        assert_eq!(Span::Days(90).after(d(2026, 1, 1)), Some(d(2026, 4, 1)));
        assert_eq!(Span::Days(15).before(d(2026, 4, 1)), Some(d(2026, 3, 17)));
    }

    #[test]
    fn last_day_of_a_period_is_inclusive() {
        // Two consecutive 2-year MOU permits use 4 years exactly.
        assert_eq!(
            Span::Years(2).last_day_from(d(2021, 6, 15)),
            Some(d(2023, 6, 14))
        );
        assert_eq!(
            Span::Years(2).last_day_from(d(2023, 6, 15)),
            Some(d(2025, 6, 14))
        );
        assert_eq!(
            Span::Years(4).last_day_from(d(2021, 6, 15)),
            Some(d(2025, 6, 14))
        );
        // No corresponding day: the month's last day.
        assert_eq!(
            Span::Years(2).last_day_from(d(2024, 2, 29)),
            Some(d(2026, 2, 28))
        );
        assert_eq!(
            Span::Years(4).last_day_from(d(2024, 2, 29)),
            Some(d(2028, 2, 28))
        );
        assert_eq!(
            Span::Months(1).last_day_from(d(2026, 1, 31)),
            Some(d(2026, 2, 28))
        );
        assert_eq!(
            Span::Months(1).last_day_from(d(2026, 3, 1)),
            Some(d(2026, 3, 31))
        );
        assert_eq!(
            Span::Days(1).last_day_from(d(2026, 3, 1)),
            Some(d(2026, 3, 1))
        );
        assert_eq!(
            Span::Days(60).last_day_from(d(2026, 3, 1)),
            Some(d(2026, 4, 29))
        );
        assert_eq!(Span::Days(0).last_day_from(d(2026, 3, 1)), None);
        assert!(Span::Weeks(0).is_zero() && !Span::Days(1).is_zero());
    }

    #[test]
    fn span_text() {
        assert_eq!(Span::parse("90 days"), Some(Span::Days(90)));
        assert_eq!(Span::parse("1 year"), Some(Span::Years(1)));
        assert_eq!(Span::parse("2 fortnights"), None);
        assert_eq!(Span::parse("-2 days"), None);
        assert_eq!(Span::Years(1).to_string(), "1 year");
        assert_eq!(Span::Days(60).to_string(), "60 days");
    }
}
