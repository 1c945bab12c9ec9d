//! Commands that read and change a store: people, documents, events, the
//! dashboard. The passphrase comes from an environment variable named by
//! `--passphrase-env`, never from the command line.

use crate::{outln, CliError};
use chrono::NaiveDate;
use doctrack_core::app::App;
use doctrack_core::crypto::{KdfParams, NewSlot, Secret};
use doctrack_core::domain::{
    CancelReason, Cohort, Country, Document, DocumentChange, DocumentId, DocumentKind, EventName,
    Language, PersonDraft, PersonId, SimpleEventOptions,
};
use doctrack_core::store::StoreOptions;
use std::path::PathBuf;
use std::process::ExitCode;
use zeroize::Zeroizing;

/// Where the store is and how to unlock it.
#[derive(Debug, clap::Args)]
pub struct StoreArgs {
    /// The store file.
    #[arg(long)]
    store: PathBuf,
    /// Name of the environment variable that holds the passphrase.
    #[arg(long)]
    passphrase_env: String,
}

/// Reads a passphrase from the environment variable `var`.
pub fn passphrase_from_env(var: &str) -> Result<Zeroizing<String>, CliError> {
    let value = std::env::var(var).map_err(|_| {
        CliError::Usage(format!(
            "the environment variable {var} is not set (it must hold the store's passphrase)"
        ))
    })?;
    if value.is_empty() {
        return Err(CliError::Usage(format!(
            "the environment variable {var} is empty"
        )));
    }
    Ok(Zeroizing::new(value))
}

impl StoreArgs {
    /// Opens the store, or creates it when `create` and it does not exist.
    fn open(&self, create: bool) -> Result<App, CliError> {
        let pass = passphrase_from_env(&self.passphrase_env)?;
        if create && !self.store.exists() {
            let app = App::create(
                &self.store,
                NewSlot::Passphrase {
                    passphrase: pass,
                    kdf: KdfParams::default(),
                },
                StoreOptions::default(),
            )?;
            eprintln!("created a new encrypted store at {}", self.store.display());
            return Ok(app);
        }
        Ok(App::open(
            &self.store,
            &Secret::Passphrase(pass),
            StoreOptions::default(),
        )?)
    }
}

fn parse_with<T: std::str::FromStr>(s: &str) -> Result<T, String>
where
    T::Err: std::fmt::Display,
{
    s.parse::<T>().map_err(|e| e.to_string())
}

/// `doctrack person …`.
#[derive(Debug, clap::Subcommand)]
pub enum PersonCommand {
    /// Add a person (creates the store if it does not exist).
    Add {
        #[command(flatten)]
        store: StoreArgs,
        /// The name they want to see.
        #[arg(long)]
        name: String,
        /// Nationality (ISO code: MM, KH, LA, VN, TH, …).
        #[arg(long, value_parser = parse_with::<Country>)]
        nationality: Country,
        /// Language: en, th, my, km, lo.
        #[arg(long, default_value = "en", value_parser = parse_with::<Language>)]
        language: Language,
        /// Cohort: mou, unknown, cr:<resolution id>.
        #[arg(long, default_value = "unknown", value_parser = parse_with::<Cohort>)]
        cohort: Cohort,
        /// Works on fishing vessels.
        #[arg(long)]
        fisher: bool,
        /// Date of the entry (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
    },
    /// List the people in the store.
    List {
        #[command(flatten)]
        store: StoreArgs,
    },
}

/// The `--event` help: the events recorded by name, from the core's vocabulary.
fn event_help() -> String {
    let lines: Vec<String> = EventName::SIMPLE
        .iter()
        .map(|e| format!("{}: {}", e.as_str(), e.help()))
        .collect();
    format!("What happened. One of: {}", lines.join("; "))
}

/// `doctrack document …`.
#[derive(Debug, clap::Subcommand)]
pub enum DocumentCommand {
    /// Record a document for a person.
    Add {
        #[command(flatten)]
        store: StoreArgs,
        /// The person's id (from `person add` or `person list`).
        #[arg(long, value_parser = parse_with::<PersonId>)]
        person: PersonId,
        /// passport, certificate_of_identity, visa, work_permit, pink_card,
        /// seabook, fishing_crew_permission, health_insurance, health_check,
        /// ninety_day_report, or other:<label>.
        #[arg(long, value_parser = parse_with::<DocumentKind>)]
        kind: DocumentKind,
        /// The number as printed (not for the 90-day report).
        #[arg(long, default_value = "")]
        number: String,
        /// Issuing country (default TH).
        #[arg(long, default_value = "TH", value_parser = parse_with::<Country>)]
        country: Country,
        /// Date of issue (for the 90-day report: date of entry).
        #[arg(long, value_parser = crate::parse_date_arg)]
        issued: Option<NaiveDate>,
        /// Printed expiry date.
        #[arg(long, value_parser = crate::parse_date_arg)]
        expires: Option<NaiveDate>,
        /// Employer (work permits, Seabooks, crew permissions).
        #[arg(long)]
        employer: Option<String>,
        /// Free notes.
        #[arg(long, default_value = "")]
        notes: String,
        /// Date of the entry (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
    },
    /// Record what happened to a document.
    Event {
        #[command(flatten)]
        store: StoreArgs,
        /// The document's id.
        #[arg(long, value_parser = parse_with::<DocumentId>)]
        document: DocumentId,
        #[arg(long, value_parser = parse_with::<EventName>, help = event_help())]
        event: EventName,
        /// When (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
        /// With `cancelled`: left_employer, revoked, left_country, other.
        #[arg(long, default_value = "other")]
        reason: String,
        /// With `employer-changed`: the new employer.
        #[arg(long)]
        employer: Option<String>,
    },
    /// Show a document's history.
    History {
        #[command(flatten)]
        store: StoreArgs,
        /// The document's id.
        #[arg(long, value_parser = parse_with::<DocumentId>)]
        document: DocumentId,
    },
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Runs a `person` command.
pub fn person(cmd: PersonCommand) -> Result<ExitCode, CliError> {
    match cmd {
        PersonCommand::Add {
            store,
            name,
            nationality,
            language,
            cohort,
            fisher,
            on,
        } => {
            // Check the name before touching the store.
            doctrack_core::domain::text::DISPLAY_NAME
                .check(&name)
                .map_err(|e| CliError::Usage(e.to_string()))?;
            let mut s = store.open(true)?;
            let draft = PersonDraft {
                display_name: name,
                nationality,
                language,
                cohort,
                works_on_fishing_vessel: fisher,
            };
            let p = s.register_person(draft, on.unwrap_or_else(today))?;
            outln!("{}", p.id);
            s.close()?;
        }
        PersonCommand::List { store } => {
            let s = store.open(false)?;
            let people = s.people()?;
            for p in &people.items {
                let archived = if p.archived { " (archived)" } else { "" };
                outln!(
                    "{}  {}  {} {} {}{archived}",
                    p.person.id,
                    p.person.display_name,
                    p.person.nationality,
                    p.person.cohort,
                    p.person.language
                );
            }
            if !people.unreadable.is_empty() {
                eprintln!(
                    "{} person record(s) failed their integrity check",
                    people.unreadable.len()
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs a `document` command.
pub fn document(cmd: DocumentCommand) -> Result<ExitCode, CliError> {
    match cmd {
        DocumentCommand::Add {
            store,
            person,
            kind,
            number,
            country,
            issued,
            expires,
            employer,
            notes,
            on,
        } => {
            let doc = Document {
                id: DocumentId::new_random(),
                holder: person,
                kind,
                number,
                issuing_country: country,
                issuing_authority: None,
                issued_on: issued,
                expires_on: expires,
                employer,
                links: Vec::new(),
                notes,
            };
            // Check the details before touching the store.
            let doc = doc
                .validated()
                .map_err(|e| CliError::Usage(e.to_string()))?;
            let mut s = store.open(false)?;
            let r = s.record_document(doc, on.unwrap_or_else(today))?;
            outln!("{}", r.document.id);
            s.close()?;
        }
        DocumentCommand::Event {
            store,
            document,
            event,
            on,
            reason,
            employer,
        } => {
            let reason: CancelReason = serde_json::from_value(serde_json::Value::String(reason.clone()))
                .map_err(|_| CliError::Usage(format!("unknown reason \"{reason}\": use left_employer, revoked, left_country or other")))?;
            let options = SimpleEventOptions {
                reason: Some(reason),
                employer,
            };
            let change = DocumentChange::simple(event, options)
                .map_err(|e| CliError::Usage(e.to_string()))?;
            let mut s = store.open(false)?;
            let r = s.apply_event(document, change, on.unwrap_or_else(today))?;
            outln!("{} is now {}", r.document.id, r.state.name().label());
            s.close()?;
        }
        DocumentCommand::History { store, document } => {
            let s = store.open(false)?;
            for e in s.history(document)? {
                outln!("{}  {}", e.on, e.change.name());
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `doctrack dashboard`: the dashboard and plan of a store.
pub fn dashboard(
    store: StoreArgs,
    today_arg: Option<NaiveDate>,
    why: bool,
) -> Result<ExitCode, CliError> {
    let s = store.open(false)?;
    let dashboard = s.dashboard(today_arg.unwrap_or_else(today))?;
    crate::dashboard::print(&dashboard, &store.store.display().to_string(), why);
    s.close()?;
    Ok(ExitCode::SUCCESS)
}
