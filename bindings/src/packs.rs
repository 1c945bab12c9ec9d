//! Signed rule packs (docs/adr/0014, 0018): the keys and rule set an app
//! trusts, installing a pack from its bytes, and what is installed.
//!
//! ```kotlin
//! store.configureRulePacks(PackTrust(setId = "th", publicKeys = listOf("ed25519:…")), LocalDate.now())
//! val change = store.installRulePack(bytes, LocalDate.now())
//! change.rules.label                               // "rules: th v12, 2026-03-01"
//! change.notices.forEach { println(it.text) }     // what changed, per person
//! ```
//!
//! Notices (docs/adr/0023) are kept in each person's history: `notices`,
//! `markNoticeRead`; unread ones come back from `syncReminders` as one
//! private reminder.

use crate::store::DoctrackStore;
use chrono::NaiveDate;
use doctrack_core::app::{AppError, NoticeView, PackInfo, PackTrust, RulePackStatus, RulesChange};
use doctrack_core::domain::{EventId, PersonId};
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
    /// every open, with the device's date: if the rules in use are not
    /// those the store was last used with (an app update brought newer
    /// bundled rules, a pack is no longer trusted), what that changes for
    /// each person is kept as notices dated `today` (see `notices`).
    /// A refused or damaged pack is reported, never thrown.
    pub async fn configure_rule_packs(
        &self,
        trust: PackTrust,
        today: NaiveDate,
    ) -> Result<RulePackStatus, AppError> {
        self.with_app(move |app| {
            let status = app.configure_rule_packs(trust)?;
            app.notice_rule_changes(today)?;
            Ok(status)
        })
        .await
    }

    /// Installs a rule pack (the bytes of a `.pack` file: a download, a
    /// file passed on, a memory card) and uses it from now on. Throws
    /// `RulePackRefused` (unsigned, tampered, untrusted key, another rule
    /// set, not newer, needs a newer app, invalid rules); the rules in use
    /// then do not change and no notice is created. Returns the rules now in
    /// use and the notices of what they change for each person (dated
    /// `today`; none when nothing changes for anyone).
    pub async fn install_rule_pack(
        &self,
        bytes: Vec<u8>,
        today: NaiveDate,
    ) -> Result<RulesChange, AppError> {
        self.with_app(move |app| app.install_rule_pack(&bytes, today))
            .await
    }

    /// The installed pack, the highest version installed, and whether (and
    /// why not) it is used.
    pub async fn rule_pack_status(&self) -> Result<RulePackStatus, AppError> {
        self.with_app(|app| app.rule_pack_status()).await
    }

    /// Removes the installed pack and goes back to the bundled rules; the
    /// highest version installed stays known (older packs stay refused).
    /// Returns the rules now in use and the notices of what going back
    /// changes for each person.
    pub async fn remove_rule_pack(&self, today: NaiveDate) -> Result<RulesChange, AppError> {
        self.with_app(move |app| app.remove_rule_pack(today)).await
    }

    /// Compares the rules in use with those the store was last used with
    /// and keeps what changed for each person as notices dated `today`;
    /// returns the notices created. (`configureRulePacks`,
    /// `installRulePack`, `removeRulePack` and `syncReminders` do this
    /// already.)
    pub async fn notice_rule_changes(&self, today: NaiveDate) -> Result<Vec<NoticeView>, AppError> {
        self.with_app(move |app| app.notice_rule_changes(today))
            .await
    }

    /// Every notice of one person (or of everyone, for `null`), newest
    /// first, in each person's language.
    pub async fn notices(&self, person_id: Option<PersonId>) -> Result<Vec<NoticeView>, AppError> {
        self.with_app(move |app| app.notices(person_id)).await
    }

    /// Marks a notice read. Throws `NotFound` for no such notice.
    pub async fn mark_notice_read(&self, id: EventId, today: NaiveDate) -> Result<(), AppError> {
        self.with_app(move |app| app.mark_notice_read(id, today))
            .await
    }
}
