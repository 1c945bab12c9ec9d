//! The dashboard and the renewal plan, printed for people.

use crate::output::{pad, Painter};
use crate::{outln, CliError};
use chrono::NaiveDate;
use doctrack_core::domain::dates::Span;
use doctrack_core::domain::{Document, DocumentId, PersonId};
use doctrack_core::rules::evaluate::{Basis, Reason};
use doctrack_core::rules::planner::{plan, Action};
use doctrack_core::rules::{evaluate, Blocker, DocumentStatus, RuleSet, TimeStatus};
use doctrack_core::store::Store;
use std::collections::HashMap;

fn reason_line(r: &Reason) -> String {
    match &r.basis {
        Basis::Rule { id, sources, .. } => {
            let src = sources.first().map(|s| s.url.as_str()).unwrap_or("");
            format!("{} [{id}; {src}]", r.text)
        }
        Basis::Document { .. } => format!("{} [on the document]", r.text),
        Basis::Event { .. } => format!("{} [history]", r.text),
        Basis::Related { .. } => format!("{} [related document]", r.text),
    }
}

/// Evaluates the store for `today` and prints the dashboard and the plan.
pub fn print(
    store: &Store,
    rules: &RuleSet,
    today: NaiveDate,
    store_label: &str,
    why: bool,
) -> Result<(), CliError> {
    let snapshot = store.snapshot()?;
    let eval = evaluate(
        &snapshot.people,
        &snapshot.documents,
        &snapshot.events,
        rules,
        today,
    );
    let names: HashMap<PersonId, &str> = snapshot
        .people
        .iter()
        .map(|p| (p.id, p.display_name.as_str()))
        .collect();
    let p = Painter::stdout();

    outln!("{}", p.bold("doctrack — documents and deadlines"));
    outln!(
        "store: {store_label}; encrypted, {} people, {} documents",
        snapshot.people.len(),
        snapshot.documents.len()
    );
    outln!("rules: {} rules; date: {today}", rules.len());
    if !snapshot.unreadable.is_empty() {
        outln!(
            "warning: {} record(s) failed their integrity check and are not shown",
            snapshot.unreadable.len()
        );
    }
    for w in &eval.warnings {
        outln!("warning: {w}");
    }
    outln!();
    outln!("{}", p.bold("Dashboard (most urgent first)"));
    let header = format!(
        "{} {} {} {} {} {} NEXT DEADLINE",
        pad("PERSON", 20),
        pad("DOCUMENT", 26),
        pad("STATE", 20),
        pad("STATUS", 20),
        pad("EXPIRES", 11),
        pad("DAYS LEFT", 10),
    );
    outln!("{}", p.dim(&header));
    if eval.documents.is_empty() {
        outln!("  no documents yet");
    }
    for st in &eval.documents {
        print_row(&p, st, &names, &snapshot.documents, today, why);
    }
    outln!();
    outln!("{}", p.bold("Renewal plan (what to do, in order)"));
    let steps = plan(&eval, Span::Months(6));
    if steps.is_empty() {
        outln!("  nothing to do in the next 6 months");
    }
    let order: HashMap<DocumentId, usize> = steps
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.document.map(|d| (d, i + 1)))
        .collect();
    for (i, step) in steps.iter().enumerate() {
        let who = names.get(&step.holder).copied().unwrap_or("?");
        let kinds: Vec<String> = step
            .kinds
            .iter()
            .map(|k| k.english_name().to_lowercase())
            .collect();
        let what = match step.action {
            Action::Renew => format!("renew the {}", kinds.join(" or ")),
            Action::Obtain => format!("obtain a {}", kinds.join(" or ")),
            action => action.label().to_string(),
        };
        let by = step.by.map(|d| format!(" by {d}")).unwrap_or_default();
        let from = step
            .from
            .map(|d| format!(" (from {d})"))
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
        outln!(
            "  {:>2}. {} {what}{by}{from} — {}{after}",
            i + 1,
            pad(who, 20),
            p.status(step.status, &step.why)
        );
    }
    Ok(())
}

fn print_row(
    p: &Painter,
    st: &DocumentStatus,
    names: &HashMap<PersonId, &str>,
    docs: &[Document],
    today: NaiveDate,
    why: bool,
) {
    let who = names.get(&st.holder).copied().unwrap_or("?");
    let doc = docs.iter().find(|d| d.id == st.document);
    let expires = doc
        .and_then(|d| d.expires_on)
        .map(|d| d.to_string())
        .unwrap_or_else(|| "—".into());
    let next = st.next_deadline();
    let days = next
        .map(|d| (d.date - today).num_days())
        .map(|n| {
            if n < 0 {
                format!("{} late", -n)
            } else {
                n.to_string()
            }
        })
        .unwrap_or_else(|| "—".into());
    let next_text = next
        .map(|d| format!("{} ({})", d.date, d.kind.label()))
        .unwrap_or_else(|| "—".into());
    outln!(
        "{} {} {} {} {} {} {}",
        pad(who, 20),
        pad(&st.kind.english_name(), 26),
        pad(st.lifecycle.label(), 20),
        p.status(st.status, &pad(st.status.label(), 20)),
        pad(&expires, 11),
        pad(&days, 10),
        next_text
    );
    if why {
        for r in &st.status_reasons {
            outln!("      status: {}", reason_line(r));
        }
        if let Some(n) = next {
            for r in &n.reasons {
                outln!("      {}: {}", n.kind.label(), reason_line(r));
            }
        }
        for n in &st.notes {
            outln!("      note: {n}");
        }
    }
    if st.status == TimeStatus::Blocked && !why {
        for b in &st.blockers {
            match b {
                Blocker::Prerequisite {
                    kinds,
                    required_until,
                    ..
                } => {
                    let names: Vec<String> = kinds
                        .iter()
                        .map(|k| k.english_name().to_lowercase())
                        .collect();
                    outln!(
                        "      {}",
                        p.dim(&format!(
                            "blocked: needs a {} valid until {required_until}",
                            names.join(" or ")
                        ))
                    );
                }
                Blocker::TermLimit { limit, .. } => {
                    outln!(
                        "      {}",
                        p.dim(&format!(
                            "blocked: no renewal beyond {limit} (total term limit)"
                        ))
                    );
                }
            }
        }
    }
}
