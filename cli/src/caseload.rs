//! `doctrack dashboard --caseload`: a caseworker's whole caseload at a
//! glance, evaluated person by person (issue 27): totals by status and
//! situation, overdue and blocked counts, documents due per week, the most
//! urgent documents, and `--svg` a picture of the 26 weeks ahead. A
//! progress bar on a terminal (indicatif), quiet otherwise.

use crate::ids::short;
use crate::timeline::{colour, esc, write_svg};
use crate::ui::{Cell, Table, Ui};
use crate::{outln, CliError};
use chrono::NaiveDate;
use doctrack_core::app::{App, CaseloadDashboard, CaseloadOptions};
use doctrack_core::messages::AsTerm;
use doctrack_core::rules::evaluate::TimeStatus;
use std::path::Path;

/// Stores with more people than this show the caseload form unless a
/// person is asked for.
pub const AUTO_CASELOAD_PEOPLE: u64 = 100;

/// Threads for a laptop: every core the system offers.
pub fn default_threads() -> u32 {
    std::thread::available_parallelism()
        .map(|n| u32::try_from(n.get()).unwrap_or(1))
        .unwrap_or(1)
}

/// Computes the caseload, with a progress bar when stderr is a terminal
/// and `quiet` is false.
pub fn compute(
    app: &App,
    as_of: NaiveDate,
    options: CaseloadOptions,
    quiet: bool,
) -> Result<CaseloadDashboard, CliError> {
    let bar = crate::progress::bar(
        0,
        "{spinner} evaluating people {pos}/{len} {wide_bar} {eta}",
        quiet,
    );
    let result = app.caseload_dashboard_with(as_of, options, &mut |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    });
    bar.finish_and_clear();
    Ok(result?)
}

fn status_name(ui: &Ui, status: TimeStatus) -> String {
    ui.l.term(status.term())
}

/// Prints the caseload for people.
pub fn print(ui: &Ui, c: &CaseloadDashboard) {
    outln!(
        "{}",
        ui.p.bold(&format!(
            "Caseload on {}: {} people, {} documents ({})",
            ui.l.date(c.as_of),
            c.people,
            c.documents,
            c.rules.short_label()
        ))
    );
    let statuses: Vec<String> = c
        .by_status
        .iter()
        .filter(|s| s.documents > 0)
        .map(|s| format!("{} {}", status_name(ui, s.status), s.documents))
        .collect();
    outln!("documents by status: {}", statuses.join(" · "));
    let situations: Vec<String> = c
        .by_situation
        .iter()
        .map(|s| format!("{} {}", s.situation.as_str().replace('_', " "), s.people))
        .collect();
    outln!("people: {}", situations.join(" · "));
    outln!("overdue: {}   blocked: {}", c.overdue, c.blocked);
    let weeks: Vec<String> = c
        .weeks
        .iter()
        .map(|w| {
            w.by_status
                .iter()
                .map(|s| s.documents)
                .sum::<u64>()
                .to_string()
        })
        .collect();
    outln!(
        "due per week, next {} weeks: {}",
        c.weeks.len(),
        weeks.join(" ")
    );
    outln!();
    outln!(
        "{}",
        ui.p.bold(&format!(
            "Most urgent ({} of {})",
            c.urgent.len(),
            c.documents
        ))
    );
    let mut t = Table::new(&[
        ("STATUS", 0),
        ("NEXT DATE", 0),
        ("PERSON", 0),
        ("DOCUMENT", 0),
        ("ID", 0),
    ]);
    for u in &c.urgent {
        let next = u
            .card
            .next_deadline
            .as_ref()
            .map(|d| ui.l.date(d.date))
            .unwrap_or_default();
        t.row(vec![
            Cell::status(status_name(ui, u.card.status), u.card.status),
            Cell::new(next),
            Cell::new(format!("{} ({})", u.name, short(&u.person))),
            Cell::new(ui.l.kind_name(&u.card.kind)),
            Cell::new(short(&u.card.document)),
        ]);
    }
    for line in t.lines(&ui.p) {
        outln!("{line}");
    }
    if !c.unreadable.is_empty() {
        outln!(
            "{} record(s) could not be read and are not counted: run `doctrack store check`",
            c.unreadable.len()
        );
    }
    if c.warnings_total > 0 {
        outln!(
            "{} warning(s) about the data (see --json)",
            c.warnings_total
        );
    }
}

const WIDTH: f64 = 1000.0;
const HEIGHT: f64 = 420.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 980.0;
const TOP: f64 = 80.0;
const BOTTOM: f64 = 360.0;

/// The picture: documents due per week for the weeks ahead, stacked by
/// status (most urgent at the bottom), with the overdue and blocked counts.
pub fn svg(ui: &Ui, c: &CaseloadDashboard) -> String {
    let totals: Vec<u64> = c
        .weeks
        .iter()
        .map(|w| w.by_status.iter().map(|s| s.documents).sum())
        .collect();
    let max = totals.iter().copied().max().unwrap_or(0).max(1);
    let slot = (RIGHT - LEFT) / c.weeks.len().max(1) as f64;
    let scale = (BOTTOM - TOP) / max as f64;
    let mut out = String::new();
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
    ));
    out.push_str(&format!(
        "<text x=\"{LEFT}\" y=\"30\" font-size=\"18\" font-weight=\"bold\">{}</text>\n",
        esc(&format!(
            "Caseload on {}: {} people, {} documents due per week",
            ui.l.date(c.as_of),
            c.people,
            c.documents
        ))
    ));
    out.push_str(&format!(
        "<text id=\"overdue\" x=\"{LEFT}\" y=\"56\" font-size=\"15\" fill=\"{}\" data-count=\"{}\">{}</text>\n",
        colour(TimeStatus::Expired),
        c.overdue,
        esc(&format!("overdue: {}", c.overdue))
    ));
    out.push_str(&format!(
        "<text id=\"blocked\" x=\"{}\" y=\"56\" font-size=\"15\" fill=\"{}\" data-count=\"{}\">{}</text>\n",
        LEFT + 200.0,
        colour(TimeStatus::Blocked),
        c.blocked,
        esc(&format!("blocked: {}", c.blocked))
    ));
    out.push_str(&format!(
        "<line x1=\"{LEFT}\" y1=\"{BOTTOM}\" x2=\"{RIGHT}\" y2=\"{BOTTOM}\" stroke=\"#424242\"/>\n<text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"end\">{max}</text>\n",
        LEFT - 6.0,
        TOP + 4.0
    ));
    for (i, week) in c.weeks.iter().enumerate() {
        let x = LEFT + slot * i as f64 + slot * 0.1;
        let w = slot * 0.8;
        out.push_str(&format!(
            "<g class=\"week\" data-starts=\"{}\" data-total=\"{}\">\n",
            week.starts, totals[i]
        ));
        let mut y = BOTTOM;
        // Most urgent at the bottom of each bar.
        for s in week.by_status.iter().rev() {
            let h = s.documents as f64 * scale;
            y -= h;
            out.push_str(&format!(
                "<rect class=\"bar\" data-status=\"{}\" data-count=\"{}\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" fill=\"{}\"/>\n",
                s.status.as_str(),
                s.documents,
                colour(s.status)
            ));
        }
        if i % 4 == 0 {
            out.push_str(&format!(
                "<text x=\"{x:.1}\" y=\"{}\" font-size=\"11\">{}</text>\n",
                BOTTOM + 16.0,
                esc(&ui.l.date(week.starts))
            ));
        }
        out.push_str("</g>\n");
    }
    // The legend: every status drawn.
    let mut lx = LEFT;
    let drawn: Vec<TimeStatus> = TimeStatus::ALL
        .iter()
        .copied()
        .filter(|st| {
            c.weeks
                .iter()
                .any(|w| w.by_status.iter().any(|s| s.status == *st))
        })
        .collect();
    out.push_str("<g class=\"legend\">\n");
    for st in drawn {
        out.push_str(&format!(
            "<rect x=\"{lx:.1}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{}\" font-size=\"12\">{}</text>\n",
            BOTTOM + 34.0,
            colour(st),
            lx + 16.0,
            BOTTOM + 45.0,
            esc(&status_name(ui, st))
        ));
        lx += 120.0;
    }
    out.push_str("</g>\n</svg>\n");
    out
}

/// Writes the picture to a new file.
pub fn write(ui: &Ui, c: &CaseloadDashboard, path: &Path) -> Result<(), CliError> {
    write_svg(path, &svg(ui, c))?;
    outln!(
        "wrote the caseload's {} weeks ahead to {}",
        c.weeks.len(),
        path.display()
    );
    Ok(())
}
