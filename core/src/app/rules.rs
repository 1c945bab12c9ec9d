//! Which rule set is in use: the one built into the app, rule files
//! loaded at run time (tools only), or an installed rule pack (`packs.rs`).

use super::{AppError, AppResult};
use crate::messages::ArgName as A;
use crate::messages::{Message, MessageId as M};
use crate::rules::compiled::read_bundle;
#[cfg(feature = "rule-files")]
use crate::rules::{load, Diagnostic, RuleFile, Severity};
use crate::rules::{RuleSet, SetMeta};
use chrono::NaiveDate;
use std::sync::Arc;
#[cfg(feature = "rule-files")]
use std::sync::OnceLock;

/// Where the rules in use come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
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
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RulesInfo {
    /// The rule set's id, e.g. `th`.
    pub set_id: String,
    /// Where it comes from.
    pub origin: RulesOrigin,
    /// How many rules it has.
    pub rule_count: u32,
    /// Its version (from the set's `pack.toml` or the pack); `None` for
    /// rule files loaded without one.
    pub version: Option<u64>,
    /// The day that version was built and published.
    pub built: Option<NaiveDate>,
    /// For a pack: the id of the key that signed it.
    pub key_id: Option<String>,
    /// "rules: th v12, 2026-03-01" for people.
    pub label: Message,
}

impl RulesInfo {
    /// Info for a rule set with the metadata it came with.
    pub(crate) fn new(
        rules: &RuleSet,
        meta: Option<&SetMeta>,
        origin: RulesOrigin,
        key_id: Option<String>,
    ) -> RulesInfo {
        let set_id = meta.map_or_else(|| BUNDLED_SET_ID.to_string(), |m| m.set_id.clone());
        let (version, built) = (meta.map(|m| m.version), meta.map(|m| m.built));
        let label = match (version, built) {
            (Some(v), Some(d)) => Message::new(M::RulesInUse)
                .text(A::Set, set_id.clone())
                .number(A::Version, i64::try_from(v).unwrap_or(i64::MAX))
                .date(A::Date, d),
            _ => Message::new(M::RulesInUseUnversioned).text(A::Set, set_id.clone()),
        };
        RulesInfo {
            set_id,
            origin,
            rule_count: u32::try_from(rules.len()).unwrap_or(u32::MAX),
            version,
            built,
            key_id,
            label,
        }
    }

    /// "rules: th v12, 2026-03-01" as a message (the date in the reader's calendar).
    pub fn message(&self) -> Message {
        self.label.clone()
    }

    /// The set and version as people cite them: `th v12` (`th` unversioned).
    pub fn short_label(&self) -> String {
        match self.version {
            Some(v) => format!("{} v{v}", self.set_id),
            None => self.set_id.clone(),
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

/// The rules built into an app: used whenever no valid rule pack is
/// installed. The FFI library embeds them compiled at build time
/// ([`BundledRules::from_compiled`]); tools built with the `rule-files`
/// feature read `rules/th` as built into this crate
/// ([`BundledRules::embedded`]).
#[derive(Debug, Clone)]
pub struct BundledRules {
    rules: Arc<RuleSet>,
    meta: Option<SetMeta>,
    /// The compiled bytes they were read from (none for rules loaded
    /// from files): kept by stores as the rules last used (notices).
    compiled: Option<Arc<[u8]>>,
}

impl BundledRules {
    /// Bundled rules from their compiled form (`rules::compiled`), as the
    /// library's build wrote them (checked then: the checks across rules
    /// are not run again at every app start). A bundle that cannot be read
    /// is `RulesInvalid`.
    pub fn from_compiled(bytes: &[u8]) -> AppResult<BundledRules> {
        let (rules, meta) =
            read_bundle(bytes, false).map_err(|errors| AppError::RulesInvalid { errors })?;
        Ok(BundledRules {
            rules: Arc::new(rules),
            meta,
            compiled: Some(Arc::from(bytes)),
        })
    }

    /// The compiled bytes these rules were read from, if they were.
    pub fn compiled(&self) -> Option<&[u8]> {
        self.compiled.as_deref()
    }

    /// Bundled rules from a loaded set (tests and tools).
    pub fn new(rules: Arc<RuleSet>, meta: Option<SetMeta>) -> BundledRules {
        BundledRules {
            rules,
            meta,
            compiled: None,
        }
    }

    /// The rule set `rules/th` as built into this crate, parsed from its
    /// files once per process (tools and tests; apps take the compiled form).
    #[cfg(feature = "rule-files")]
    pub fn embedded() -> AppResult<BundledRules> {
        type Loaded = Result<BundledRules, Vec<String>>;
        static EMBEDDED: OnceLock<Loaded> = OnceLock::new();
        EMBEDDED
            .get_or_init(|| {
                let report = crate::rules::embedded::load_default();
                match report.rules {
                    Some(r) => Ok(BundledRules::new(Arc::new(r), report.meta)),
                    None => Err(errors_of(&report.diagnostics)),
                }
            })
            .clone()
            .map_err(|errors| AppError::RulesInvalid { errors })
    }

    /// The rules.
    pub fn rules(&self) -> &Arc<RuleSet> {
        &self.rules
    }

    /// The set's `pack.toml` fields (set id, version, build date).
    pub fn meta(&self) -> Option<&SetMeta> {
        self.meta.as_ref()
    }

    /// Which rule set this is.
    pub fn info(&self) -> RulesInfo {
        RulesInfo::new(&self.rules, self.meta.as_ref(), RulesOrigin::Bundled, None)
    }

    /// The bundled version of `set_id` (0 for another set): packs must be newer.
    pub fn version_of(&self, set_id: &str) -> u64 {
        self.meta
            .as_ref()
            .filter(|m| m.set_id == set_id)
            .map_or(0, |m| m.version)
    }

    /// The set id (from the metadata; `th` without one).
    pub fn set_id(&self) -> String {
        self.meta
            .as_ref()
            .map_or_else(|| BUNDLED_SET_ID.to_string(), |m| m.set_id.clone())
    }
}

/// What an app opens its store with: the rules built into it and the rule
/// packs it trusts (`None`: an installed pack is not used).
#[derive(Debug, Clone)]
pub struct AppConfig {
    /// The rules used when no valid pack is installed.
    pub bundled: BundledRules,
    /// The packs the app trusts.
    pub pack_trust: Option<super::PackTrust>,
}

impl AppConfig {
    /// Bundled rules, no pack trusted.
    pub fn new(bundled: BundledRules) -> AppConfig {
        AppConfig {
            bundled,
            pack_trust: None,
        }
    }

    /// The same, trusting packs signed by these keys for the bundled set.
    pub fn trusting(mut self, trust: super::PackTrust) -> AppConfig {
        self.pack_trust = Some(trust);
        self
    }

    /// `rules/th` as built into this crate, no pack trusted (tools, tests).
    #[cfg(feature = "rule-files")]
    pub fn embedded() -> AppResult<AppConfig> {
        Ok(AppConfig::new(BundledRules::embedded()?))
    }
}

/// The rule set id of the bundled rules when they have no metadata.
pub const BUNDLED_SET_ID: &str = "th";

#[cfg(feature = "rule-files")]
fn errors_of(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(ToString::to_string)
        .collect()
}

/// Checks rule files; every error and warning, in order.
#[cfg(feature = "rule-files")]
pub fn check_rule_files(files: &[RuleFile]) -> Vec<Diagnostic> {
    load(files).diagnostics
}

/// Loads rule files into a rule set, or says why not.
#[cfg(feature = "rule-files")]
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
