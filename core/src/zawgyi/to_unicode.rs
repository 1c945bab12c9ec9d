//! Zawgyi → Unicode.
//!
//! Zawgyi stores Burmese in the order it is drawn, with one code point per
//! glyph shape; Unicode stores it in a fixed logical order (UTN #11). The
//! conversion has two steps:
//!
//! 1. every Zawgyi code point becomes what it means in Unicode (a glyph
//!    variant becomes its letter; a ligature becomes its letters), tagged
//!    with its place in a syllable;
//! 2. each syllable — the signs drawn before a consonant (the E vowel, the
//!    medial RA), the consonant, and the signs after it — is written back in
//!    Unicode order: kinzi, consonant, stacked consonant, medials Y R W H,
//!    E vowel, upper vowels, lower vowels, AA, anusvara, dot below, asat,
//!    visarga.
//!
//! The glyph meanings are those of the Zawgyi-One font as documented by
//! Unicode's UTN #11 and Google's myanmar-tools; the code is ours, and it
//! is checked against myanmar-tools' published corpora
//! (`core/tests/zawgyi_corpus.rs`).

use super::marks::{rank_of, Rank};

/// What one Zawgyi code point contributes.
enum Piece {
    /// Starts a syllable (a consonant, an independent vowel); the string
    /// may carry marks of its own (a ligature's stacked consonant).
    Base(&'static str),
    /// Drawn before the consonant it belongs to (E vowel, medial RA).
    Prefix(char),
    /// Belongs to the syllable before it.
    Marks(&'static str),
    /// A whole word by itself.
    Word(&'static str),
    /// Anything else: kept as it is, and ends the syllable.
    Other(char),
}

/// The Unicode meaning of one Zawgyi code point.
fn piece(c: char) -> Piece {
    use Piece::*;
    match c {
        // Consonants and independent vowels keep their code point.
        '\u{1000}'..='\u{1021}' | '\u{1023}'..='\u{102A}' | '\u{103F}' => Base(base_str(c)),
        '\u{106A}' => Base("\u{1009}"),
        '\u{106B}' => Base("\u{100A}"),
        '\u{108F}' => Base("\u{1014}"),
        '\u{1090}' => Base("\u{101B}"),
        '\u{1086}' => Base("\u{103F}"),
        '\u{1091}' => Base("\u{100F}\u{1039}\u{100D}"),
        '\u{1092}' => Base("\u{100B}\u{1039}\u{100C}"),
        '\u{1097}' => Base("\u{100B}\u{1039}\u{100B}"),
        '\u{106E}' => Base("\u{100D}\u{1039}\u{100D}"),
        '\u{106F}' => Base("\u{100D}\u{1039}\u{100E}"),
        '\u{104E}' => Word("\u{104E}\u{1004}\u{103A}\u{1038}"),
        '\u{1031}' => Prefix('\u{1031}'),
        '\u{103B}' | '\u{107E}'..='\u{1084}' => Prefix('\u{103C}'),
        // Stacked consonants.
        '\u{1060}' => Marks("\u{1039}\u{1000}"),
        '\u{1061}' => Marks("\u{1039}\u{1001}"),
        '\u{1062}' => Marks("\u{1039}\u{1002}"),
        '\u{1063}' => Marks("\u{1039}\u{1003}"),
        '\u{1065}' => Marks("\u{1039}\u{1005}"),
        '\u{1066}' | '\u{1067}' => Marks("\u{1039}\u{1006}"),
        '\u{1068}' => Marks("\u{1039}\u{1007}"),
        '\u{1069}' => Marks("\u{1039}\u{1008}"),
        '\u{106C}' => Marks("\u{1039}\u{100B}"),
        '\u{106D}' => Marks("\u{1039}\u{100C}"),
        '\u{1070}' => Marks("\u{1039}\u{100F}"),
        '\u{1071}' | '\u{1072}' => Marks("\u{1039}\u{1010}"),
        '\u{1073}' | '\u{1074}' => Marks("\u{1039}\u{1011}"),
        '\u{1075}' => Marks("\u{1039}\u{1012}"),
        '\u{1076}' => Marks("\u{1039}\u{1013}"),
        '\u{1077}' => Marks("\u{1039}\u{1014}"),
        '\u{1078}' => Marks("\u{1039}\u{1015}"),
        '\u{1079}' => Marks("\u{1039}\u{1016}"),
        '\u{107A}' => Marks("\u{1039}\u{1017}"),
        '\u{107B}' | '\u{1093}' => Marks("\u{1039}\u{1018}"),
        '\u{107C}' => Marks("\u{1039}\u{1019}"),
        '\u{1085}' => Marks("\u{1039}\u{101C}"),
        '\u{1096}' => Marks("\u{1039}\u{1010}\u{103D}"),
        // Kinzi, alone and with the vowel drawn over it.
        '\u{1064}' => Marks("\u{1004}\u{103A}\u{1039}"),
        '\u{108B}' => Marks("\u{1004}\u{103A}\u{1039}\u{102D}"),
        '\u{108C}' => Marks("\u{1004}\u{103A}\u{1039}\u{102E}"),
        '\u{108D}' => Marks("\u{1004}\u{103A}\u{1039}\u{1036}"),
        // Medials other than RA.
        '\u{103A}' | '\u{107D}' => Marks("\u{103B}"),
        '\u{103C}' => Marks("\u{103D}"),
        '\u{103D}' | '\u{1087}' => Marks("\u{103E}"),
        '\u{1088}' => Marks("\u{103E}\u{102F}"),
        '\u{1089}' => Marks("\u{103E}\u{1030}"),
        '\u{108A}' => Marks("\u{103D}\u{103E}"),
        // Vowels and signs.
        '\u{1039}' => Marks("\u{103A}"),
        '\u{1033}' => Marks("\u{102F}"),
        '\u{1034}' => Marks("\u{1030}"),
        '\u{1094}' | '\u{1095}' => Marks("\u{1037}"),
        '\u{105A}' => Marks("\u{102B}\u{103A}"),
        '\u{108E}' => Marks("\u{102D}\u{1036}"),
        '\u{102B}' => Marks("\u{102B}"),
        '\u{102C}' => Marks("\u{102C}"),
        '\u{102D}' => Marks("\u{102D}"),
        '\u{102E}' => Marks("\u{102E}"),
        '\u{102F}' => Marks("\u{102F}"),
        '\u{1030}' => Marks("\u{1030}"),
        '\u{1032}' => Marks("\u{1032}"),
        '\u{1036}' => Marks("\u{1036}"),
        '\u{1037}' => Marks("\u{1037}"),
        '\u{1038}' => Marks("\u{1038}"),
        _ => Other(c),
    }
}

/// A consonant or independent vowel as a static string.
fn base_str(c: char) -> &'static str {
    const LETTERS: &str = "ကခဂဃငစဆဇဈဉညဋဌဍဎဏတထဒဓနပဖဗဘမယရလဝသဟဠအ\u{1022}ဣဤဥဦဧ\u{1028}ဩဪ";
    if c == '\u{103F}' {
        return "\u{103F}";
    }
    let index = (u32::from(c) - 0x1000) as usize;
    // Every letter above is three bytes in UTF-8.
    LETTERS.get(index * 3..index * 3 + 3).unwrap_or("")
}

/// One syllable being gathered.
#[derive(Default)]
struct Syllable {
    base: String,
    marks: Vec<char>,
}

/// Converts Zawgyi text to Unicode. Text that is not Burmese passes
/// through unchanged; call it only on text detected as Zawgyi
/// ([`super::to_unicode_if_zawgyi`] decides).
pub fn zawgyi_to_unicode(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut prefix: Vec<char> = Vec::new();
    let mut syllable: Option<Syllable> = None;
    for (i, &c) in chars.iter().enumerate() {
        let piece = match c {
            // Zero and seven typed for WA and RA: letters when they take a
            // sign or stand between letters, digits otherwise.
            '\u{1040}' | '\u{1047}' if digit_used_as_letter(&chars, i, !prefix.is_empty()) => {
                Piece::Base(if c == '\u{1040}' {
                    "\u{101D}"
                } else {
                    "\u{101B}"
                })
            }
            _ => piece(c),
        };
        match piece {
            Piece::Base(s) => {
                finish(&mut out, syllable.take());
                let mut marks: Vec<char> = std::mem::take(&mut prefix);
                let mut letters = s.chars();
                let base: String = letters.by_ref().take(1).collect();
                marks.extend(letters);
                syllable = Some(Syllable { base, marks });
            }
            // A sign typed after a prefix but before its consonant still
            // belongs to the syllable before (Zawgyi draws both orders the
            // same), so the syllable stays open until the next consonant.
            Piece::Prefix(p) => prefix.push(p),
            Piece::Marks(m) => match syllable.as_mut() {
                Some(s) => s.marks.extend(m.chars()),
                None => {
                    out.extend(prefix.drain(..));
                    out.push_str(m);
                }
            },
            Piece::Word(w) => {
                finish(&mut out, syllable.take());
                out.extend(prefix.drain(..));
                out.push_str(w);
            }
            Piece::Other(o) => {
                finish(&mut out, syllable.take());
                out.extend(prefix.drain(..));
                out.push(o);
            }
        }
    }
    finish(&mut out, syllable.take());
    out.extend(prefix);
    out
}

/// Whether the digit at `i` (zero or seven) is a letter typed with the
/// digit's key: it takes a sign or a medial after it, or follows a prefix,
/// and is not part of a number; zero is also WA before a consonant
/// (ဝန်, ဝင်: no number is written that way).
fn digit_used_as_letter(chars: &[char], i: usize, after_prefix: bool) -> bool {
    let is_digit = |c: Option<&char>| c.is_some_and(|c| ('\u{1040}'..='\u{1049}').contains(c));
    if is_digit(i.checked_sub(1).and_then(|p| chars.get(p))) || is_digit(chars.get(i + 1)) {
        return false;
    }
    let takes_sign = chars
        .get(i + 1)
        .is_some_and(|n| matches!(piece(*n), Piece::Marks(_)));
    let before_letter = chars
        .get(i + 1)
        .is_some_and(|n| matches!(piece(*n), Piece::Base(_) | Piece::Prefix(_)));
    after_prefix || takes_sign || (chars[i] == '\u{1040}' && before_letter)
}

/// Writes one syllable in Unicode order.
fn finish(out: &mut String, syllable: Option<Syllable>) {
    let Some(Syllable { mut base, marks }) = syllable else {
        return;
    };
    let mut units: Vec<(Rank, String)> = split_units(&marks)
        .into_iter()
        .map(|u| (rank_of(&u), u))
        .collect();
    // An asat typed right before medial YA kills the consonant the YA
    // hangs from (ယောက်ျား): it stays before the medial.
    for i in 1..units.len() {
        if units[i].0 == Rank::MedialY && units[i - 1].0 == Rank::Asat {
            units[i - 1].0 = Rank::AsatBeforeY;
        }
    }
    // ဥ with the long I is ဦ; with an asat it is the letter ဉ.
    if base == "\u{1025}" {
        if let Some(i) = units.iter().position(|(_, u)| u == "\u{102E}") {
            units.remove(i);
            base = "\u{1026}".into();
        } else if units.iter().any(|(r, _)| *r == Rank::Asat) {
            base = "\u{1009}".into();
        }
    }
    units.sort_by_key(|(rank, _)| *rank);
    units.dedup_by(|a, b| a == b && a.0 != Rank::Stacked);
    for (_, u) in units.iter().filter(|(r, _)| *r == Rank::Kinzi) {
        out.push_str(u);
    }
    out.push_str(&base);
    for (_, u) in units.iter().filter(|(r, _)| *r != Rank::Kinzi) {
        out.push_str(u);
    }
}

/// Groups marks into units that move together: kinzi (NGA, asat, virama),
/// a stacked consonant (virama and consonant), single signs.
fn split_units(marks: &[char]) -> Vec<String> {
    let mut units = Vec::with_capacity(marks.len());
    let mut i = 0;
    while i < marks.len() {
        let take = match marks[i..] {
            ['\u{1004}', '\u{103A}', '\u{1039}', ..] => 3,
            ['\u{1039}', _, ..] => 2,
            _ => 1,
        };
        let end = (i + take).min(marks.len());
        units.push(marks[i..end].iter().collect());
        i = end;
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_are_reordered() {
        // "Myanmar": medial RA drawn first, asat as U+1039.
        assert_eq!(zawgyi_to_unicode("ျမန္မာ"), "မြန်မာ");
        // E vowel and medial RA before the consonant.
        assert_eq!(zawgyi_to_unicode("ေျပာ"), "ပြော");
        // Kinzi after its consonant in Zawgyi, before it in Unicode.
        assert_eq!(zawgyi_to_unicode("အဂၤလိပ္"), "အင်္ဂလိပ်");
        assert_eq!(zawgyi_to_unicode("မ္း"), "မ်း");
    }

    #[test]
    fn letters_typed_with_digit_keys() {
        // WA typed as zero before a sign; a number stays a number.
        assert_eq!(zawgyi_to_unicode("၀ါ"), "ဝါ");
        assert_eq!(zawgyi_to_unicode("ေ၀း"), "ဝေး");
        assert_eq!(zawgyi_to_unicode("၁၀၀"), "၁၀၀");
    }

    #[test]
    fn other_text_passes_through() {
        assert_eq!(zawgyi_to_unicode("Ko Aung, 12/3"), "Ko Aung, 12/3");
        assert_eq!(zawgyi_to_unicode(""), "");
    }
}
