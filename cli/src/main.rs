//! `doctrack`: the command-line tool for people.
//!
//! - `doctrack demo` — an encrypted store with clearly-labelled sample
//!   people, the dashboard and the renewal plan.
//! - `doctrack person|document|dashboard` — keep real documents in a store.
//! - `doctrack store repair` — rebuild a store's indexes and projections.
//! - `doctrack rules check|test|explain` — for rule maintainers.
//!
//! Exit codes: 0 success, 1 a check or test failed, 2 a usage error (bad
//! arguments, bad date), 3 the store or a file could not be used.

mod dashboard;
mod demo;
mod output;
mod rules_cmd;
mod store_cmd;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Keeps migrant workers' documents and tells them what is due.
#[derive(Debug, Parser)]
#[command(name = "doctrack", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the main job on sample data: an encrypted store, sample documents,
    /// the dashboard and the renewal plan.
    Demo(demo::DemoArgs),
    /// Add and list people in a store.
    #[command(subcommand)]
    Person(store_cmd::PersonCommand),
    /// Record documents and what happens to them.
    #[command(subcommand)]
    Document(store_cmd::DocumentCommand),
    /// The dashboard and renewal plan of a store.
    Dashboard {
        #[command(flatten)]
        store: store_cmd::StoreArgs,
        /// The date to evaluate (default: today).
        #[arg(long, value_parser = parse_date_arg)]
        today: Option<NaiveDate>,
        /// Show the rule and source behind each status and deadline.
        #[arg(long)]
        why: bool,
    },
    /// Look after a store file.
    #[command(subcommand)]
    Store(store_cmd::StoreCommand),
    /// Tools for rule maintainers.
    #[command(subcommand)]
    Rules(RulesCommand),
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
}

/// Parses a date argument; the error names the bad date.
pub fn parse_date_arg(s: &str) -> Result<NaiveDate, String> {
    doctrack_core::domain::parse_date(s).map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Demo(args) => demo::run(args),
        Command::Person(cmd) => store_cmd::person(cmd),
        Command::Document(cmd) => store_cmd::document(cmd),
        Command::Dashboard { store, today, why } => store_cmd::dashboard(store, today, why),
        Command::Store(cmd) => store_cmd::store(cmd),
        Command::Rules(RulesCommand::Check { dir }) => rules_cmd::check(&dir),
        Command::Rules(RulesCommand::Test { dir }) => rules_cmd::test(&dir),
        Command::Rules(RulesCommand::Explain {
            scenario,
            as_of,
            rules,
            json,
        }) => rules_cmd::explain(&scenario, as_of, rules.as_deref(), json),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("doctrack: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}

/// Errors the CLI reports before exiting.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Bad arguments.
    #[error("{0}")]
    Usage(String),
    /// A file or directory could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The store failed.
    #[error("{0}")]
    Store(#[from] doctrack_core::store::StoreError),
    /// The rule set is invalid.
    #[error("{0}")]
    Rules(String),
}

impl CliError {
    fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            CliError::Rules(_) => 1,
            CliError::Io { .. } | CliError::Store(_) => 3,
        }
    }
}
