//! Which rule set is in use: the one built into the library, or rule files
//! loaded at run time.

use super::{AppError, AppResult};
use crate::rules::{embedded, load, Diagnostic, RuleFile, RuleSet, Severity};
use std::sync::{Arc, OnceLock};

/// Where the rules in use come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RulesOrigin {
    /// Built into the library (`rules/th` at build time).
    Bundled,
    /// Rule files loaded at run time.
    Files,
}

/// Which rule set produced a result.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RulesInfo {
    /// The rule set's id, e.g. `th`.
    pub set_id: String,
    /// Where it comes from.
    pub origin: RulesOrigin,
    /// How many rules it has.
    pub rule_count: usize,
}

impl std::fmt::Display for RulesInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let origin = match self.origin {
            RulesOrigin::Bundled => "built in",
            RulesOrigin::Files => "from files",
        };
        write!(f, "{} ({origin}, {} rules)", self.set_id, self.rule_count)
    }
}

/// The rule set id of the bundled rules.
pub const BUNDLED_SET_ID: &str = "th";

/// The rules built into the library (parsed once per process).
pub fn bundled_rules() -> AppResult<(Arc<RuleSet>, RulesInfo)> {
    static BUNDLED: OnceLock<Result<Arc<RuleSet>, Vec<String>>> = OnceLock::new();
    let loaded = BUNDLED.get_or_init(|| {
        let report = embedded::load_default();
        match report.rules {
            Some(r) => Ok(Arc::new(r)),
            None => Err(errors_of(&report.diagnostics)),
        }
    });
    match loaded {
        Ok(rules) => Ok((
            rules.clone(),
            RulesInfo {
                set_id: BUNDLED_SET_ID.to_string(),
                origin: RulesOrigin::Bundled,
                rule_count: rules.len(),
            },
        )),
        Err(errors) => Err(AppError::RulesInvalid {
            errors: errors.clone(),
        }),
    }
}

fn errors_of(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(ToString::to_string)
        .collect()
}

/// Checks rule files; every error and warning, in order.
pub fn check_rule_files(files: &[RuleFile]) -> Vec<Diagnostic> {
    load(files).diagnostics
}

/// Loads rule files into a rule set, or says why not.
pub fn load_rule_files(files: &[RuleFile]) -> AppResult<(Arc<RuleSet>, RulesInfo)> {
    let report = load(files);
    match report.rules {
        Some(rules) => {
            let info = RulesInfo {
                set_id: BUNDLED_SET_ID.to_string(),
                origin: RulesOrigin::Files,
                rule_count: rules.len(),
            };
            Ok((Arc::new(rules), info))
        }
        None => Err(AppError::RulesInvalid {
            errors: errors_of(&report.diagnostics),
        }),
    }
}
