//! `doctrack document add|list|show|history|event|renew|replace|correct|find`.

use crate::ids::short;
use crate::people::report_unreadable;
use crate::session::{self, StoreArgs};
use crate::ui::{Cell, Table, Ui};
use crate::{outln, CliError};
use chrono::NaiveDate;
use doctrack_core::app::App;
use doctrack_core::domain::{
    CancelReason, Country, DateEdit, DetailsCorrection, Document, DocumentChange, DocumentEvent,
    DocumentId, DocumentKind, DocumentRecord, EventName, Link, LinkKind, SimpleEventOptions,
};
use doctrack_core::messages::AsTerm;
use serde::Serialize;
use std::collections::HashMap;
use std::process::ExitCode;

fn parse_with<T: std::str::FromStr>(s: &str) -> Result<T, String>
where
    T::Err: std::fmt::Display,
{
    s.parse::<T>().map_err(|e| e.to_string())
}

/// The printed details of a new document.
#[derive(Debug, Clone, clap::Args)]
pub struct Details {
    /// The number as printed (not needed for the 90-day report or a health check).
    #[arg(long, default_value = "")]
    number: String,
    /// Issuing country (ISO 3166 code; default TH).
    #[arg(long, value_parser = parse_with::<Country>)]
    country: Option<Country>,
    /// Date of issue (for the 90-day report: the date of entry). Buddhist Era years are converted.
    #[arg(long, value_parser = crate::parse_date_arg)]
    issued: Option<NaiveDate>,
    /// Printed expiry date (the last valid day).
    #[arg(long, value_parser = crate::parse_date_arg)]
    expires: Option<NaiveDate>,
    /// Employer (work permits, Seabooks, crew permissions).
    #[arg(long)]
    employer: Option<String>,
    /// Free notes.
    #[arg(long, default_value = "")]
    notes: String,
    /// A visa or stay stamp: the passport or CI it is stamped in (id prefix).
    #[arg(long)]
    stamped_in: Option<String>,
    /// A Seabook or crew permission: the work permit it is tied to (id prefix).
    #[arg(long)]
    tied_to: Option<String>,
}

impl Details {
    fn links(&self, app: &App) -> Result<Vec<Link>, CliError> {
        let mut links = Vec::new();
        for (kind, typed) in [
            (LinkKind::StampedIn, &self.stamped_in),
            (LinkKind::TiedTo, &self.tied_to),
        ] {
            if let Some(t) = typed {
                links.push(Link {
                    kind,
                    target: session::document(app, t)?.document.id,
                });
            }
        }
        Ok(links)
    }

    fn document(
        self,
        app: &App,
        holder: doctrack_core::domain::PersonId,
        kind: DocumentKind,
        inherited: Vec<Link>,
    ) -> Result<Document, CliError> {
        let mut links = self.links(app)?;
        if links.is_empty() {
            links = inherited;
        }
        crate::output::note_if_zawgyi("number", &self.number);
        crate::output::note_if_zawgyi("notes", &self.notes);
        if let Some(employer) = &self.employer {
            crate::output::note_if_zawgyi("employer", employer);
        }
        Ok(Document {
            id: DocumentId::new_random(),
            holder,
            kind,
            number: self.number,
            issuing_country: self.country.unwrap_or(Country::Thailand),
            issuing_authority: None,
            issued_on: self.issued,
            expires_on: self.expires,
            employer: self.employer,
            links,
            notes: self.notes,
        })
    }
}

/// The `--event` help: the events recorded by name, from the core's vocabulary.
fn event_help() -> String {
    let lines: Vec<String> = EventName::SIMPLE
        .iter()
        .map(|e| format!("{}: {}", e.as_str().replace('_', "-"), e.help()))
        .collect();
    format!(
        "What happened. One of: {}. (A renewal's new document: `document renew`; a replacement: `document replace`; a typo: `document correct`.)",
        lines.join("; ")
    )
}

/// `doctrack document …`.
#[derive(Debug, clap::Subcommand)]
pub enum DocumentCommand {
    /// Record a document for a person.
    Add {
        #[command(flatten)]
        store: StoreArgs,
        /// The person's id (a unique prefix is enough).
        #[arg(long)]
        person: String,
        /// passport, certificate_of_identity, visa, work_permit, pink_card,
        /// seabook, fishing_crew_permission, health_insurance, health_check,
        /// ninety_day_report; from the employer: employer_id, quota_letter,
        /// employment_contract, vessel_registration, crew_list; or
        /// other:<label>.
        #[arg(long, value_parser = parse_with::<DocumentKind>)]
        kind: DocumentKind,
        #[command(flatten)]
        details: Details,
        /// Date of the entry (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
    },
    /// List documents (all, or one person's).
    List {
        #[command(flatten)]
        store: StoreArgs,
        /// Only this person's (id prefix).
        #[arg(long)]
        person: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one document: details, state, history and photos.
    Show {
        #[command(flatten)]
        store: StoreArgs,
        /// The document's id (a unique prefix is enough).
        #[arg(long)]
        document: String,
    },
    /// A document's history, oldest first.
    History {
        #[command(flatten)]
        store: StoreArgs,
        /// The document's id (a unique prefix is enough).
        #[arg(long)]
        document: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Record what happened to a document.
    Event {
        #[command(flatten)]
        store: StoreArgs,
        /// The document's id (a unique prefix is enough).
        #[arg(long)]
        document: String,
        #[arg(long, value_parser = parse_with::<EventName>, help = event_help())]
        event: EventName,
        /// When (default: today; never after today; earlier dates are fine).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
        /// With `cancelled` (required): left_employer, revoked, left_country,
        /// other. (The library's API records `other` when none is given.)
        #[arg(long, value_parser = parse_with::<CancelReason>)]
        reason: Option<CancelReason>,
        /// With `employer-changed`: the new employer.
        #[arg(long)]
        employer: Option<String>,
    },
    /// Who holds the document now (an employer, a broker, an office …), or
    /// that you have it back.
    Custody(crate::support::CustodyArgs),
    /// The renewal was approved: record the new document, which supersedes the old one.
    Renew {
        #[command(flatten)]
        store: StoreArgs,
        /// The document that was renewed (id prefix).
        #[arg(long)]
        document: String,
        #[command(flatten)]
        details: Details,
        /// When the new document was received (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
    },
    /// A replacement for a lost document arrived: record it.
    Replace {
        #[command(flatten)]
        store: StoreArgs,
        /// The lost document (id prefix).
        #[arg(long)]
        document: String,
        #[command(flatten)]
        details: Details,
        /// When the replacement was received (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
    },
    /// Correct printed details that were typed wrongly (kept in the history).
    Correct {
        #[command(flatten)]
        store: StoreArgs,
        /// The document (id prefix).
        #[arg(long)]
        document: String,
        /// The correct number.
        #[arg(long)]
        number: Option<String>,
        /// The correct issuing country.
        #[arg(long, value_parser = parse_with::<Country>)]
        country: Option<Country>,
        /// The correct issue date.
        #[arg(long, value_parser = crate::parse_date_arg)]
        issued: Option<NaiveDate>,
        /// The correct expiry date.
        #[arg(long, value_parser = crate::parse_date_arg)]
        expires: Option<NaiveDate>,
        /// The document has no expiry date after all.
        #[arg(long, conflicts_with = "expires")]
        clear_expires: bool,
        /// New notes.
        #[arg(long)]
        notes: Option<String>,
        /// Add a link: stamped in this passport or CI (id prefix).
        #[arg(long)]
        stamped_in: Option<String>,
        /// Add a link: tied to this work permit (id prefix).
        #[arg(long)]
        tied_to: Option<String>,
        /// Date of the correction (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
    },
    /// Take back an event recorded by mistake: a correction event is added
    /// (history stays append-only) and the document counts as if the
    /// mistaken event had not happened.
    Retract {
        #[command(flatten)]
        store: StoreArgs,
        /// The document (id prefix).
        #[arg(long)]
        document: String,
        /// The mistaken event (id prefix, from `document history`).
        #[arg(long)]
        event: String,
        /// Date of the correction (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
    },
    /// Find documents by number (case, spaces and dashes ignored).
    Find {
        #[command(flatten)]
        store: StoreArgs,
        /// The number.
        #[arg(long)]
        number: String,
    },
}

#[derive(Serialize)]
struct DocumentJson<'a> {
    id: String,
    holder: String,
    kind: String,
    number: &'a str,
    issuing_country: &'a str,
    issued_on: Option<NaiveDate>,
    expires_on: Option<NaiveDate>,
    employer: Option<&'a str>,
    state: &'a doctrack_core::domain::LifecycleState,
}

fn document_json(r: &DocumentRecord) -> DocumentJson<'_> {
    let d = &r.document;
    DocumentJson {
        id: d.id.to_string(),
        holder: d.holder.to_string(),
        kind: d.kind.code(),
        number: &d.number,
        issuing_country: d.issuing_country.code(),
        issued_on: d.issued_on,
        expires_on: d.expires_on,
        employer: d.employer.as_deref(),
        state: &r.state,
    }
}

fn print_records(ui: &Ui, app: &App, records: &[DocumentRecord]) -> Result<(), CliError> {
    let names: HashMap<_, _> = app
        .people()?
        .items
        .into_iter()
        .map(|p| (p.person.id, p.person.display_name))
        .collect();
    let mut t = Table::new(&[
        ("ID", 0),
        ("PERSON", 22),
        ("DOCUMENT", 26),
        ("NUMBER", 18),
        ("EXPIRES", 0),
        ("STATE", 0),
    ]);
    for r in records {
        let d = &r.document;
        t.row(vec![
            Cell::new(short(&d.id)),
            Cell::new(names.get(&d.holder).map(String::as_str).unwrap_or("?")),
            Cell::new(ui.l.kind_name(&d.kind)),
            Cell::new(&d.number),
            Cell::new(
                d.expires_on
                    .map(|e| ui.l.date(e))
                    .unwrap_or_else(|| "—".into()),
            ),
            Cell::new(ui.l.term(r.state.name().term())),
        ]);
    }
    if t.is_empty() {
        outln!("no documents");
    }
    for line in t.lines(&ui.p) {
        outln!("{line}");
    }
    Ok(())
}

/// Where a caseload's record came from, in one line.
pub fn provenance_line(ui: &Ui, p: &doctrack_core::domain::Provenance) -> String {
    format!(
        "from worker store {} (key {}), shared on {}, consent until {}; {} document(s), history: {}, photos: {}",
        short(&p.worker_store),
        p.signer,
        ui.l.date(p.shared_on),
        ui.l.date(p.until),
        p.documents,
        if p.history { "yes" } else { "no" },
        if p.photos { "yes" } else { "no" },
    )
}

fn history_detail(ui: &Ui, e: &DocumentEvent) -> String {
    match &e.change {
        DocumentChange::Cancelled { reason } => ui.l.term(reason.term()),
        DocumentChange::EmployerChanged { employer: Some(n) } => n.clone(),
        DocumentChange::RenewalApproved { successor } => {
            format!("new document {}", short(successor))
        }
        DocumentChange::ReplacementReceived { replacement } => {
            format!("replacement {}", short(replacement))
        }
        DocumentChange::EventRetracted { event } => format!("takes back event {}", short(event)),
        DocumentChange::Shared { share } => format!(
            "with {} (key {}) until {}{}{}",
            share.recipient,
            share.recipient_key,
            ui.l.date(share.until),
            if share.history { ", with history" } else { "" },
            if share.photos { ", with photos" } else { "" }
        ),
        DocumentChange::ShareImported { copy } => provenance_line(ui, &copy.provenance),
        DocumentChange::DetailsCorrected { correction } => {
            let mut fields = Vec::new();
            if correction.number.is_some() {
                fields.push("number");
            }
            if correction.issuing_country.is_some() {
                fields.push("country");
            }
            if correction.issued_on.is_some() {
                fields.push("issue date");
            }
            if correction.expires_on.is_some() {
                fields.push("expiry date");
            }
            if correction.notes.is_some() {
                fields.push("notes");
            }
            if !correction.add_links.is_empty() {
                fields.push("links");
            }
            fields.join(", ")
        }
        _ => String::new(),
    }
}

/// Runs a `document` command.
pub fn run(cmd: DocumentCommand, ui: &Ui) -> Result<ExitCode, CliError> {
    match cmd {
        DocumentCommand::Add {
            store,
            person,
            kind,
            details,
            on,
        } => {
            let on = session::event_date(on)?;
            let mut app = store.open()?;
            let holder = session::person(&app, &person)?.person.id;
            let doc = details.document(&app, holder, kind, Vec::new())?;
            // Check the details before writing (a clear message names the field).
            let doc = doc
                .validated()
                .map_err(|e| CliError::Usage(e.to_string()))?;
            let r = app.record_document(doc, on)?;
            eprintln!(
                "recorded {} (id {})",
                ui.l.kind_name(&r.document.kind),
                short(&r.document.id)
            );
            outln!("{}", r.document.id);
            app.close()?;
        }
        DocumentCommand::List {
            store,
            person,
            json,
        } => {
            let app = store.open()?;
            let listing = match &person {
                Some(p) => app.documents_of(session::person(&app, p)?.person.id)?,
                None => app.documents()?,
            };
            if json {
                let items: Vec<DocumentJson> = listing.items.iter().map(document_json).collect();
                crate::print_json(&serde_json::json!({
                    "documents": items,
                    "unreadable": listing.unreadable.len(),
                }))?;
            } else {
                print_records(ui, &app, &listing.items)?;
            }
            report_unreadable(listing.unreadable.len(), "document");
        }
        DocumentCommand::Show { store, document } => {
            let app = store.open()?;
            let r = session::document(&app, &document)?;
            let d = &r.document;
            let holder = app.person(d.holder)?;
            outln!("{}  (id {})", ui.p.bold(&ui.l.kind_name(&d.kind)), d.id);
            outln!(
                "held by {} (id {})",
                holder.person.display_name,
                short(&d.holder)
            );
            if !d.number.is_empty() {
                outln!("number {}", d.number);
            }
            outln!("issued by {}", d.issuing_country);
            if let Some(i) = d.issued_on {
                outln!("issued on {}", ui.l.date(i));
            }
            if let Some(e) = d.expires_on {
                outln!("expires on {}", ui.l.date(e));
            }
            if let Some(e) = &d.employer {
                outln!("employer {e}");
            }
            for l in &d.links {
                outln!("{:?} {}", l.kind, short(&l.target));
            }
            if !d.notes.is_empty() {
                outln!("notes: {}", d.notes);
            }
            outln!("state: {}", ui.l.term(r.state.name().term()));
            if let Some(p) = &r.provenance {
                outln!("shared by the worker: {}", provenance_line(ui, p));
                if p.until < session::today()? {
                    outln!(
                        "the worker's consent ended on {}: ask them before you use it",
                        ui.l.date(p.until)
                    );
                }
            }
            outln!();
            outln!("{}", ui.p.bold("History"));
            for e in app.history(d.id)? {
                outln!(
                    "  {}  {}  {}",
                    ui.l.date(e.on),
                    ui.l.term(e.change.name().term()),
                    history_detail(ui, &e)
                );
            }
            let photos = app.photos(d.id)?;
            if !photos.is_empty() {
                outln!();
                outln!("{}", ui.p.bold("Photos"));
                for p in photos {
                    outln!(
                        "  {}  {}  {} bytes  added {}",
                        short(&p.id),
                        p.mime,
                        p.size,
                        ui.l.date(p.added_on)
                    );
                }
            }
        }
        DocumentCommand::History {
            store,
            document,
            json,
        } => {
            let app = store.open()?;
            let r = session::document(&app, &document)?;
            let history = app.history(r.document.id)?;
            if json {
                crate::print_json(&history)?;
            } else {
                let taken_back = retracted(&history);
                let mut t = Table::new(&[("ID", 0), ("DATE", 0), ("EVENT", 0), ("", 0)]);
                for e in &history {
                    let mut detail = history_detail(ui, e);
                    if taken_back.contains(&e.id) {
                        detail = format!("(taken back) {detail}");
                    }
                    t.row(vec![
                        Cell::new(short(&e.id)),
                        Cell::new(ui.l.date(e.on)),
                        Cell::new(ui.l.term(e.change.name().term())),
                        Cell::new(detail.trim_end()),
                    ]);
                }
                for line in t.lines(&ui.p) {
                    outln!("{line}");
                }
            }
        }
        DocumentCommand::Custody(args) => {
            crate::support::custody(args)?;
        }
        DocumentCommand::Event {
            store,
            document,
            event,
            on,
            reason,
            employer,
        } => {
            // Why a document was cancelled decides what follows (leaving the
            // employer starts the job-change period): never guessed here.
            if event == EventName::Cancelled && reason.is_none() {
                return Err(CliError::Usage(
                    "--event cancelled needs --reason: left_employer (starts the job-change period), revoked, left_country or other".into(),
                ));
            }
            let change = DocumentChange::simple(event, SimpleEventOptions { reason, employer })
                .map_err(|e| CliError::Usage(e.to_string()))?;
            let on = session::event_date(on)?;
            let mut app = store.open()?;
            let id = session::document(&app, &document)?.document.id;
            let r = app.apply_event(id, change, on)?;
            outln!(
                "{} {} is now {}",
                ui.l.kind_name(&r.document.kind),
                short(&r.document.id),
                ui.l.term(r.state.name().term())
            );
            app.close()?;
        }
        DocumentCommand::Renew {
            store,
            document,
            details,
            on,
        } => {
            let on = session::event_date(on)?;
            let mut app = store.open()?;
            let old = session::document(&app, &document)?;
            let inherited = inherited_links(&old);
            let new = details.document(
                &app,
                old.document.holder,
                old.document.kind.clone(),
                inherited,
            )?;
            let r = app.approve_renewal(old.document.id, new, on)?;
            eprintln!(
                "recorded the renewed {} (id {})",
                ui.l.kind_name(&r.document.kind),
                short(&r.document.id)
            );
            outln!("{}", r.document.id);
            app.close()?;
        }
        DocumentCommand::Replace {
            store,
            document,
            details,
            on,
        } => {
            let on = session::event_date(on)?;
            let mut app = store.open()?;
            let lost = session::document(&app, &document)?;
            let inherited = inherited_links(&lost);
            let new = details.document(
                &app,
                lost.document.holder,
                lost.document.kind.clone(),
                inherited,
            )?;
            let r = app.receive_replacement(lost.document.id, new, on)?;
            eprintln!(
                "recorded the replacement {} (id {})",
                ui.l.kind_name(&r.document.kind),
                short(&r.document.id)
            );
            outln!("{}", r.document.id);
            app.close()?;
        }
        DocumentCommand::Correct {
            store,
            document,
            number,
            country,
            issued,
            expires,
            clear_expires,
            notes,
            stamped_in,
            tied_to,
            on,
        } => {
            let on = session::event_date(on)?;
            let mut app = store.open()?;
            let id = session::document(&app, &document)?.document.id;
            let mut add_links = Vec::new();
            for (kind, typed) in [
                (LinkKind::StampedIn, &stamped_in),
                (LinkKind::TiedTo, &tied_to),
            ] {
                if let Some(t) = typed {
                    add_links.push(Link {
                        kind,
                        target: session::document(&app, t)?.document.id,
                    });
                }
            }
            let correction = DetailsCorrection {
                number,
                issuing_country: country,
                issuing_authority: None,
                issued_on: issued.map(|date| DateEdit::Set { date }),
                expires_on: if clear_expires {
                    Some(DateEdit::Clear)
                } else {
                    expires.map(|date| DateEdit::Set { date })
                },
                notes,
                add_links,
            };
            if correction.is_empty() {
                return Err(CliError::Usage(
                    "nothing to correct: give --number, --country, --issued, --expires, --clear-expires, --notes, --stamped-in or --tied-to".into(),
                ));
            }
            let r = app.apply_event(id, DocumentChange::DetailsCorrected { correction }, on)?;
            outln!(
                "corrected {} {}",
                ui.l.kind_name(&r.document.kind),
                short(&r.document.id)
            );
            app.close()?;
        }
        DocumentCommand::Retract {
            store,
            document,
            event,
            on,
        } => {
            let on = session::event_date(on)?;
            let mut app = store.open()?;
            let id = session::document(&app, &document)?.document.id;
            let history = app.history(id)?;
            let target = crate::ids::resolve(
                &event,
                "event",
                history.iter().map(|e| (e.id.to_string(), e.id)),
            )?;
            let r = app.retract_event(id, target, on)?;
            outln!(
                "took back event {}; {} {} is now {}",
                short(&target),
                ui.l.kind_name(&r.document.kind),
                short(&r.document.id),
                ui.l.term(r.state.name().term())
            );
            app.close()?;
        }
        DocumentCommand::Find { store, number } => {
            let app = store.open()?;
            let found = app.find_by_number(&number)?;
            print_records(ui, &app, &found)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The events of a history that a later event took back.
fn retracted(
    history: &[DocumentEvent],
) -> std::collections::HashSet<doctrack_core::domain::EventId> {
    history
        .iter()
        .filter_map(|e| match &e.change {
            DocumentChange::EventRetracted { event } => Some(*event),
            _ => None,
        })
        .collect()
}

/// A renewal or replacement keeps the predecessor's stamps and ties.
fn inherited_links(old: &DocumentRecord) -> Vec<Link> {
    old.document
        .links
        .iter()
        .filter(|l| matches!(l.kind, LinkKind::StampedIn | LinkKind::TiedTo))
        .copied()
        .collect()
}
