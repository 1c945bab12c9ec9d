//! Burmese as phones really type it: Zawgyi detection and conversion.
//!
//! Many phones in Myanmar and in migrant communities type and display
//! Zawgyi, a font encoding that reuses Unicode's Burmese code points with
//! other meanings. A name typed in Zawgyi is garbage to every Unicode
//! phone, and Unicode text is garbled on a Zawgyi phone. The library stores
//! Unicode only: text people type is checked with [`zawgyi_probability`]
//! and converted when the model is confident ([`ZAWGYI_THRESHOLD`]), and
//! [`unicode_to_zawgyi`] draws Unicode text for a phone whose system font
//! is Zawgyi. Decision and sources: docs/adr/0026-zawgyi.md.

mod detect;
mod marks;
mod to_unicode;
mod to_zawgyi;

pub use detect::zawgyi_probability;
pub use to_unicode::zawgyi_to_unicode;
pub use to_zawgyi::unicode_to_zawgyi;

/// Typed text is converted when the model gives Zawgyi at least this
/// probability. myanmar-tools documents 0.95 as the threshold for
/// automatic conversion: fewer than 1% of Unicode strings score above it.
/// Text written the same way in both encodings scores near 0.5 and is
/// left as typed.
pub const ZAWGYI_THRESHOLD: f64 = 0.95;

/// Text as it will be stored, and whether it was converted.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TypedText {
    /// The text to store: Unicode.
    pub text: String,
    /// Whether some of it was typed in Zawgyi and converted.
    pub converted_from_zawgyi: bool,
}

/// Converts the parts of `text` that were typed in Zawgyi to Unicode.
///
/// Each run of text between spaces is judged on its own, so a Unicode
/// name next to a Zawgyi one stays as it is: a run is converted when its
/// probability reaches [`ZAWGYI_THRESHOLD`], or when the whole text does
/// and the run alone is undecided (a short word scores near 0.5 by
/// itself; in a Zawgyi sentence it is Zawgyi). A run the model finds
/// clearly Unicode (below `1 − ZAWGYI_THRESHOLD`) is never converted.
pub fn to_unicode_if_zawgyi(text: &str) -> TypedText {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut converted = false;
    // Whether the whole text is Zawgyi: asked only for an undecided run.
    let mut whole_is_zawgyi: Option<bool> = None;
    for run in split_keeping_spaces(text) {
        let convert = match zawgyi_probability(run) {
            Some(p) if p >= ZAWGYI_THRESHOLD => true,
            Some(p) if p > 1.0 - ZAWGYI_THRESHOLD => *whole_is_zawgyi.get_or_insert_with(|| {
                zawgyi_probability(text).is_some_and(|w| w >= ZAWGYI_THRESHOLD)
            }),
            _ => false,
        };
        if convert {
            let unicode = zawgyi_to_unicode(run);
            converted |= unicode != run;
            out.push_str(&unicode);
        } else {
            out.push_str(run);
        }
    }
    TypedText {
        text: out,
        converted_from_zawgyi: converted,
    }
}

/// `text` cut into runs of non-space and runs of space, in order.
fn split_keeping_spaces(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let space = first.is_whitespace();
        let end = rest
            .char_indices()
            .find(|(_, c)| c.is_whitespace() != space)
            .map_or(rest.len(), |(i, _)| i);
        let (run, tail) = rest.split_at(end);
        rest = tail;
        Some(run)
    })
}
