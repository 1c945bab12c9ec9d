//! Which rule set is in use: the one built into the library, rule files
//! loaded at run time, or an installed rule pack (`packs.rs`).

use crate::messages::ArgName as A;
use super::{AppError, AppResult};
use crate::messages::{Message, MessageId as M};
use crate::rules::{embedded, load, Diagnostic, RuleFile, RuleSet, SetMeta, Severity};
use chrono::NaiveDate;
use std::sync::{Arc, OnceLock};

/// Where the rules in use come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RulesOrigin {
    /// Built into the library (`rules/th` at build time).
    Bundled,
    /// Rule files loaded at run time.
    Files,
    /// A signed rule pack installed in the store.
    Pack,
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
    /// Its version (from the set's `pack.toml` or the pack); `None` for
    /// rule files loaded without one.
    pub version: Option<u64>,
    /// The day that version was built and published.
    pub built: Option<NaiveDate>,
    /// For a pack: the id of the key that signed it.
    pub key_id: Option<String>,
}

impl RulesInfo {
    /// Info for a rule set with the metadata it came with.
    pub(crate) fn new(
        rules: &RuleSet,
        meta: Option<&SetMeta>,
        origin: RulesOrigin,
        key_id: Option<String>,
    ) -> RulesInfo {
        RulesInfo {
            set_id: meta.map_or_else(|| BUNDLED_SET_ID.to_string(), |m| m.set_id.clone()),
            origin,
            rule_count: rules.len(),
            version: meta.map(|m| m.version),
            built: meta.map(|m| m.built),
            key_id,
        }
    }

    /// "rules: th v12, 2026-03-01" as a message (the date in the reader's calendar).
    pub fn message(&self) -> Message {
        match (self.version, self.built) {
            (Some(v), Some(d)) => Message::new(M::RulesInUse)
                .text(A::Set, self.set_id.clone())
                .number(A::Version, i64::try_from(v).unwrap_or(i64::MAX))
                .date(A::Date, d),
            _ => Message::new(M::RulesInUseUnversioned).text(A::Set, self.set_id.clone()),
        }
    }
}

impl std::fmt::Display for RulesInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let origin = match self.origin {
            RulesOrigin::Bundled => "built in",
            RulesOrigin::Files => "from files",
            RulesOrigin::Pack => "installed pack",
        };
        f.write_str(&self.set_id)?;
        if let Some(v) = self.version {
            write!(f, " v{v}")?;
        }
        if let Some(d) = self.built {
            write!(f, ", {d}")?;
        }
        write!(f, " ({origin}, {} rules)", self.rule_count)
    }
}

/// The rule set id of the bundled rules.
pub const BUNDLED_SET_ID: &str = "th";

type Bundled = Result<(Arc<RuleSet>, Option<SetMeta>), Vec<String>>;

fn bundled() -> &'static Bundled {
    static BUNDLED: OnceLock<Bundled> = OnceLock::new();
    BUNDLED.get_or_init(|| {
        let report = embedded::load_default();
        match report.rules {
            Some(r) => Ok((Arc::new(r), report.meta)),
            None => Err(errors_of(&report.diagnostics)),
        }
    })
}

/// The rules built into the library (parsed once per process).
pub fn bundled_rules() -> AppResult<(Arc<RuleSet>, RulesInfo)> {
    match bundled() {
        Ok((rules, meta)) => Ok((
            rules.clone(),
            RulesInfo::new(rules, meta.as_ref(), RulesOrigin::Bundled, None),
        )),
        Err(errors) => Err(AppError::RulesInvalid {
            errors: errors.clone(),
        }),
    }
}

/// The bundled set's `pack.toml` (set id, version, build date).
pub fn bundled_meta() -> Option<&'static SetMeta> {
    bundled().as_ref().ok().and_then(|(_, meta)| meta.as_ref())
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
            let info = RulesInfo::new(&rules, report.meta.as_ref(), RulesOrigin::Files, None);
            Ok((Arc::new(rules), info))
        }
        None => Err(AppError::RulesInvalid {
            errors: errors_of(&report.diagnostics),
        }),
    }
}
