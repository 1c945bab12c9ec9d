//! The dashboard and the renewal plan, printed for people (or as JSON).
//! Everything shown comes from the library's [`Dashboard`]; the words come
//! from its catalogs.

use crate::ids::short;
use crate::session::{self, StoreArgs};
use crate::ui::{Cell, Table, Ui};
use crate::{outln, CliError};
use chrono::NaiveDate;
use doctrack_core::app::{Dashboard, PLAN_HORIZON};
use doctrack_core::domain::{DocumentId, PersonId};
use doctrack_core::messages::{AsTerm, Message, MessageId};
use doctrack_core::rules::evaluate::{Basis, Reason};
use doctrack_core::rules::{DocumentStatus, TimeStatus};
use serde::Serialize;
use std::collections::HashMap;
use std::process::ExitCode;

/// Arguments of `doctrack dashboard`.
#[derive(Debug, clap::Args)]
pub struct DashboardArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// Only this person's documents (id prefix).
    #[arg(long)]
    person: Option<String>,
    /// The date to evaluate (default: today).
    #[arg(long, value_parser = crate::parse_date_arg)]
    today: Option<NaiveDate>,
    /// Show the rule, source and confidence behind each status and deadline.
    #[arg(long)]
    why: bool,
    /// Print JSON (statuses with reasons as message ids, and the plan).
    #[arg(long)]
    json: bool,
}

/// Runs `doctrack dashboard`.
pub fn run(args: DashboardArgs, ui: &Ui) -> Result<ExitCode, CliError> {
    let today = match args.today {
        Some(t) => t,
        None => session::today()?,
    };
    let app = args.store.open()?;
    let mut dash = app.dashboard(today)?;
    if let Some(p) = &args.person {
        let id = session::person(&app, p)?.person.id;
        keep_person(&mut dash, id);
    }
    if args.json {
        print_json(&dash)?;
    } else {
        print(ui, &dash, &args.store.store.display().to_string(), args.why);
    }
    Ok(ExitCode::SUCCESS)
}

/// Keeps one person's documents and steps.
pub fn keep_person(dash: &mut Dashboard, id: PersonId) {
    dash.people.retain(|p| p.id == id);
    dash.documents.retain(|d| d.holder == id);
    dash.evaluation.documents.retain(|s| s.holder == id);
    dash.plan.retain(|s| s.holder == id);
}

#[derive(Serialize)]
struct DashboardJson<'a> {
    as_of: NaiveDate,
    rules: &'a doctrack_core::app::RulesInfo,
    people: &'a [doctrack_core::domain::Person],
    documents: &'a [doctrack_core::rules::DocumentStatus],
    plan: &'a [doctrack_core::rules::planner::Step],
    warnings: &'a [Message],
    unreadable: usize,
}

fn print_json(dash: &Dashboard) -> Result<(), CliError> {
    crate::print_json(&DashboardJson {
        as_of: dash.as_of,
        rules: &dash.rules,
        people: &dash.people,
        documents: &dash.evaluation.documents,
        plan: &dash.plan,
        warnings: &dash.evaluation.warnings,
        unreadable: dash.unreadable.len(),
    })
}

fn reason_line(ui: &Ui, r: &Reason) -> String {
    let text = ui.t(&r.message);
    match &r.basis {
        Basis::Rule {
            id,
            sources,
            confidence,
        } => {
            let src = sources.first().map(|s| s.url.as_str()).unwrap_or("");
            format!("{text} [{id}; {}; {src}]", ui.l.term(confidence.term()))
        }
        Basis::Document { .. } => format!("{text} [on the document]"),
        Basis::Event { .. } => format!("{text} [history]"),
        Basis::Related { .. } => format!("{text} [related document]"),
    }
}

fn days_text(n: i64) -> String {
    match n {
        0 => "today".into(),
        1 => "1 day".into(),
        -1 => "1 day late".into(),
        n if n < 0 => format!("{} days late", -n),
        n => format!("{n} days"),
    }
}

/// Prints the dashboard and the plan.
pub fn print(ui: &Ui, dash: &Dashboard, store_label: &str, why: bool) {
    let today = dash.as_of;
    let names: HashMap<PersonId, &str> = dash
        .people
        .iter()
        .map(|p| (p.id, p.display_name.as_str()))
        .collect();
    let p = &ui.p;
    outln!("{}", p.bold("doctrack — documents and deadlines"));
    outln!(
        "store: {store_label}; encrypted, {} {}, {} {}",
        dash.people.len(),
        if dash.people.len() == 1 {
            "person"
        } else {
            "people"
        },
        dash.documents.len(),
        if dash.documents.len() == 1 {
            "document"
        } else {
            "documents"
        }
    );
    outln!("rules: {}; date: {}", dash.rules, ui.l.date(today));
    if !dash.unreadable.is_empty() {
        let count = i64::try_from(dash.unreadable.len()).unwrap_or(i64::MAX);
        outln!(
            "warning: {}",
            ui.t(&Message::new(MessageId::WarningUnreadableRecords).number("count", count))
        );
    }
    for w in &dash.evaluation.warnings {
        outln!("warning: {}", ui.t(w));
    }
    outln!();
    outln!("{}", p.bold("Dashboard (most urgent first)"));
    if dash.evaluation.documents.is_empty() {
        outln!("  no documents yet");
    }
    let mut t = Table::new(&[
        ("PERSON", 22),
        ("DOCUMENT", 26),
        ("STATE", 0),
        ("STATUS", 0),
        ("EXPIRES", 0),
        ("DAYS LEFT", 0),
        ("NEXT DEADLINE", 0),
    ]);
    let mut details: Vec<(usize, Vec<String>)> = Vec::new();
    for (i, st) in dash.evaluation.documents.iter().enumerate() {
        t.row(row(ui, st, &names, dash, today));
        details.push((i, detail_lines(ui, st, why)));
    }
    let lines = t.lines(p);
    if !dash.evaluation.documents.is_empty() {
        outln!("{}", lines[0]);
        for (i, extra) in details {
            outln!("{}", lines[i + 1]);
            for e in extra {
                outln!("      {e}");
            }
        }
    }
    outln!();
    outln!("{}", p.bold("Renewal plan (what to do, in order)"));
    if dash.plan.is_empty() {
        outln!("  nothing to do in the next {}", ui.l.span(PLAN_HORIZON));
    }
    let order: HashMap<DocumentId, usize> = dash
        .plan
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.document.map(|d| (d, i + 1)))
        .collect();
    for (i, step) in dash.plan.iter().enumerate() {
        let who = names.get(&step.holder).copied().unwrap_or("?");
        let what = ui.t(&step.headline());
        let by = step
            .by
            .map(|d| {
                format!(
                    " {}",
                    ui.t(&Message::new(MessageId::PlanBy).date("date", d))
                )
            })
            .unwrap_or_default();
        let from = step
            .from
            .map(|d| {
                format!(
                    " ({})",
                    ui.t(&Message::new(MessageId::PlanFrom).date("date", d))
                )
            })
            .unwrap_or_default();
        let after: Vec<String> = step
            .after
            .iter()
            .filter_map(|d| order.get(d))
            .map(|n| format!("step {n}"))
            .collect();
        let after = if after.is_empty() {
            String::new()
        } else {
            format!("; after {}", after.join(", "))
        };
        let why: Vec<String> = step.why.iter().map(|m| ui.t(m)).collect();
        outln!(
            "  {:>2}. {} {what}{by}{from} — {}{after}",
            i + 1,
            crate::ui::pad(&crate::ui::truncate(who, 22), 22),
            p.status(step.status, &why.join("; "))
        );
    }
}

fn row(
    ui: &Ui,
    st: &DocumentStatus,
    names: &HashMap<PersonId, &str>,
    dash: &Dashboard,
    today: NaiveDate,
) -> Vec<Cell> {
    let who = names.get(&st.holder).copied().unwrap_or("?");
    let expires = dash
        .document(st.document)
        .and_then(|d| d.expires_on)
        .map(|d| ui.l.date(d))
        .unwrap_or_else(|| "—".into());
    let next = st.next_deadline();
    let days = next
        .map(|d| days_text((d.date - today).num_days()))
        .unwrap_or_else(|| "—".into());
    let next_text = next
        .map(|d| format!("{} ({})", ui.l.date(d.date), ui.l.term(d.kind.term())))
        .unwrap_or_else(|| "—".into());
    vec![
        Cell::new(who),
        Cell::new(ui.l.kind_name(&st.kind)),
        Cell::new(ui.l.term(st.lifecycle.term())),
        Cell::status(ui.l.term(st.status.term()), st.status),
        Cell::new(expires),
        Cell::new(days),
        Cell::new(format!("{next_text}  [{}]", short(&st.document))),
    ]
}

fn detail_lines(ui: &Ui, st: &DocumentStatus, why: bool) -> Vec<String> {
    let mut out = Vec::new();
    if why {
        for r in &st.status_reasons {
            out.push(format!("status: {}", reason_line(ui, r)));
        }
        if let Some(n) = st.next_deadline() {
            for r in &n.reasons {
                out.push(format!(
                    "{}: {}",
                    ui.l.term(n.kind.term()),
                    reason_line(ui, r)
                ));
            }
        }
        for n in &st.notes {
            out.push(format!("note: {}", ui.t(n)));
        }
    }
    if st.status == TimeStatus::Blocked && !why {
        for b in &st.blockers {
            out.push(ui.p.dim(&ui.t(&b.summary())));
        }
    }
    out
}
