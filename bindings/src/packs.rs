//! Signed rule packs (docs/adr/0014, 0018): the keys and rule set an app
//! trusts, installing a pack from its bytes, and what is installed.
//!
//! ```kotlin
//! store.configureRulePacks(PackTrust(setId = "th", publicKeys = listOf("ed25519:…")))
//! val info = store.installRulePack(bytes)          // RulesInfo: "rules: th v12, 2026-03-01"
//! ```

use crate::store::DoctrackStore;
use doctrack_core::app::{AppError, PackInfo, PackTrust, RulePackStatus, RulesInfo};
use doctrack_core::rules::pack;

/// Checks a rule pack's signature against `trust` and reads its header
/// (version, date, what changed) without installing it, e.g. to show the
/// change summary before asking to install. Cheap and synchronous.
#[uniffi::export]
pub fn check_rule_pack(bytes: Vec<u8>, trust: PackTrust) -> Result<PackInfo, AppError> {
    let keys = trust.keys()?;
    let pack =
        pack::verify(&bytes, &keys).map_err(|reason| AppError::RulePackRefused { reason })?;
    Ok(PackInfo::from(&pack))
}

#[uniffi::export]
impl DoctrackStore {
    /// Sets the rule set and the public keys whose rule packs this app
    /// accepts, and uses the installed pack if it is valid under them and
    /// newer than the bundled rules (else the bundled rules). Call it after
    /// every open. A refused or damaged pack is reported, never thrown.
    pub async fn configure_rule_packs(&self, trust: PackTrust) -> Result<RulePackStatus, AppError> {
        self.with_app(move |app| app.configure_rule_packs(trust))
            .await
    }

    /// Installs a rule pack (the bytes of a `.pack` file: a download, a
    /// file passed on, a memory card) and uses it from now on. Throws
    /// `RulePackRefused` (unsigned, tampered, untrusted key, another rule
    /// set, not newer, needs a newer app, invalid rules); the rules in use
    /// then do not change.
    pub async fn install_rule_pack(&self, bytes: Vec<u8>) -> Result<RulesInfo, AppError> {
        self.with_app(move |app| app.install_rule_pack(&bytes))
            .await
    }

    /// The installed pack, the highest version installed, and whether (and
    /// why not) it is used.
    pub async fn rule_pack_status(&self) -> Result<RulePackStatus, AppError> {
        self.with_app(|app| app.rule_pack_status()).await
    }

    /// Removes the installed pack and goes back to the bundled rules; the
    /// highest version installed stays known (older packs stay refused).
    pub async fn remove_rule_pack(&self) -> Result<RulesInfo, AppError> {
        self.with_app(|app| app.remove_rule_pack()).await
    }
}
