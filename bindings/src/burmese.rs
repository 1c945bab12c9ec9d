//! Burmese as phones type and show it: Zawgyi detection and conversion
//! (the core's `zawgyi` module; docs/adr/0026-zawgyi.md). The store
//! converts Zawgyi it is given by itself; these let a form tell the person
//! at once, and let an app draw text for a phone whose font is Zawgyi.
//! Cheap and synchronous.

use doctrack_core::zawgyi;

pub use doctrack_core::zawgyi::TypedText;

/// What the store will keep of a typed text: Zawgyi converted to Unicode
/// where the detector is confident (`ZAWGYI_THRESHOLD`, 0.95), and
/// whether that happened — for a form to say "converted from Zawgyi"
/// next to the field. Surrounding spaces are kept; the store trims them.
#[uniffi::export]
pub fn typed_text(text: String) -> TypedText {
    zawgyi::to_unicode_if_zawgyi(&text)
}

/// The probability (0–1) that `text` is Zawgyi rather than Unicode, or
/// null when it has no Burmese letter to judge by. Text written the same
/// in both encodings scores near 0.5.
#[uniffi::export]
pub fn zawgyi_probability(text: String) -> Option<f64> {
    zawgyi::zawgyi_probability(&text)
}

/// `text` converted from Zawgyi to Unicode, whatever the detector says
/// (for a person who chooses "this was typed in Zawgyi").
#[uniffi::export]
pub fn zawgyi_to_unicode(text: String) -> String {
    zawgyi::zawgyi_to_unicode(&text)
}

/// Unicode Burmese drawn for a Zawgyi font: for an app on a phone whose
/// system font is Zawgyi (the Android demo shows how to tell). Other
/// scripts pass through unchanged.
#[uniffi::export]
pub fn unicode_to_zawgyi(text: String) -> String {
    zawgyi::unicode_to_zawgyi(&text)
}
