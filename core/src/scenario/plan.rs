//! Expectations on a person's plan (`[[check.plan]]`): their situation,
//! the steps that must be there (action, document or kind, route, dates,
//! who to ask for a document back, checklist items and who supplies each,
//! help named), the steps that must not (`action_not`, `[[…no_step]]`),
//! and private flags.

use crate::domain::{Custodian, DocumentId, DocumentKind};
use crate::plan::checklist::{list_for_document, list_for_route, Checklist, Holder};
use crate::plan::{Action, FlagKind, PersonPlan, Step};
use crate::rules::evaluate::DocumentStatus;
use crate::rules::model::{RuleSet, SituationKind, Supplier};
use crate::rules::schema::{KindRef, TomlDate};
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::HashMap;

/// `[[check.plan]]` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPlanCheck {
    /// The person (their id in the file).
    pub(crate) person: String,
    /// Their starting situation.
    #[serde(default)]
    pub(crate) situation: Option<String>,
    /// Out of status since.
    #[serde(default)]
    pub(crate) since: Option<TomlDate>,
    /// The exact flags, in any order (`document_held`, `overcharged`).
    #[serde(default)]
    pub(crate) flags: Option<Vec<String>>,
    /// Actions no step may have.
    #[serde(default)]
    pub(crate) action_not: Vec<String>,
    /// Steps that must be there, in this order among themselves.
    #[serde(default)]
    pub(crate) step: Vec<RawStepExpect>,
    /// Steps that must not be there.
    #[serde(default)]
    pub(crate) no_step: Vec<RawStepMatch>,
}

/// Which step: an action and, optionally, its document, kind or route.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStepMatch {
    pub(crate) action: String,
    #[serde(default)]
    pub(crate) document: Option<String>,
    #[serde(default)]
    pub(crate) kind: Option<KindRef>,
    #[serde(default)]
    pub(crate) route: Option<String>,
}

/// A step that must be there, with what it must say.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStepExpect {
    pub(crate) action: String,
    #[serde(default)]
    pub(crate) document: Option<String>,
    #[serde(default)]
    pub(crate) kind: Option<KindRef>,
    #[serde(default)]
    pub(crate) route: Option<String>,
    /// Act by.
    #[serde(default)]
    pub(crate) by: Option<TomlDate>,
    /// Possible from.
    #[serde(default)]
    pub(crate) from: Option<TomlDate>,
    /// `cannot_renew`: can no longer be renewed since.
    #[serde(default)]
    pub(crate) since: Option<TomlDate>,
    /// Ask this holder for a document back first (`nobody`: no ask).
    #[serde(default)]
    pub(crate) ask: Option<String>,
    /// … by this day.
    #[serde(default)]
    pub(crate) ask_by: Option<TomlDate>,
    /// Names help (directory entries).
    #[serde(default)]
    pub(crate) help: Option<bool>,
    /// Only advice, not law.
    #[serde(default)]
    pub(crate) advisory: Option<bool>,
    /// Checklist items ready / in all.
    #[serde(default)]
    pub(crate) checklist_ready: Option<u32>,
    #[serde(default)]
    pub(crate) checklist_total: Option<u32>,
    /// Items that must be in the step's checklist(s).
    #[serde(default)]
    pub(crate) item: Vec<RawItemExpect>,
}

/// A checklist item that must be there.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawItemExpect {
    pub(crate) id: String,
    #[serde(default)]
    pub(crate) supplier: Option<String>,
    #[serde(default)]
    pub(crate) ready: Option<bool>,
}

/// Problems with a plan check as written (unknown words, names).
pub(crate) fn check_words(
    c: &RawPlanCheck,
    people: &HashMap<String, crate::domain::PersonId>,
    documents: &HashMap<String, DocumentId>,
) -> Vec<String> {
    let mut out = Vec::new();
    if !people.contains_key(&c.person) {
        out.push(format!(
            "plan check names person \"{}\", which is not a [[person]] of this file",
            c.person
        ));
    }
    if let Some(s) = &c.situation {
        if SituationKind::parse(s).is_none() {
            let names: Vec<&str> = SituationKind::ALL.iter().map(|k| k.as_str()).collect();
            out.push(format!(
                "unknown situation \"{s}\": expected one of {}",
                names.join(", ")
            ));
        }
    }
    for f in c.flags.iter().flatten() {
        if flag_kind(f).is_none() {
            out.push(format!(
                "unknown flag \"{f}\": expected document_held or overcharged"
            ));
        }
    }
    let actions = c
        .step
        .iter()
        .map(|s| (&s.action, &s.document, s.ask.as_ref()))
        .chain(c.no_step.iter().map(|s| (&s.action, &s.document, None)))
        .chain(c.action_not.iter().map(|a| (a, &None, None)));
    for (action, document, ask) in actions {
        if action_by_name(action).is_none() {
            let names: Vec<&str> = Action::ALL.iter().map(|a| a.as_str()).collect();
            out.push(format!(
                "unknown action \"{action}\": expected one of {}",
                names.join(", ")
            ));
        }
        if let Some(d) = document {
            if !documents.contains_key(d) {
                out.push(format!(
                    "step names document \"{d}\", which is not a [[document]] of this file"
                ));
            }
        }
        if let Some(a) = ask {
            if a != "nobody" && Custodian::parse(a).is_none() {
                out.push(format!("unknown holder \"{a}\": expected one of worker, employer, broker, office, other, unknown, or nobody (no document to ask back)"));
            }
        }
    }
    out
}

fn action_by_name(name: &str) -> Option<Action> {
    Action::ALL.into_iter().find(|a| a.as_str() == name)
}

fn flag_kind(name: &str) -> Option<FlagKind> {
    match name {
        "document_held" => Some(FlagKind::DocumentHeld),
        "overcharged" => Some(FlagKind::Overcharged),
        _ => None,
    }
}

fn flag_name(kind: FlagKind) -> &'static str {
    match kind {
        FlagKind::DocumentHeld => "document_held",
        FlagKind::Overcharged => "overcharged",
    }
}

/// What a plan check needs besides the plan itself.
pub(crate) struct PlanContext<'a> {
    pub(crate) plan: &'a PersonPlan,
    pub(crate) statuses: Vec<&'a DocumentStatus>,
    pub(crate) record: &'a crate::domain::PersonRecord,
    pub(crate) rules: &'a RuleSet,
    pub(crate) documents: &'a HashMap<String, DocumentId>,
    pub(crate) as_of: NaiveDate,
}

/// The step matching an action and document, kind or route.
fn matches(
    step: &Step,
    action: &str,
    document: Option<&String>,
    kind: Option<&KindRef>,
    route: Option<&String>,
    ids: &HashMap<String, DocumentId>,
) -> bool {
    step.action.as_str() == action
        && document.is_none_or(|d| step.document.is_some() && step.document == ids.get(d).copied())
        && kind.is_none_or(|k| step.kinds.contains(&k.0))
        && route.is_none_or(|r| step.route.as_deref() == Some(r.as_str()))
}

fn describe(
    action: &str,
    document: Option<&String>,
    kind: Option<&KindRef>,
    route: Option<&String>,
) -> String {
    let mut s = action.to_string();
    if let Some(d) = document {
        s.push_str(&format!(" for document \"{d}\""));
    }
    if let Some(k) = kind {
        s.push_str(&format!(" for a {}", k.0));
    }
    if let Some(r) = route {
        s.push_str(&format!(" by route {r}"));
    }
    s
}

fn step_summary(step: &Step, names: &HashMap<DocumentId, &str>) -> String {
    let what = match (&step.document, &step.route) {
        (Some(d), _) => format!(" {}", names.get(d).copied().unwrap_or("?")),
        (None, Some(r)) => format!(" {r}"),
        (None, None) => format!(
            " {}",
            step.kinds
                .iter()
                .map(DocumentKind::code)
                .collect::<Vec<_>>()
                .join("|")
        ),
    };
    format!("{}{what}", step.action.as_str())
}

/// The differences between a plan check and the person's plan: (what,
/// expected, actual).
pub(crate) fn compare(c: &RawPlanCheck, ctx: &PlanContext) -> Vec<(String, String, String)> {
    let plan = ctx.plan;
    let names: HashMap<DocumentId, &str> = ctx
        .documents
        .iter()
        .map(|(n, id)| (*id, n.as_str()))
        .collect();
    let steps_text = || {
        let all: Vec<String> = plan.steps.iter().map(|s| step_summary(s, &names)).collect();
        format!("[{}]", all.join(", "))
    };
    let mut diffs = Vec::new();
    if let Some(s) = &c.situation {
        if s != plan.situation.kind.as_str() {
            diffs.push((
                "situation".into(),
                s.clone(),
                plan.situation.kind.as_str().to_string(),
            ));
        }
    }
    if let Some(since) = c.since {
        let got = plan
            .situation
            .since
            .map_or("none".to_string(), |d| d.to_string());
        if got != since.0.to_string() {
            diffs.push(("since".into(), since.0.to_string(), got));
        }
    }
    if let Some(want) = &c.flags {
        let mut want: Vec<&str> = want.iter().map(String::as_str).collect();
        let mut got: Vec<&str> = plan.flags.iter().map(|f| flag_name(f.kind)).collect();
        want.sort_unstable();
        got.sort_unstable();
        if want != got {
            diffs.push(("flags".into(), format!("{want:?}"), format!("{got:?}")));
        }
    }
    for a in &c.action_not {
        if plan.steps.iter().any(|s| s.action.as_str() == a) {
            diffs.push(("action_not".into(), format!("no {a} step"), steps_text()));
        }
    }
    for n in &c.no_step {
        if plan.steps.iter().any(|s| {
            matches(
                s,
                &n.action,
                n.document.as_ref(),
                n.kind.as_ref(),
                n.route.as_ref(),
                ctx.documents,
            )
        }) {
            diffs.push((
                "no_step".into(),
                format!(
                    "no {}",
                    describe(
                        &n.action,
                        n.document.as_ref(),
                        n.kind.as_ref(),
                        n.route.as_ref()
                    )
                ),
                steps_text(),
            ));
        }
    }
    let mut after = 0;
    for want in &c.step {
        let label = describe(
            &want.action,
            want.document.as_ref(),
            want.kind.as_ref(),
            want.route.as_ref(),
        );
        let found = plan.steps.iter().enumerate().skip(after).find(|(_, s)| {
            matches(
                s,
                &want.action,
                want.document.as_ref(),
                want.kind.as_ref(),
                want.route.as_ref(),
                ctx.documents,
            )
        });
        let Some((i, step)) = found else {
            let anywhere = plan.steps.iter().any(|s| {
                matches(
                    s,
                    &want.action,
                    want.document.as_ref(),
                    want.kind.as_ref(),
                    want.route.as_ref(),
                    ctx.documents,
                )
            });
            let why = if anywhere {
                "a step (out of the order listed)"
            } else {
                "a step"
            };
            diffs.push((format!("step {label}"), why.into(), steps_text()));
            continue;
        };
        after = i + 1;
        diffs.extend(
            step_diffs(want, step, ctx)
                .into_iter()
                .map(|(f, w, g)| (format!("step {label}: {f}"), w, g)),
        );
    }
    diffs
}

fn date_diff(
    field: &str,
    want: Option<TomlDate>,
    got: Option<NaiveDate>,
    out: &mut Vec<(String, String, String)>,
) {
    if let Some(w) = want {
        let got = got.map_or("none".to_string(), |d| d.to_string());
        if got != w.0.to_string() {
            out.push((field.into(), w.0.to_string(), got));
        }
    }
}

/// The checklists behind a step: its renewal's, or its route's steps'.
fn lists_of(step: &Step, ctx: &PlanContext) -> Vec<Checklist> {
    let who = Holder {
        record: ctx.record,
        statuses: &ctx.statuses,
        as_of: ctx.as_of,
    };
    if let Some(route) = step.route.as_deref().and_then(|r| ctx.rules.route(r)) {
        return list_for_route(route, who);
    }
    step.document
        .and_then(|d| ctx.statuses.iter().find(|s| s.document == d))
        .and_then(|st| list_for_document(st, who))
        .into_iter()
        .collect()
}

fn step_diffs(
    want: &RawStepExpect,
    step: &Step,
    ctx: &PlanContext,
) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    date_diff("by", want.by, step.by, &mut out);
    date_diff("from", want.from, step.from, &mut out);
    if want.since.is_some() {
        date_diff("since", want.since, step.moved_from, &mut out);
    }
    if let Some(a) = &want.ask {
        let got = step.ask.as_ref().map_or("nobody", |x| x.holder.as_str());
        if got != a {
            out.push(("ask".into(), a.clone(), got.to_string()));
        }
    }
    date_diff(
        "ask_by",
        want.ask_by,
        step.ask.as_ref().map(|a| a.by),
        &mut out,
    );
    if let Some(h) = want.help {
        if h == step.help.is_empty() {
            out.push((
                "help".into(),
                if h { "names help" } else { "names no help" }.into(),
                format!("{:?}", step.help),
            ));
        }
    }
    if let Some(a) = want.advisory {
        if a != step.advisory {
            out.push(("advisory".into(), a.to_string(), step.advisory.to_string()));
        }
    }
    let progress = step.checklist.as_ref();
    if let Some(r) = want.checklist_ready {
        let got = progress.map_or("no checklist".to_string(), |p| p.ready.to_string());
        if got != r.to_string() {
            out.push(("checklist_ready".into(), r.to_string(), got));
        }
    }
    if let Some(t) = want.checklist_total {
        let got = progress.map_or("no checklist".to_string(), |p| p.total.to_string());
        if got != t.to_string() {
            out.push(("checklist_total".into(), t.to_string(), got));
        }
    }
    if !want.item.is_empty() {
        let lists = lists_of(step, ctx);
        let items: Vec<_> = lists.iter().flat_map(|l| l.items.iter()).collect();
        for wi in &want.item {
            let Some(got) = items.iter().find(|i| i.item.id == wi.id) else {
                let ids: Vec<&str> = items.iter().map(|i| i.item.id.as_str()).collect();
                out.push((
                    format!("item {}", wi.id),
                    "in the checklist".into(),
                    format!("{ids:?}"),
                ));
                continue;
            };
            if let Some(s) = &wi.supplier {
                let name = got.item.supplier.as_str();
                if Supplier::ALL.iter().all(|x| x.as_str() != s) || name != s {
                    out.push((
                        format!("item {} supplier", wi.id),
                        s.clone(),
                        name.to_string(),
                    ));
                }
            }
            if let Some(r) = wi.ready {
                if r != got.ready {
                    out.push((
                        format!("item {} ready", wi.id),
                        r.to_string(),
                        got.ready.to_string(),
                    ));
                }
            }
        }
    }
    out
}
