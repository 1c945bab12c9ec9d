//! Signed rule packs in the application layer (docs/adr/0014): which keys
//! and rule set the app trusts, installing a pack, and using the installed
//! one when the store is opened.
//!
//! A pack is used only if its signature matches a trusted key, it is for
//! the app's rule set, its version is newer than every pack installed
//! before and than the bundled rules, this library reads it, and its rules
//! pass every check. Anything else is [`AppError::RulePackRefused`] and the
//! rules in use do not change. The bundled set is used when no valid pack is
//! installed.

use super::rules::{RulesInfo, RulesOrigin};
use super::{App, AppError, AppResult, Field, Problem};
use crate::domain::Language;
use crate::rules::pack::{self, PackProblem, PublicKey};
use crate::rules::set_meta::is_set_id;
use crate::rules::{LibraryVersion, RuleSet};
use crate::store::{PackSave, StoreError};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::sync::Arc;

/// The rule packs an app accepts: its rule set and the public keys of the
/// maintainers it trusts, written `ed25519:` and 64 hex digits as
/// `doctrack pack keygen` prints them. Configured by the app, never read
/// from a pack; checked when it is configured.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PackTrust {
    /// The rule set the app uses, e.g. `th`.
    pub set_id: String,
    /// The public keys whose packs are accepted.
    pub public_keys: Vec<String>,
}

impl PackTrust {
    /// Trust for `set_id` and `public_keys`, checked.
    pub fn new(set_id: &str, public_keys: &[String]) -> AppResult<PackTrust> {
        let trust = PackTrust {
            set_id: set_id.to_string(),
            public_keys: public_keys.to_vec(),
        };
        trust.keys()?;
        Ok(trust)
    }

    /// The keys, or `Validation` when the set id or a key is not valid.
    pub fn keys(&self) -> AppResult<Vec<PublicKey>> {
        if !is_set_id(&self.set_id) {
            return Err(AppError::validation(Field::Rules, Problem::BadCharacters));
        }
        self.public_keys
            .iter()
            .map(|k| PublicKey::parse(k))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|_| AppError::validation(Field::Key, Problem::NotAKey))
    }
}

/// What a pack says about itself (its signed header).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PackInfo {
    /// The rule set, e.g. `th`.
    pub set_id: String,
    /// Its version.
    pub version: u64,
    /// The day it was built and published.
    pub built: NaiveDate,
    /// The oldest library version that reads it.
    pub min_library: String,
    /// What changed, by language (English always present).
    #[serde(serialize_with = "crate::app::ordered_map")]
    pub changes: HashMap<Language, String>,
    /// The id of the key that signed it.
    pub key_id: Option<String>,
}

impl From<&pack::Pack> for PackInfo {
    fn from(p: &pack::Pack) -> Self {
        PackInfo {
            set_id: p.meta.set_id.clone(),
            version: p.meta.version,
            built: p.meta.built,
            min_library: p.meta.min_library.to_string(),
            changes: p.meta.changes.clone().into_iter().collect(),
            key_id: p.key_id.as_ref().map(ToString::to_string),
        }
    }
}

/// The installed rule pack and whether it is in use.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RulePackStatus {
    /// The installed pack (`None`: none, or it cannot be read).
    pub installed: Option<PackInfo>,
    /// The highest pack version ever installed for the app's rule set
    /// (kept when a pack is removed; 0: none).
    pub highest_version: u64,
    /// Whether the installed pack's rules are the rules in use.
    pub in_use: bool,
    /// Why the installed pack is not used (e.g. its key is no longer
    /// trusted), if it is refused.
    pub refused: Option<PackProblem>,
    /// The stored pack failed its integrity check (it was damaged or put
    /// back from an older copy): the bundled rules are used; installing a
    /// pack again replaces it.
    pub damaged: bool,
}

/// The rules in use after a pack was installed or removed, and what the
/// change means for each person.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RulesChange {
    /// The rules now in use.
    pub rules: RulesInfo,
    /// The notices created (none when nothing changed for anyone).
    pub notices: Vec<super::NoticeView>,
}

fn refused(reason: PackProblem) -> AppError {
    AppError::RulePackRefused { reason }
}

/// A checked pack: its rules and info.
struct Accepted {
    pack: pack::Pack,
    rules: Arc<RuleSet>,
}

/// Checks a pack against the trust, the version floor and this library,
/// and loads its rules. Nothing is written.
fn accept(bytes: &[u8], trust: &PackTrust, floor: u64) -> Result<Accepted, PackProblem> {
    // A trust that does not parse was refused when it was configured.
    let keys = trust.keys().unwrap_or_default();
    let pack = pack::verify(bytes, &keys)?;
    if pack.meta.set_id != trust.set_id {
        return Err(PackProblem::WrongRuleSet {
            expected: trust.set_id.clone(),
            found: pack.meta.set_id.clone(),
        });
    }
    if pack.meta.version <= floor {
        return Err(PackProblem::NotNewer {
            installed: floor,
            offered: pack.meta.version,
        });
    }
    let current = LibraryVersion::current();
    if pack.meta.min_library > current {
        return Err(PackProblem::NeedsNewerLibrary {
            needed: pack.meta.min_library.to_string(),
            current: current.to_string(),
        });
    }
    let rules = pack.rule_set()?;
    Ok(Accepted {
        pack,
        rules: Arc::new(rules),
    })
}

fn pack_info(a: &Accepted) -> RulesInfo {
    RulesInfo::new(
        &a.rules,
        Some(&a.pack.meta),
        RulesOrigin::Pack,
        a.pack.key_id.as_ref().map(ToString::to_string),
    )
}

impl App {
    /// Sets the rule packs the app trusts and uses the installed pack if it
    /// is valid under that trust and newer than the bundled rules;
    /// otherwise the bundled rules. Never fails because of the pack: a
    /// refused or damaged pack is reported in the status.
    pub fn configure_rule_packs(&mut self, trust: PackTrust) -> AppResult<RulePackStatus> {
        trust.keys()?;
        self.pack_trust = Some(trust);
        let (status, accepted) = self.installed_pack()?;
        match accepted {
            Some(a) => {
                let info = pack_info(&a);
                self.use_rules(a.rules, info);
            }
            None if self.rules_info().origin == RulesOrigin::Pack => {
                self.use_bundled_rules();
            }
            None => {}
        }
        Ok(status)
    }

    /// The installed pack, the highest version installed, and whether (and
    /// why not) it is used.
    pub fn rule_pack_status(&self) -> AppResult<RulePackStatus> {
        Ok(self.installed_pack()?.0)
    }

    /// The status of the installed pack, and the pack itself when it is
    /// accepted under the configured trust (floor: the bundled version).
    fn installed_pack(&self) -> AppResult<(RulePackStatus, Option<Accepted>)> {
        let set_id = self
            .pack_trust
            .as_ref()
            .map_or_else(|| self.rules_info().set_id.clone(), |t| t.set_id.clone());
        let highest_version = self.store().highest_rule_pack_version(&set_id)?;
        let mut status = RulePackStatus {
            installed: None,
            highest_version,
            in_use: false,
            refused: None,
            damaged: false,
        };
        let installed = match self.store().installed_rule_pack() {
            Ok(Some(i)) => i,
            Ok(None) => return Ok((status, None)),
            Err(StoreError::Integrity(_)) => {
                status.damaged = true;
                return Ok((status, None));
            }
            Err(e) => return Err(e.into()),
        };
        status.installed = pack::inspect(&installed.bytes)
            .ok()
            .map(|p| PackInfo::from(&p));
        let Some(trust) = &self.pack_trust else {
            status.refused = pack::verify(&installed.bytes, &[]).err();
            return Ok((status, None));
        };
        match accept(
            &installed.bytes,
            trust,
            self.bundled.version_of(&trust.set_id),
        ) {
            Ok(a) => {
                status.in_use = true;
                Ok((status, Some(a)))
            }
            // As old as the bundled rules or older: not a refusal.
            Err(PackProblem::NotNewer { .. }) => Ok((status, None)),
            Err(p) => {
                status.refused = Some(p);
                Ok((status, None))
            }
        }
    }

    /// Installs a rule pack (the bytes of a pack file) and uses it from now
    /// on. Refused with [`AppError::RulePackRefused`] unless it is signed
    /// by a trusted key, is for the app's rule set, is newer than every
    /// pack installed before and than the bundled rules, needs no newer
    /// library, and its rules pass every check; then nothing changes.
    ///
    /// Then compares the new rules with those used before and keeps what
    /// changed for each person as notices dated `today` (returned; see
    /// [`App::notice_rule_changes`]).
    pub fn install_rule_pack(&mut self, bytes: &[u8], today: NaiveDate) -> AppResult<RulesChange> {
        let no_trust = PackTrust {
            set_id: self.rules_info().set_id.clone(),
            public_keys: Vec::new(),
        };
        let trust = self.pack_trust.clone().unwrap_or(no_trust);
        let floor = self
            .store()
            .highest_rule_pack_version(&trust.set_id)?
            .max(self.bundled.version_of(&trust.set_id));
        let accepted = accept(bytes, &trust, floor).map_err(refused)?;
        let meta = &accepted.pack.meta;
        match self
            .store_mut()
            .save_rule_pack(&meta.set_id, meta.version, bytes)?
        {
            PackSave::Saved => {}
            PackSave::NotNewer { installed } => {
                return Err(refused(PackProblem::NotNewer {
                    installed,
                    offered: meta.version,
                }))
            }
        }
        let info = pack_info(&accepted);
        self.use_rules(accepted.rules, info.clone());
        let notices = self.notice_rule_changes(today)?;
        Ok(RulesChange {
            rules: info,
            notices,
        })
    }

    /// Removes the installed pack and goes back to the bundled rules. The
    /// highest version installed stays known: an older pack is still
    /// refused. Returns the rules now in use and the notices of what going
    /// back changed for each person.
    pub fn remove_rule_pack(&mut self, today: NaiveDate) -> AppResult<RulesChange> {
        self.store_mut().remove_rule_pack()?;
        let rules = self.use_bundled_rules();
        let notices = self.notice_rule_changes(today)?;
        Ok(RulesChange { rules, notices })
    }
}
