//! Messages for rule maintainers: where (file:line:column), what was
//! expected, and a suggestion.

use serde::Serialize;
use std::fmt;
use std::ops::Range;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The rule set cannot be used.
    Error,
    /// The rule set works, but something is missing (e.g. translations).
    Warning,
}

/// A place in a rule or scenario file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Location {
    /// File name as given to the loader (e.g. `th/mou.toml`).
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// One message about a rule or scenario file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Where.
    pub location: Location,
    /// What is wrong, what was expected, and what to do.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tag = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}: {tag}: {}", self.location, self.message)
    }
}

/// Turns byte offsets of one file into locations.
#[derive(Debug, Clone)]
pub struct SourceMap<'a> {
    file: &'a str,
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> SourceMap<'a> {
    /// Indexes `text`, which was read from `file`.
    pub fn new(file: &'a str, text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceMap {
            file,
            text,
            line_starts,
        }
    }

    /// The location of byte offset `offset`.
    pub fn locate(&self, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let column = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(0)
            + 1;
        let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        Location {
            file: self.file.to_string(),
            line: n(line + 1),
            column: n(column),
        }
    }

    /// The location of the start of `span`.
    pub fn at(&self, span: &Range<usize>) -> Location {
        self.locate(span.start)
    }

    /// An error at `span`.
    pub fn error(&self, span: &Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            location: self.at(span),
            message: message.into(),
        }
    }

    /// A warning at `span`.
    pub fn warning(&self, span: &Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            location: self.at(span),
            message: message.into(),
        }
    }
}

/// The candidate closest to `word`, if it is close enough to be a likely
/// misspelling.
pub fn closest<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Rewrites serde's messages about unknown keys and values into the words
/// maintainers read, with a suggestion:
/// `unknown key "reminder_days", did you mean "reminder_ladder"?`.
pub fn humanise_serde_message(message: &str) -> String {
    let (what, rest) = if let Some(rest) = message.strip_prefix("unknown field `") {
        ("key", rest)
    } else if let Some(rest) = message.strip_prefix("unknown variant `") {
        ("value", rest)
    } else if message.starts_with("missing field `") {
        let name = message
            .trim_start_matches("missing field `")
            .trim_end_matches('`');
        return format!("missing key \"{name}\": this table needs it");
    } else {
        return message.to_string();
    };
    let Some((word, expected)) = rest.split_once('`') else {
        return message.to_string();
    };
    let options: Vec<&str> = expected
        .split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, s)| s)
        .collect();
    let mut out = format!("unknown {what} \"{word}\"");
    match closest(word, options.iter().copied()) {
        Some(best) => out.push_str(&format!(", did you mean \"{best}\"?")),
        None if options.is_empty() => out.push_str(" (no keys are allowed here)"),
        None => {}
    }
    if !options.is_empty() {
        out.push_str(&format!(" Expected one of: {}.", options.join(", ")));
    }
    out
}

/// A diagnostic at `loc`.
pub(crate) fn at(loc: &Location, severity: Severity, message: String) -> Diagnostic {
    Diagnostic {
        severity,
        location: loc.clone(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_are_one_based_and_count_characters() {
        let text = "a = 1\nname = \"ပတ်စ်\" x\n";
        let map = SourceMap::new("f.toml", text);
        assert_eq!(map.locate(0).to_string(), "f.toml:1:1");
        let x = text.find(" x").unwrap() + 1;
        let loc = map.locate(x);
        assert_eq!((loc.line, loc.column), (2, 16));
    }

    #[test]
    fn unknown_key_gets_a_suggestion() {
        let msg = humanise_serde_message(
            "unknown field `reminder_days`, expected one of `renewal_window`, `reminder_ladder`, `grace`",
        );
        assert!(
            msg.starts_with("unknown key \"reminder_days\", did you mean \"reminder_ladder\"?"),
            "{msg}"
        );
        let msg = humanise_serde_message(
            "unknown variant `gazeted`, expected one of `proposed`, `gazetted`",
        );
        assert!(msg.contains("did you mean \"gazetted\""), "{msg}");
        let msg = humanise_serde_message("unknown field `zzz`, expected one of `grace`");
        assert!(!msg.contains("did you mean"), "{msg}");
    }
}
