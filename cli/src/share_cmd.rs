//! `doctrack share keygen|create|open|import|list`: sharing chosen
//! documents with an NGO, sealed for that NGO alone (docs/adr/0027).

use crate::ids::short;
use crate::session::{self, StoreArgs};
use crate::ui::Ui;
use crate::{outln, CliError};
use chrono::NaiveDate;
use doctrack_core::app::{App, AppError};
use doctrack_core::domain::{ImportOutcome, NothingToImport, ShareForm};
use doctrack_core::messages::AsTerm;
use doctrack_core::share::{self, OpenedShare, ShareKey, ShareRequest, ShareSecretKey};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What a worker is told before a share leaves their phone.
pub const LIMITS: &str = "A share cannot be taken back once it is sent, and the end date is kept by the organisation's software, not by your phone: share only what you want them to have.";

/// The longest file `share open` reads (a share with photos).
const MAX_SHARE_FILE: u64 = 512 * 1024 * 1024;

/// `doctrack share …`.
#[derive(Debug, clap::Subcommand)]
pub enum ShareCommand {
    /// For an organisation: make its sharing key pair (once). The secret
    /// key goes to FILE, readable only by you and never printed; the public
    /// key to FILE.pub, for workers' apps and the help directory.
    Keygen {
        /// Where to write the secret key (must not exist).
        #[arg(long)]
        out: PathBuf,
    },
    /// Seal a person's details and chosen documents for one organisation.
    /// It cannot be taken back once sent; the end date is kept by the
    /// organisation's software.
    Create {
        #[command(flatten)]
        store: StoreArgs,
        /// Whose details (id prefix or name).
        #[arg(long)]
        person: String,
        /// A document to share (id prefix); repeat for several. Default:
        /// all of the person's documents that are not archived.
        #[arg(long = "document")]
        documents: Vec<String>,
        /// Share the person's details only, no document.
        #[arg(long, conflicts_with = "documents")]
        no_documents: bool,
        /// Include each document's history.
        #[arg(long)]
        history: bool,
        /// Include photos (file form only).
        #[arg(long)]
        photos: bool,
        /// The last day the organisation may use it (default: 30 days from
        /// today; at most two years).
        #[arg(long, value_parser = crate::parse_date_arg)]
        until: Option<NaiveDate>,
        /// The organisation: its .pub file, its key (x25519:…), or the id of
        /// a help-directory entry that carries a sharing key.
        #[arg(long)]
        to: String,
        /// The organisation's name as your history will show it (default:
        /// the directory's name, else "organisation" and the key's fingerprint).
        #[arg(long)]
        to_name: Option<String>,
        /// Where to write the share (must not exist).
        #[arg(long)]
        out: PathBuf,
        /// Make the compact form for one QR code (no photos) and draw the
        /// code to this .svg or .png file too.
        #[arg(long)]
        qr: Option<PathBuf>,
    },
    /// For a caseworker: open a share (a file, or a PNG/JPEG picture of
    /// its QR code) with your organisation's secret key, check it and show
    /// what was shared.
    Open {
        /// The share file or QR picture.
        input: PathBuf,
        /// Your organisation's secret key (from `share keygen`).
        #[arg(long)]
        key: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// For a caseworker: add a share to a caseload store with its
    /// provenance. A newer share from the same worker updates what an older
    /// one brought; an expired share is refused.
    Import {
        /// The share file or QR picture.
        input: PathBuf,
        /// Your organisation's secret key.
        #[arg(long)]
        key: PathBuf,
        #[command(flatten)]
        store: StoreArgs,
        /// Accept a share signed by another key than earlier shares of the
        /// same worker store (a new phone): only after checking with the
        /// worker.
        #[arg(long)]
        accept_new_signer: bool,
    },
    /// Everything this store ever shared: to whom, what, when, until when.
    List {
        #[command(flatten)]
        store: StoreArgs,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

fn read_text(path: &Path, what: &str) -> Result<String, CliError> {
    fs::read_to_string(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::InvalidData => {
            CliError::Usage(format!("{} is not a {what}", path.display()))
        }
        _ => CliError::Io {
            path: path.display().to_string(),
            source,
        },
    })
}

fn secret_key(path: &Path) -> Result<ShareSecretKey, CliError> {
    crate::pack_cmd::check_key_permissions(path);
    let text = zeroize::Zeroizing::new(read_text(path, "sharing key")?);
    ShareSecretKey::parse(&text).map_err(|e| CliError::App(e.into()))
}

/// The organisation named by `--to`, with the name the history shows.
fn recipient(app: &App, to: &str, name: Option<String>) -> Result<(ShareKey, String), CliError> {
    let path = Path::new(to);
    let listed = app.share_recipients("en");
    let key = if to.trim_start().starts_with("x25519:") {
        ShareKey::parse(to)
    } else if path.is_file() {
        ShareKey::parse(&read_text(path, "sharing key")?)
    } else {
        match listed.iter().find(|r| r.service == to) {
            Some(r) => ShareKey::parse(&r.key),
            None => {
                return Err(CliError::Usage(format!(
                    "--to {to}: not a key file, a key (x25519:…) or a directory entry with a sharing key"
                )))
            }
        }
    }
    .map_err(|e| CliError::App(e.into()))?;
    let named = listed
        .into_iter()
        .find(|r| r.key == key.to_text())
        .map(|r| r.name);
    let name = name
        .or(named)
        .unwrap_or_else(|| format!("organisation {}", key.fingerprint()));
    Ok((key, name))
}

fn read_share(path: &Path) -> Result<Vec<u8>, CliError> {
    let io = |source| CliError::Io {
        path: path.display().to_string(),
        source,
    };
    let meta = fs::metadata(path).map_err(io)?;
    if meta.len() > MAX_SHARE_FILE {
        return Err(CliError::Usage(format!(
            "{} is larger than any share ({MAX_SHARE_FILE} bytes at most)",
            path.display()
        )));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    {
        use std::io::Read;
        let file = fs::File::open(path).map_err(io)?;
        crate::progress::Reading::new(
            file,
            crate::progress::bytes(meta.len(), "reading the share"),
        )
        .read_to_end(&mut bytes)
        .map_err(io)?;
    }
    if crate::qr_image::is_picture(&bytes) {
        return Ok(crate::qr_image::read(path, &bytes)?.into_bytes());
    }
    Ok(bytes)
}

fn open_share(input: &Path, key: &Path) -> Result<OpenedShare, CliError> {
    let key = secret_key(key)?;
    let bytes = read_share(input)?;
    share::open(&bytes, &key).map_err(|e| CliError::App(e.into()))
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn show(ui: &Ui, opened: &OpenedShare, today: NaiveDate) {
    let c = &opened.content;
    let form = match opened.form {
        ShareForm::File => "file",
        ShareForm::QrCode => "QR code",
    };
    outln!(
        "{}  (a {form}, checked: sealed for your key, signed, unchanged)",
        ui.p.bold("Share")
    );
    outln!(
        "from worker store {} (signing key {})",
        short(&c.worker_store),
        opened.signer_fingerprint()
    );
    outln!(
        "made on {} for \"{}\"",
        ui.l.date(c.created_on),
        c.recipient
    );
    if opened.is_expired(today) {
        outln!(
            "consent ENDED on {}: it cannot be imported; ask the worker to share again",
            ui.l.date(c.until)
        );
    } else {
        outln!("consent until {}", ui.l.date(c.until));
    }
    outln!(
        "shared: {} document(s), history: {}, photos: {}",
        c.documents.len(),
        yes_no(c.history),
        opened.photos.len()
    );
    outln!();
    outln!(
        "{}  {} ({})",
        ui.p.bold("Person"),
        c.person.display_name,
        c.person.nationality
    );
    for d in &c.documents {
        let r = &d.record;
        let mut line = format!("  {}", ui.l.kind_name(&r.document.kind));
        if !r.document.number.is_empty() {
            line.push_str(&format!("  {}", r.document.number));
        }
        if let Some(e) = r.document.expires_on {
            line.push_str(&format!("  expires {}", ui.l.date(e)));
        }
        line.push_str(&format!("  {}", ui.l.term(r.state.name().term())));
        if !d.history.is_empty() {
            line.push_str(&format!("  ({} events)", d.history.len()));
        }
        if !d.photos.is_empty() {
            line.push_str(&format!("  ({} photos)", d.photos.len()));
        }
        outln!("{line}");
    }
}

fn outcome(o: ImportOutcome) -> &'static str {
    match o {
        ImportOutcome::Added => "added",
        ImportOutcome::Updated => "updated",
        ImportOutcome::KeptArchived => "kept as you archived it",
    }
}

/// Runs a `share` command.
pub fn run(cmd: ShareCommand, ui: &Ui) -> Result<ExitCode, CliError> {
    match cmd {
        ShareCommand::Keygen { out } => {
            let pub_path = crate::pack_cmd::new_pub_path(&out)?;
            let key = ShareSecretKey::generate().map_err(|e| CliError::App(e.into()))?;
            crate::pack_cmd::write_new(&out, key.to_text().as_bytes(), 0o600)?;
            let public = key.public_key();
            let pub_text = format!(
                "# doctrack sharing key of an organisation (fingerprint {}): give it to workers' apps or the help directory\n{}\n",
                public.fingerprint(),
                public.to_text()
            );
            crate::pack_cmd::write_new(&pub_path, pub_text.as_bytes(), 0o644)?;
            outln!(
                "secret key written to {} (readable only by you: it opens every share sealed to it; keep it secret and backed up)",
                out.display()
            );
            outln!("public key written to {}", pub_path.display());
            outln!("public key: {}", public.to_text());
            outln!(
                "fingerprint: {} (workers compare it with what their app shows)",
                public.fingerprint()
            );
        }
        ShareCommand::Create {
            store,
            person,
            documents,
            no_documents,
            history,
            photos,
            until,
            to,
            to_name,
            out,
            qr,
        } => {
            let today = session::today()?;
            if out.exists() {
                return Err(CliError::Usage(format!(
                    "{} already exists: nothing was overwritten",
                    out.display()
                )));
            }
            let mut app = store.open()?;
            let person = session::person(&app, &person)?.person.id;
            let chosen = if no_documents {
                Some(Vec::new())
            } else if documents.is_empty() {
                None
            } else {
                let mut ids = Vec::new();
                for d in &documents {
                    ids.push(session::document(&app, d)?.document.id);
                }
                Some(ids)
            };
            let (key, name) = recipient(&app, &to, to_name)?;
            let until = until.unwrap_or(today + chrono::Days::new(30));
            let form = if qr.is_some() {
                ShareForm::QrCode
            } else {
                ShareForm::File
            };
            eprintln!("note: {LIMITS}");
            let made = app.create_share(
                ShareRequest {
                    person,
                    documents: chosen,
                    history,
                    photos,
                    until,
                    recipient_name: name,
                    recipient_key: key.to_text(),
                    form,
                },
                today,
            )?;
            let written = match &made.qr_text {
                Some(text) => text.as_bytes().to_vec(),
                None => made.bytes.clone(),
            };
            crate::pack_cmd::write_new(&out, &written, 0o600)?;
            if let (Some(path), Some(text)) = (&qr, &made.qr_text) {
                crate::qr_image::write(path, text)?;
                outln!("QR code drawn to {}", path.display());
            }
            outln!(
                "shared {} document(s) with {} (key {}) until {}: written to {}",
                made.share.documents.len(),
                made.share.recipient,
                made.share.recipient_key,
                ui.l.date(made.share.until),
                out.display()
            );
            outln!(
                "recorded in the history (share {})",
                short(&made.share.share_id)
            );
            app.close()?;
        }
        ShareCommand::Open { input, key, json } => {
            let today = session::today()?;
            let opened = open_share(&input, &key)?;
            if json {
                crate::print_json(&serde_json::json!({
                    "form": opened.form,
                    "signer": opened.signer_fingerprint(),
                    "expired": opened.is_expired(today),
                    "content": opened.content,
                }))?;
            } else {
                show(ui, &opened, today);
            }
        }
        ShareCommand::Import {
            input,
            key,
            store,
            accept_new_signer,
        } => {
            let today = session::today()?;
            let opened = open_share(&input, &key)?;
            let mut app = store.open()?;
            let report = app
                .import_share(&opened, today, accept_new_signer)
                .map_err(|e| {
                    if let AppError::ShareRefused {
                        reason: share::ShareProblem::SignerChanged { .. },
                    } = &e
                    {
                        eprintln!("warning: this may not come from the worker's phone. If the worker confirms a new phone (or a restored one), import again with --accept-new-signer.");
                    }
                    CliError::App(e)
                })?;
            match report.nothing {
                Some(NothingToImport::AlreadyImported) => {
                    outln!("this share was imported before: nothing changed")
                }
                Some(NothingToImport::OlderThanImported) => {
                    outln!("a later share of this worker was imported already: nothing changed")
                }
                None => {
                    outln!(
                        "person {} {}",
                        short(&report.person),
                        report.person_outcome.map_or("", outcome)
                    );
                    for d in &report.documents {
                        outln!("document {} {}", short(&d.id), outcome(d.outcome));
                    }
                    if report.photos_added > 0 {
                        outln!("{} photo(s) added", report.photos_added);
                    }
                    outln!(
                        "from worker store {} (key {}), shared on {}, consent until {}",
                        short(&opened.content.worker_store),
                        opened.signer_fingerprint(),
                        ui.l.date(opened.content.created_on),
                        ui.l.date(opened.content.until)
                    );
                }
            }
            app.close()?;
        }
        ShareCommand::List { store, json } => {
            let app = store.open_to_read()?;
            let made = app.shares_made()?;
            if json {
                let items: Vec<_> = made
                    .iter()
                    .map(|m| serde_json::json!({"person": m.person, "share": m.share}))
                    .collect();
                crate::print_json(&items)?;
            } else if made.is_empty() {
                outln!("nothing was shared from this store");
            } else {
                for m in &made {
                    let s = &m.share;
                    outln!(
                        "{}  {} (key {})  {} document(s), history: {}, photos: {}, {}  until {}",
                        ui.l.date(s.made_on),
                        s.recipient,
                        s.recipient_key,
                        s.documents.len(),
                        yes_no(s.history),
                        yes_no(s.photos),
                        match s.form {
                            ShareForm::File => "file",
                            ShareForm::QrCode => "QR code",
                        },
                        ui.l.date(s.until)
                    );
                }
                outln!("{LIMITS}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
