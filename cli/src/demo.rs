//! `doctrack demo`: the main job on an embedded default — an encrypted
//! store holding clearly-labelled sample people, the dashboard and the
//! renewal plan for a date.

use crate::ui::Ui;
use crate::{outln, CliError};
use chrono::{Days, NaiveDate};
use doctrack_core::app::{App, AppConfig, AppResult, ReminderOptions};
use doctrack_core::crypto::{KdfParams, NewSlot, Secret};
use doctrack_core::domain::dates::Span;
use doctrack_core::domain::{
    Cohort, Country, Custodian, Custody, Document, DocumentChange, DocumentId, DocumentKind,
    Language, Link, LinkKind, PersonDraft, PersonId,
};
use doctrack_core::messages::ui as words;
use doctrack_core::messages::{ArgValue, ReviewState};
use doctrack_core::store::StoreOptions;
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

/// Fills a new store with three clearly-labelled sample people whose dates
/// are set around `today`, so the dashboard shows every kind of status —
/// and a worker at risk: papers beyond renewal, a passport kept by the
/// employer.
fn seed(store: &mut App, today: NaiveDate) -> AppResult<()> {
    let entered = before(today, 400);
    let aung = store.register_person(
        PersonDraft {
            display_name: "Ko Aung (SAMPLE)".into(),
            nationality: Country::Myanmar,
            language: Language::My,
            cohort: Cohort::Mou,
            works_on_fishing_vessel: true,
            province: None,
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
    store.apply_event(
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
            province: None,
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
    store.apply_event(
        report2.document.id,
        DocumentChange::ReportFiled,
        before(today, 95),
    )?;

    // A worker at risk: a fisher of a registration round whose pink card
    // ended ten months ago, and whose employer keeps her passport.
    let hla = store.register_person(
        PersonDraft {
            display_name: "Ma Hla (SAMPLE)".into(),
            nationality: Country::Myanmar,
            language: Language::My,
            cohort: Cohort::CabinetResolution("2023-10-03".into()),
            works_on_fishing_vessel: true,
            province: Some("samut_sakhon".into()),
        },
        entered,
    )?;
    let hla_passport = store.record_document(
        doc(
            hla.id,
            DocumentKind::Passport,
            "SAMPLE-MB000002",
            Country::Myanmar,
            before(today, 1500),
            Some(after(today, 2000)),
        ),
        entered,
    )?;
    store.record_document(
        doc(
            hla.id,
            DocumentKind::PinkCard,
            "SAMPLE-00-5678",
            Country::Thailand,
            before(today, 700),
            Some(before(today, 300)),
        ),
        entered,
    )?;
    store.apply_event(
        hla_passport.document.id,
        DocumentChange::CustodyChanged {
            custody: Custody {
                holder: Custodian::Employer,
                since: before(today, 40),
                note: Some("SAMPLE: kept in the boat owner's office".into()),
            },
        },
        before(today, 39),
    )?;
    Ok(())
}

/// How far ahead the demo lists reminders, and how many at most.
const REMINDER_HORIZON: Span = Span::Days(60);
const REMINDERS_SHOWN: usize = 8;

/// The next reminders a phone would schedule: in the `--lang` language, or
/// each person's own; the lock-screen text names no document or date.
fn print_reminders(
    ui: &Ui,
    app: &App,
    dash: &doctrack_core::app::Dashboard,
    today: NaiveDate,
) -> Result<(), CliError> {
    let horizon = ArgValue::Span(REMINDER_HORIZON);
    outln!(
        "{}",
        ui.p.bold(&ui.w(words::REMINDERS, &[("span", horizon.clone())]))
    );
    let options = ReminderOptions {
        language: ui.chosen.then(|| ui.l.language()),
        ..ReminderOptions::default()
    };
    let until = REMINDER_HORIZON.after(today).unwrap_or(today);
    let reminders = app.reminders(today, until, &options)?;
    if reminders.is_empty() {
        outln!("  {}", ui.w(words::REMINDERS_EMPTY, &[("span", horizon)]));
    }
    let mut drafts: Vec<Language> = Vec::new();
    for r in reminders.iter().take(REMINDERS_SHOWN) {
        let who = dash
            .person(r.holder)
            .map_or("?", |p| p.person.display_name.as_str());
        let language = if r.language == ui.l.language() {
            String::new()
        } else {
            format!("[{}] ", r.language)
        };
        outln!(
            "  {} {}  {}  {language}{}",
            ui.l.date(r.fire_on),
            ui.l.digits(&format!("{:02}:{:02}", r.hour, r.minute)),
            crate::ui::pad(&crate::ui::truncate(who, 22), 22),
            r.detail_text
        );
        outln!(
            "      {}",
            ui.p.dim(&format!(
                "{}: {}",
                ui.w(words::LOCK_SCREEN, &[]),
                r.lock_screen_text
            ))
        );
        if r.review == ReviewState::Draft && !drafts.contains(&r.language) {
            drafts.push(r.language);
        }
    }
    // Drafts shown beside a reviewed interface say so once.
    drafts.retain(|l| *l != ui.l.language() || ui.l.catalog_review() == ReviewState::Reviewed);
    if !drafts.is_empty() {
        let codes: Vec<String> = drafts.iter().map(ToString::to_string).collect();
        outln!(
            "  {}",
            ui.p.dim(&format!(
                "{}: {}",
                codes.join(", "),
                ui.w(ReviewState::Draft.message_id(), &[])
            ))
        );
    }
    Ok(())
}

/// Runs the demo.
pub fn run(args: DemoArgs, ui: &Ui) -> Result<ExitCode, CliError> {
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let _tmp;
    let (path, secret, label) = match (&args.store, &args.passphrase_env) {
        (Some(path), Some(var)) => (
            path.clone(),
            crate::session::passphrase_from_env(var)?,
            words::DEMO_YOUR_STORE,
        ),
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
            (path, Zeroizing::new(pass), words::DEMO_TEMPORARY_STORE)
        }
    };
    if !path.exists() {
        let slot = NewSlot::Passphrase {
            passphrase: secret.clone(),
            kdf: KdfParams::default(),
        };
        let mut app = App::create(&path, slot, StoreOptions::default(), AppConfig::embedded()?)?;
        seed(&mut app, today)?;
        app.close()?;
    }
    // Reopen from disk: everything shown below was decrypted from the file.
    let store = App::open(
        &path,
        &Secret::Passphrase(secret),
        StoreOptions::default(),
        AppConfig::embedded()?,
    )?;
    let view = crate::dashboard::View::of(&store, today, args.why)?;
    let dashboard = &view.dash;
    // The people's language unless --lang chose one (the sample people read
    // Burmese and Khmer, so the demo speaks English unless asked).
    let ui = ui.for_people(dashboard.people.iter().map(|p| &p.person));
    crate::dashboard::print(
        &ui,
        &view,
        &format!("{} ({})", path.display(), ui.w(label, &[])),
        args.why,
    );
    outln!();
    print_reminders(&ui, &store, dashboard, today)?;
    outln!();
    outln!("{}", ui.p.dim(&ui.w(words::DEMO_FOOTER, &[])));
    store.close()?;
    Ok(ExitCode::SUCCESS)
}
