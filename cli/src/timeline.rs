//! `doctrack timeline --person ID --svg FILE`: one person's documents on a
//! time axis — validity, renewal windows, deadlines, grace periods, 90-day
//! report windows and today — colour-coded by status, with a legend. A
//! picture a caseworker can print or show.

use crate::session::{self, StoreArgs};
use crate::ui::Ui;
use crate::{outln, CliError};
use chrono::{Datelike, NaiveDate};
use doctrack_core::domain::{Document, Person};
use doctrack_core::messages::AsTerm;
use doctrack_core::rules::{DateKind, DocumentStatus, TimeStatus};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `doctrack timeline`.
#[derive(Debug, clap::Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// The person (id prefix).
    #[arg(long)]
    person: String,
    /// The SVG file to write (overwritten if it exists).
    #[arg(long)]
    svg: PathBuf,
    /// The date to show as today (default: today).
    #[arg(long, value_parser = crate::parse_date_arg)]
    today: Option<NaiveDate>,
    /// Start of the axis (default: the earliest issue date, at most 4 years back).
    #[arg(long, value_parser = crate::parse_date_arg)]
    from: Option<NaiveDate>,
    /// End of the axis (default: the latest date shown, at least a year ahead).
    #[arg(long, value_parser = crate::parse_date_arg)]
    to: Option<NaiveDate>,
}

/// Colours by status (also used by the legend).
pub fn colour(status: TimeStatus) -> &'static str {
    match status {
        TimeStatus::Valid => "#2e7d32",
        TimeStatus::WindowOpen => "#00838f",
        TimeStatus::AwaitingDecision => "#5c6bc0",
        TimeStatus::JobChange => "#d84315",
        TimeStatus::DueSoon => "#f9a825",
        TimeStatus::Blocked => "#6a1b9a",
        TimeStatus::InGrace => "#ef6c00",
        TimeStatus::Expired => "#b71c1c",
        TimeStatus::Lapsed => "#4e0000",
        TimeStatus::NotApplicable => "#9e9e9e",
    }
}

const WIDTH: f64 = 1000.0;
const LEFT: f64 = 230.0;
const RIGHT: f64 = 980.0;
const TOP: f64 = 70.0;
const ROW: f64 = 38.0;

pub(crate) fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Writes a picture with names or dates in it: owner-only, written beside
/// and moved into place (never over an existing file, never through a link).
pub(crate) fn write_svg(path: &std::path::Path, text: &str) -> Result<(), CliError> {
    doctrack_core::store::write_new_file(path, |file| {
        use std::io::Write;
        file.write_all(text.as_bytes())?;
        Ok(())
    })
    .map_err(|e| match e {
        doctrack_core::store::StoreError::AlreadyExists => CliError::Usage(format!(
            "{} already exists: nothing was overwritten (choose another file name)",
            path.display()
        )),
        other => CliError::App(other.into()),
    })
}

/// The horizontal scale of the axis.
pub struct Scale {
    from: NaiveDate,
    to: NaiveDate,
}

impl Scale {
    /// The x position of the start of `date` (clamped to the axis).
    pub fn x(&self, date: NaiveDate) -> f64 {
        let total = (self.to - self.from).num_days().max(1) as f64;
        let d = (date - self.from)
            .num_days()
            .clamp(0, (self.to - self.from).num_days()) as f64;
        LEFT + (RIGHT - LEFT) * d / total
    }

    /// The x position just after `date` (an inclusive end).
    fn x_end(&self, date: NaiveDate) -> f64 {
        self.x(date.succ_opt().unwrap_or(date))
    }
}

fn date_of(st: &DocumentStatus, kind: DateKind) -> Option<NaiveDate> {
    st.date(kind).map(|d| d.date)
}

/// The default axis: from the earliest issue date (at most 4 years before
/// today) to the latest date shown (at least a year after today).
fn default_range(
    statuses: &[&DocumentStatus],
    docs: &[&Document],
    today: NaiveDate,
) -> (NaiveDate, NaiveDate) {
    let floor = today.with_year(today.year() - 4).unwrap_or(today);
    let from = docs
        .iter()
        .filter_map(|d| d.issued_on)
        .min()
        .unwrap_or(today)
        .max(floor)
        .min(today);
    let to = statuses
        .iter()
        .flat_map(|s| s.dates.iter().map(|d| d.date))
        .max()
        .unwrap_or(today)
        .max(today.with_year(today.year() + 1).unwrap_or(today));
    (first_of_month(from), to)
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// Draws the timeline of `person`'s documents.
pub fn svg(
    ui: &Ui,
    person: &Person,
    items: &[(&Document, &DocumentStatus)],
    today: NaiveDate,
    range: (NaiveDate, NaiveDate),
) -> String {
    let scale = Scale {
        from: range.0,
        to: range.1,
    };
    let rows = items.len().max(1) as f64;
    let legend_y = TOP + rows * ROW + 30.0;
    let height = legend_y + 70.0;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="13" data-from="{}" data-to="{}" data-today="{today}">"#,
        range.0, range.1
    );
    let _ = write!(
        s,
        r##"<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>"##
    );
    let _ = write!(
        s,
        r#"<text x="10" y="24" font-size="17" font-weight="bold">{} — {}</text>"#,
        esc(&person.display_name),
        esc(&ui.l.date(today))
    );
    // Year ticks along the top.
    let mut year = range.0.year();
    while let Some(jan) = NaiveDate::from_ymd_opt(year, 1, 1) {
        if jan > range.1 {
            break;
        }
        if jan >= range.0 {
            let x = scale.x(jan);
            let _ = write!(
                s,
                r##"<line class="tick" x1="{x:.1}" y1="{}" x2="{x:.1}" y2="{}" stroke="#dddddd"/><text x="{:.1}" y="{}" fill="#555555">{year}</text>"##,
                TOP - 12.0,
                TOP + rows * ROW,
                x + 3.0,
                TOP - 16.0
            );
        }
        year += 1;
    }
    for (i, (doc, st)) in items.iter().enumerate() {
        let y = TOP + i as f64 * ROW;
        let mid = y + ROW / 2.0;
        let _ = write!(
            s,
            r#"<g class="document" data-document="{}" data-kind="{}" data-status="{}">"#,
            doc.id,
            doc.kind.code(),
            st.status.as_str()
        );
        let label = format!(
            "{} ({})",
            ui.l.kind_name(&doc.kind),
            ui.l.term(st.status.term())
        );
        let _ = write!(
            s,
            r#"<text x="10" y="{:.1}">{}</text>"#,
            mid + 4.0,
            esc(&label)
        );
        let start = doc.issued_on.unwrap_or(range.0).max(range.0);
        let end = date_of(st, DateKind::ValidUntil)
            .or(date_of(st, DateKind::ReportDue))
            .or(date_of(st, DateKind::JobChangeDeadline))
            .or(doc.expires_on)
            .unwrap_or(range.1);
        let (x0, x1) = (scale.x(start), scale.x_end(end).max(scale.x(start) + 2.0));
        let _ = write!(
            s,
            r#"<rect class="bar" x="{x0:.1}" y="{:.1}" width="{:.1}" height="14" rx="3" fill="{}" data-start="{start}" data-end="{end}"/>"#,
            mid - 7.0,
            x1 - x0,
            colour(st.status)
        );
        if let (Some(open), Some(deadline)) = (
            date_of(st, DateKind::WindowOpens),
            date_of(st, DateKind::Deadline).or(date_of(st, DateKind::JobChangeDeadline)),
        ) {
            let (a, b) = (scale.x(open), scale.x_end(deadline));
            let _ = write!(
                s,
                r##"<rect class="window" x="{a:.1}" y="{:.1}" width="{:.1}" height="24" fill="none" stroke="#00838f" stroke-dasharray="4 2"/>"##,
                mid - 12.0,
                (b - a).max(1.0)
            );
        }
        if let (Some(deadline), Some(grace)) = (
            date_of(st, DateKind::Deadline),
            date_of(st, DateKind::GraceEnds),
        ) {
            let (a, b) = (scale.x_end(deadline), scale.x_end(grace));
            let _ = write!(
                s,
                r##"<rect class="grace" x="{a:.1}" y="{:.1}" width="{:.1}" height="14" fill="#ef6c00" fill-opacity="0.45"/>"##,
                mid - 7.0,
                (b - a).max(1.0)
            );
        }
        if let (Some(open), Some(close)) = (
            date_of(st, DateKind::ReportWindowOpens),
            date_of(st, DateKind::ReportWindowCloses),
        ) {
            let (a, b) = (scale.x(open), scale.x_end(close));
            let _ = write!(
                s,
                r##"<rect class="report-window" x="{a:.1}" y="{:.1}" width="{:.1}" height="24" fill="#1565c0" fill-opacity="0.25"/>"##,
                mid - 12.0,
                (b - a).max(1.0)
            );
        }
        for kind in [
            DateKind::Deadline,
            DateKind::ReportDue,
            DateKind::JobChangeDeadline,
        ] {
            if let Some(d) = date_of(st, kind) {
                let x = scale.x_end(d);
                let _ = write!(
                    s,
                    r##"<line class="deadline" x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="#212121" stroke-width="2"><title>{}: {}</title></line>"##,
                    mid - 13.0,
                    mid + 13.0,
                    esc(&ui.l.term(kind.term())),
                    esc(&ui.l.date(d))
                );
            }
        }
        s.push_str("</g>");
    }
    let tx = scale.x(today);
    let _ = write!(
        s,
        r##"<line id="today" x1="{tx:.1}" y1="{:.1}" x2="{tx:.1}" y2="{:.1}" stroke="#d50000" stroke-width="2" stroke-dasharray="6 3"/><text x="{:.1}" y="{:.1}" fill="#d50000">today</text>"##,
        TOP - 8.0,
        TOP + rows * ROW,
        tx + 3.0,
        TOP + rows * ROW + 14.0
    );
    // Legend.
    let mut x = 10.0;
    let _ = write!(s, r#"<g class="legend">"#);
    for status in [
        TimeStatus::Valid,
        TimeStatus::AwaitingDecision,
        TimeStatus::WindowOpen,
        TimeStatus::JobChange,
        TimeStatus::DueSoon,
        TimeStatus::Blocked,
        TimeStatus::InGrace,
        TimeStatus::Expired,
    ] {
        let label = ui.l.term(status.term());
        let _ = write!(
            s,
            r#"<rect x="{x:.1}" y="{legend_y:.1}" width="14" height="14" fill="{}"/><text x="{:.1}" y="{:.1}">{}</text>"#,
            colour(status),
            x + 18.0,
            legend_y + 12.0,
            esc(&label)
        );
        x += 30.0 + crate::ui::width(&label) as f64 * 7.5;
    }
    let y2 = legend_y + 30.0;
    let _ = write!(
        s,
        r##"<rect x="10" y="{y2:.1}" width="24" height="14" fill="none" stroke="#00838f" stroke-dasharray="4 2"/><text x="40" y="{:.1}">renewal window</text><rect x="170" y="{y2:.1}" width="24" height="14" fill="#ef6c00" fill-opacity="0.45"/><text x="200" y="{:.1}">grace period</text><rect x="310" y="{y2:.1}" width="24" height="14" fill="#1565c0" fill-opacity="0.25"/><text x="340" y="{:.1}">90-day report window</text><line x1="500" y1="{y2:.1}" x2="500" y2="{:.1}" stroke="#212121" stroke-width="2"/><text x="508" y="{:.1}">deadline</text><line x1="590" y1="{y2:.1}" x2="590" y2="{:.1}" stroke="#d50000" stroke-width="2" stroke-dasharray="6 3"/><text x="598" y="{:.1}">today</text>"##,
        y2 + 12.0,
        y2 + 12.0,
        y2 + 12.0,
        y2 + 14.0,
        y2 + 12.0,
        y2 + 14.0,
        y2 + 12.0
    );
    s.push_str("</g></svg>\n");
    s
}

/// Runs `doctrack timeline`.
pub fn run(args: TimelineArgs, ui: &Ui) -> Result<ExitCode, CliError> {
    let today = match args.today {
        Some(t) => t,
        None => session::today()?,
    };
    let app = args.store.open()?;
    let person = session::person(&app, &args.person)?.person;
    let (_, evaluation) = app.evaluate(today)?;
    let documents: Vec<Document> = app
        .documents_of(person.id)?
        .items
        .into_iter()
        .map(|r| r.document)
        .collect();
    let items: Vec<(&Document, &DocumentStatus)> = evaluation
        .documents
        .iter()
        .filter(|st| st.holder == person.id)
        .filter_map(|st| {
            documents
                .iter()
                .find(|d| d.id == st.document)
                .map(|d| (d, st))
        })
        .collect();
    let statuses: Vec<&DocumentStatus> = items.iter().map(|(_, s)| *s).collect();
    let docs: Vec<&Document> = items.iter().map(|(d, _)| *d).collect();
    let (dfrom, dto) = default_range(&statuses, &docs, today);
    let range = (args.from.unwrap_or(dfrom), args.to.unwrap_or(dto));
    if range.1 <= range.0 {
        return Err(CliError::Usage("--to must be after --from".into()));
    }
    let text = svg(ui, &person, &items, today, range);
    write_svg(&args.svg, &text)?;
    outln!(
        "wrote a timeline of {} document(s) to {}",
        items.len(),
        args.svg.display()
    );
    Ok(ExitCode::SUCCESS)
}
