//! Unicode → Zawgyi, for a phone whose system font is Zawgyi.
//!
//! Each Unicode syllable is written in the order Zawgyi draws it: the E
//! vowel and the medial RA first, then the consonant and the signs after
//! it, with the glyph variants a Zawgyi font needs so signs do not collide
//! (a short U under a tall stack, NA without its tail over a sign below,
//! kinzi merged with the vowel above it). [`super::zawgyi_to_unicode`]
//! reads every variant back, so converting there and back gives the text
//! again (checked on the corpora in `core/tests/zawgyi_corpus.rs`).

/// One Unicode syllable, taken apart.
#[derive(Default)]
struct Syllable {
    kinzi: bool,
    base: char,
    stacked: Vec<char>,
    asat_before_y: bool,
    medial_y: bool,
    medial_r: bool,
    medial_w: bool,
    medial_h: bool,
    vowel_e: bool,
    /// Upper vowels, lower vowels, AA, anusvara, dot below, asat and
    /// visarga, as typed.
    signs: Vec<char>,
}

/// Whether `c` starts a syllable.
fn is_base(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{1021}' | '\u{1023}'..='\u{102A}' | '\u{103F}')
}

/// Whether `c` is a dependent sign of a syllable.
fn is_sign(c: char) -> bool {
    matches!(c, '\u{102B}'..='\u{1038}' | '\u{103A}'..='\u{103E}')
}

/// Converts Unicode Burmese to Zawgyi. Text that is not Burmese passes
/// through unchanged.
pub fn unicode_to_zawgyi(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let rest = &chars[i..];
        // ၎င်း is one glyph in Zawgyi.
        if let ['\u{104E}', '\u{1004}', '\u{103A}', '\u{1038}', ..] = rest {
            out.push('\u{104E}');
            i += 4;
            continue;
        }
        let (kinzi, at) = match rest {
            ['\u{1004}', '\u{103A}', '\u{1039}', b, ..] if is_base(*b) => (true, i + 3),
            _ => (false, i),
        };
        if !is_base(chars[at]) {
            out.push(chars[at]);
            i = at + 1;
            continue;
        }
        let mut s = Syllable {
            kinzi,
            base: chars[at],
            ..Syllable::default()
        };
        let mut j = at + 1;
        while j < chars.len() {
            match (chars[j], chars.get(j + 1)) {
                ('\u{1039}', Some(&c)) if is_base(c) => {
                    s.stacked.push(c);
                    j += 2;
                    continue;
                }
                ('\u{103A}', Some('\u{103B}')) => s.asat_before_y = true,
                ('\u{103B}', _) => s.medial_y = true,
                ('\u{103C}', _) => s.medial_r = true,
                ('\u{103D}', _) => s.medial_w = true,
                ('\u{103E}', _) => s.medial_h = true,
                ('\u{1031}', _) => s.vowel_e = true,
                (c, _) if is_sign(c) => s.signs.push(c),
                _ => break,
            }
            j += 1;
        }
        draw(&mut out, s);
        i = j;
    }
    out
}

/// Consonants wide enough to need the wide medial RA.
fn is_wide(c: char) -> bool {
    matches!(
        c,
        '\u{1000}'
            | '\u{1003}'
            | '\u{1006}'
            | '\u{100F}'
            | '\u{1010}'
            | '\u{1011}'
            | '\u{1018}'
            | '\u{101A}'
            | '\u{101C}'
            | '\u{101E}'
            | '\u{101F}'
            | '\u{1021}'
    )
}

/// The Zawgyi glyph of a stacked consonant.
fn stacked_glyph(c: char) -> Option<char> {
    Some(match c {
        '\u{1000}' => '\u{1060}',
        '\u{1001}' => '\u{1061}',
        '\u{1002}' => '\u{1062}',
        '\u{1003}' => '\u{1063}',
        '\u{1005}' => '\u{1065}',
        '\u{1006}' => '\u{1066}',
        '\u{1007}' => '\u{1068}',
        '\u{1008}' => '\u{1069}',
        '\u{100B}' => '\u{106C}',
        '\u{100C}' => '\u{106D}',
        '\u{100F}' => '\u{1070}',
        '\u{1010}' => '\u{1071}',
        '\u{1011}' => '\u{1073}',
        '\u{1012}' => '\u{1075}',
        '\u{1013}' => '\u{1076}',
        '\u{1014}' => '\u{1077}',
        '\u{1015}' => '\u{1078}',
        '\u{1016}' => '\u{1079}',
        '\u{1017}' => '\u{107A}',
        '\u{1018}' => '\u{1093}',
        '\u{1019}' => '\u{107C}',
        '\u{101C}' => '\u{1085}',
        _ => return None,
    })
}

/// Consonant + stacked consonant pairs Zawgyi draws as one glyph.
fn ligature(base: char, stacked: char) -> Option<char> {
    Some(match (base, stacked) {
        ('\u{100F}', '\u{100D}') => '\u{1091}',
        ('\u{100B}', '\u{100C}') => '\u{1092}',
        ('\u{100B}', '\u{100B}') => '\u{1097}',
        ('\u{100D}', '\u{100D}') => '\u{106E}',
        ('\u{100D}', '\u{100E}') => '\u{106F}',
        _ => return None,
    })
}

/// Writes one syllable in Zawgyi's drawing order.
fn draw(out: &mut String, mut s: Syllable) {
    let has = |s: &Syllable, c: char| s.signs.contains(&c);
    let take = |s: &mut Syllable, c: char| match s.signs.iter().position(|x| *x == c) {
        Some(i) => {
            s.signs.remove(i);
            true
        }
        None => false,
    };
    if s.vowel_e {
        out.push('\u{1031}');
    }
    let has_upper = ['\u{102D}', '\u{102E}', '\u{1032}', '\u{1036}']
        .iter()
        .any(|c| has(&s, *c));
    if s.medial_r {
        out.push(match (is_wide(s.base), has_upper) {
            (true, false) if s.medial_w => '\u{1082}',
            (true, false) => '\u{107E}',
            (true, true) => '\u{1080}',
            (false, false) => '\u{103B}',
            (false, true) => '\u{107F}',
        });
    }
    let lower = has(&s, '\u{102F}') || has(&s, '\u{1030}');
    let with_aa = has(&s, '\u{102B}') || has(&s, '\u{102C}');
    let na_short = !s.stacked.is_empty() || s.medial_w || lower || (s.medial_h && !with_aa);
    // The base, or the ligature it makes with its first stacked consonant.
    let first_stacked = s.stacked.first().copied();
    match (s.base, first_stacked.and_then(|t| ligature(s.base, t))) {
        (_, Some(lig)) => {
            out.push(lig);
            s.stacked.remove(0);
        }
        ('\u{1014}', _) if na_short => out.push('\u{108F}'),
        ('\u{100A}', _) if s.medial_w || s.medial_h || lower => out.push('\u{106B}'),
        (b, _) => out.push(b),
    }
    if s.kinzi {
        out.push(if take(&mut s, '\u{102D}') {
            '\u{108B}'
        } else if take(&mut s, '\u{102E}') {
            '\u{108C}'
        } else if take(&mut s, '\u{1036}') {
            '\u{108D}'
        } else {
            '\u{1064}'
        });
    }
    let wide = is_wide(s.base);
    for t in &s.stacked {
        match stacked_glyph(*t) {
            // Wide consonants take the wide form of some stacked ones.
            Some('\u{1066}') if wide => out.push('\u{1067}'),
            Some('\u{1071}') if wide => out.push('\u{1072}'),
            Some('\u{1073}') if wide => out.push('\u{1074}'),
            Some(g) => out.push(g),
            None => {
                out.push('\u{1039}');
                out.push(*t);
            }
        }
    }
    if s.asat_before_y {
        take(&mut s, '\u{103A}');
        out.push('\u{1039}');
    }
    // YA over a WA is drawn short, after it.
    let short_y = s.medial_y && s.medial_w;
    if s.medial_y && !short_y {
        out.push('\u{103A}');
    }
    if s.medial_w {
        out.push(if s.medial_h { '\u{108A}' } else { '\u{103C}' });
    }
    if short_y {
        out.push('\u{107D}');
    }
    // I and AI, then HA (with the U it carries), then the rest in the
    // order a Zawgyi font stacks them.
    for c in ['\u{102D}', '\u{1032}'] {
        if take(&mut s, c) {
            out.push(c);
        }
    }
    if s.medial_h && !s.medial_w && s.medial_r {
        out.push('\u{1087}');
    } else if s.medial_h && !s.medial_w {
        out.push(if take(&mut s, '\u{102F}') {
            '\u{1088}'
        } else if take(&mut s, '\u{1030}') {
            '\u{1089}'
        } else {
            '\u{103D}'
        });
    }
    // The dot moves right of a sign below, or of NA's tail, unless the
    // E vowel leaves room; it moves left of a long YA.
    let dot = if s.medial_y && !short_y {
        '\u{1095}'
    } else if !s.vowel_e && (lower || s.medial_w || s.base == '\u{1014}') {
        '\u{1094}'
    } else {
        '\u{1037}'
    };
    let tall_u = s.medial_y || s.medial_r;
    let tall_uu = s.medial_r;
    if take(&mut s, '\u{1036}') {
        out.push('\u{1036}');
    }
    let tall_aa_asat = has(&s, '\u{102B}') && has(&s, '\u{103A}');
    let order = |c: &char| match c {
        '\u{102D}' | '\u{102E}' | '\u{1032}' => -1,
        '\u{102F}' | '\u{1030}' => 0,
        '\u{102B}' | '\u{102C}' => 1,
        '\u{103A}' => 2,
        '\u{1037}' => 3,
        '\u{1038}' => 4,
        _ => 5,
    };
    s.signs.sort_by_key(order);
    for c in std::mem::take(&mut s.signs) {
        match c {
            '\u{102F}' if tall_u => out.push('\u{1033}'),
            '\u{1030}' if tall_uu => out.push('\u{1034}'),
            '\u{102B}' if tall_aa_asat => out.push('\u{105A}'),
            '\u{103A}' if tall_aa_asat => {}
            '\u{103A}' => out.push('\u{1039}'),
            '\u{1037}' => out.push(dot),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_are_drawn_in_zawgyi_order() {
        assert_eq!(unicode_to_zawgyi("မြန်မာ"), "ျမန္မာ");
        assert_eq!(unicode_to_zawgyi("ပြော"), "ေျပာ");
        assert_eq!(unicode_to_zawgyi("အင်္ဂလိပ်"), "အဂၤလိပ္");
        assert_eq!(unicode_to_zawgyi("မ်း"), "မ္း");
        assert_eq!(unicode_to_zawgyi("၎င်း"), "၎");
    }

    #[test]
    fn other_text_passes_through() {
        assert_eq!(unicode_to_zawgyi("Ko Aung, 12/3"), "Ko Aung, 12/3");
    }
}
