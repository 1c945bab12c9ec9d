//! The dashboard and the renewal plan, printed for people (or as JSON).
//! Everything shown comes from the library's [`Dashboard`]; the words come
//! from its catalogs.

use crate::ids::short;
use crate::session::{self, StoreArgs};
use crate::ui::{Cell, Table, Ui};
use crate::{outln, CliError};
use chrono::NaiveDate;
use doctrack_core::app::{App, Dashboard, DocumentCard, PersonDashboard, PLAN_HORIZON};
use doctrack_core::domain::{DocumentId, PersonId};
use doctrack_core::messages::ui as words;
use doctrack_core::messages::ArgName as A;
use doctrack_core::messages::{ArgValue, AsTerm, Message, MessageId, ReviewState};
use doctrack_core::plan::{Action, Step};
use doctrack_core::rules::directory::ContactKind;
use doctrack_core::rules::evaluate::{Basis, Reason};
use doctrack_core::rules::model::SituationKind;
use doctrack_core::rules::{DocumentStatus, RuleSet, TimeStatus};
use serde::Serialize;
use std::collections::HashMap;
use std::process::ExitCode;

/// What the CLI prints: the finished dashboard and, for `--why` and
/// `--json`, every status with its reasons and the rules behind them.
pub struct View<'a> {
    /// The dashboard (rows and plan).
    pub dash: Dashboard,
    /// Every status with reasons, by document (empty without `--why`).
    pub statuses: HashMap<DocumentId, DocumentStatus>,
    /// The rules in use (guidance and sources).
    pub rules: &'a RuleSet,
}

impl<'a> View<'a> {
    /// The dashboard of `app` for `today`; with `why`, every reason too.
    pub fn of(app: &'a App, today: NaiveDate, why: bool) -> Result<View<'a>, CliError> {
        View::of_people(app, today, why, None, 1)
    }

    /// [`View::of`] with everyone evaluated on `threads` threads, or with
    /// `person` that person's part alone, evaluating only their documents.
    pub fn of_people(
        app: &'a App,
        today: NaiveDate,
        why: bool,
        person: Option<PersonId>,
        threads: u32,
    ) -> Result<View<'a>, CliError> {
        let dash = match person {
            Some(id) => app.person_dashboard(id, today)?,
            None => app.dashboard_on(today, threads)?,
        };
        let statuses = if why {
            let evaluation = match person {
                Some(id) => app.evaluate_person(id, today)?,
                None => app.evaluate(today)?.1,
            };
            evaluation
                .documents
                .into_iter()
                .map(|s| (s.document, s))
                .collect()
        } else {
            HashMap::new()
        };
        Ok(View {
            dash,
            statuses,
            rules: app.rules(),
        })
    }
}

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
    /// The whole caseload at a glance, evaluated person by person: totals
    /// by status and situation, overdue and blocked counts, documents due
    /// per week and the most urgent documents. The default for stores of
    /// more than 100 people (use --person for one person's plan).
    #[arg(long, conflicts_with_all = ["person", "why"])]
    caseload: bool,
    /// With --caseload: how many of the most urgent documents to list.
    #[arg(long, default_value_t = 20)]
    limit: u32,
    /// Threads evaluating people (default: every core; at most 64).
    #[arg(long)]
    threads: Option<u32>,
    /// With --caseload: also draw the 26 weeks ahead, stacked by status,
    /// to this SVG file.
    #[arg(long)]
    svg: Option<std::path::PathBuf>,
}

/// Runs `doctrack dashboard`.
pub fn run(args: DashboardArgs, ui: &Ui) -> Result<ExitCode, CliError> {
    let today = match args.today {
        Some(t) => t,
        None => session::today()?,
    };
    let app = args.store.open()?;
    let caseload = args.caseload
        || args.svg.is_some()
        || (args.person.is_none()
            && !args.why
            && app
                .store()
                .people_count()
                .map_err(doctrack_core::app::AppError::from)?
                > crate::caseload::AUTO_CASELOAD_PEOPLE);
    if caseload {
        let options = doctrack_core::app::CaseloadOptions {
            limit: args.limit,
            threads: args
                .threads
                .unwrap_or_else(crate::caseload::default_threads),
        };
        let c = crate::caseload::compute(&app, today, options, args.json)?;
        if args.json {
            crate::print_json(&c)?;
        } else {
            crate::caseload::print(ui, &c);
        }
        if let Some(path) = &args.svg {
            crate::caseload::write(ui, &c, path)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let person = match &args.person {
        Some(p) => Some(session::person(&app, p)?.person.id),
        None => None,
    };
    let threads = args
        .threads
        .unwrap_or_else(crate::caseload::default_threads);
    let view = View::of_people(&app, today, args.why || args.json, person, threads)?;
    if args.json {
        print_json(&view)?;
    } else {
        // The people's language unless --lang chose one.
        let ui = ui.for_people(view.dash.people.iter().map(|p| &p.person));
        print(
            &ui,
            &view,
            &args.store.store.display().to_string(),
            args.why,
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct DashboardJson<'a> {
    as_of: NaiveDate,
    rules: &'a doctrack_core::app::RulesInfo,
    /// Each person with their rows (most urgent first), every status with
    /// its reasons in the same order, and their plan.
    people: Vec<PersonJson<'a>>,
    warnings: &'a [Message],
    unreadable: usize,
}

#[derive(Serialize)]
struct PersonJson<'a> {
    #[serde(flatten)]
    part: &'a PersonDashboard,
    statuses: Vec<&'a DocumentStatus>,
}

fn print_json(view: &View) -> Result<(), CliError> {
    let dash = &view.dash;
    crate::print_json(&DashboardJson {
        as_of: dash.as_of,
        rules: &dash.rules,
        people: dash
            .people
            .iter()
            .map(|part| PersonJson {
                part,
                statuses: part
                    .documents
                    .iter()
                    .filter_map(|c| view.statuses.get(&c.document))
                    .collect(),
            })
            .collect(),
        warnings: &dash.warnings,
        unreadable: dash.unreadable.len(),
    })
}

/// A reason with its rule, confidence and first source.
pub(crate) fn reason_line(ui: &Ui, rules: &RuleSet, r: &Reason) -> String {
    let text = ui.t(&r.message);
    match &r.basis {
        Basis::Rule { id, confidence } => {
            let src = rules
                .get(id)
                .and_then(|rule| rule.sources.first())
                .map(|s| s.url.as_str())
                .unwrap_or("");
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

fn count(n: impl TryInto<i64>) -> ArgValue {
    ArgValue::Number(n.try_into().unwrap_or(i64::MAX))
}

/// Prints the dashboard and the plan.
pub fn print(ui: &Ui, view: &View, store_label: &str, why: bool) {
    let dash = &view.dash;
    let today = dash.as_of;
    let p = &ui.p;
    outln!("{}", p.bold(&ui.w(words::TITLE, &[])));
    outln!(
        "{}",
        ui.w(
            words::STORE_SUMMARY,
            &[
                ("store", ArgValue::Text(store_label.to_string())),
                ("people", count(dash.people.len())),
                ("documents", count(dash.cards().count())),
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
    for w in &dash.warnings {
        outln!("{}", warning(ui.t(w)));
    }
    if ui.l.catalog_review() == ReviewState::Draft {
        outln!("{}", p.dim(&ui.w(words::DRAFT_NOTICE, &[])));
    }
    outln!();
    outln!("{}", p.bold(&ui.w(words::DASHBOARD, &[])));
    let cards: Vec<_> = dash.cards().collect();
    if cards.is_empty() {
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
    for (i, (person, card)) in cards.iter().enumerate() {
        t.row(row(ui, card, &person.display_name));
        let detail = view.statuses.get(&card.document);
        details.push((i, detail_lines(ui, view.rules, card, detail, why)));
    }
    let lines = t.lines(p);
    if !cards.is_empty() {
        outln!("{}", lines[0]);
        for (i, extra) in details {
            outln!("{}", lines[i + 1]);
            for e in extra {
                outln!("      {e}");
            }
        }
    }
    print_situations(ui, view);
    outln!();
    outln!("{}", p.bold(&ui.w(words::PLAN, &[])));
    let steps: Vec<_> = dash.steps().collect();
    if steps.is_empty() {
        outln!(
            "  {}",
            ui.w(words::PLAN_EMPTY, &[("span", ArgValue::Span(PLAN_HORIZON))])
        );
    }
    let order: HashMap<DocumentId, usize> = steps
        .iter()
        .enumerate()
        .filter_map(|(i, (_, s))| s.document.map(|d| (d, i + 1)))
        .collect();
    for (i, (person, step)) in steps.iter().enumerate() {
        let who = person.display_name.as_str();
        let what = ui.t(&step.headline);
        let by = step
            .when
            .as_ref()
            .map(|m| format!(" {}", ui.t(m)))
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
        // The status first (advice says its phase in `why` instead).
        // (Not for a step whose headline is its status.)
        let says_status = matches!(step.action, Action::CannotRenew | Action::GetHelp);
        let status_word = (!step.advisory && !says_status).then(|| ui.l.term(step.status.term()));
        let why: Vec<String> = status_word
            .into_iter()
            .chain(step.why.iter().map(|m| ui.t(m)))
            .collect();
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
        for line in step_details(ui, view.rules, step) {
            outln!("      {line}");
        }
    }
}

/// Where each person stands (and what unknown would change their plan),
/// and their private warnings with where to get help.
fn print_situations(ui: &Ui, view: &View) {
    let p = &ui.p;
    if view.dash.people.is_empty() {
        return;
    }
    outln!();
    outln!("{}", p.bold(&ui.w(words::SITUATION, &[])));
    for part in &view.dash.people {
        let s = &part.situation;
        let colour = match s.kind {
            SituationKind::OutOfStatus => TimeStatus::Expired,
            SituationKind::EndingSoon => TimeStatus::DueSoon,
            SituationKind::InStatus => TimeStatus::Valid,
            SituationKind::NothingRecorded | SituationKind::Unknown => TimeStatus::WindowOpen,
        };
        outln!(
            "  {} {} — {}",
            crate::ui::pad(&crate::ui::truncate(&part.person.display_name, 22), 22),
            p.status(colour, &ui.l.term(s.kind.term())),
            ui.t(&s.message)
        );
        for q in &s.questions {
            outln!("      {}", p.dim(&ui.t(q)));
        }
        if !part.flags.is_empty() {
            outln!(
                "      {}",
                p.bold(&ui.w(
                    words::FLAGS,
                    &[("name", ArgValue::Text(part.person.display_name.clone()))]
                ))
            );
            for f in &part.flags {
                outln!(
                    "      ! {}",
                    p.status(TimeStatus::Expired, &ui.t(&f.message))
                );
                for r in &f.reasons {
                    outln!("        {}", p.dim(&reason_line(ui, view.rules, r)));
                }
                if let Some(line) = help_line(ui, view.rules, &f.help) {
                    outln!("        {line}");
                }
            }
        }
    }
}

/// "where to get help: name (phone), …" for directory entry ids.
pub(crate) fn help_line(ui: &Ui, rules: &RuleSet, ids: &[String]) -> Option<String> {
    if ids.is_empty() {
        return None;
    }
    let lang = ui.l.language().code();
    let names: Vec<String> = ids
        .iter()
        .filter_map(|id| rules.directory().service(id))
        .map(|s| {
            let reach = s
                .contacts
                .iter()
                .find(|c| matches!(c.kind, ContactKind::Phone | ContactKind::Line))
                .or(s.contacts.first())
                .map(|c| format!(" ({})", c.value))
                .unwrap_or_default();
            format!("{}{reach}", s.name(lang))
        })
        .collect();
    Some(ui.w(
        words::HELP_NAMES,
        &[("names", ArgValue::Text(names.join("; ")))],
    ))
}

/// Fees, fines, advice and guidance under a plan step.
fn step_details(ui: &Ui, rules: &RuleSet, step: &Step) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(g) = step
        .route
        .as_deref()
        .and_then(|r| rules.guidance(r, ui.l.language()))
    {
        out.push(ui.w(words::ROUTE_NAME, &[("name", ArgValue::Text(g.name))]));
    }
    if let Some(c) = &step.checklist {
        out.push(ui.w(
            words::CHECKLIST_PROGRESS,
            &[
                ("ready", count(c.ready)),
                ("total", count(c.total)),
                ("list", ArgValue::Text(c.list.clone())),
            ],
        ));
    }
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
    // The first cited rule (or the route) that says what to bring and
    // where to go.
    if let Some((_, guidance)) = step
        .guidance
        .iter()
        .find_map(|id| rules.get(id)?.text(ui.l.language()))
        .or_else(|| {
            step.route
                .as_deref()
                .and_then(|r| rules.route(r))
                .and_then(|r| r.text(ui.l.language()))
        })
    {
        out.push(ui.p.dim(guidance));
    }
    if let Some(line) = help_line(ui, rules, &step.help) {
        out.push(line);
    }
    out
}

fn row(ui: &Ui, card: &DocumentCard, who: &str) -> Vec<Cell> {
    let expires = card
        .expires_on
        .map(|d| ui.l.date(d))
        .unwrap_or_else(|| "—".into());
    let next = card.next_deadline.as_ref();
    let days = next
        .map(|d| ui.days(d.days_left))
        .unwrap_or_else(|| "—".into());
    let next_text = next
        .map(|d| format!("{} ({})", ui.l.date(d.date), ui.l.term(d.kind.term())))
        .unwrap_or_else(|| "—".into());
    vec![
        Cell::new(who),
        Cell::new(ui.l.kind_name(&card.kind)),
        Cell::new(ui.l.term(card.lifecycle.term())),
        if card.advisory {
            Cell::status(
                ui.l.text(
                    words::STATUS_ADVICE,
                    &[("status", ArgValue::Text(ui.l.term(card.phase.term())))],
                ),
                card.phase,
            )
        } else {
            Cell::status(ui.l.term(card.status.term()), card.status)
        },
        Cell::new(expires),
        Cell::new(days),
        Cell::new(format!("{next_text}  [{}]", short(&card.document))),
    ]
}

fn detail_lines(
    ui: &Ui,
    rules: &RuleSet,
    card: &DocumentCard,
    st: Option<&DocumentStatus>,
    why: bool,
) -> Vec<String> {
    let mut out = Vec::new();
    if let (true, Some(st)) = (why, st) {
        for r in &st.status_reasons {
            out.push(format!(
                "{}: {}",
                ui.w(words::WHY_STATUS, &[]),
                reason_line(ui, rules, r)
            ));
        }
        let act_by = st.date(doctrack_core::rules::DateKind::ActBy);
        for n in st.next_deadline().into_iter().chain(act_by) {
            for r in &n.reasons {
                out.push(format!(
                    "{}: {}",
                    ui.l.term(n.kind.term()),
                    reason_line(ui, rules, r)
                ));
            }
        }
        for n in &st.notes {
            out.push(format!("{}: {}", ui.w(words::WHY_NOTE, &[]), ui.t(n)));
        }
    }
    if card.status == TimeStatus::Blocked && !why {
        for b in &card.blocked_by {
            out.push(ui.p.dim(&ui.t(b)));
        }
        if card.advisory {
            out.push(ui.p.dim(&ui.t(&Message::new(MessageId::PlanAdvice))));
        }
    }
    out
}
