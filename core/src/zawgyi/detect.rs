//! How likely a text is Zawgyi rather than Unicode Burmese.
//!
//! The model is the Markov chain Google trained for myanmar-tools
//! (`core/data/zawgyi/zawgyiUnicodeModel.dat`, Apache-2.0, see
//! `core/data/zawgyi/README.md`): for every pair of consecutive code points,
//! the difference between the log-probability of that step in Unicode text
//! and in Zawgyi text. Summing the differences over a text and applying the
//! logistic function gives the probability that the text is Zawgyi, given
//! that it is one of the two. This file reads the published model format
//! and computes that sum; the code is ours, the numbers are theirs.

use std::sync::OnceLock;

/// The model as published (big-endian binary, format version 2),
/// zlib-compressed by the build script.
static MODEL_PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/zawgyiUnicodeModel.dat.z"));

/// One row of the chain: the differences for the steps out of one state.
struct Row {
    /// The difference for every next state not listed.
    fallback: f32,
    /// Listed next states and their differences, by state.
    entries: Vec<(u16, f32)>,
}

/// The chain: which code points are states, and the differences between them.
struct Model {
    /// Whether the space-like code points U+2000–U+200B are states.
    with_spaces: bool,
    /// One row per state.
    rows: Vec<Row>,
}

/// The parsed model, read once.
fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    // The bytes are built into the library and checked by a test, so a
    // failure here is a build defect, not something input can cause.
    MODEL.get_or_init(|| {
        crate::deflated::inflate(MODEL_PACKED)
            .and_then(|bytes| parse(&bytes))
            .expect("the built-in Zawgyi model inflates and parses")
    })
}

/// Reads big-endian values from a byte slice.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let slice = self.bytes.get(self.at..self.at + N)?;
        self.at += N;
        slice.try_into().ok()
    }
    fn u64(&mut self) -> Option<u64> {
        self.take().map(u64::from_be_bytes)
    }
    fn i32(&mut self) -> Option<i32> {
        self.take().map(i32::from_be_bytes)
    }
    fn u16(&mut self) -> Option<u16> {
        self.take().map(u16::from_be_bytes)
    }
    fn f32(&mut self) -> Option<f32> {
        self.take().map(f32::from_be_bytes)
    }
}

/// "UZMODEL " in ASCII: the outer header.
const MODEL_TAG: u64 = 0x555A_4D4F_4445_4C20;
/// "BMARKOV " in ASCII: the chain's header.
const CHAIN_TAG: u64 = 0x424D_4152_4B4F_5620;

/// Parses the published format; `None` if the bytes are not a model.
fn parse(bytes: &[u8]) -> Option<Model> {
    let mut r = Reader { bytes, at: 0 };
    if r.u64()? != MODEL_TAG {
        return None;
    }
    let with_spaces = match r.i32()? {
        1 => true,
        2 => match r.i32()? {
            0 => true,
            1 => false,
            _ => return None,
        },
        _ => return None,
    };
    if r.u64()? != CHAIN_TAG || r.i32()? != 0 {
        return None;
    }
    let size = r.u16()?;
    if usize::from(size) != state_count(with_spaces) {
        return None;
    }
    let mut rows = Vec::with_capacity(usize::from(size));
    for _ in 0..size {
        let count = r.u16()?;
        let fallback = if count == 0 { 0.0 } else { r.f32()? };
        let mut entries = Vec::with_capacity(usize::from(count));
        for _ in 0..count {
            let next = r.u16()?;
            if next >= size || entries.last().is_some_and(|(prev, _)| *prev >= next) {
                return None;
            }
            entries.push((next, r.f32()?));
        }
        rows.push(Row { fallback, entries });
    }
    (r.at == bytes.len()).then_some(Model { with_spaces, rows })
}

/// Code point ranges that are states, in state order (state 0 is
/// "anything else").
const RANGES: [(u32, u32); 5] = [
    (0x1000, 0x103F), // Myanmar letters and signs
    (0x104A, 0x109F), // Myanmar punctuation, extensions (and Zawgyi's glyphs)
    (0xAA60, 0xAA7F), // Myanmar Extended-A
    (0xA9E0, 0xA9FF), // Myanmar Extended-B
    (0x2000, 0x200B), // space-like characters (only in models with spaces)
];

/// How many states a model has.
fn state_count(with_spaces: bool) -> usize {
    let ranges = if with_spaces {
        &RANGES[..]
    } else {
        &RANGES[..4]
    };
    1 + ranges
        .iter()
        .map(|(lo, hi)| (hi - lo + 1) as usize)
        .sum::<usize>()
}

impl Model {
    /// The state of one code point.
    fn state(&self, c: char) -> u16 {
        let ranges = if self.with_spaces {
            &RANGES[..]
        } else {
            &RANGES[..4]
        };
        let cp = u32::from(c);
        let mut offset = 1u32;
        for (lo, hi) in ranges {
            if (*lo..=*hi).contains(&cp) {
                // At most 227 states: always fits.
                return (offset + cp - lo) as u16;
            }
            offset += hi - lo + 1;
        }
        0
    }

    /// log P(step | Unicode) − log P(step | Zawgyi).
    fn difference(&self, from: u16, to: u16) -> f32 {
        let row = &self.rows[usize::from(from)];
        match row.entries.binary_search_by_key(&to, |(next, _)| *next) {
            Ok(i) => row.entries[i].1,
            Err(_) => row.fallback,
        }
    }
}

/// The probability (0–1) that `text` is Zawgyi rather than Unicode, or
/// `None` when it has no Burmese-script code point to judge by.
///
/// Texts that are written the same in both encodings (many short words of
/// consonants only) come out near 0.5.
pub fn zawgyi_probability(text: &str) -> Option<f64> {
    // Most typed text (Latin, Thai, Khmer, Lao names and numbers) has no
    // code point the model knows: answered without loading the model.
    let known = |c: char| {
        RANGES
            .iter()
            .any(|(lo, hi)| (*lo..=*hi).contains(&u32::from(c)))
    };
    if !text.chars().any(known) {
        return None;
    }
    let model = model();
    let mut total = 0.0f64;
    let mut seen = false;
    let mut prev = 0u16;
    for state in text.chars().map(|c| model.state(c)).chain([0]) {
        if prev != 0 || state != 0 {
            total += f64::from(model.difference(prev, state));
            seen = true;
        }
        prev = state;
    }
    seen.then(|| 1.0 / (1.0 + total.exp()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_model_parses_and_damage_is_refused() {
        let bytes = crate::deflated::inflate(MODEL_PACKED).unwrap();
        let bytes = bytes.as_slice();
        assert!(parse(bytes).is_some());
        assert!(parse(&bytes[..bytes.len() - 1]).is_none());
        let mut longer = bytes.to_vec();
        longer.push(0);
        assert!(parse(&longer).is_none());
        assert!(parse(b"not a model").is_none());
    }

    #[test]
    fn text_without_burmese_has_no_probability() {
        assert_eq!(zawgyi_probability(""), None);
        assert_eq!(zawgyi_probability("Aung Ko 123"), None);
    }

    #[test]
    fn clear_cases() {
        // "Myanmar" typed in Zawgyi and in Unicode.
        assert!(zawgyi_probability("ျမန္မာ").is_some_and(|p| p > 0.999));
        assert!(zawgyi_probability("မြန်မာ").is_some_and(|p| p < 0.001));
    }
}
