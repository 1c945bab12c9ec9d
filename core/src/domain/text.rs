//! Validation of free text typed by people: names, numbers, employers, notes.
//!
//! Errors name the field and the reason, never the text itself, so they can be
//! shown or logged without leaking personal data.

use serde::{Deserialize, Serialize};

/// Why a text field was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum TextProblem {
    /// Empty, or only white space.
    #[error("must not be empty")]
    Empty,
    /// Longer than allowed.
    #[error("is longer than {max} characters")]
    TooLong {
        /// The limit, in Unicode scalar values.
        max: usize,
    },
    /// Contains control characters (other than line breaks and tabs in notes).
    #[error("contains control characters")]
    ControlCharacters,
    /// Contains characters that are not allowed in this field.
    #[error("contains characters that are not allowed here")]
    BadCharacters,
}

/// A text field failed validation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field} {problem}")]
pub struct TextError {
    /// The field's name, e.g. `display_name`.
    pub field: &'static str,
    /// What is wrong with it.
    pub problem: TextProblem,
}

/// Limits for one kind of text field.
#[derive(Debug, Clone, Copy)]
pub struct TextRule {
    /// The field's name, used in errors.
    pub field: &'static str,
    /// Maximum length in Unicode scalar values.
    pub max_chars: usize,
    /// Whether line breaks and tabs are allowed.
    pub multiline: bool,
}

/// Display names of people.
pub const DISPLAY_NAME: TextRule = TextRule {
    field: "display_name",
    max_chars: 200,
    multiline: false,
};
/// Document numbers as printed.
pub const DOCUMENT_NUMBER: TextRule = TextRule {
    field: "number",
    max_chars: 64,
    multiline: false,
};
/// Issuing authority, employer names, labels of `other` documents.
pub const SHORT_TEXT: TextRule = TextRule {
    field: "text",
    max_chars: 200,
    multiline: false,
};
/// Free notes.
pub const NOTES: TextRule = TextRule {
    field: "notes",
    max_chars: 10_000,
    multiline: true,
};

impl TextRule {
    /// The same limits under another field name.
    pub const fn named(self, field: &'static str) -> Self {
        TextRule { field, ..self }
    }

    /// Trims surrounding white space, converts what was typed in Zawgyi to
    /// Unicode ([`crate::zawgyi::to_unicode_if_zawgyi`]) and checks the
    /// limits. Returns the text to store. Empty text is refused.
    pub fn check(&self, input: &str) -> Result<String, TextError> {
        let err = |problem| TextError {
            field: self.field,
            problem,
        };
        let trimmed = input.trim();
        // Only invisible characters (zero-width spaces, joiners, direction
        // marks…) is as good as nothing: nobody could read or find it.
        if trimmed.is_empty()
            || trimmed
                .chars()
                .all(|c| c.is_whitespace() || is_invisible(c))
        {
            return Err(err(TextProblem::Empty));
        }
        // Count lazily so a 1 MB string is rejected without a full scan.
        if trimmed.chars().nth(self.max_chars).is_some() {
            return Err(err(TextProblem::TooLong {
                max: self.max_chars,
            }));
        }
        let bad_control = |c: char| c.is_control() && !(self.multiline && matches!(c, '\n' | '\t'));
        if trimmed.chars().any(bad_control) {
            return Err(err(TextProblem::ControlCharacters));
        }
        // Conversion may lengthen the text a little (a Zawgyi ligature is
        // several Unicode letters): the limit holds for what is stored.
        let text = crate::zawgyi::to_unicode_if_zawgyi(trimmed).text;
        if text.chars().nth(self.max_chars).is_some() {
            return Err(err(TextProblem::TooLong {
                max: self.max_chars,
            }));
        }
        Ok(text)
    }

    /// Like [`TextRule::check`] but empty input means "absent".
    pub fn check_optional(&self, input: Option<&str>) -> Result<Option<String>, TextError> {
        match input {
            None => Ok(None),
            Some(s) if s.trim().is_empty() => Ok(None),
            Some(s) => self.check(s).map(Some),
        }
    }
}

/// Characters that show nothing by themselves: zero-width spaces and
/// joiners, direction marks and controls, the word joiner and invisible
/// operators, the byte-order mark, the soft hyphen, Hangul fillers.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}')
}

/// Whether `c` changes the direction of the text around it (embeddings,
/// overrides, isolates): kept as typed, but removed for display, so a name
/// cannot reorder what is printed after it.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` for a screen or terminal: direction controls removed (the text
/// is stored as typed), and control characters (an escape sequence in a
/// rule pack's text, say) shown as U+FFFD instead of acting on the
/// terminal; line breaks and tabs kept.
pub fn for_display(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| is_bidi_control(c) || (c.is_control() && !matches!(c, '\n' | '\t'));
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .filter(|c| !is_bidi_control(*c))
        .map(|c| if unsafe_char(c) { '\u{FFFD}' } else { c })
        .collect()
}

/// Normalises a document number for equality lookups: Unicode Burmese
/// (a number typed in Zawgyi is converted), upper case, without spaces,
/// dashes, dots and slashes. `"mc 123-456"` and `"MC123456"` are equal.
pub fn normalise_document_number(number: &str) -> String {
    crate::zawgyi::to_unicode_if_zawgyi(number)
        .text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '/' | '_'))
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_blank_are_refused() {
        assert_eq!(
            DISPLAY_NAME.check("   ").unwrap_err().problem,
            TextProblem::Empty
        );
    }

    #[test]
    fn one_megabyte_name_is_refused_without_echoing_it() {
        let huge = "a".repeat(1_000_000);
        let err = DISPLAY_NAME.check(&huge).unwrap_err();
        assert_eq!(err.problem, TextProblem::TooLong { max: 200 });
        assert!(err.to_string().len() < 100);
    }

    #[test]
    fn control_characters_only_in_notes() {
        assert!(DISPLAY_NAME.check("a\nb").is_err());
        assert!(NOTES.check("line one\nline two").is_ok());
        assert!(NOTES.check("bell\u{7}").is_err());
    }

    #[test]
    fn burmese_names_count_characters_not_bytes() {
        let name = "မောင်".repeat(30); // 150 chars, 450+ bytes
        assert!(DISPLAY_NAME.check(&name).is_ok());
    }

    #[test]
    fn invisible_only_names_are_refused_and_marks_inside_names_kept() {
        for name in [
            "\u{200B}",
            "\u{200B}\u{200C} \u{FEFF}",
            "\u{202E}\u{2066}",
            "\u{3164}",
        ] {
            assert_eq!(
                DISPLAY_NAME.check(name).unwrap_err().problem,
                TextProblem::Empty,
                "{name:?}"
            );
        }
        // A joiner inside a real name is part of how it is written.
        assert!(DISPLAY_NAME.check("ສົມ\u{200D}ຊາຍ").is_ok());
    }

    #[test]
    fn display_removes_direction_controls_and_defuses_escapes() {
        let typed = "Ko\u{202E}gnuA";
        assert_eq!(DISPLAY_NAME.check(typed).unwrap(), typed, "kept as typed");
        assert_eq!(for_display(typed), "KognuA");
        assert_eq!(
            for_display("changed\u{1b}[2Jrules"),
            "changed\u{FFFD}[2Jrules"
        );
        assert_eq!(for_display("line\nnext\tcol"), "line\nnext\tcol");
        assert!(matches!(
            for_display("plain ကို"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn zawgyi_is_stored_as_unicode_in_every_field() {
        for rule in [DISPLAY_NAME, DOCUMENT_NUMBER, SHORT_TEXT, NOTES] {
            assert_eq!(rule.check(" ေမာင္ေအာင္ ").unwrap(), "မောင်အောင်");
            assert_eq!(rule.check("မောင်အောင်").unwrap(), "မောင်အောင်");
        }
        assert_eq!(
            normalise_document_number("ေမာင္"),
            normalise_document_number("မောင်")
        );
    }

    #[test]
    fn number_normalisation() {
        assert_eq!(normalise_document_number(" mc 123-456 "), "MC123456");
        assert_eq!(normalise_document_number("MC123456"), "MC123456");
    }
}
