//! Reading a date the way people copy it from their papers: any of the
//! digits of Thai, Myanmar, Khmer and Lao, Thai and English month names and
//! abbreviations (`31 มี.ค. 2569`, `31 MAR 2026`), era markers (`พ.ศ.`,
//! `BE`, `ค.ศ.`, `CE`), and numbers separated by `/`, `.`, `-`, `,` or
//! spaces.
//!
//! This module only splits the input into [`Token`]s; [`super::dates`]
//! decides what they mean (which number is the year, whether the year is
//! Buddhist Era, whether the day exists).

use serde::{Deserialize, Serialize};

/// One meaningful piece of a typed date.
/// Which era a typed year was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Era {
    /// Common Era (Gregorian), e.g. 2026.
    Ce,
    /// Thai Buddhist Era, e.g. 2569 (= 2026 CE).
    Be,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Token {
    /// A run of digits, converted to ASCII (`"๒๕๖๙"` → `"2569"`).
    Number(String),
    /// A month written as a word (1–12).
    Month(u32),
    /// An era written next to the year (`พ.ศ. 2569`, `2026 CE`).
    Era(Era),
}

/// The ASCII digit for a digit of any script doctrack reads.
pub(crate) fn ascii_digit(c: char) -> Option<char> {
    // Zero of each script: ASCII, Thai, Lao, Myanmar, Khmer.
    const ZEROS: [u32; 5] = ['0' as u32, 0x0E50, 0x0ED0, 0x1040, 0x17E0];
    let code = c as u32;
    ZEROS.iter().find_map(|&zero| {
        (zero..zero + 10)
            .contains(&code)
            .then(|| char::from(b'0' + (code - zero) as u8))
    })
}

/// Month words, matched case-insensitively, longest first. Thai: full
/// names, the short spoken forms and the abbreviations printed on Thai
/// documents (with or without dots); English: names and abbreviations as
/// passports print them.
const MONTH_WORDS: &[(&str, u32)] = &[
    ("มกราคม", 1),
    ("กุมภาพันธ์", 2),
    ("มีนาคม", 3),
    ("เมษายน", 4),
    ("พฤษภาคม", 5),
    ("มิถุนายน", 6),
    ("กรกฎาคม", 7),
    ("สิงหาคม", 8),
    ("กันยายน", 9),
    ("ตุลาคม", 10),
    ("พฤศจิกายน", 11),
    ("ธันวาคม", 12),
    ("มกรา", 1),
    ("กุมภา", 2),
    ("มีนา", 3),
    ("เมษา", 4),
    ("พฤษภา", 5),
    ("มิถุนา", 6),
    ("กรกฎา", 7),
    ("สิงหา", 8),
    ("กันยา", 9),
    ("ตุลา", 10),
    ("พฤศจิกา", 11),
    ("ธันวา", 12),
    ("ม.ค.", 1),
    ("ก.พ.", 2),
    ("มี.ค.", 3),
    ("เม.ย.", 4),
    ("พ.ค.", 5),
    ("มิ.ย.", 6),
    ("ก.ค.", 7),
    ("ส.ค.", 8),
    ("ก.ย.", 9),
    ("ต.ค.", 10),
    ("พ.ย.", 11),
    ("ธ.ค.", 12),
    ("ม.ค", 1),
    ("ก.พ", 2),
    ("มี.ค", 3),
    ("เม.ย", 4),
    ("พ.ค", 5),
    ("มิ.ย", 6),
    ("ก.ค", 7),
    ("ส.ค", 8),
    ("ก.ย", 9),
    ("ต.ค", 10),
    ("พ.ย", 11),
    ("ธ.ค", 12),
    ("มค", 1),
    ("กพ", 2),
    ("มีค", 3),
    ("เมย", 4),
    ("พค", 5),
    ("มิย", 6),
    ("กค", 7),
    ("สค", 8),
    ("กย", 9),
    ("ตค", 10),
    ("พย", 11),
    ("ธค", 12),
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("sept", 9),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("may", 5),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Era words, matched like month words.
const ERA_WORDS: &[(&str, Era)] = &[
    ("พ.ศ.", Era::Be),
    ("พ.ศ", Era::Be),
    ("พศ", Era::Be),
    ("ค.ศ.", Era::Ce),
    ("ค.ศ", Era::Ce),
    ("คศ", Era::Ce),
    ("b.e.", Era::Be),
    ("be", Era::Be),
    ("c.e.", Era::Ce),
    ("ce", Era::Ce),
    ("ad", Era::Ce),
];

fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '/' | '.' | '-' | ',' | '\u{200B}')
}

/// The word (month or era) that starts `rest`, and its length in bytes.
/// Words written in Latin letters must not run on into more letters
/// (`mar` is not the start of `marks`).
fn word_at(rest: &str) -> Option<(Token, usize)> {
    let lower = rest.to_lowercase();
    // Lower-casing keeps byte lengths for the scripts involved (Thai has no
    // case; ASCII stays ASCII), but check to be safe.
    if lower.len() != rest.len() {
        return None;
    }
    let ends_word = |len: usize| {
        lower[len..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_ascii_alphabetic())
    };
    let months = MONTH_WORDS.iter().map(|(w, m)| (*w, Token::Month(*m)));
    let eras = ERA_WORDS.iter().map(|(w, e)| (*w, Token::Era(*e)));
    months
        .chain(eras)
        .filter(|(w, _)| lower.starts_with(w) && (!w.is_ascii() || ends_word(w.len())))
        .max_by_key(|(w, _)| w.len())
        .map(|(w, t)| (t, w.len()))
}

/// Splits typed text into tokens; `None` if something in it is neither a
/// number, a month or era word, nor a separator.
pub(crate) fn tokens(input: &str) -> Option<Vec<Token>> {
    let mut out = Vec::new();
    let mut number = String::new();
    let mut i = 0;
    while i < input.len() {
        let rest = &input[i..];
        let c = rest.chars().next()?;
        if let Some(d) = ascii_digit(c) {
            number.push(d);
            i += c.len_utf8();
            continue;
        }
        if !number.is_empty() {
            out.push(Token::Number(std::mem::take(&mut number)));
        }
        if let Some((token, len)) = word_at(rest) {
            out.push(token);
            i += len;
        } else if is_separator(c) {
            i += c.len_utf8();
        } else {
            return None;
        }
    }
    if !number.is_empty() {
        out.push(Token::Number(number));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Token {
        Token::Number(s.into())
    }

    #[test]
    fn native_digits_become_ascii() {
        assert_eq!(ascii_digit('๙'), Some('9'));
        assert_eq!(ascii_digit('၃'), Some('3'));
        assert_eq!(ascii_digit('៥'), Some('5'));
        assert_eq!(ascii_digit('໒'), Some('2'));
        assert_eq!(ascii_digit('7'), Some('7'));
        assert_eq!(ascii_digit('a'), None);
        assert_eq!(
            tokens("๓๑/๐๓/๒๕๖๙"),
            Some(vec![n("31"), n("03"), n("2569")])
        );
    }

    #[test]
    fn thai_month_words_and_eras() {
        let want = Some(vec![n("31"), Token::Month(3), n("2569")]);
        assert_eq!(tokens("31 มี.ค. 2569"), want);
        assert_eq!(tokens("31 มี.ค 2569"), want);
        assert_eq!(tokens("31 มีค 2569"), want);
        assert_eq!(tokens("31 มีนาคม 2569"), want);
        assert_eq!(tokens("31 มีนา 2569"), want);
        assert_eq!(tokens("31มี.ค.2569"), want);
        assert_eq!(
            tokens("31 มีนาคม พ.ศ. 2569"),
            Some(vec![
                n("31"),
                Token::Month(3),
                Token::Era(Era::Be),
                n("2569")
            ])
        );
        // ม.ค. and มี.ค. are different months.
        assert_eq!(
            tokens("1 ม.ค. 2569"),
            Some(vec![n("1"), Token::Month(1), n("2569")])
        );
    }

    #[test]
    fn english_month_words() {
        assert_eq!(
            tokens("31 MAR 2026"),
            Some(vec![n("31"), Token::Month(3), n("2026")])
        );
        assert_eq!(
            tokens("31MAR2026"),
            Some(vec![n("31"), Token::Month(3), n("2026")])
        );
        assert_eq!(
            tokens("May 1, 2026"),
            Some(vec![Token::Month(5), n("1"), n("2026")])
        );
        assert_eq!(tokens("31 marks 2026"), None);
        assert_eq!(tokens("tomorrow"), None);
    }
}
