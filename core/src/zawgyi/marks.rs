//! The order of signs in a Unicode Burmese syllable (UTN #11), shared by
//! both directions of the conversion.

/// Where a unit of signs goes in a Unicode syllable, in storage order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Rank {
    /// NGA + asat + virama, stored before the consonant.
    Kinzi,
    /// Virama + consonant, below the base.
    Stacked,
    /// An asat that kills the consonant before a medial YA (ယောက်ျား).
    AsatBeforeY,
    /// Medial YA (U+103B).
    MedialY,
    /// Medial RA (U+103C).
    MedialR,
    /// Medial WA (U+103D).
    MedialW,
    /// Medial HA (U+103E).
    MedialH,
    /// The E vowel (U+1031), drawn first but stored here.
    VowelE,
    /// I, II, AI (U+102D, U+102E, U+1032).
    Upper,
    /// U, UU (U+102F, U+1030).
    Lower,
    /// AA, tall AA (U+102B, U+102C).
    Aa,
    /// Anusvara (U+1036).
    Anusvara,
    /// Dot below (U+1037).
    DotBelow,
    /// Asat (U+103A).
    Asat,
    /// Visarga (U+1038).
    Visarga,
    /// Anything else: kept after the signs, in the order typed.
    Other,
}

/// The rank of one unit (a sign, a stacked consonant or kinzi).
pub(super) fn rank_of(unit: &str) -> Rank {
    let mut chars = unit.chars();
    match (chars.next(), chars.next()) {
        (Some('\u{1004}'), Some('\u{103A}')) => Rank::Kinzi,
        (Some('\u{1039}'), Some(_)) => Rank::Stacked,
        (Some(c), None) => match c {
            '\u{103B}' => Rank::MedialY,
            '\u{103C}' => Rank::MedialR,
            '\u{103D}' => Rank::MedialW,
            '\u{103E}' => Rank::MedialH,
            '\u{1031}' => Rank::VowelE,
            '\u{102D}' | '\u{102E}' | '\u{1032}' => Rank::Upper,
            '\u{102F}' | '\u{1030}' => Rank::Lower,
            '\u{102B}' | '\u{102C}' => Rank::Aa,
            '\u{1036}' => Rank::Anusvara,
            '\u{1037}' => Rank::DotBelow,
            '\u{103A}' => Rank::Asat,
            '\u{1038}' => Rank::Visarga,
            _ => Rank::Other,
        },
        _ => Rank::Other,
    }
}
