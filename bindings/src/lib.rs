//! # doctrack-ffi
//!
//! The uniffi facade over `doctrack-core` for Kotlin and Swift. Thin on
//! purpose: types cross the boundary here, logic stays in the core.
//!
//! This first version exposes the library version, date input (with
//! Buddhist Era years) and the rule-file checker, plus the public error type
//! every later entry point returns. The store and the evaluator are exposed
//! by a later issue.

#![warn(missing_docs)]

mod error;

pub use error::ApiError;

use doctrack_core::domain::dates::{parse_typed_date, Era};
use doctrack_core::rules::{load, RuleFile, Severity};

uniffi::setup_scaffolding!("doctrack");

/// The version of the doctrack library.
#[uniffi::export]
pub fn library_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// A calendar date read from what a person typed.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TypedDate {
    /// Year in the Common Era.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month.
    pub day: u32,
    /// Whether the year was typed in the Thai Buddhist Era (and converted).
    pub buddhist_era: bool,
}

/// Reads a date typed as `YYYY-MM-DD` or `DD/MM/YYYY`; Buddhist Era years
/// (2443 and later) are converted. Impossible dates (`2025-02-30`) are a
/// `Validation` error.
#[uniffi::export]
pub fn parse_typed_date_text(text: String) -> Result<TypedDate, ApiError> {
    use chrono::Datelike;
    let typed = parse_typed_date(&text).map_err(ApiError::from)?;
    Ok(TypedDate {
        year: typed.date.year(),
        month: typed.date.month(),
        day: typed.date.day(),
        buddhist_era: typed.era == Era::Be,
    })
}

/// A rule file to check.
#[derive(Debug, Clone, uniffi::Record)]
pub struct RuleFileInput {
    /// Name shown in messages.
    pub name: String,
    /// TOML text.
    pub text: String,
}

/// One message about a rule file.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RuleDiagnostic {
    /// `true` for errors, `false` for warnings.
    pub is_error: bool,
    /// File name.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// What is wrong and what to do.
    pub message: String,
}

/// Checks rule files (e.g. a rule pack an NGO wants to load) and returns
/// every error and warning; an empty list means the files are clean.
#[uniffi::export]
pub fn check_rule_files(files: Vec<RuleFileInput>) -> Vec<RuleDiagnostic> {
    let files: Vec<RuleFile> = files
        .into_iter()
        .map(|f| RuleFile {
            name: f.name,
            text: f.text,
        })
        .collect();
    load(&files)
        .diagnostics
        .into_iter()
        .map(|d| RuleDiagnostic {
            is_error: d.severity == Severity::Error,
            file: d.location.file,
            line: u32::try_from(d.location.line).unwrap_or(u32::MAX),
            column: u32::try_from(d.location.column).unwrap_or(u32::MAX),
            message: d.message,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_across_the_boundary() {
        let d = parse_typed_date_text("31/03/2569".into()).unwrap();
        assert_eq!(
            d,
            TypedDate {
                year: 2026,
                month: 3,
                day: 31,
                buddhist_era: true
            }
        );
        let err = parse_typed_date_text("2025-02-30".into()).unwrap_err();
        assert!(matches!(err, ApiError::Validation { ref field, .. } if field == "date"));
        // The typed value is not echoed across the FFI (dates can be personal data).
        assert!(!err.to_string().contains("2025-02-30"));
    }

    #[test]
    fn rule_files_are_checked() {
        let diags = check_rule_files(vec![RuleFileInput {
            name: "x.toml".into(),
            text: "format = 1\n[[rule]]\nid = 1\n".into(),
        }]);
        assert!(diags
            .iter()
            .any(|d| d.is_error && d.file == "x.toml" && d.line >= 2));
        assert!(!library_version().is_empty());
    }
}
