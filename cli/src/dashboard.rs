//! The dashboard and the renewal plan, printed for people (or as JSON).
//! Everything shown comes from the library's [`Dashboard`]; the words come
//! from its catalogs.

use doctrack_core::messages::ArgName as A;
use crate::ids::short;
use crate::session::{self, StoreArgs};
use crate::ui::{Cell, Table, Ui};
use crate::{outln, CliError};
use chrono::NaiveDate;
use doctrack_core::app::{Dashboard, PLAN_HORIZON};
use doctrack_core::domain::{DocumentId, PersonId};
use doctrack_core::messages::ui as words;
use doctrack_core::messages::{ArgValue, AsTerm, Message, MessageId, ReviewState};
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
        // The people's language unless --lang chose one.
        let ui = ui.for_people(&dash.people);
        print(
            &ui,
            &dash,
            &args.store.store.display().to_string(),
            args.why,
        );
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
    plan: &'a [doctrack_core::plan::Step],
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
        Basis::Document { .. } => format!("{text} [{}]", ui.w(words::BASIS_DOCUMENT, &[])),
        Basis::Event { .. } => format!("{text} [{}]", ui.w(words::BASIS_EVENT, &[])),
        Basis::Related { .. } => format!("{text} [{}]", ui.w(words::BASIS_RELATED, &[])),
        Basis::OfficeClosed { sources, .. } => match sources.first() {
            Some(s) => format!("{text} [{}; {}]", ui.w(words::BASIS_HOLIDAY, &[]), s.url),
            None => format!("{text} [{}]", ui.w(words::BASIS_WEEKEND, &[])),
        },
    }
}

/// Which rules, in the reader's words ("th v1, 2026-12-01 (built in, 41 rules)").
fn rules_text(ui: &Ui, info: &doctrack_core::app::RulesInfo) -> String {
    use doctrack_core::app::RulesOrigin;
    let id = match info.origin {
        RulesOrigin::Bundled => words::RULES_BUNDLED,
        RulesOrigin::Files => words::RULES_FILES,
        RulesOrigin::Pack => words::RULES_PACK,
    };
    let mut set = info.set_id.clone();
    if let Some(v) = info.version {
        set.push_str(&format!(
            " v{}",
            ui.l.number(i64::try_from(v).unwrap_or(i64::MAX))
        ));
    }
    if let Some(d) = info.built {
        set.push_str(&format!(", {}", ui.l.date(d)));
    }
    ui.w(
        id,
        &[
            ("set", ArgValue::Text(set)),
            ("count", count(info.rule_count)),
        ],
    )
}

fn count(n: usize) -> ArgValue {
    ArgValue::Number(i64::try_from(n).unwrap_or(i64::MAX))
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
    outln!("{}", p.bold(&ui.w(words::TITLE, &[])));
    outln!(
        "{}",
        ui.w(
            words::STORE_SUMMARY,
            &[
                ("store", ArgValue::Text(store_label.to_string())),
                ("people", count(dash.people.len())),
                ("documents", count(dash.documents.len())),
            ],
        )
    );
    outln!(
        "{}",
        ui.w(
            words::RULES_AND_DATE,
            &[
                ("rules", ArgValue::Text(rules_text(ui, &dash.rules))),
                ("date", ArgValue::Date(today)),
            ],
        )
    );
    let warning = |text: String| ui.w(words::WARNING, &[("text", ArgValue::Text(text))]);
    if !dash.unreadable.is_empty() {
        let count = i64::try_from(dash.unreadable.len()).unwrap_or(i64::MAX);
        outln!(
            "{}",
            warning(
                ui.t(&Message::new(MessageId::WarningUnreadableRecords).number(A::Count, count))
            )
        );
    }
    for w in &dash.evaluation.warnings {
        outln!("{}", warning(ui.t(w)));
    }
    if ui.l.catalog_review() == ReviewState::Draft {
        outln!("{}", p.dim(&ui.w(words::DRAFT_NOTICE, &[])));
    }
    outln!();
    outln!("{}", p.bold(&ui.w(words::DASHBOARD, &[])));
    if dash.evaluation.documents.is_empty() {
        outln!("  {}", ui.w(words::NO_DOCUMENTS, &[]));
    }
    let headers: Vec<(String, usize)> = [
        (words::COLUMN_PERSON, 22),
        (words::COLUMN_DOCUMENT, 26),
        (words::COLUMN_STATE, 0),
        (words::COLUMN_STATUS, 0),
        (words::COLUMN_EXPIRES, 0),
        (words::COLUMN_DAYS_LEFT, 0),
        (words::COLUMN_NEXT_DEADLINE, 0),
    ]
    .into_iter()
    .map(|(id, limit)| (ui.w(id, &[]), limit))
    .collect();
    let headers: Vec<(&str, usize)> = headers.iter().map(|(h, l)| (h.as_str(), *l)).collect();
    let mut t = Table::new(&headers);
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
    outln!("{}", p.bold(&ui.w(words::PLAN, &[])));
    if dash.plan.is_empty() {
        outln!(
            "  {}",
            ui.w(words::PLAN_EMPTY, &[("span", ArgValue::Span(PLAN_HORIZON))])
        );
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
            .when(today)
            .map(|m| format!(" {}", ui.t(&m)))
            .unwrap_or_default();
        let from = step
            .from
            .map(|d| {
                format!(
                    " ({})",
                    ui.t(&Message::new(MessageId::PlanFrom).date(A::Date, d))
                )
            })
            .unwrap_or_default();
        let after: Vec<String> = step
            .after
            .iter()
            .filter_map(|d| order.get(d))
            .map(|n| ui.w(words::PLAN_STEP, &[("n", count(*n))]))
            .collect();
        let after = if after.is_empty() {
            String::new()
        } else {
            let steps = ArgValue::Text(after.join(", "));
            format!("; {}", ui.w(words::PLAN_AFTER, &[("steps", steps)]))
        };
        let why: Vec<String> = step.why.iter().map(|m| ui.t(m)).collect();
        let status = if step.advisory {
            // A maintainers' default, not law: not in alarm colours.
            TimeStatus::WindowOpen
        } else {
            step.status
        };
        outln!(
            "  {:>2}. {} {what}{by}{from} — {}{after}",
            i + 1,
            crate::ui::pad(&crate::ui::truncate(who, 22), 22),
            p.status(status, &why.join("; "))
        );
        for line in step_details(ui, dash, step) {
            outln!("      {line}");
        }
    }
}

/// Fees, fines, advice and guidance under a plan step.
fn step_details(
    ui: &Ui,
    dash: &Dashboard,
    step: &doctrack_core::plan::Step,
) -> Vec<String> {
    let mut out = Vec::new();
    for f in &step.fees {
        out.push(
            ui.t(&Message::new(MessageId::PlanFee)
                .text(A::Label, f.fee.label.clone())
                .money(A::Amount, f.fee.amount, &f.fee.currency)),
        );
    }
    for f in &step.fines {
        out.push(
            ui.p.status(
                TimeStatus::Expired,
                &ui.t(&Message::new(MessageId::PlanFine)
                    .text(A::Label, f.fine.label.clone())
                    .money(A::Amount, f.amount, &f.fine.currency)
                    .number(A::Days, i64::try_from(f.days_late).unwrap_or(i64::MAX))),
            ),
        );
    }
    if step.advisory {
        out.push(ui.p.dim(&ui.t(&Message::new(MessageId::PlanAdvice))));
    }
    // The first cited rule that says what to bring and where to go.
    if let Some((_, guidance)) = step
        .guidance
        .iter()
        .find_map(|id| dash.guidance(id, ui.l.language()))
    {
        out.push(ui.p.dim(guidance));
    }
    out
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
        .map(|d| ui.days((d.date - today).num_days()))
        .unwrap_or_else(|| "—".into());
    let next_text = next
        .map(|d| format!("{} ({})", ui.l.date(d.date), ui.l.term(d.kind.term())))
        .unwrap_or_else(|| "—".into());
    vec![
        Cell::new(who),
        Cell::new(ui.l.kind_name(&st.kind)),
        Cell::new(ui.l.term(st.lifecycle.term())),
        if st.advisory() {
            Cell::status(
                ui.l.text(
                    words::STATUS_ADVICE,
                    &[("status", ArgValue::Text(ui.l.term(st.phase.term())))],
                ),
                st.phase,
            )
        } else {
            Cell::status(ui.l.term(st.status.term()), st.status)
        },
        Cell::new(expires),
        Cell::new(days),
        Cell::new(format!("{next_text}  [{}]", short(&st.document))),
    ]
}

fn detail_lines(ui: &Ui, st: &DocumentStatus, why: bool) -> Vec<String> {
    let mut out = Vec::new();
    if why {
        for r in &st.status_reasons {
            out.push(format!(
                "{}: {}",
                ui.w(words::WHY_STATUS, &[]),
                reason_line(ui, r)
            ));
        }
        let act_by = st.date(doctrack_core::rules::DateKind::ActBy);
        for n in st.next_deadline().into_iter().chain(act_by) {
            for r in &n.reasons {
                out.push(format!(
                    "{}: {}",
                    ui.l.term(n.kind.term()),
                    reason_line(ui, r)
                ));
            }
        }
        for n in &st.notes {
            out.push(format!("{}: {}", ui.w(words::WHY_NOTE, &[]), ui.t(n)));
        }
    }
    if st.status == TimeStatus::Blocked && !why {
        for b in &st.blockers {
            out.push(ui.p.dim(&ui.t(&b.summary())));
        }
        if st.advisory() {
            out.push(ui.p.dim(&ui.t(&Message::new(MessageId::PlanAdvice))));
        }
    }
    out
}
