//! `doctrack pack keygen|build|verify|show` and `doctrack rules install`:
//! signed rule updates (docs/adr/0014, rules/README.md "Publishing a rule
//! update").

use crate::rules_cmd::{print_diagnostics, read_rule_files, run_scenarios};
use crate::session::{self, StoreArgs};
use crate::{outln, CliError};
use doctrack_core::app::{rules_identity, App, AppError, BundledRules};
use doctrack_core::domain::Language;
use doctrack_core::rules::pack::{self, diff::diff, Pack, SigningKey};
use doctrack_core::rules::{load, RuleFile, RuleSet};

pub use crate::session::read_public_keys;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `doctrack pack …`.
#[derive(Debug, clap::Subcommand)]
pub enum PackCommand {
    /// Make a signing key (once). The private key goes to FILE, readable
    /// only by you and never printed; the public key to FILE.pub.
    Keygen {
        /// Where to write the private key (must not exist).
        #[arg(long)]
        out: PathBuf,
    },
    /// Check and test the rules in DIR, then sign them into a pack.
    /// Refuses on any rule error or failing scenario.
    Build {
        /// The rules folder (with <set>/pack.toml and tests/).
        dir: PathBuf,
        /// The private key file made by `pack keygen`.
        #[arg(long)]
        key: PathBuf,
        /// The pack's version: must be the `version` in <set>/pack.toml.
        #[arg(long)]
        version: u64,
        /// Where to write the pack (must not exist).
        #[arg(long)]
        out: PathBuf,
        /// Allow a version more than 100 above the one built into this
        /// doctrack (phones refuse every later pack with a lower version).
        #[arg(long)]
        allow_version_jump: bool,
    },
    /// Check a pack's signature against a public key, and its rules.
    Verify {
        /// The pack file.
        pack: PathBuf,
        /// A trusted public key file (FILE.pub from `pack keygen`); repeatable.
        #[arg(long = "pubkey", required = true)]
        pubkeys: Vec<PathBuf>,
    },
    /// Show what a pack holds and what it changes compared with the rules
    /// installed in a store (with --store) or built into this doctrack.
    Show {
        /// The pack file, or a folder of rule files to preview before
        /// building (e.g. from `doctrack rules export`).
        pack: PathBuf,
        /// Compare with the pack installed in this store (passphrase from
        /// DOCTRACK_PASS) instead of the built-in rules, and say what the
        /// pack changes for its people (today and over the next year).
        #[arg(long)]
        store: Option<PathBuf>,
        /// Name of the environment variable holding the store's passphrase.
        #[arg(long, default_value = "DOCTRACK_PASS")]
        passphrase_env: String,
        /// With --store: print the impact on the store's people as JSON.
        #[arg(long, requires = "store")]
        json: bool,
    },
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> CliError + '_ {
    move |source| CliError::Io {
        path: path.display().to_string(),
        source,
    }
}

fn read_pack(path: &Path) -> Result<Vec<u8>, CliError> {
    let meta = fs::metadata(path).map_err(io_err(path))?;
    if meta.len() > pack::MAX_PACK_BYTES as u64 {
        return Err(CliError::Usage(format!(
            "{} is larger than any rule pack ({} bytes at most)",
            path.display(),
            pack::MAX_PACK_BYTES
        )));
    }
    fs::read(path).map_err(io_err(path))
}

/// Writes `bytes` to a new file (never over an existing one) with `mode`.
pub(crate) fn write_new(path: &Path, bytes: &[u8], mode: u32) -> Result<(), CliError> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut file = options.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => CliError::Usage(format!(
            "{} already exists: nothing was overwritten",
            path.display()
        )),
        _ => io_err(path)(e),
    })?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(io_err(path))
}

/// FILE.pub beside a new private key FILE; refused if it exists already.
pub(crate) fn new_pub_path(out: &Path) -> Result<PathBuf, CliError> {
    let mut pub_path = out.as_os_str().to_owned();
    pub_path.push(".pub");
    let pub_path = PathBuf::from(pub_path);
    if pub_path.exists() {
        return Err(CliError::Usage(format!(
            "{} already exists: nothing was overwritten",
            pub_path.display()
        )));
    }
    Ok(pub_path)
}

fn keygen(out: &Path) -> Result<ExitCode, CliError> {
    let pub_path = new_pub_path(out)?;
    let key = SigningKey::generate().map_err(|e| CliError::Usage(e.to_string()))?;
    write_new(out, key.to_text().as_bytes(), 0o600)?;
    let public = key.public_key();
    let pub_text = format!(
        "# doctrack rule-pack public key (id {}): give it to apps and to `doctrack pack verify --pubkey`\n{}\n",
        public.id(),
        public.to_text()
    );
    write_new(&pub_path, pub_text.as_bytes(), 0o644)?;
    outln!(
        "signing key written to {} (readable only by you: keep it secret, never share or commit it)",
        out.display()
    );
    outln!("public key written to {}", pub_path.display());
    outln!("public key (configure it in apps): {}", public.to_text());
    outln!("key id: {}", public.id());
    Ok(ExitCode::SUCCESS)
}

/// Warns when a private key file can be read by others.
pub(crate) fn check_key_permissions(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = fs::metadata(path) {
            if meta.permissions().mode() & 0o077 != 0 {
                eprintln!(
                    "warning: {} can be read by other users: chmod 600 it",
                    path.display()
                );
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// The set's files with names relative to `dir` (`th/mou.toml`).
fn relative_files(dir: &Path) -> Result<Vec<RuleFile>, CliError> {
    let files = read_rule_files(dir)?;
    files
        .into_iter()
        .map(|f| {
            let rel = Path::new(&f.name)
                .strip_prefix(dir)
                .map(|p| {
                    p.components()
                        .map(|c| c.as_os_str().to_string_lossy().into_owned())
                        .collect::<Vec<_>>()
                        .join("/")
                })
                .map_err(|_| CliError::Usage(format!("{} is outside {}", f.name, dir.display())))?;
            Ok(RuleFile {
                name: rel,
                text: f.text,
            })
        })
        .collect()
}

/// How far above the version built into this doctrack a pack may go
/// without `--allow-version-jump`: every later pack must be higher, so a
/// typo there cannot be undone on phones.
pub const MAX_VERSION_JUMP: u64 = 100;

fn build(
    dir: &Path,
    key_path: &Path,
    (version, allow_jump): (u64, bool),
    out: &Path,
) -> Result<ExitCode, CliError> {
    let key_text = zeroize::Zeroizing::new(fs::read_to_string(key_path).map_err(io_err(key_path))?);
    let key = SigningKey::parse(&key_text)
        .map_err(|e| CliError::Usage(format!("{}: {e}", key_path.display())))?;
    check_key_permissions(key_path);
    outln!("== rules check {}", dir.display());
    let files = relative_files(dir)?;
    let report = load(&files);
    print_diagnostics(&report);
    let errors = report.errors().count();
    if errors > 0 {
        return Err(CliError::Rules(format!(
            "{errors} error(s) in the rule files: no pack was built"
        )));
    }
    let Some(meta) = report.meta.clone() else {
        return Err(CliError::Usage(format!(
            "no <set>/pack.toml in {}: a pack needs the set's id, version, date and change summary (rules/README.md)",
            dir.display()
        )));
    };
    if meta.version != version {
        return Err(CliError::Usage(format!(
            "--version {version} is not the version in pack.toml ({}): raise `version` there and write what changed in [changes], then build again",
            meta.version
        )));
    }
    let built_in = BundledRules::embedded()?.version_of(&meta.set_id);
    if version > built_in.saturating_add(MAX_VERSION_JUMP) && !allow_jump {
        return Err(CliError::Usage(format!(
            "--version {version} is more than {MAX_VERSION_JUMP} above the version built into this doctrack ({built_in}): a typo? Phones refuse every later pack with a lower version, so this cannot be undone. If you mean it, add --allow-version-jump"
        )));
    }
    let today = session::today()?;
    if meta.built > today {
        return Err(CliError::Usage(format!(
            "pack.toml says built = {}, after today ({today})",
            meta.built
        )));
    }
    outln!("== rules test {}", dir.display());
    if !run_scenarios(dir)? {
        return Err(CliError::Rules(
            "a scenario failed: no pack was built".into(),
        ));
    }
    let Some(rules) = report.rules.as_ref() else {
        return Err(CliError::Rules(
            "the rules did not load: no pack was built".into(),
        ));
    };
    let bytes = pack::build(&meta, rules, &key)
        .map_err(|e| CliError::App(AppError::RulePackRefused { reason: e }))?;
    write_new(out, &bytes, 0o644)?;
    outln!(
        "\nbuilt {} v{} ({}): {} files compiled, {} rules, signed by key {} -> {} ({} bytes)",
        meta.set_id,
        meta.version,
        meta.built,
        files.len(),
        rules.len(),
        key.public_key().id(),
        out.display(),
        bytes.len()
    );
    Ok(ExitCode::SUCCESS)
}

fn verify(path: &Path, pubkeys: &[PathBuf]) -> Result<ExitCode, CliError> {
    let keys = read_public_keys(pubkeys)?;
    let bytes = read_pack(path)?;
    let refused = |reason| CliError::App(AppError::RulePackRefused { reason });
    let pack = pack::verify(&bytes, &keys).map_err(refused)?;
    pack.rule_set().map_err(refused)?;
    let current = doctrack_core::rules::LibraryVersion::current();
    if pack.meta.min_library > current {
        outln!(
            "note: it needs doctrack {} or newer (this is {current})",
            pack.meta.min_library
        );
    }
    outln!(
        "ok: {} v{} ({}) is signed by key {} and its rules pass every check",
        pack.meta.set_id,
        pack.meta.version,
        pack.meta.built,
        pack.key_id.map(|k| k.to_string()).unwrap_or_default()
    );
    Ok(ExitCode::SUCCESS)
}

fn show(
    path: &Path,
    store: Option<PathBuf>,
    passphrase_env: String,
    json: bool,
) -> Result<ExitCode, CliError> {
    // A folder of rule files: what they would change, before building.
    let (new_rules, new_identity) = if path.is_dir() {
        let (rules, _) = crate::rules_cmd::load_dir(path)?;
        if !json {
            outln!("rule files in {} (not a pack: not signed)", path.display());
        }
        (rules, format!("{}", path.display()))
    } else {
        let bytes = read_pack(path)?;
        let pack = pack::inspect(&bytes)
            .map_err(|reason| CliError::App(AppError::RulePackRefused { reason }))?;
        if !json {
            print_header(&pack);
        }
        match pack.rule_set() {
            Ok(rules) => (rules, format!("{}@{}", pack.meta.set_id, pack.meta.version)),
            Err(problem) => {
                outln!("its rules do not pass the checks: phones will refuse it ({problem})");
                return Ok(ExitCode::from(1));
            }
        }
    };
    let (base, label, base_identity, app) = base_rules(store, passphrase_env)?;
    if let Some(app) = app {
        let found = app.rules_impact(
            (&base, &base_identity),
            (&new_rules, &new_identity),
            crate::session::today()?,
        )?;
        let names = crate::notices::names(&app)?;
        app.close()?;
        if json {
            return crate::notices::print_impact_json(&found, &names);
        }
        crate::notices::print_impact(&found, &names);
    }
    let d = diff(&base, &new_rules);
    outln!("\nchanges compared with {label}:");
    if d.is_empty() {
        outln!("  none");
    }
    let list = |title: &str, items: &[String]| {
        if !items.is_empty() {
            outln!("  {title} ({}):", items.len());
            for i in items {
                outln!("    {i}");
            }
        }
    };
    list("added", &d.added);
    list("changed", &d.changed);
    list(
        "superseded",
        &d.superseded
            .iter()
            .map(|(old, new)| format!("{old} (by {new})"))
            .collect::<Vec<_>>(),
    );
    list("removed", &d.removed);
    let years = |v: &[i32]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
    list("holiday years added", &years(&d.holiday_years_added));
    list("holiday years changed", &years(&d.holiday_years_changed));
    list("holiday years removed", &years(&d.holiday_years_removed));
    Ok(ExitCode::SUCCESS)
}

fn print_header(pack: &Pack) {
    let m = &pack.meta;
    outln!("rule pack {} v{}, built {}", m.set_id, m.version, m.built);
    outln!("needs doctrack {} or newer", m.min_library);
    match &pack.key_id {
        Some(k) => outln!("signed by key {k} (not checked here: use `pack verify`)"),
        None => outln!("NOT SIGNED: phones will refuse it"),
    }
    outln!("rules: {}", pack.rules.rules.len());
    // Shown before the signature is checked: the texts could be anyone's,
    // so control characters are defused.
    for lang in Language::ALL {
        if let Some(text) = m.changes.get(&lang) {
            outln!(
                "what changed [{lang}]: {}",
                doctrack_core::domain::text::for_display(text)
            );
        }
    }
}

/// The rules to compare with: the store's installed pack, else the
/// built-in set; with their label for people and their identity
/// (`set@version`); and the store, opened to read.
fn base_rules(
    store: Option<PathBuf>,
    passphrase_env: String,
) -> Result<(RuleSet, String, String, Option<App>), CliError> {
    let mut opened = None;
    if let Some(path) = store {
        let args = StoreArgs {
            store: path,
            passphrase_env,
            create: false,
            pubkeys: Vec::new(),
            anchor: std::env::var_os("DOCTRACK_ANCHOR").map(PathBuf::from),
            accept_older_copy: false,
        };
        let app = args.open_to_read()?;
        if let Some(installed) = app.store().installed_rule_pack().map_err(AppError::from)? {
            let old = pack::inspect(&installed.bytes)
                .map_err(|reason| CliError::App(AppError::RulePackRefused { reason }))?;
            if let Ok(rules) = old.rule_set() {
                let label = format!(
                    "the pack installed in the store ({} v{}, {})",
                    old.meta.set_id, old.meta.version, old.meta.built
                );
                let identity = format!("{}@{}", old.meta.set_id, old.meta.version);
                return Ok((rules, label, identity, Some(app)));
            }
        }
        opened = Some(app);
    }
    let bundled = BundledRules::embedded()?;
    let info = bundled.info();
    let version = info.version.map(|v| format!(" v{v}")).unwrap_or_default();
    let built = info.built.map(|d| format!(", {d}")).unwrap_or_default();
    Ok((
        bundled.rules().as_ref().clone(),
        format!("the built-in rules ({}{version}{built})", info.set_id),
        rules_identity(&info),
        opened,
    ))
}

/// `doctrack rules install PACK --store … --pubkey FILE`.
pub fn install(pack_path: &Path, store: &StoreArgs) -> Result<ExitCode, CliError> {
    if store.pubkeys.is_empty() {
        return Err(CliError::Usage(
            "give the maintainers' public key with --pubkey FILE (or DOCTRACK_PUBKEY): only packs signed by it are installed".into(),
        ));
    }
    let bytes = read_pack(pack_path)?;
    let mut app = store.open()?;
    let change = app.install_rule_pack(&bytes, crate::session::today()?)?;
    let names = crate::notices::names(&app)?;
    app.close()?;
    outln!("installed: {}", change.rules);
    crate::notices::print_created(&change.notices, &names);
    Ok(ExitCode::SUCCESS)
}

/// Runs a `pack` command.
pub fn run(cmd: PackCommand) -> Result<ExitCode, CliError> {
    match cmd {
        PackCommand::Keygen { out } => keygen(&out),
        PackCommand::Build {
            dir,
            key,
            version,
            out,
            allow_version_jump,
        } => build(&dir, &key, (version, allow_version_jump), &out),
        PackCommand::Verify { pack, pubkeys } => verify(&pack, &pubkeys),
        PackCommand::Show {
            pack,
            store,
            passphrase_env,
            json,
        } => show(&pack, store, passphrase_env, json),
    }
}
