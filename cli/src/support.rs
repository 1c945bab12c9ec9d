//! What a worker at risk needs beyond renewals, on the command line: who
//! holds a document (`document custody`), money paid or asked for
//! (`payment`), what to bring and who supplies it (`checklist`, `route`),
//! and where to get help (`services`). Everything shown comes from the
//! library; words come from its catalogs.

use crate::dashboard::help_line;
use crate::ids::short;
use crate::session::{self, StoreArgs};
use crate::ui::Ui;
use crate::{outln, CliError};
use chrono::NaiveDate;
use doctrack_core::app::{App, HelpEntry};
use doctrack_core::domain::{
    Custodian, Custody, DocumentChange, EventId, Payee, Payment, PaymentFor, PersonRecord,
};
use doctrack_core::messages::ui as words;
use doctrack_core::messages::{ArgValue, AsTerm};
use doctrack_core::plan::Checklist;
use doctrack_core::rules::directory::{Directory, HelpTopic, Service};
use std::process::ExitCode;

fn parse_custodian(s: &str) -> Result<Custodian, String> {
    Custodian::parse(s).ok_or_else(|| {
        let names: Vec<&str> = Custodian::ALL.iter().map(|c| c.as_str()).collect();
        format!("unknown holder \"{s}\": use one of {}", names.join(", "))
    })
}

fn parse_payee(s: &str) -> Result<Payee, String> {
    Payee::parse(s).ok_or_else(|| {
        let names: Vec<&str> = Payee::ALL.iter().map(|c| c.as_str()).collect();
        format!("unknown payee \"{s}\": use one of {}", names.join(", "))
    })
}

fn parse_topic(s: &str) -> Result<HelpTopic, String> {
    HelpTopic::parse(s.trim()).ok_or_else(|| {
        let names: Vec<&str> = HelpTopic::ALL.iter().map(|c| c.as_str()).collect();
        format!("unknown problem \"{s}\": use one of {}", names.join(", "))
    })
}

/// Arguments of `doctrack document custody`.
#[derive(Debug, clap::Args)]
pub struct CustodyArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// The document's id (a unique prefix is enough).
    #[arg(long)]
    document: String,
    /// Who holds it now: worker, employer, broker, office, other, unknown.
    #[arg(long, value_parser = parse_custodian)]
    holder: Custodian,
    /// Since when (default: the day it is recorded; never after it).
    #[arg(long, value_parser = crate::parse_date_arg)]
    since: Option<NaiveDate>,
    /// A private note ("kept in the boat owner's office").
    #[arg(long)]
    note: Option<String>,
    /// Day it is recorded (default: today).
    #[arg(long, value_parser = crate::parse_date_arg)]
    on: Option<NaiveDate>,
}

/// Runs `doctrack document custody`.
pub fn custody(args: CustodyArgs) -> Result<ExitCode, CliError> {
    let on = session::event_date(args.on)?;
    let since = args.since.unwrap_or(on);
    if since > on {
        return Err(CliError::Usage(format!(
            "--since {since} is after the day it is recorded ({on})"
        )));
    }
    let mut app = args.store.open()?;
    let id = session::document(&app, &args.document)?.document.id;
    let custody = Custody {
        holder: args.holder,
        since,
        note: args.note,
    };
    app.apply_event(id, DocumentChange::CustodyChanged { custody }, on)?;
    eprintln!(
        "{} is held by: {} (since {since})",
        short(&id),
        args.holder.as_str()
    );
    Ok(ExitCode::SUCCESS)
}

/// `doctrack payment …`.
#[derive(Debug, clap::Subcommand)]
pub enum PaymentCommand {
    /// Record money paid (or asked for) for a document's renewal or a route.
    Record {
        #[command(flatten)]
        store: StoreArgs,
        /// The person's id (a unique prefix is enough).
        #[arg(long)]
        person: String,
        /// The amount in whole units (15000).
        #[arg(long)]
        amount: u64,
        /// ISO 4217 currency.
        #[arg(long, default_value = "THB")]
        currency: String,
        /// Paid to (or asked by): employer, broker, agency, office, other.
        #[arg(long, value_parser = parse_payee)]
        to: Payee,
        /// For this document's renewal (id prefix).
        #[arg(long, conflicts_with = "route")]
        document: Option<String>,
        /// For this route back (its id in the rules).
        #[arg(long)]
        route: Option<String>,
        /// Only asked for, not paid.
        #[arg(long)]
        asked: bool,
        /// Day paid or asked (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        on: Option<NaiveDate>,
        /// A private note.
        #[arg(long)]
        note: Option<String>,
    },
    /// List a person's payments.
    List {
        #[command(flatten)]
        store: StoreArgs,
        /// The person's id (a unique prefix is enough).
        #[arg(long)]
        person: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Take back a payment recorded by mistake (the history keeps both).
    Retract {
        #[command(flatten)]
        store: StoreArgs,
        /// The person's id (a unique prefix is enough).
        #[arg(long)]
        person: String,
        /// The payment's id (from `payment list`; a unique prefix is enough).
        #[arg(long)]
        payment: String,
    },
}

fn payment_event(record: &PersonRecord, typed: &str) -> Result<EventId, CliError> {
    let hits: Vec<EventId> = record
        .payments
        .iter()
        .map(|p| p.event)
        .filter(|e| e.to_string().starts_with(typed.trim()))
        .collect();
    match hits.as_slice() {
        [one] => Ok(*one),
        [] => Err(CliError::Usage(format!(
            "no payment of this person starts with \"{typed}\""
        ))),
        _ => Err(CliError::Usage(format!(
            "\"{typed}\" names several payments: give more of the id"
        ))),
    }
}

/// Runs `doctrack payment …`.
pub fn payment(cmd: PaymentCommand, ui: &Ui) -> Result<ExitCode, CliError> {
    match cmd {
        PaymentCommand::Record {
            store,
            person,
            amount,
            currency,
            to,
            document,
            route,
            asked,
            on,
            note,
        } => {
            let paid_on = session::event_date(on)?;
            let today = session::today()?;
            let mut app = store.open()?;
            let pid = session::person(&app, &person)?.person.id;
            let purpose = match (document, route) {
                (Some(d), None) => PaymentFor::Document {
                    document: session::document(&app, &d)?.document.id,
                },
                (None, Some(r)) => PaymentFor::Route { route: r },
                _ => {
                    return Err(CliError::Usage(
                        "say what it was for: --document ID or --route ID".into(),
                    ))
                }
            };
            let payment = Payment {
                amount,
                currency,
                payee: to,
                purpose,
                paid_on,
                asked_only: asked,
                note,
            };
            let event = app.record_payment(pid, payment, today)?;
            eprintln!("recorded payment {}", short(&event));
            // The flag it raises, if any, at once.
            let dash = app.dashboard(today)?;
            if let Some(part) = dash.person(pid) {
                let ui = ui.for_people([&part.person]);
                for f in part.flags.iter().filter(|f| f.payment == Some(event)) {
                    outln!("! {}", ui.t(&f.message));
                    for r in &f.reasons {
                        outln!("  {}", crate::dashboard::reason_line(&ui, app.rules(), r));
                    }
                    if let Some(line) = help_line(&ui, app.rules(), &f.help) {
                        outln!("  {line}");
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        PaymentCommand::List {
            store,
            person,
            json,
        } => {
            let app = store.open()?;
            let record = session::person(&app, &person)?;
            if json {
                crate::print_json(&record.payments)?;
                return Ok(ExitCode::SUCCESS);
            }
            let ui = ui.for_people([&record.person]);
            for p in &record.payments {
                let what = match &p.payment.purpose {
                    PaymentFor::Document { document } => short(document),
                    PaymentFor::Route { route } => route.clone(),
                };
                outln!(
                    "{}  {}  {} {} → {} ({what}){}",
                    short(&p.event),
                    ui.l.date(p.payment.paid_on),
                    p.payment.amount,
                    p.payment.currency,
                    ui.l.term(p.payment.payee.term()),
                    if p.payment.asked_only { " [asked]" } else { "" }
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        PaymentCommand::Retract {
            store,
            person,
            payment,
        } => {
            let today = session::today()?;
            let mut app = store.open()?;
            let record = session::person(&app, &person)?;
            let event = payment_event(&record, &payment)?;
            app.retract_payment(record.person.id, event, today)?;
            eprintln!("payment {} taken back", short(&event));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `doctrack checklist …`.
#[derive(Debug, clap::Subcommand)]
pub enum ChecklistCommand {
    /// What to bring for a document's renewal, or for each step of a route
    /// back, and who supplies each item.
    Show {
        #[command(flatten)]
        store: StoreArgs,
        /// A document (id prefix): its renewal's checklist.
        #[arg(long, conflicts_with = "route")]
        document: Option<String>,
        /// A route back (its id in the rules), with --person.
        #[arg(long, requires = "person")]
        route: Option<String>,
        /// The person (id prefix), with --route.
        #[arg(long)]
        person: Option<String>,
        /// The date (default: today).
        #[arg(long, value_parser = crate::parse_date_arg)]
        today: Option<NaiveDate>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Tick (or untick) an item you have ready.
    Tick {
        #[command(flatten)]
        store: StoreArgs,
        /// The person (id prefix).
        #[arg(long)]
        person: String,
        /// The checklist: `renew:<document id>` or `route:<route id>/<step id>`
        /// (as `checklist show` and the dashboard print it).
        #[arg(long)]
        list: String,
        /// The item's id.
        #[arg(long)]
        item: String,
        /// Untick it.
        #[arg(long)]
        untick: bool,
    },
}

fn print_checklist(ui: &Ui, app: &App, list: &Checklist) {
    let lang = ui.l.language();
    let title = match list.list.strip_prefix("route:") {
        Some(step) => app
            .rules()
            .guidance(step, lang)
            .map(|g| g.name)
            .unwrap_or_else(|| step.to_string()),
        None => app
            .rules()
            .guidance(&list.rule, lang)
            .map(|g| g.name)
            .unwrap_or_else(|| list.rule.clone()),
    };
    outln!("{}  [{}]", ui.p.bold(&title), list.list);
    for e in &list.items {
        let what = match &e.item.what {
            doctrack_core::rules::model::ItemWhat::Document { kinds } => ui.l.kinds_or(kinds),
            doctrack_core::rules::model::ItemWhat::Thing { thing } => ui.l.term(thing.term()),
        };
        let state = if e.ready {
            ui.w(words::ITEM_READY, &[])
        } else {
            ui.w(words::ITEM_MISSING, &[])
        };
        let from = ui.w(
            words::ITEM_SUPPLIER,
            &[(
                "supplier",
                ArgValue::Text(ui.l.term(e.item.supplier.term())),
            )],
        );
        outln!(
            "  [{}] {what} — {from}  ({}: {state})",
            if e.ready { "x" } else { " " },
            e.item.id
        );
    }
}

/// Runs `doctrack checklist …`.
pub fn checklist(cmd: ChecklistCommand, ui: &Ui) -> Result<ExitCode, CliError> {
    match cmd {
        ChecklistCommand::Show {
            store,
            document,
            route,
            person,
            today,
            json,
        } => {
            let today = match today {
                Some(t) => t,
                None => session::today()?,
            };
            let app = store.open()?;
            let lists: Vec<Checklist> = match (document, route, person) {
                (Some(d), None, _) => {
                    let doc = session::document(&app, &d)?;
                    app.renewal_checklist(doc.document.id, today)?
                        .into_iter()
                        .collect()
                }
                (None, Some(r), Some(p)) => {
                    let pid = session::person(&app, &p)?.person.id;
                    app.route_detail(pid, &r, today)?
                        .steps
                        .into_iter()
                        .map(|s| s.checklist)
                        .collect()
                }
                _ => {
                    return Err(CliError::Usage(
                        "give --document ID, or --route ID with --person ID".into(),
                    ))
                }
            };
            if json {
                crate::print_json(&lists)?;
                return Ok(ExitCode::SUCCESS);
            }
            if lists.is_empty() {
                outln!("(the rules list nothing to bring for it)");
            }
            for l in &lists {
                print_checklist(ui, &app, l);
            }
            Ok(ExitCode::SUCCESS)
        }
        ChecklistCommand::Tick {
            store,
            person,
            list,
            item,
            untick,
        } => {
            let today = session::today()?;
            let mut app = store.open()?;
            let pid = session::person(&app, &person)?.person.id;
            // A document may be named by a short id in `renew:`.
            let list = match list.strip_prefix("renew:") {
                Some(d) => format!("renew:{}", session::document(&app, d)?.document.id),
                None => list,
            };
            app.tick_checklist_item(pid, &list, &item, !untick, today)?;
            eprintln!(
                "{} {item} in {list}",
                if untick { "unticked" } else { "ticked" }
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Arguments of `doctrack services`.
#[derive(Debug, clap::Args)]
pub struct ServicesArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Rank for this person (id prefix): their province and language.
    #[arg(long)]
    person: Option<String>,
    /// A province (id, English or Thai name, e.g. "Surat Thani").
    #[arg(long)]
    province: Option<String>,
    /// What kind of help: documents, job_change, wages, documents_held,
    /// trafficking, arrest, health (default: documents).
    #[arg(long, value_parser = parse_topic)]
    problem: Option<HelpTopic>,
    /// How many to list (default: all that match).
    #[arg(long)]
    limit: Option<usize>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

fn print_service(ui: &Ui, dir: &Directory, h: &HelpEntry) {
    let s: &Service = &h.service;
    let lang = ui.l.language().code();
    outln!("{} — {}", ui.p.bold(s.name(lang)), ui.l.term(s.kind.term()));
    for c in &s.contacts {
        let label = c
            .label
            .as_deref()
            .map(|l| format!(" ({l})"))
            .unwrap_or_default();
        outln!("  {}: {}{label}", c.kind.as_str(), c.value);
    }
    if let Some(a) = &s.address {
        outln!("  {a}");
    }
    if let Some(h) = &s.hours {
        outln!("  {h}");
    }
    let helps: Vec<String> = s.helps_with.iter().map(|t| ui.l.term(t.term())).collect();
    outln!(
        "  {}",
        ui.w(
            words::SERVICE_HELPS,
            &[("helps", ArgValue::Text(helps.join(", ")))]
        )
    );
    if !s.languages.is_empty() {
        outln!(
            "  {}",
            ui.w(
                words::SERVICE_LANGUAGES,
                &[("languages", ArgValue::Text(s.languages.join(", ")))]
            )
        );
    }
    let where_: Vec<String> = s
        .provinces
        .iter()
        .filter_map(|p| dir.provinces.iter().find(|x| &x.id == p))
        .map(|p| {
            if ui.l.language().code() == "th" {
                p.th.clone()
            } else {
                p.en.clone()
            }
        })
        .collect();
    if !where_.is_empty() {
        outln!("  {}", where_.join(", "));
    }
    if let Some(n) = &s.notes {
        outln!("  {}", ui.p.dim(n));
    }
    outln!(
        "  {}; {}: {}",
        ui.w(
            words::SERVICE_VERIFIED,
            &[("date", ArgValue::Date(s.verified))]
        ),
        ui.w(words::SERVICE_SOURCES, &[]),
        s.sources
            .iter()
            .map(|x| x.url.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    );
}

/// Runs `doctrack services`.
pub fn services(args: ServicesArgs, ui: &Ui) -> Result<ExitCode, CliError> {
    let app = args.store.open()?;
    let topic = args.problem.unwrap_or(HelpTopic::Documents);
    let person = match &args.person {
        Some(p) => Some(session::person(&app, p)?),
        None => None,
    };
    let province = match (&args.province, &person) {
        (Some(text), _) => Some(app.province_id(text)?),
        (None, Some(p)) => p.person.province.clone(),
        (None, None) => None,
    };
    let language = if ui.chosen {
        ui.l.language()
    } else {
        person
            .as_ref()
            .map_or(ui.l.language(), |p| p.person.language)
    };
    let ui = Ui::from_flag(Some(language));
    let limit = args.limit.unwrap_or(usize::MAX).max(1);
    let found = app.help(topic, province.as_deref(), language.code(), limit);
    if args.json {
        crate::print_json(&found)?;
        return Ok(ExitCode::SUCCESS);
    }
    let dir = app.directory();
    outln!(
        "{} — {}",
        ui.p.bold(&ui.w(
            words::SERVICES,
            &[(
                "count",
                ArgValue::Number(i64::try_from(found.len()).unwrap_or(i64::MAX))
            )]
        )),
        ui.l.term(topic.term())
    );
    if found.is_empty() {
        outln!("{}", ui.w(words::SERVICES_NONE, &[]));
    }
    for (i, h) in found.iter().enumerate() {
        if i > 0 {
            outln!();
        }
        print_service(&ui, &dir, h);
    }
    Ok(ExitCode::SUCCESS)
}
