//! The dashboard and the renewal plan, printed for people. Everything shown
//! comes from the library's [`Dashboard`]; the words come from its English
//! catalog.

use crate::outln;
use crate::output::{pad, Painter};
use chrono::NaiveDate;
use doctrack_core::app::{Dashboard, PLAN_HORIZON};
use doctrack_core::domain::{DocumentId, PersonId};
use doctrack_core::messages::{english, AsTerm, Localizer, Message, MessageId};
use doctrack_core::rules::evaluate::{Basis, Reason};
use doctrack_core::rules::{DocumentStatus, TimeStatus};
use std::collections::HashMap;

fn reason_line(l: &Localizer, r: &Reason) -> String {
    let text = l.render(&r.message);
    match &r.basis {
        Basis::Rule { id, sources, .. } => {
            let src = sources.first().map(|s| s.url.as_str()).unwrap_or("");
            format!("{text} [{id}; {src}]")
        }
        Basis::Document { .. } => format!("{text} [on the document]"),
        Basis::Event { .. } => format!("{text} [history]"),
        Basis::Related { .. } => format!("{text} [related document]"),
    }
}

/// Prints the dashboard and the plan.
pub fn print(dash: &Dashboard, store_label: &str, why: bool) {
    let l = english();
    let today = dash.as_of;
    let names: HashMap<PersonId, &str> = dash
        .people
        .iter()
        .map(|p| (p.id, p.display_name.as_str()))
        .collect();
    let p = Painter::stdout();

    outln!("{}", p.bold("doctrack — documents and deadlines"));
    outln!(
        "store: {store_label}; encrypted, {} people, {} documents",
        dash.people.len(),
        dash.documents.len()
    );
    outln!("rules: {}; date: {today}", dash.rules);
    if !dash.unreadable.is_empty() {
        let count = i64::try_from(dash.unreadable.len()).unwrap_or(i64::MAX);
        outln!(
            "warning: {}",
            l.render(&Message::new(MessageId::WarningUnreadableRecords).number("count", count))
        );
    }
    for w in &dash.evaluation.warnings {
        outln!("warning: {}", l.render(w));
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
    if dash.evaluation.documents.is_empty() {
        outln!("  no documents yet");
    }
    for st in &dash.evaluation.documents {
        print_row(l, &p, st, &names, dash, today, why);
    }
    outln!();
    outln!("{}", p.bold("Renewal plan (what to do, in order)"));
    if dash.plan.is_empty() {
        outln!("  nothing to do in the next {}", l.span(PLAN_HORIZON));
    }
    let order: HashMap<DocumentId, usize> = dash
        .plan
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.document.map(|d| (d, i + 1)))
        .collect();
    for (i, step) in dash.plan.iter().enumerate() {
        let who = names.get(&step.holder).copied().unwrap_or("?");
        let what = l.render(&step.headline());
        let by = step
            .by
            .map(|d| {
                format!(
                    " {}",
                    l.render(&Message::new(MessageId::PlanBy).date("date", d))
                )
            })
            .unwrap_or_default();
        let from = step
            .from
            .map(|d| {
                format!(
                    " ({})",
                    l.render(&Message::new(MessageId::PlanFrom).date("date", d))
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
        let why: Vec<String> = step.why.iter().map(|m| l.render(m)).collect();
        outln!(
            "  {:>2}. {} {what}{by}{from} — {}{after}",
            i + 1,
            pad(who, 20),
            p.status(step.status, &why.join("; "))
        );
    }
}

fn print_row(
    l: &Localizer,
    p: &Painter,
    st: &DocumentStatus,
    names: &HashMap<PersonId, &str>,
    dash: &Dashboard,
    today: NaiveDate,
    why: bool,
) {
    let who = names.get(&st.holder).copied().unwrap_or("?");
    let expires = dash
        .document(st.document)
        .and_then(|d| d.expires_on)
        .map(|d| l.date(d))
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
        .map(|d| format!("{} ({})", l.date(d.date), l.term(d.kind.term())))
        .unwrap_or_else(|| "—".into());
    outln!(
        "{} {} {} {} {} {} {}",
        pad(who, 20),
        pad(&l.kind_name(&st.kind), 26),
        pad(&l.term(st.lifecycle.term()), 20),
        p.status(st.status, &pad(&l.term(st.status.term()), 20)),
        pad(&expires, 11),
        pad(&days, 10),
        next_text
    );
    if why {
        for r in &st.status_reasons {
            outln!("      status: {}", reason_line(l, r));
        }
        if let Some(n) = next {
            for r in &n.reasons {
                outln!("      {}: {}", l.term(n.kind.term()), reason_line(l, r));
            }
        }
        for n in &st.notes {
            outln!("      note: {}", l.render(n));
        }
    }
    if st.status == TimeStatus::Blocked && !why {
        for b in &st.blockers {
            outln!("      {}", p.dim(&l.render(&b.summary())));
        }
    }
}
