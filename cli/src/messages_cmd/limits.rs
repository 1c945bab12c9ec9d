//! Screen limits: some messages are shown where space is short (a
//! notification's title, the lock-screen text). The English catalog says so
//! with a `# max-length: N` comment above the message: N terminal columns
//! (`unicode-width`, so Burmese, Khmer, Lao and Thai vowel signs and tone
//! marks take no room, as on screen). A translation is measured as people
//! would see it: rendered by Fluent with sample values, every plural form.

use super::catalogs::{sample, NUMBER_VARS};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::collections::BTreeSet;
use unicode_width::UnicodeWidthStr;

/// The note that tells a translator about a limit.
pub(super) fn limit_note(max: usize) -> String {
    format!("at most {max} columns on screen (notification or lock screen), measured with sample values")
}

/// The widest rendering of `text` (a Fluent pattern in `lang`) with sample
/// values, numbers taken as 1, 2, 5 and 30 so every plural form is seen;
/// an error when the text does not render.
pub(super) fn widest(text: &str, lang: &str, vars: &BTreeSet<String>) -> Result<usize, String> {
    let body = text.lines().collect::<Vec<_>>().join("\n    ");
    let resource = FluentResource::try_new(format!("m = {body}\n"))
        .map_err(|_| "the Fluent text does not parse".to_string())?;
    let language = lang
        .parse()
        .map_err(|_| format!("unknown language {lang:?}"))?;
    let mut bundle = FluentBundle::new(vec![language]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|_| "the Fluent text does not parse".to_string())?;
    let pattern = bundle
        .get_message("m")
        .and_then(|m| m.value())
        .ok_or_else(|| "the message has no text".to_string())?;
    let mut widest = 0;
    for number in [1, 2, 5, 30] {
        let mut args = FluentArgs::new();
        for var in vars {
            let name = var.trim_start_matches('$').to_string();
            if NUMBER_VARS.contains(&var.as_str()) {
                args.set(name, FluentValue::from(number));
            } else {
                args.set(name, FluentValue::from(sample(var)));
            }
        }
        let mut errors = Vec::new();
        let shown = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if !errors.is_empty() {
            return Err("the text does not render with sample values".into());
        }
        widest = widest.max(shown.width());
    }
    Ok(widest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages_cmd::catalogs::{parse_catalog, placeholders};
    use std::path::Path;

    #[test]
    fn plural_forms_and_combining_marks_are_measured_as_shown() {
        let vars: BTreeSet<String> = ["$days".to_string()].into();
        let text = "{ $days ->\n    [one] one day\n   *[other] { $days } days and a longer tail\n}";
        assert_eq!(
            widest(text, "en", &vars).unwrap(),
            "30 days and a longer tail".len()
        );
        // Tone marks and vowel signs above and below take no column.
        assert_eq!(widest("ต่ออายุ", "th", &BTreeSet::new()).unwrap(), 5);
        assert_eq!(widest("မြန်မာ", "my", &BTreeSet::new()).unwrap(), 5);
        assert!(widest("{ $days", "en", &vars).is_err());
    }

    /// English keeps to its own limits, and every limit names a message.
    #[test]
    fn english_fits_its_screens() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/src/messages/catalogs");
        let english = parse_catalog(&dir.join("en.ftl")).unwrap();
        assert!(english.limits.len() >= 7, "{:?}", english.limits);
        for (id, max) in &english.limits {
            let text = english.texts.get(id).expect("a limit names a message");
            let vars = placeholders(text).unwrap();
            let width = widest(text, "en", &vars).unwrap();
            assert!(width <= *max, "{id}: {width} > {max}");
        }
    }
}
