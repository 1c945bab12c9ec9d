//! `doctrack demo`: the main job on an embedded default — an encrypted
//! store holding clearly-labelled sample people, the dashboard and the
//! renewal plan for a date.

use crate::output::{pad, Painter};
use crate::{outln, CliError};
use chrono::{Days, NaiveDate};
use doctrack_core::crypto::{KdfParams, NewSlot, Secret};
use doctrack_core::domain::dates::Span;
use doctrack_core::domain::{
    Cohort, Country, Document, DocumentChange, DocumentId, DocumentKind, Language, Link, LinkKind,
    PersonDraft, PersonId,
};
use doctrack_core::rules::evaluate::{Basis, Reason};
use doctrack_core::rules::planner::{plan, Action};
use doctrack_core::rules::{embedded, evaluate, DocumentStatus, RuleSet, TimeStatus};
use doctrack_core::store::{Store, StoreError};
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;
use zeroize::Zeroizing;

/// Arguments of `doctrack demo`.
#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// The date to evaluate (YYYY-MM-DD or DD/MM/YYYY; Buddhist Era years are
    /// converted). Default: today's local date.
    #[arg(long, value_parser = crate::parse_date_arg)]
    today: Option<NaiveDate>,
    /// Keep the store in this file instead of a temporary one. Created with
    /// sample data if it does not exist.
    #[arg(long, requires = "passphrase_env")]
    store: Option<PathBuf>,
    /// Name of the environment variable holding the store's passphrase
    /// (never passed on the command line).
    #[arg(long, requires = "store")]
    passphrase_env: Option<String>,
    /// Show why: the rule and source behind each status and deadline.
    #[arg(long)]
    why: bool,
}

fn after(d: NaiveDate, days: u64) -> NaiveDate {
    d.checked_add_days(Days::new(days)).unwrap_or(d)
}

fn before(d: NaiveDate, days: u64) -> NaiveDate {
    d.checked_sub_days(Days::new(days)).unwrap_or(d)
}

fn doc(
    holder: PersonId,
    kind: DocumentKind,
    number: &str,
    country: Country,
    issued: NaiveDate,
    expires: Option<NaiveDate>,
) -> Document {
    Document {
        id: DocumentId::new_random(),
        holder,
        kind,
        number: number.into(),
        issuing_country: country,
        issuing_authority: None,
        issued_on: Some(issued),
        expires_on: expires,
        employer: None,
        links: Vec::new(),
        notes: "SAMPLE DATA — not a real document".into(),
    }
}

/// Fills a new store with two clearly-labelled sample people whose dates
/// are set around `today`, so the dashboard shows every kind of status.
fn seed(store: &mut Store, today: NaiveDate) -> Result<(), StoreError> {
    let entered = before(today, 400);
    let aung = store.register_person(
        PersonDraft {
            display_name: "Ko Aung (SAMPLE)".into(),
            nationality: Country::Myanmar,
            language: Language::My,
            cohort: Cohort::Mou,
            works_on_fishing_vessel: true,
        },
        entered,
    )?;
    let passport = store.record_document(
        doc(
            aung.id,
            DocumentKind::Passport,
            "SAMPLE-MA000001",
            Country::Myanmar,
            before(today, 3450),
            Some(after(today, 200)),
        ),
        entered,
    )?;
    let mut visa = doc(
        aung.id,
        DocumentKind::Visa,
        "SAMPLE-V-1",
        Country::Thailand,
        before(today, 265),
        Some(after(today, 100)),
    );
    visa.links.push(Link {
        kind: LinkKind::StampedIn,
        target: passport.document.id,
    });
    store.record_document(visa, entered)?;
    let mut wp = doc(
        aung.id,
        DocumentKind::WorkPermit,
        "SAMPLE-WP-1",
        Country::Thailand,
        before(today, 685),
        Some(after(today, 45)),
    );
    wp.employer = Some("Sample Fishing Co. (SAMPLE)".into());
    let wp = store.record_document(wp, entered)?;
    let mut seabook = doc(
        aung.id,
        DocumentKind::Seabook,
        "SAMPLE-SB-1",
        Country::Thailand,
        before(today, 600),
        Some(after(today, 200)),
    );
    seabook.employer = Some("Sample Fishing Co. (SAMPLE)".into());
    seabook.links.push(Link {
        kind: LinkKind::TiedTo,
        target: wp.document.id,
    });
    store.record_document(seabook, entered)?;
    store.record_document(
        doc(
            aung.id,
            DocumentKind::HealthCheck,
            "SAMPLE-HC-1",
            Country::Thailand,
            before(today, 60),
            Some(after(today, 305)),
        ),
        entered,
    )?;
    store.record_document(
        doc(
            aung.id,
            DocumentKind::HealthInsurance,
            "SAMPLE-HI-1",
            Country::Thailand,
            before(today, 60),
            Some(after(today, 305)),
        ),
        entered,
    )?;
    let report = store.record_document(
        doc(
            aung.id,
            DocumentKind::NinetyDayReport,
            "",
            Country::Thailand,
            before(today, 110),
            None,
        ),
        before(today, 110),
    )?;
    store.change_document(
        report.document.id,
        DocumentChange::ReportFiled,
        before(today, 20),
    )?;

    let mom = store.register_person(
        PersonDraft {
            display_name: "Srey Mom (SAMPLE)".into(),
            nationality: Country::Cambodia,
            language: Language::Km,
            cohort: Cohort::Unknown,
            works_on_fishing_vessel: false,
        },
        entered,
    )?;
    store.record_document(
        doc(
            mom.id,
            DocumentKind::PinkCard,
            "SAMPLE-00-1234",
            Country::Thailand,
            before(today, 300),
            Some(after(today, 65)),
        ),
        entered,
    )?;
    let mut wp2 = doc(
        mom.id,
        DocumentKind::WorkPermit,
        "SAMPLE-WP-2",
        Country::Thailand,
        before(today, 300),
        Some(after(today, 65)),
    );
    wp2.employer = Some("Sample Seafood Processing (SAMPLE)".into());
    store.record_document(wp2, entered)?;
    store.record_document(
        doc(
            mom.id,
            DocumentKind::HealthInsurance,
            "SAMPLE-HI-2",
            Country::Thailand,
            before(today, 375),
            Some(before(today, 10)),
        ),
        entered,
    )?;
    let report2 = store.record_document(
        doc(
            mom.id,
            DocumentKind::NinetyDayReport,
            "",
            Country::Thailand,
            before(today, 200),
            None,
        ),
        before(today, 200),
    )?;
    store.change_document(
        report2.document.id,
        DocumentChange::ReportFiled,
        before(today, 95),
    )?;
    Ok(())
}

fn kind_name(kind: &DocumentKind) -> String {
    kind.english_name()
}

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

/// Runs the demo.
pub fn run(args: DemoArgs) -> Result<ExitCode, CliError> {
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let report = embedded::load_default();
    let rules: RuleSet = report
        .rules
        .ok_or_else(|| CliError::Rules("the embedded rule set is invalid".into()))?;
    let _tmp;
    let (path, secret, label) = match (&args.store, &args.passphrase_env) {
        (Some(path), Some(var)) => {
            let value = std::env::var(var).map_err(|_| CliError::Usage(format!("the environment variable {var} is not set (it must hold the store's passphrase)")))?;
            if value.is_empty() {
                return Err(CliError::Usage(format!(
                    "the environment variable {var} is empty"
                )));
            }
            (path.clone(), Zeroizing::new(value), "your store")
        }
        _ => {
            let dir = tempfile::tempdir().map_err(|source| CliError::Io {
                path: "temporary directory".into(),
                source,
            })?;
            let path = dir.path().join("demo.doctrack");
            _tmp = dir;
            // A random passphrase that exists only for this run.
            let mut bytes = [0u8; 24];
            doctrack_core::crypto::random_bytes(&mut bytes)
                .map_err(|e| CliError::Usage(e.to_string()))?;
            let pass: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
            (
                path,
                Zeroizing::new(pass),
                "temporary store, deleted on exit",
            )
        }
    };
    if !path.exists() {
        let slot = NewSlot::Passphrase {
            passphrase: secret.clone(),
            kdf: KdfParams::default(),
        };
        let mut store = Store::create(&path, slot)?;
        seed(&mut store, today)?;
        store.close()?;
    }
    // Reopen from disk: everything shown below was decrypted from the file.
    let store = Store::open(&path, &Secret::Passphrase(secret))?;
    let snapshot = store.snapshot()?;
    let eval = evaluate(
        &snapshot.people,
        &snapshot.documents,
        &snapshot.events,
        &rules,
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
        "store: {} ({label}; encrypted, {} people, {} documents)",
        path.display(),
        snapshot.people.len(),
        snapshot.documents.len()
    );
    outln!(
        "rules: embedded Thai rule set ({} rules); date: {today}",
        rules.len()
    );
    if !snapshot.unreadable.is_empty() {
        outln!(
            "warning: {} record(s) failed their integrity check and are not shown",
            snapshot.unreadable.len()
        );
    }
    outln!();
    outln!("{}", p.bold("Dashboard (most urgent first)"));
    let header = format!(
        "{} {} {} {} {} {} {}",
        pad("PERSON", 20),
        pad("DOCUMENT", 26),
        pad("STATE", 20),
        pad("STATUS", 20),
        pad("EXPIRES", 11),
        pad("DAYS LEFT", 10),
        "NEXT DEADLINE"
    );
    outln!("{}", p.dim(&header));
    for st in &eval.documents {
        print_row(&p, st, &names, &snapshot.documents, today, args.why);
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
    outln!();
    outln!("{}", p.dim("Sample data only. Dates come from the rules in rules/th (run with --why to see each rule and its source)."));
    store.close()?;
    Ok(ExitCode::SUCCESS)
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
        pad(&kind_name(&st.kind), 26),
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
            if let doctrack_core::rules::Blocker::Prerequisite {
                kinds,
                required_until,
                ..
            } = b
            {
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
        }
    }
}
