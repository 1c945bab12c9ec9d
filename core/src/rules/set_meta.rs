//! A rule set's identity and release notes: `rules/<set>/pack.toml`.
//!
//! ```toml
//! format = 1
//! set_id = "th"
//! version = 12                 # raise it for every pack you publish
//! built = 2026-03-01           # the day this version is built and published
//! min_library = "0.1.0"        # the oldest doctrack that reads these rules
//! [changes]                    # what changed, for people (en required)
//! en = "Renewal deadline for Cabinet-resolution workers moved to 31 Mar 2026."
//! ```
//!
//! The library built from these files shows them as "th v12, 2026-03-01";
//! `doctrack pack build` puts the same fields, signed, into a pack.

#[cfg(feature = "rule-files")]
use super::diagnostics::{humanise_serde_message, Diagnostic, SourceMap};
#[cfg(feature = "rule-files")]
use super::schema::TomlDate;
use crate::domain::Language;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
#[cfg(feature = "rule-files")]
use serde_spanned::Spanned;
use std::collections::BTreeMap;
use std::fmt;

/// The `pack.toml` format this loader reads.
pub const SET_META_FORMAT: u32 = 1;
/// The file name of a set's metadata.
pub const SET_META_FILE: &str = "pack.toml";
/// The longest change summary, in characters, per language.
pub const MAX_SUMMARY_CHARS: usize = 2_000;

/// A library version `MAJOR.MINOR.PATCH`, compared numerically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LibraryVersion {
    /// Major.
    pub major: u32,
    /// Minor.
    pub minor: u32,
    /// Patch.
    pub patch: u32,
}

impl LibraryVersion {
    /// This library's version.
    pub fn current() -> LibraryVersion {
        LibraryVersion::parse(env!("CARGO_PKG_VERSION")).unwrap_or(LibraryVersion {
            major: 0,
            minor: 0,
            patch: 0,
        })
    }

    /// Parses `MAJOR.MINOR.PATCH` (digits only).
    pub fn parse(text: &str) -> Option<LibraryVersion> {
        let mut parts = text.split('.');
        let mut next = || -> Option<u32> {
            let p = parts.next()?;
            if p.is_empty() || p.len() > 9 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            p.parse().ok()
        };
        let v = LibraryVersion {
            major: next()?,
            minor: next()?,
            patch: next()?,
        };
        parts.next().is_none().then_some(v)
    }
}

impl fmt::Display for LibraryVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

impl Serialize for LibraryVersion {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for LibraryVersion {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        LibraryVersion::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{s}\" is not a library version: write MAJOR.MINOR.PATCH, e.g. \"0.1.0\""
            ))
        })
    }
}

/// The largest version a rule set may have (a pack a day for 2,700
/// years). A bound, so that a typo such as 18446744073709551615 cannot
/// lock phones out of every later pack: packs above it are refused.
pub const MAX_VERSION: u64 = 1_000_000;

/// A rule set's identity, version and change summaries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetMeta {
    /// The rule set's id, e.g. `th`.
    pub set_id: String,
    /// The version (1, 2, …): every published pack has a higher one.
    pub version: u64,
    /// The day this version was built and published.
    pub built: NaiveDate,
    /// The oldest library version that reads these rules.
    pub min_library: LibraryVersion,
    /// What changed, for people, by language (English always present).
    pub changes: BTreeMap<Language, String>,
}

/// Whether `id` is a valid rule-set id: 1–32 of `a-z 0-9 - _`.
pub fn is_set_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 32
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Checks the fields a set's metadata must satisfy wherever it comes from
/// (a `pack.toml`, or a pack's signed header); each problem as text.
pub fn check_meta(meta: &SetMeta) -> Vec<String> {
    let mut out = Vec::new();
    if !is_set_id(&meta.set_id) {
        out.push(format!(
            "set_id \"{}\" is not a rule-set id: use 1-32 lower-case letters, digits, - or _",
            meta.set_id
        ));
    }
    if meta.version == 0 {
        out.push("version must be 1 or more".into());
    }
    if meta.version > MAX_VERSION {
        out.push(format!(
            "version {} is above the largest a rule set may have ({MAX_VERSION}): a typo? Versions count up by one for each pack, and phones refuse every later pack with a lower version",
            meta.version
        ));
    }
    match meta.changes.get(&Language::En) {
        Some(t) if !t.trim().is_empty() => {}
        _ => out.push("[changes] needs en = \"what changed\" (English is required)".into()),
    }
    for (lang, text) in &meta.changes {
        if text.trim().is_empty() {
            out.push(format!(
                "the {lang} change summary is empty: remove it or write it"
            ));
        }
        if text.chars().count() > MAX_SUMMARY_CHARS {
            out.push(format!(
                "the {lang} change summary is longer than {MAX_SUMMARY_CHARS} characters"
            ));
        }
    }
    out
}

#[cfg(feature = "rule-files")]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    format: Spanned<u32>,
    set_id: Spanned<String>,
    version: Spanned<u64>,
    built: Spanned<TomlDate>,
    min_library: Spanned<LibraryVersion>,
    changes: Spanned<BTreeMap<Language, String>>,
}

/// Whether a file name is a set's `pack.toml`.
#[cfg(feature = "rule-files")]
pub(crate) fn is_meta_file(name: &str) -> bool {
    name.rsplit(['/', '\\']).next() == Some(SET_META_FILE)
}

/// Reads a `pack.toml`, adding errors to `diags`.
#[cfg(feature = "rule-files")]
pub fn load_set_meta(name: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Option<SetMeta> {
    let map = SourceMap::new(name, text);
    let raw: RawMeta = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            diags.push(map.error(&span, humanise_serde_message(e.message())));
            return None;
        }
    };
    if *raw.format.get_ref() != SET_META_FORMAT {
        diags.push(map.error(
            &raw.format.span(),
            format!(
                "format {} is not supported: this version of doctrack reads pack.toml format {SET_META_FORMAT}",
                raw.format.get_ref()
            ),
        ));
        return None;
    }
    let meta = SetMeta {
        set_id: raw.set_id.get_ref().clone(),
        version: *raw.version.get_ref(),
        built: raw.built.get_ref().0,
        min_library: *raw.min_library.get_ref(),
        changes: raw
            .changes
            .get_ref()
            .iter()
            .map(|(l, t)| (*l, t.trim().to_string()))
            .collect(),
    };
    let problems = check_meta(&meta);
    for p in &problems {
        let span = if p.starts_with("set_id") {
            raw.set_id.span()
        } else if p.starts_with("version") {
            raw.version.span()
        } else {
            raw.changes.span()
        };
        diags.push(map.error(&span, p.clone()));
    }
    problems.is_empty().then_some(meta)
}

#[cfg(all(test, feature = "rule-files"))]
mod tests {
    use super::*;

    const GOOD: &str = "format = 1\nset_id = \"th\"\nversion = 3\nbuilt = 2026-03-01\nmin_library = \"0.1.0\"\n[changes]\nen = \"New deadline.\"\nth = \"กำหนดใหม่\"\n";

    #[test]
    fn a_version_above_the_bound_is_refused() {
        let mut diags = Vec::new();
        let mut meta = load_set_meta("th/pack.toml", GOOD, &mut diags).unwrap();
        meta.version = u64::MAX;
        let problems = check_meta(&meta);
        assert!(
            problems.iter().any(|p| p.contains("above the largest")),
            "{problems:?}"
        );
        meta.version = MAX_VERSION;
        assert!(check_meta(&meta).is_empty());
    }

    #[test]
    fn versions_compare_numerically() {
        let v = |s| LibraryVersion::parse(s).unwrap();
        assert!(v("0.10.0") > v("0.9.9"));
        assert!(v("1.0.0") > v("0.99.99"));
        for bad in ["1.0", "1.0.0.0", "v1.0.0", "1.-1.0", "1..0", ""] {
            assert_eq!(LibraryVersion::parse(bad), None, "{bad}");
        }
        assert!(LibraryVersion::current() >= v("0.1.0"));
    }

    #[test]
    fn pack_toml_is_checked() {
        let mut diags = Vec::new();
        let meta = load_set_meta("th/pack.toml", GOOD, &mut diags).unwrap();
        assert_eq!((meta.set_id.as_str(), meta.version), ("th", 3));
        assert_eq!(meta.changes.len(), 2);
        for (text, want) in [
            (GOOD.replace("2026-03-01", "2569-03-01"), "Buddhist Era"),
            (
                GOOD.replace("\"0.1.0\"", "\"0.1\""),
                "not a library version",
            ),
            (
                GOOD.replace("en = \"New deadline.\"\n", ""),
                "English is required",
            ),
            (
                GOOD.replace("\"th\"\nversion", "\"TH\"\nversion"),
                "not a rule-set id",
            ),
            (GOOD.replace("version = 3", "version = 0"), "1 or more"),
            (GOOD.replace("th = ", "fr = "), "unknown value \"fr\""),
            (format!("extra = 1\n{GOOD}"), "extra"),
        ] {
            let mut diags = Vec::new();
            assert!(
                load_set_meta("th/pack.toml", &text, &mut diags).is_none(),
                "{want}"
            );
            assert!(
                diags.iter().any(|d| d.message.contains(want)),
                "{want}: {diags:?}"
            );
        }
    }
}
