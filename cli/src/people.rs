//! `doctrack person add|list|show|update|archive`.

use crate::ids::short;
use crate::session::{self, StoreArgs};
use crate::ui::{Cell, Table, Ui};
use crate::{outln, CliError};
use chrono::NaiveDate;
use doctrack_core::domain::{Cohort, Country, Language, PersonDraft, PersonUpdate};
use doctrack_core::messages::AsTerm;
use serde::Serialize;
use std::process::ExitCode;

fn parse_with<T: std::str::FromStr>(s: &str) -> Result<T, String>
where
    T::Err: std::fmt::Display,
{
    s.parse::<T>().map_err(|e| e.to_string())
}

/// `doctrack person …`.
#[derive(Debug, clap::Subcommand)]
pub enum PersonCommand {
    /// Add a person.
    Add {
        #[command(flatten)]
        store: StoreArgs,
        /// The name they want to see (any script).
        #[arg(long)]
        name: String,
        /// Nationality: ISO 3166 code (MM Myanmar, KH Cambodia, LA Laos, VN, TH, …).
        #[arg(long, value_parser = parse_with::<Country>)]
        nationality: Country,
        /// Language for their dashboard: en, th, my, km, lo.
        #[arg(long, default_value = "en", value_parser = parse_with::<Language>)]
        language: Language,
        /// Cohort: mou, unknown, or cr:<resolution> as the rules name it (e.g. cr:2024-09-24).
        #[arg(long, default_value = "unknown", value_parser = parse_with::<Cohort>)]
        cohort: Cohort,
        /// Works on fishing vessels (Seabook and Marine Department rules).
        #[arg(long)]
        fisher: bool,
        /// Province where they live or work (id, English or Thai name), to
        /// find help near them.
        #[arg(long)]
        province: Option<String>,
        /// Date of the entry (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
    },
    /// List the people in the store.
    List {
        #[command(flatten)]
        store: StoreArgs,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one person and their documents.
    Show {
        #[command(flatten)]
        store: StoreArgs,
        /// The person's id (a unique prefix is enough).
        #[arg(long)]
        person: String,
    },
    /// Change a person's details.
    Update {
        #[command(flatten)]
        store: StoreArgs,
        /// The person's id (a unique prefix is enough).
        #[arg(long)]
        person: String,
        /// New name.
        #[arg(long)]
        name: Option<String>,
        /// New nationality.
        #[arg(long, value_parser = parse_with::<Country>)]
        nationality: Option<Country>,
        /// New language.
        #[arg(long, value_parser = parse_with::<Language>)]
        language: Option<Language>,
        /// New cohort.
        #[arg(long, value_parser = parse_with::<Cohort>)]
        cohort: Option<Cohort>,
        /// Works on fishing vessels now (true or false).
        #[arg(long)]
        fisher: Option<bool>,
        /// Province where they live or work (id, English or Thai name; ""
        /// clears it).
        #[arg(long)]
        province: Option<String>,
        /// Date of the change (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
    },
    /// Archive a person: hidden from the dashboard; documents and history are kept.
    Archive {
        #[command(flatten)]
        store: StoreArgs,
        /// The person's id (a unique prefix is enough).
        #[arg(long)]
        person: String,
        /// Date (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
    },
}

#[derive(Serialize)]
struct PersonJson<'a> {
    id: String,
    display_name: &'a str,
    nationality: &'a str,
    language: &'a str,
    cohort: String,
    fisher: bool,
    archived: bool,
}

/// Runs a `person` command.
pub fn run(cmd: PersonCommand, ui: &Ui) -> Result<ExitCode, CliError> {
    match cmd {
        PersonCommand::Add {
            store,
            name,
            nationality,
            language,
            cohort,
            fisher,
            province,
            on,
        } => {
            // Check the name before touching the store.
            doctrack_core::domain::text::DISPLAY_NAME
                .check(&name)
                .map_err(|e| CliError::Usage(e.to_string()))?;
            crate::output::note_if_zawgyi("name", &name);
            let on = session::event_date(on)?;
            let mut app = store.open()?;
            let p = app.register_person(
                PersonDraft {
                    display_name: name,
                    nationality,
                    language,
                    cohort,
                    works_on_fishing_vessel: fisher,
                    province,
                },
                on,
            )?;
            eprintln!("added {} (id {})", p.display_name, short(&p.id));
            outln!("{}", p.id);
            app.close()?;
        }
        PersonCommand::List { store, json } => {
            let app = store.open()?;
            let people = app.people()?;
            if json {
                let items: Vec<PersonJson> = people
                    .items
                    .iter()
                    .map(|r| PersonJson {
                        id: r.person.id.to_string(),
                        display_name: &r.person.display_name,
                        nationality: r.person.nationality.code(),
                        language: r.person.language.code(),
                        cohort: r.person.cohort.code(),
                        fisher: r.person.works_on_fishing_vessel,
                        archived: r.archived,
                    })
                    .collect();
                crate::print_json(&serde_json::json!({
                    "people": items,
                    "unreadable": people.unreadable.len(),
                }))?;
            } else {
                let mut t = Table::new(&[
                    ("ID", 0),
                    ("NAME", 28),
                    ("NATIONALITY", 0),
                    ("LANGUAGE", 0),
                    ("COHORT", 0),
                    ("", 0),
                ]);
                for r in &people.items {
                    let mut notes = Vec::new();
                    if r.person.works_on_fishing_vessel {
                        notes.push("fisher");
                    }
                    if r.archived {
                        notes.push("archived");
                    }
                    t.row(vec![
                        Cell::new(short(&r.person.id)),
                        Cell::new(&r.person.display_name),
                        Cell::new(r.person.nationality.code()),
                        Cell::new(r.person.language.code()),
                        Cell::new(r.person.cohort.code()),
                        Cell::new(notes.join(", ")),
                    ]);
                }
                if t.is_empty() {
                    outln!("no people yet: add one with `doctrack person add`");
                } else {
                    for line in t.lines(&ui.p) {
                        outln!("{line}");
                    }
                }
            }
            report_unreadable(people.unreadable.len(), "person");
        }
        PersonCommand::Show { store, person } => {
            let app = store.open()?;
            let r = session::person(&app, &person)?;
            let p = &r.person;
            outln!("{}  (id {})", ui.p.bold(&p.display_name), p.id);
            outln!(
                "nationality {}, language {}, cohort {}{}{}",
                p.nationality,
                p.language,
                p.cohort,
                if p.works_on_fishing_vessel {
                    ", works on fishing vessels"
                } else {
                    ""
                },
                if r.archived { ", archived" } else { "" }
            );
            let docs = app.documents_of(p.id)?;
            let mut t = Table::new(&[("ID", 0), ("DOCUMENT", 28), ("NUMBER", 20), ("STATE", 0)]);
            for d in &docs.items {
                t.row(vec![
                    Cell::new(short(&d.document.id)),
                    Cell::new(ui.l.kind_name(&d.document.kind)),
                    Cell::new(&d.document.number),
                    Cell::new(ui.l.term(d.state.name().term())),
                ]);
            }
            outln!();
            if t.is_empty() {
                outln!("no documents yet: add one with `doctrack document add`");
            }
            for line in t.lines(&ui.p) {
                outln!("{line}");
            }
            report_unreadable(docs.unreadable.len(), "document");
            // What changes of the rules changed for them (their history).
            if !r.notices.is_empty() {
                let unread = r.notices.iter().filter(|n| !n.read).count();
                outln!(
                    "\n{} notice(s) of rule changes, {unread} unread: `doctrack notices --person {}`",
                    r.notices.len(),
                    short(&p.id)
                );
                for n in r.notices.iter().rev().take(3) {
                    let text = doctrack_core::app::notice_text(&n.notice, &ui.l);
                    outln!("  {} {}{text}", n.on, if n.read { "" } else { "* " });
                }
            }
        }
        PersonCommand::Update {
            store,
            person,
            name,
            nationality,
            language,
            cohort,
            fisher,
            province,
            on,
        } => {
            let on = session::event_date(on)?;
            let mut app = store.open()?;
            let id = session::person(&app, &person)?.person.id;
            if let Some(name) = &name {
                crate::output::note_if_zawgyi("name", name);
            }
            let update = PersonUpdate {
                display_name: name,
                nationality,
                language,
                cohort,
                works_on_fishing_vessel: fisher,
                province,
            };
            if update == PersonUpdate::default() {
                return Err(CliError::Usage(
                    "nothing to change: give --name, --nationality, --language, --cohort, --fisher or --province"
                        .into(),
                ));
            }
            let p = app.update_person(id, update, on)?;
            outln!("updated {} (id {})", p.display_name, short(&p.id));
            app.close()?;
        }
        PersonCommand::Archive { store, person, on } => {
            let on = session::event_date(on)?;
            let mut app = store.open()?;
            let r = session::person(&app, &person)?;
            app.archive_person(r.person.id, on)?;
            outln!(
                "archived {} (id {}); their history is kept",
                r.person.display_name,
                short(&r.person.id)
            );
            app.close()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Says on stderr how many records of a listing could not be read.
pub fn report_unreadable(count: usize, what: &str) {
    match count {
        0 => {}
        1 => eprintln!("warning: 1 {what} record failed its integrity check and is not shown"),
        n => {
            eprintln!("warning: {n} {what} records failed their integrity check and are not shown")
        }
    }
}
