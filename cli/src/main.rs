//! `doctrack`: the command-line tool for caseworkers and rule maintainers.
//!
//! Exit codes: 0 success, 1 a check or test failed, 2 a usage error (bad
//! arguments, bad date, invalid input), 3 the store or a file could not be
//! used (wrong passphrase, damaged or missing file).

mod anchor;
mod backup;
mod caseload;
mod dashboard;
mod demo;
mod documents;
mod ids;
mod messages_cmd;
mod notices;
mod output;
mod pack_cmd;
mod people;
mod photos;
mod progress;
mod qr_image;
mod rules_cmd;
mod session;
mod share_cmd;
mod store_admin;
mod support;
mod timeline;
mod ui;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use doctrack_core::domain::Language;
use std::path::PathBuf;
use std::process::ExitCode;

const COMMANDS: &str = "\
Commands:
  demo                                   sample store, dashboard and plan (start here)
  person add|list|show|update|archive    the people whose documents you keep
  document add|list|show|history         their documents
  document event|renew|replace|correct   what happened to a document
  document retract                       take back an event recorded by mistake
  document find                          find a document by its number
  document custody                       who holds a document now (employer, broker, …)
  dashboard                              where each person stands, statuses, the plan
  checklist show|tick                    what to bring, who supplies it, what is ready
  payment record|list|retract            money paid or asked for a document or route
  services                               where to get help: the offline directory
  notices                                what changes of the rules changed for each person
  timeline                               one person's documents on a time axis (SVG)
  photo add|list|export|delete           photos and scans of documents
  backup export|restore|merge            encrypted backup files
  store check|repair|passphrase          look after the store itself
  rules check|test|explain|diff|export   for rule maintainers
  pack keygen|build|verify|show          signed rule updates (rule maintainers)
  messages export|import                 translators: review a language's texts (XLIFF, PO, CSV)
  rules install                          install a signed rule update in a store

--lang en|th|my|km|lo (or DOCTRACK_LANG) chooses the language; by default
the dashboard speaks the language of the people it shows.
A store is given with --store FILE (or DOCTRACK_STORE); its passphrase is
read from the environment variable DOCTRACK_PASS (or --passphrase-env NAME),
never from the command line. A store's installed rule pack is used when its
public key is given with --pubkey FILE (or DOCTRACK_PUBKEY). Ids can be
shortened to any unique prefix.
Run `doctrack <command> --help` for the options of each command.";

/// Keeps migrant workers' documents in an encrypted store and tells them
/// what is due, when, why, and in which order to act.
#[derive(Debug, Parser)]
#[command(name = "doctrack", version, about, after_help = COMMANDS)]
struct Cli {
    /// The language to speak: en, th, my (Burmese), km (Khmer) or lo (Lao).
    /// Default: the language of the people shown (English when they differ).
    /// Texts in th, my, km and lo are drafts not yet reviewed by a native
    /// speaker.
    #[arg(long, global = true, env = "DOCTRACK_LANG", value_parser = parse_language_arg)]
    lang: Option<Language>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the main job on sample data: an encrypted store, sample documents,
    /// the dashboard and the renewal plan.
    Demo(demo::DemoArgs),
    /// The people whose documents are kept.
    #[command(subcommand)]
    Person(people::PersonCommand),
    /// Documents and what happens to them.
    #[command(subcommand)]
    Document(documents::DocumentCommand),
    /// Statuses, deadlines and the renewal plan.
    Dashboard(dashboard::DashboardArgs),
    /// One person's documents on a time axis, as an SVG picture.
    Timeline(timeline::TimelineArgs),
    /// Photos and scans of documents.
    #[command(subcommand)]
    Photo(photos::PhotoCommand),
    /// Share chosen documents with an NGO, sealed for it alone (a file or
    /// a QR code); for caseworkers, open and import shares.
    #[command(subcommand)]
    Share(share_cmd::ShareCommand),
    /// Encrypted backup files.
    #[command(subcommand)]
    Backup(backup::BackupCommand),
    /// Looking after the store itself.
    #[command(subcommand)]
    Store(store_admin::StoreCommand),
    /// Tools for rule maintainers.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Signed rule updates: keys, building, verifying and showing packs.
    #[command(subcommand)]
    Pack(pack_cmd::PackCommand),
    /// Money paid (or asked for) for a document or a route back.
    #[command(subcommand)]
    Payment(support::PaymentCommand),
    /// What to bring, and who supplies each item.
    #[command(subcommand)]
    Checklist(support::ChecklistCommand),
    /// Where to get help: the offline directory, ranked for a person, a
    /// province and a problem.
    Services(support::ServicesArgs),
    /// What changes of the rules (a rule pack installed or removed, a new
    /// doctrack) changed for each person, newest first.
    Notices(notices::NoticesArgs),
    /// The translator's kit: every message of a language out to an XLIFF,
    /// PO or CSV file, and a reviewed file back into its catalog.
    #[command(subcommand)]
    Messages(messages_cmd::MessagesCommand),
}

#[derive(Debug, Subcommand)]
enum RulesCommand {
    /// Check rule files: syntax, unknown keys, references, conflicts, cycles,
    /// missing translations. Exit 0 when clean, 1 on errors.
    Check {
        /// Directory with rule files (scenario files under DIR/tests are skipped).
        #[arg(default_value = "rules")]
        dir: PathBuf,
    },
    /// Run the scenario files in DIR/tests against the rules in DIR.
    Test {
        /// Directory with rule files and a tests/ folder of scenarios.
        #[arg(default_value = "rules")]
        dir: PathBuf,
    },
    /// Print every computed date and status of a scenario, with the rule and
    /// source behind it.
    Explain {
        /// A scenario file (see rules/README.md).
        scenario: PathBuf,
        /// Evaluation date (YYYY-MM-DD; Buddhist Era years are converted).
        /// Default: the scenario's as_of, else its first check's date.
        #[arg(long, value_parser = parse_date_arg)]
        as_of: Option<NaiveDate>,
        /// Rule directory to use instead of the embedded default set.
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Write the rule files built into this doctrack to a new folder.
    Export {
        /// The folder (new or empty).
        dir: PathBuf,
    },
    /// What going from the rules in OLD to those in NEW changes for the
    /// people of the scenario files: the notices phones would create.
    Diff {
        /// The rule directory before (e.g. the published rules).
        old: PathBuf,
        /// The rule directory after (e.g. a maintainer's edit).
        new: PathBuf,
        /// Scenario files (default: OLD/tests).
        #[arg(long)]
        scenarios: Option<PathBuf>,
        /// Compare on this day instead of each scenario's own date.
        #[arg(long, value_parser = parse_date_arg)]
        today: Option<NaiveDate>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Install a signed rule pack in a store (needs --pubkey FILE: only
    /// packs signed by that key are accepted, and only newer ones).
    Install {
        /// The pack file (from `doctrack pack build`).
        pack: PathBuf,
        #[command(flatten)]
        store: session::StoreArgs,
    },
}

/// Parses a `--lang` argument.
fn parse_language_arg(s: &str) -> Result<Language, String> {
    s.parse::<Language>().map_err(|e| e.to_string())
}

/// Parses a date argument; the error names the bad date.
pub fn parse_date_arg(s: &str) -> Result<NaiveDate, String> {
    doctrack_core::domain::parse_date(s).map_err(|e| e.to_string())
}

/// Prints a value as pretty JSON on stdout.
pub fn print_json(value: &impl serde::Serialize) -> Result<(), CliError> {
    let text = serde_json::to_string_pretty(value).map_err(|e| CliError::Usage(e.to_string()))?;
    output::write_raw_line(format_args!("{text}"));
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let ui = ui::Ui::from_flag(cli.lang);
    let result = match cli.command {
        Command::Demo(args) => demo::run(args, &ui),
        Command::Person(cmd) => people::run(cmd, &ui),
        Command::Document(cmd) => documents::run(cmd, &ui),
        Command::Dashboard(args) => dashboard::run(args, &ui),
        Command::Timeline(args) => timeline::run(args, &ui),
        Command::Photo(cmd) => photos::run(cmd, &ui),
        Command::Backup(cmd) => backup::run(cmd),
        Command::Store(cmd) => store_admin::run(cmd),
        Command::Rules(RulesCommand::Check { dir }) => rules_cmd::check(&dir),
        Command::Rules(RulesCommand::Test { dir }) => rules_cmd::test(&dir),
        Command::Rules(RulesCommand::Explain {
            scenario,
            as_of,
            rules,
            json,
        }) => rules_cmd::explain(&scenario, as_of, rules.as_deref(), json),
        Command::Rules(RulesCommand::Export { dir }) => rules_cmd::export(&dir),
        Command::Rules(RulesCommand::Diff {
            old,
            new,
            scenarios,
            today,
            json,
        }) => rules_cmd::diff(&old, &new, scenarios.as_deref(), today, json),
        Command::Rules(RulesCommand::Install { pack, store }) => pack_cmd::install(&pack, &store),
        Command::Pack(cmd) => pack_cmd::run(cmd),
        Command::Payment(cmd) => support::payment(cmd, &ui),
        Command::Checklist(cmd) => support::checklist(cmd, &ui),
        Command::Services(args) => support::services(args, &ui),
        Command::Notices(args) => notices::run(args, &ui),
        Command::Share(cmd) => share_cmd::run(cmd, &ui),
        Command::Messages(cmd) => messages_cmd::run(cmd, cli.lang),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            match &e {
                // In the language asked for: the library's message for people
                // (English keeps the fuller text for caseworkers).
                CliError::App(app) if ui.chosen && ui.l.language() != Language::En => {
                    eprintln!("doctrack: {}", shorten(&ui.t(&app.message())))
                }
                _ => eprintln!("doctrack: {}", shorten(&e.to_string())),
            }
            ExitCode::from(e.exit_code())
        }
    }
}

/// An error message as printed: shown safely (no escape sequences or
/// direction controls from the input it may quote) and at most 500
/// characters, so a mistaken megabyte of input is not echoed back.
fn shorten(message: &str) -> String {
    const MAX: usize = 500;
    let shown = doctrack_core::domain::text::for_display(message);
    let count = shown.chars().count();
    if count <= MAX {
        return shown.into_owned();
    }
    let head: String = shown.chars().take(MAX).collect();
    format!("{head}… ({} more characters)", count - MAX)
}

/// Errors the CLI reports before exiting.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Bad arguments.
    #[error("{0}")]
    Usage(String),
    /// A file or directory could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The library refused or failed.
    #[error("{0}")]
    App(#[from] doctrack_core::app::AppError),
    /// The rule set is invalid.
    #[error("{0}")]
    Rules(String),
}

impl CliError {
    /// The exit code: read from the library's error classification.
    fn exit_code(&self) -> u8 {
        use doctrack_core::app::AppError;
        match self {
            CliError::Usage(_) => 2,
            CliError::Rules(_)
            | CliError::App(AppError::RulesInvalid { .. })
            | CliError::App(AppError::RulePackRefused { .. })
            | CliError::App(AppError::ShareRefused { .. }) => 1,
            CliError::App(e) if e.is_input_error() => 2,
            CliError::Io { .. } | CliError::App(_) => 3,
        }
    }
}
