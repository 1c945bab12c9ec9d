//! Opening a store from the command line, and finding people, documents
//! and photos in it by short id.
//!
//! The passphrase comes from an environment variable (`--passphrase-env`,
//! default `DOCTRACK_PASS`), never from the command line. A store is made
//! only with `--create`: a mistyped path says so instead of making a new,
//! empty store.

use crate::ids::resolve;
use crate::CliError;
use chrono::NaiveDate;
use doctrack_core::app::{App, AppConfig, AppError, PackTrust};
use doctrack_core::crypto::{KdfParams, NewSlot, Secret};
use doctrack_core::domain::{AttachmentId, DocumentId, DocumentRecord, PersonId, PersonRecord};
use doctrack_core::rules::pack::PublicKey;
use doctrack_core::store::schema::CURRENT_VERSION;
use doctrack_core::store::{RecordKind, StoreOptions, Unreadable};
use std::path::PathBuf;
use zeroize::Zeroizing;

/// Where the store is and how to unlock it.
#[derive(Debug, Clone, clap::Args)]
pub struct StoreArgs {
    /// The store file (or set DOCTRACK_STORE).
    #[arg(long, env = "DOCTRACK_STORE")]
    pub store: PathBuf,
    /// Name of the environment variable holding the store's passphrase.
    #[arg(long, default_value = "DOCTRACK_PASS")]
    pub passphrase_env: String,
    /// Make a new store at --store if there is none.
    #[arg(long)]
    pub create: bool,
    /// A rule-pack public key file (FILE.pub from `doctrack pack keygen`)
    /// whose packs are trusted; repeatable. Without one, an installed rule
    /// pack is not used (the built-in rules are).
    #[arg(long = "pubkey", env = "DOCTRACK_PUBKEY")]
    pub pubkeys: Vec<PathBuf>,
    /// A file kept apart from the store (another folder or disk) where
    /// doctrack remembers how far the store had got: an older copy of the
    /// store put back in its place is then refused (docs/adr/0024). Give
    /// the same file every time (or set DOCTRACK_ANCHOR).
    #[arg(long, env = "DOCTRACK_ANCHOR")]
    pub anchor: Option<PathBuf>,
    /// Open a store that is older than its --anchor remembers, on purpose
    /// (the anchor then remembers this copy).
    #[arg(long)]
    pub accept_older_copy: bool,
}

/// Reads the public keys in `files` (one `ed25519:…` key per file).
pub fn read_public_keys(files: &[PathBuf]) -> Result<Vec<PublicKey>, CliError> {
    files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).map_err(|source| CliError::Io {
                path: f.display().to_string(),
                source,
            })?;
            PublicKey::parse(&text).map_err(|e| CliError::Usage(format!("{}: {e}", f.display())))
        })
        .collect()
}

/// How the CLI opens a store: the rules built into this doctrack and, when
/// public keys are given, the rule packs they sign.
pub fn app_config(pubkeys: &[PathBuf]) -> Result<AppConfig, CliError> {
    let config = AppConfig::embedded()?;
    let keys = read_public_keys(pubkeys)?;
    if keys.is_empty() {
        return Ok(config);
    }
    let texts: Vec<String> = keys.iter().map(|k| k.to_text()).collect();
    let trust = PackTrust::new(&config.bundled.set_id(), &texts)?;
    Ok(config.trusting(trust))
}

/// Reads a passphrase from the environment variable `var`.
pub fn passphrase_from_env(var: &str) -> Result<Zeroizing<String>, CliError> {
    let value = std::env::var(var).map_err(|e| match e {
        std::env::VarError::NotPresent => CliError::Usage(format!(
            "the environment variable {var} is not set (it must hold the store's passphrase)"
        )),
        std::env::VarError::NotUnicode(_) => CliError::Usage(format!(
            "the environment variable {var} is not valid UTF-8 text: set it again as UTF-8 (the passphrase itself is never shown)"
        )),
    })?;
    if value.is_empty() {
        return Err(CliError::Usage(format!(
            "the environment variable {var} is empty"
        )));
    }
    Ok(Zeroizing::new(value))
}

impl StoreArgs {
    /// Opens the store (creating it with `--create`) and, with `--pubkey`,
    /// uses its installed rule pack if that is valid.
    pub fn open(&self) -> Result<App, CliError> {
        self.open_with(true)
    }

    /// Opens the store for reading what it holds, keeping no notices
    /// (`pack show --store`).
    pub fn open_to_read(&self) -> Result<App, CliError> {
        self.open_with(false)
    }

    /// Opens the store; with `notice`, keeps what a change of the rules in
    /// use changed for each person (docs/adr/0023) — unless an installed
    /// pack is unused only because no public key was given (the built-in
    /// rules are then not a change the person should hear about).
    fn open_with(&self, notice: bool) -> Result<App, CliError> {
        let mut app = self.open_store()?;
        let status = app.rule_pack_status()?;
        if status.damaged {
            eprintln!("warning: the installed rule pack failed its integrity check; the built-in rules are used (install a pack again)");
        } else if let (Some(p), false) = (&status.installed, status.in_use) {
            match &status.refused {
                Some(_) if self.pubkeys.is_empty() => eprintln!(
                    "note: rule pack {} v{} is installed but not used: give its public key with --pubkey FILE (or DOCTRACK_PUBKEY)",
                    p.set_id, p.version
                ),
                Some(reason) => eprintln!(
                    "warning: rule pack {} v{} is installed but not used: {reason}",
                    p.set_id, p.version
                ),
                None => {}
            }
        }
        // Rules other than those the store was last used with (a new
        // doctrack, a pack no longer used): keep what that changes.
        let keyless = status.installed.is_some() && !status.in_use && self.pubkeys.is_empty();
        if !notice || keyless {
            return Ok(app);
        }
        let created = app.notice_rule_changes(today()?)?;
        if !created.is_empty() {
            eprintln!(
                "note: the rules changed: {} new notice(s) (see `doctrack notices`)",
                created.len()
            );
        }
        Ok(app)
    }

    /// The store options these arguments ask for (the anchor).
    fn options(&self) -> StoreOptions {
        StoreOptions {
            rollback_anchor: crate::anchor::handle(self.anchor.as_deref()),
            accept_older_copy: self.accept_older_copy,
            ..StoreOptions::default()
        }
    }

    fn open_store(&self) -> Result<App, CliError> {
        let config = app_config(&self.pubkeys)?;
        let pass = passphrase_from_env(&self.passphrase_env)?;
        if !self.store.exists() {
            if !self.create {
                return Err(CliError::Usage(format!(
                    "no store at {} (use --create to make one)",
                    self.store.display()
                )));
            }
            let app = App::create(
                &self.store,
                NewSlot::Passphrase {
                    passphrase: pass,
                    kdf: KdfParams::default(),
                },
                self.options(),
                config,
            )?;
            eprintln!("created a new encrypted store at {}", self.store.display());
            return Ok(app);
        }
        // An upgrade of an older store can take a while on a large
        // caseload (every record is read once): say so while it runs.
        let upgrading = App::pending_migration(&self.store).map(|from| {
            crate::progress::spinner(&format!(
                "upgrading the store from format {from} to {CURRENT_VERSION} (a copy is kept first)"
            ))
        });
        let opened = App::open(
            &self.store,
            &Secret::Passphrase(pass),
            self.options(),
            config,
        );
        if let Some(spin) = upgrading {
            spin.finish_and_clear();
        }
        let app = opened?;
        if let Some(copy) = app.migration_copy() {
            eprintln!(
                "note: upgraded the store from format {} to {CURRENT_VERSION}; the file as it was is kept at {} (it opens with the passphrases of that time: delete it once the store looks right)",
                copy.from_version, copy.path
            );
        }
        Ok(app)
    }
}

/// Today's date: the local date, or `DOCTRACK_TODAY` (YYYY-MM-DD) for
/// training and tests.
pub fn today() -> Result<NaiveDate, CliError> {
    match std::env::var("DOCTRACK_TODAY") {
        Ok(d) => crate::parse_date_arg(&d).map_err(CliError::Usage),
        Err(_) => Ok(chrono::Local::now().date_naive()),
    }
}

/// The date of an event: `on` (default today), never after today.
pub fn event_date(on: Option<NaiveDate>) -> Result<NaiveDate, CliError> {
    let today = today()?;
    let on = on.unwrap_or(today);
    if on > today {
        return Err(CliError::Usage(format!(
            "--on {on} is after today ({today}): record events when they have happened"
        )));
    }
    Ok(on)
}

/// A person by (short) id.
pub fn person(app: &App, typed: &str) -> Result<PersonRecord, CliError> {
    if let Ok(id) = typed.parse::<PersonId>() {
        return Ok(app.person(id)?);
    }
    let people = app.people()?;
    resolve(
        typed,
        "person",
        people
            .items
            .into_iter()
            .map(|p| (p.person.id.to_string(), p)),
    )
    .map_err(|e| damaged_instead(e, typed, &people.unreadable, RecordKind::Person))
}

/// A prefix that matches no readable record but a record that failed its
/// integrity check is that record, damaged: an integrity error (exit 3,
/// "run `doctrack store check`"), never "no such id" as if it were mistyped.
fn damaged_instead(
    err: CliError,
    typed: &str,
    unreadable: &[Unreadable],
    record: RecordKind,
) -> CliError {
    let typed = typed.trim().to_ascii_lowercase();
    let damaged = unreadable
        .iter()
        .any(|u| u.kind == record && u.id.to_ascii_lowercase().starts_with(&typed));
    match err {
        CliError::Usage(_) if damaged && typed.chars().count() >= 4 => {
            AppError::Integrity { record }.into()
        }
        other => other,
    }
}

/// A document by (short) id.
pub fn document(app: &App, typed: &str) -> Result<DocumentRecord, CliError> {
    if let Ok(id) = typed.parse::<DocumentId>() {
        return Ok(app.document(id)?);
    }
    let docs = app.documents()?;
    resolve(
        typed,
        "document",
        docs.items
            .into_iter()
            .map(|d| (d.document.id.to_string(), d)),
    )
    .map_err(|e| damaged_instead(e, typed, &docs.unreadable, RecordKind::Document))
}

/// A photo by (short) id.
pub fn photo(app: &App, typed: &str) -> Result<AttachmentId, CliError> {
    if let Ok(id) = typed.parse::<AttachmentId>() {
        return Ok(id);
    }
    let mut all = Vec::new();
    for d in app.documents()?.items {
        for p in app.photos(d.document.id)? {
            all.push((p.id.to_string(), p.id));
        }
    }
    resolve(typed, "photo", all)
}
