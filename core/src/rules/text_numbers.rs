//! Numbers in a rule's texts, checked against its effect: a guidance that
//! says "60 days" for a rule whose effect says 30 days, or "900 baht" for a
//! 1,000-baht fee, is a warning for maintainers (`rules check`).
//!
//! A mention is a whole number followed by a unit, in English or Thai:
//! `60 days`, `2 years`, `4 months`, `900 baht`, `2,670 บาท`, `60 วัน`. A
//! hyphenated adjective (`90-day report`, `2-year contract`) names a thing
//! rather than stating a value and is not a mention. Lengths compare by
//! days (days and weeks) or months (months and years), so `2 weeks` matches
//! `14 days` and `12 months` matches `1 year`.

use super::model::Effect;
use crate::domain::dates::Span;

/// A value stated in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mention {
    /// A length of time.
    Length(Length),
    /// An amount of money, in whole units.
    Money(u64),
}

/// A length normalised for comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Length {
    /// Days (weeks count 7).
    Days(u64),
    /// Months (years count 12).
    Months(u64),
}

impl From<Span> for Length {
    fn from(span: Span) -> Length {
        match span {
            Span::Days(n) => Length::Days(u64::from(n)),
            Span::Weeks(n) => Length::Days(u64::from(n) * 7),
            Span::Months(n) => Length::Months(u64::from(n)),
            Span::Years(n) => Length::Months(u64::from(n) * 12),
        }
    }
}

/// Unit words and what they measure. Longer words first, so that `days`
/// is not read as `day` followed by `s`.
const UNITS: [(&str, Unit); 15] = [
    ("days", Unit::Days(1)),
    ("day", Unit::Days(1)),
    ("weeks", Unit::Days(7)),
    ("week", Unit::Days(7)),
    ("months", Unit::Months(1)),
    ("month", Unit::Months(1)),
    ("years", Unit::Months(12)),
    ("year", Unit::Months(12)),
    ("baht", Unit::Money),
    ("THB", Unit::Money),
    ("วัน", Unit::Days(1)),
    ("สัปดาห์", Unit::Days(7)),
    ("เดือน", Unit::Months(1)),
    ("ปี", Unit::Months(12)),
    ("บาท", Unit::Money),
];

#[derive(Debug, Clone, Copy)]
enum Unit {
    Days(u64),
    Months(u64),
    Money,
}

/// The mentions in `text`, with the words as written.
pub fn mentions(text: &str) -> Vec<(Mention, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut previous: Option<char> = None;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let before = rest[..start].chars().last().or(previous);
        let (number, after) = split_number(&rest[start..]);
        let consumed = rest.len() - after.len();
        // Part of a longer token (a date like 2025-02-13, a code like A12).
        let attached = before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '.');
        if let (Some(n), false) = (number, attached) {
            let spaced = after.trim_start_matches([' ', '\u{a0}']);
            if let Some((word, unit)) = UNITS.iter().find(|(w, _)| spaced.starts_with(w)) {
                let tail = &spaced[word.len()..];
                let whole_word = !word.is_ascii()
                    || !tail.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
                if whole_word {
                    let mention = match unit {
                        Unit::Days(k) => Mention::Length(Length::Days(n.saturating_mul(*k))),
                        Unit::Months(k) => Mention::Length(Length::Months(n.saturating_mul(*k))),
                        Unit::Money => Mention::Money(n),
                    };
                    let written_len = rest.len() - tail.len() - start;
                    out.push((mention, rest[start..start + written_len].to_string()));
                }
            }
        }
        previous = rest[..consumed].chars().last();
        rest = &rest[consumed..];
    }
    out
}

/// A whole number at the start of `text` (digits, optionally grouped with
/// commas: `2,670`), and what follows it.
fn split_number(text: &str) -> (Option<u64>, &str) {
    let mut end = 0;
    let bytes = text.as_bytes();
    while end < bytes.len() {
        let b = bytes[end];
        let grouped = b == b','
            && end > 0
            && bytes
                .get(end + 1..end + 4)
                .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
            && !bytes.get(end + 4).is_some_and(u8::is_ascii_digit);
        if b.is_ascii_digit() || grouped {
            end += 1;
        } else {
            break;
        }
    }
    let digits: String = text[..end].chars().filter(char::is_ascii_digit).collect();
    (digits.parse().ok(), &text[end..])
}

/// The lengths and amounts an effect states.
pub fn effect_values(effect: &Effect) -> (Vec<Length>, Vec<u64>) {
    let mut lengths: Vec<Length> = [
        effect.validity,
        effect.deadline_after_expiry,
        effect.renewal_window,
        effect.due_soon,
        effect.grace,
        effect.processing_time,
        effect.decision_follow_up,
        effect.max_total_term,
        effect.job_change_period,
    ]
    .into_iter()
    .flatten()
    .map(Length::from)
    .collect();
    lengths.extend(
        effect
            .reminder_ladder
            .iter()
            .flatten()
            .map(|s| Length::from(*s)),
    );
    lengths.extend(
        effect
            .prerequisites
            .iter()
            .filter_map(|p| p.min_remaining)
            .map(Length::from),
    );
    if let Some(r) = effect.recurring {
        lengths.extend([r.every, r.window_before, r.window_after].map(Length::from));
    }
    let mut amounts: Vec<u64> = effect.fees.iter().map(|f| f.amount).collect();
    amounts.extend(
        effect
            .fines
            .iter()
            .flat_map(|f| [f.amount, f.per_day, f.max])
            .flatten(),
    );
    (lengths, amounts)
}

/// The mentions in `text` that contradict `effect`: a length when the
/// effect states lengths but not this one, an amount when it states
/// amounts but not this one. Mentions in `allowed` (values the texts state
/// on purpose, e.g. a total) never contradict.
pub fn contradictions(text: &str, effect: &Effect, allowed: &[Mention]) -> Vec<String> {
    let (lengths, amounts) = effect_values(effect);
    mentions(text)
        .into_iter()
        .filter(|(m, _)| !allowed.contains(m))
        .filter(|(m, _)| match m {
            Mention::Length(l) => !lengths.is_empty() && !lengths.contains(l),
            Mention::Money(a) => !amounts.is_empty() && !amounts.contains(a),
        })
        .map(|(_, written)| written)
        .collect()
}

/// Parses one `text_mentions` entry (`"7,600 baht"`, `"90 days"`).
pub fn parse_mention(entry: &str) -> Option<Mention> {
    match mentions(entry.trim()).as_slice() {
        [(m, written)] if written.len() == entry.trim().len() => Some(*m),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<Mention> {
        mentions(text).into_iter().map(|(m, _)| m).collect()
    }

    #[test]
    fn finds_lengths_and_amounts_in_english_and_thai() {
        assert_eq!(
            values("You have 60 days; the fee is 2,670 baht (900 THB before)."),
            vec![
                Mention::Length(Length::Days(60)),
                Mention::Money(2670),
                Mention::Money(900),
            ]
        );
        assert_eq!(
            values("มีเวลา 60 วัน ค่าธรรมเนียม 900 บาท อายุ 4 ปีนับจากวันออก"),
            vec![
                Mention::Length(Length::Days(60)),
                Mention::Money(900),
                Mention::Length(Length::Months(48)),
            ]
        );
        assert_eq!(
            values("1 year, 12 months, 2 weeks, 1 day"),
            vec![
                Mention::Length(Length::Months(12)),
                Mention::Length(Length::Months(12)),
                Mention::Length(Length::Days(14)),
                Mention::Length(Length::Days(1)),
            ]
        );
    }

    #[test]
    fn dates_adjectives_and_other_words_are_not_mentions() {
        assert!(values("by 13 Feb 2025, the 90-day report, a 2-year contract").is_empty());
        assert!(values("ภายใน 15 พ.ค. 2566 ที่ 22 จังหวัด").is_empty());
        assert!(values("2025-02-13 daysy 3 dayset A12 days").is_empty());
        // Ranges are not checked.
        assert!(values("400,000-800,000 baht").is_empty());
    }

    #[test]
    fn contradictions_compare_with_the_effect() {
        let effect = Effect {
            job_change_period: Some(Span::Days(60)),
            ..Effect::default()
        };
        assert!(contradictions("You have 60 days.", &effect, &[]).is_empty());
        assert_eq!(
            contradictions("You have 30 days.", &effect, &[]),
            vec!["30 days".to_string()]
        );
        // No amounts in the effect: amounts are not checked.
        assert!(contradictions("It costs 900 baht.", &effect, &[]).is_empty());
        // Stated on purpose.
        let allowed = [Mention::Length(Length::Days(30))];
        assert!(contradictions("was 30 days", &effect, &allowed).is_empty());
        assert_eq!(parse_mention("7,600 baht"), Some(Mention::Money(7600)));
        assert_eq!(parse_mention("about 7,600 baht"), None);
        assert_eq!(parse_mention("7,600"), None);
    }
}
