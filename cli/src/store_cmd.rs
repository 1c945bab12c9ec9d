//! Commands that read and change a store: people, documents, events, the
//! dashboard. The passphrase comes from an environment variable named by
//! `--passphrase-env`, never from the command line.

use crate::{outln, CliError};
use chrono::NaiveDate;
use doctrack_core::crypto::{KdfParams, NewSlot, Secret};
use doctrack_core::domain::{
    CancelReason, Cohort, Country, Document, DocumentChange, DocumentId, DocumentKind, Language,
    PersonDraft, PersonId,
};
use doctrack_core::rules::embedded;
use doctrack_core::store::{Store, StoreError, StoreOptions};
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
    fn open(&self, create: bool) -> Result<Store, CliError> {
        let pass = passphrase_from_env(&self.passphrase_env)?;
        if create && !self.store.exists() {
            let store = Store::create(
                &self.store,
                NewSlot::Passphrase {
                    passphrase: pass,
                    kdf: KdfParams::default(),
                },
            )?;
            eprintln!("created a new encrypted store at {}", self.store.display());
            return Ok(store);
        }
        Ok(Store::open(&self.store, &Secret::Passphrase(pass))?)
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

/// What can happen to a document, as typed on the command line.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum EventArg {
    /// Preparing a renewal.
    RenewalStarted,
    /// Renewal handed in.
    RenewalSubmitted,
    /// Renewal refused.
    RenewalRejected,
    /// Lost or stolen.
    ReportedLost,
    /// Cancelled (see --reason).
    Cancelled,
    /// Employer changed (see --employer).
    EmployerChanged,
    /// 90-day report filed.
    ReportFiled,
    /// Hide the document.
    Archived,
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
        /// What happened.
        #[arg(long, value_enum)]
        event: EventArg,
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

/// Invalid input reported by the library is a usage error (exit 2).
fn input_error(e: StoreError) -> CliError {
    match e {
        StoreError::Domain(_) | StoreError::Invalid { .. } => CliError::Usage(e.to_string()),
        other => CliError::Store(other),
    }
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
            let p = s
                .register_person(draft, on.unwrap_or_else(today))
                .map_err(input_error)?;
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
            let r = s
                .record_document(doc, on.unwrap_or_else(today))
                .map_err(input_error)?;
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
            let change = match event {
                EventArg::RenewalStarted => DocumentChange::RenewalStarted,
                EventArg::RenewalSubmitted => DocumentChange::RenewalSubmitted,
                EventArg::RenewalRejected => DocumentChange::RenewalRejected,
                EventArg::ReportedLost => DocumentChange::ReportedLost,
                EventArg::Cancelled => DocumentChange::Cancelled { reason },
                EventArg::EmployerChanged => DocumentChange::EmployerChanged { employer },
                EventArg::ReportFiled => DocumentChange::ReportFiled,
                EventArg::Archived => DocumentChange::Archived,
            };
            let mut s = store.open(false)?;
            let r = s
                .change_document(document, change, on.unwrap_or_else(today))
                .map_err(input_error)?;
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
    let rules = embedded::load_default()
        .rules
        .ok_or_else(|| CliError::Rules("the embedded rule set is invalid".into()))?;
    let s = store.open(false)?;
    crate::dashboard::print(
        &s,
        &rules,
        today_arg.unwrap_or_else(today),
        &store.store.display().to_string(),
        why,
    )?;
    s.close()?;
    Ok(ExitCode::SUCCESS)
}

/// `doctrack store …`.
#[derive(Debug, clap::Subcommand)]
pub enum StoreCommand {
    /// Rebuild the indexes, lookup tokens and projections of a store from
    /// its sealed events, then run the full integrity check. Use it when
    /// doctrack reports a damaged index. Events and photos are never changed;
    /// a store whose events were lost or changed is not "repaired" (restore
    /// a backup instead).
    Repair {
        #[command(flatten)]
        store: StoreArgs,
    },
}

/// Runs a `store` command.
pub fn store(cmd: StoreCommand) -> Result<ExitCode, CliError> {
    match cmd {
        StoreCommand::Repair { store } => {
            let pass = passphrase_from_env(&store.passphrase_env)?;
            let (s, report) = Store::open_and_repair(
                &store.store,
                &Secret::Passphrase(pass),
                StoreOptions::default(),
            )?;
            outln!(
                "repaired {}: indexes rebuilt; {} event token(s), {} photo token(s) and {} chain value(s) fixed{}{}",
                store.store.display(),
                report.event_tokens_fixed,
                report.attachment_tokens_fixed,
                report.chain_values_fixed,
                if report.head_resealed { "; log head sealed again" } else { "" },
                if report.projections_rebuilt { "; people and documents rebuilt from their events" } else { "" },
            );
            outln!("the store passed its full integrity check");
            s.close()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
