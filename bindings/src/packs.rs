//! Signed rule packs (docs/adr/0014): the keys and rule set an app trusts,
//! installing a pack from its bytes, and what is installed.
//!
//! ```kotlin
//! store.configureRulePacks(PackTrust(setId = "th", publicKeys = listOf("ed25519:…")))
//! val info = store.installRulePack(bytes)          // RulesInfo: "rules: th v12, 2026-03-01"
//! ```

use crate::error::ApiError;
use crate::messages::Language;
use crate::rules::RulesInfo;
use crate::store::{api, DoctrackStore};
use chrono::NaiveDate;
use doctrack_core::app as core_app;
use doctrack_core::rules::pack as core_pack;
use std::collections::HashMap;

fn signed(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn unsigned(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

/// Why a rule pack was refused (in `ApiError.RulePackRefused`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum PackProblem {
    /// Not a rule pack, or damaged.
    Malformed {
        /// What is wrong (for logs; no personal data).
        reason: String,
    },
    /// A pack format this library cannot read: update the app.
    UnsupportedFormat {
        /// The format the pack says it has.
        found: u32,
    },
    /// Not signed.
    Unsigned,
    /// Signed by a key the app does not trust (or none is configured).
    UnknownKey {
        /// The id of the key that signed it (16 hex digits).
        key_id: String,
    },
    /// The signature does not match: changed after it was signed.
    BadSignature,
    /// For another rule set.
    WrongRuleSet {
        /// The set the app uses.
        expected: String,
        /// The set the pack is for.
        found: String,
    },
    /// Not newer than the rules installed (or built in).
    NotNewer {
        /// The highest version installed so far (or built in).
        installed: i64,
        /// The pack's version.
        offered: i64,
    },
    /// Needs a newer version of the library: update the app.
    NeedsNewerLibrary {
        /// The oldest library version that reads it.
        needed: String,
        /// This library's version.
        current: String,
    },
    /// Its rules do not pass the checks.
    RulesInvalid {
        /// Each error as `file:line:column: message`.
        errors: Vec<String>,
    },
}

impl From<core_pack::PackProblem> for PackProblem {
    fn from(p: core_pack::PackProblem) -> Self {
        use core_pack::PackProblem as C;
        match p {
            C::Malformed { reason } => PackProblem::Malformed { reason },
            C::UnsupportedFormat { found } => PackProblem::UnsupportedFormat { found },
            C::Unsigned => PackProblem::Unsigned,
            C::UnknownKey { key_id } => PackProblem::UnknownKey { key_id },
            C::BadSignature => PackProblem::BadSignature,
            C::WrongRuleSet { expected, found } => PackProblem::WrongRuleSet { expected, found },
            C::NotNewer { installed, offered } => PackProblem::NotNewer {
                installed: signed(installed),
                offered: signed(offered),
            },
            C::NeedsNewerLibrary { needed, current } => {
                PackProblem::NeedsNewerLibrary { needed, current }
            }
            C::RulesInvalid { errors } => PackProblem::RulesInvalid { errors },
        }
    }
}

impl From<PackProblem> for core_pack::PackProblem {
    fn from(p: PackProblem) -> Self {
        use core_pack::PackProblem as C;
        match p {
            PackProblem::Malformed { reason } => C::Malformed { reason },
            PackProblem::UnsupportedFormat { found } => C::UnsupportedFormat { found },
            PackProblem::Unsigned => C::Unsigned,
            PackProblem::UnknownKey { key_id } => C::UnknownKey { key_id },
            PackProblem::BadSignature => C::BadSignature,
            PackProblem::WrongRuleSet { expected, found } => C::WrongRuleSet { expected, found },
            PackProblem::NotNewer { installed, offered } => C::NotNewer {
                installed: unsigned(installed),
                offered: unsigned(offered),
            },
            PackProblem::NeedsNewerLibrary { needed, current } => {
                C::NeedsNewerLibrary { needed, current }
            }
            PackProblem::RulesInvalid { errors } => C::RulesInvalid { errors },
        }
    }
}

/// The rule packs an app accepts: its rule set and the maintainers' public
/// keys (`ed25519:` and 64 hex digits, as `doctrack pack keygen` prints
/// them). Configured by the app, never read from a pack.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PackTrust {
    /// The rule set the app uses, e.g. `th`.
    pub set_id: String,
    /// The public keys whose packs are accepted.
    pub public_keys: Vec<String>,
}

impl PackTrust {
    fn to_core(&self) -> Result<core_app::PackTrust, ApiError> {
        api(core_app::PackTrust::new(&self.set_id, &self.public_keys))
    }
}

/// What a rule pack says about itself (its signed header).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RulePackInfo {
    /// The rule set, e.g. `th`.
    pub set_id: String,
    /// Its version.
    pub version: i64,
    /// The day it was built and published.
    pub built: NaiveDate,
    /// The oldest library version that reads it.
    pub min_library: String,
    /// What changed, by language (English always present).
    pub changes: HashMap<Language, String>,
    /// The id of the key that signed it.
    pub key_id: Option<String>,
}

impl From<core_app::PackInfo> for RulePackInfo {
    fn from(p: core_app::PackInfo) -> Self {
        RulePackInfo {
            set_id: p.set_id,
            version: signed(p.version),
            built: p.built,
            min_library: p.min_library,
            changes: p.changes.into_iter().map(|(l, t)| (l.into(), t)).collect(),
            key_id: p.key_id,
        }
    }
}

/// The installed rule pack and whether it is in use.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RulePackStatus {
    /// The installed pack (none, or it cannot be read).
    pub installed: Option<RulePackInfo>,
    /// The highest pack version ever installed (kept after a removal; 0: none).
    pub highest_version: i64,
    /// Whether the installed pack's rules are the rules in use.
    pub in_use: bool,
    /// Why the installed pack is not used (e.g. its key is no longer trusted).
    pub refused: Option<PackProblem>,
    /// The stored pack failed its integrity check: the bundled rules are
    /// used; installing a pack again replaces it.
    pub damaged: bool,
}

impl From<core_app::RulePackStatus> for RulePackStatus {
    fn from(s: core_app::RulePackStatus) -> Self {
        RulePackStatus {
            installed: s.installed.map(Into::into),
            highest_version: signed(s.highest_version),
            in_use: s.in_use,
            refused: s.refused.map(Into::into),
            damaged: s.damaged,
        }
    }
}

/// Checks a rule pack's signature against `trust` and reads its header
/// (version, date, what changed) without installing it, e.g. to show the
/// change summary before asking to install. Cheap and synchronous.
#[uniffi::export]
pub fn check_rule_pack(bytes: Vec<u8>, trust: PackTrust) -> Result<RulePackInfo, ApiError> {
    let trust = trust.to_core()?;
    let pack = core_pack::verify(&bytes, trust.keys())
        .map_err(|reason| ApiError::from(core_app::AppError::RulePackRefused { reason }))?;
    Ok(core_app::PackInfo::from(&pack).into())
}

#[uniffi::export]
impl DoctrackStore {
    /// Sets the rule set and the public keys whose rule packs this app
    /// accepts, and uses the installed pack if it is valid under them and
    /// newer than the bundled rules (else the bundled rules). Call it after
    /// every open. A refused or damaged pack is reported, never thrown.
    pub async fn configure_rule_packs(&self, trust: PackTrust) -> Result<RulePackStatus, ApiError> {
        let trust = trust.to_core()?;
        self.with_app(move |app| Ok(api(app.configure_rule_packs(trust))?.into()))
            .await
    }

    /// Installs a rule pack (the bytes of a `.pack` file: a download, a
    /// file passed on, a memory card) and uses it from now on. Throws
    /// `RulePackRefused` (unsigned, tampered, untrusted key, another rule
    /// set, not newer, needs a newer app, invalid rules); the rules in use
    /// then do not change.
    pub async fn install_rule_pack(&self, bytes: Vec<u8>) -> Result<RulesInfo, ApiError> {
        self.with_app(move |app| Ok(api(app.install_rule_pack(&bytes))?.into()))
            .await
    }

    /// The installed pack, the highest version installed, and whether (and
    /// why not) it is used.
    pub async fn rule_pack_status(&self) -> Result<RulePackStatus, ApiError> {
        self.with_app(|app| Ok(api(app.rule_pack_status())?.into()))
            .await
    }

    /// Removes the installed pack and goes back to the bundled rules; the
    /// highest version installed stays known (older packs stay refused).
    pub async fn remove_rule_pack(&self) -> Result<RulesInfo, ApiError> {
        self.with_app(|app| Ok(api(app.remove_rule_pack())?.into()))
            .await
    }
}
