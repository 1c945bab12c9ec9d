//! Rule sets: which one is in use, and checking rule files.

use crate::messages::Message;
use chrono::NaiveDate;
use doctrack_core::app as core_app;
use doctrack_core::rules::{RuleFile, Severity};

/// Where the rules in use come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum RulesOrigin {
    /// Built into the library.
    Bundled,
    /// Rule files loaded at run time.
    Files,
    /// A signed rule pack installed in the store.
    Pack,
}

/// Which rule set produced a result.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RulesInfo {
    /// The rule set's id, e.g. `th`.
    pub set_id: String,
    /// Where it comes from.
    pub origin: RulesOrigin,
    /// How many rules it has.
    pub rule_count: i32,
    /// Its version (`None` for rule files loaded without a `pack.toml`).
    pub version: Option<i64>,
    /// The day that version was built and published.
    pub built: Option<NaiveDate>,
    /// For a pack: the id of the key that signed it.
    pub key_id: Option<String>,
    /// "rules: th v12, 2026-03-01" for people (render with `renderMessage`).
    pub label: Message,
}

impl From<core_app::RulesInfo> for RulesInfo {
    fn from(i: core_app::RulesInfo) -> Self {
        let label = i.message().into();
        RulesInfo {
            set_id: i.set_id,
            origin: match i.origin {
                core_app::RulesOrigin::Bundled => RulesOrigin::Bundled,
                core_app::RulesOrigin::Files => RulesOrigin::Files,
                core_app::RulesOrigin::Pack => RulesOrigin::Pack,
            },
            rule_count: i32::try_from(i.rule_count).unwrap_or(i32::MAX),
            version: i.version.map(|v| i64::try_from(v).unwrap_or(i64::MAX)),
            built: i.built,
            key_id: i.key_id,
            label,
        }
    }
}

/// A rule's words for people: its name and what to bring and where to go,
/// in the language asked for (English where that language has no text
/// yet), with the review state of the translation and, for a draft, the
/// text it was drawn from, so an app can show both.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RuleGuidance {
    /// The rule's id.
    pub rule_id: String,
    /// Its short name.
    pub name: String,
    /// What to bring, where to go.
    pub guidance: String,
    /// The language of `name` and `guidance`.
    pub language: crate::vocabulary::Language,
    /// `Draft` until a native speaker reviews the translation: show it as such.
    pub review: crate::vocabulary::ReviewState,
    /// The language asked for has no text: this is the English.
    pub english_fallback: bool,
    /// For a draft: the text it was drawn from, to show beside it.
    pub drawn_from: Option<crate::guidance::GuidanceSource>,
}

/// A rule file (TOML text).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RuleFileInput {
    /// Name shown in messages (e.g. `th/mou.toml`).
    pub name: String,
    /// TOML text.
    pub text: String,
}

impl From<RuleFileInput> for RuleFile {
    fn from(f: RuleFileInput) -> Self {
        RuleFile {
            name: f.name,
            text: f.text,
        }
    }
}

/// One message about a rule file.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RuleDiagnostic {
    /// `true` for errors, `false` for warnings.
    pub is_error: bool,
    /// File name.
    pub file: String,
    /// 1-based line.
    pub line: i32,
    /// 1-based column.
    pub column: i32,
    /// What is wrong and what to do.
    pub message: String,
}

/// Checks rule files and returns every error and warning; an empty list
/// means the files are clean. Cheap and synchronous.
#[uniffi::export]
pub fn check_rule_files(files: Vec<RuleFileInput>) -> Vec<RuleDiagnostic> {
    let files: Vec<RuleFile> = files.into_iter().map(Into::into).collect();
    core_app::check_rule_files(&files)
        .into_iter()
        .map(|d| RuleDiagnostic {
            is_error: d.severity == Severity::Error,
            file: d.location.file,
            line: i32::try_from(d.location.line).unwrap_or(i32::MAX),
            column: i32::try_from(d.location.column).unwrap_or(i32::MAX),
            message: d.message,
        })
        .collect()
}
