//! What an app does on every start, at 10,000 documents: unlock the store
//! (PBKDF2, 600,000 iterations), read and decrypt everything, and evaluate
//! and plan every document with the embedded Thai rules — all through the
//! application layer ([`App`]), as the apps and the CLI do.
//!
//! `cargo bench -p doctrack-core --bench app_start` runs it with criterion
//! and writes the medians to `target/criterion/app_start.md`; with
//! `DOCTRACK_BENCH_WRITE=1` it updates the committed `bench-results/app_start.md`.

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, Criterion};
use doctrack_core::app::BundledRules;
use doctrack_core::app::{App, Dashboard};
use doctrack_core::crypto::{KdfParams, NewSlot, Secret};
use doctrack_core::domain::{
    Cohort, Country, Document, DocumentChange, DocumentId, DocumentKind, Language, Link, LinkKind,
    PersonDraft,
};
use doctrack_core::rules::compiled::write_bundle;
use doctrack_core::rules::embedded;
use doctrack_core::store::StoreOptions;
use std::path::{Path, PathBuf};
use std::time::Duration;
use zeroize::Zeroizing;

const PEOPLE: usize = 1_250;
const KINDS: [DocumentKind; 8] = [
    DocumentKind::Passport,
    DocumentKind::Visa,
    DocumentKind::WorkPermit,
    DocumentKind::Seabook,
    DocumentKind::HealthCheck,
    DocumentKind::HealthInsurance,
    DocumentKind::PinkCard,
    DocumentKind::NinetyDayReport,
];

fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1)
        .unwrap()
        .checked_add_days(Days::new(n))
        .unwrap()
}

/// A store with 1,250 people × 8 documents = 10,000 documents.
fn build(path: &Path) {
    let slot = NewSlot::Passphrase {
        passphrase: Zeroizing::new("bench passphrase".into()),
        kdf: KdfParams::default(),
    };
    let mut store = App::create(
        path,
        slot,
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .unwrap();
    let cohorts = ["mou", "unknown", "cr:2024-09-24", "cr:2025-11-11"];
    let nations = [
        Country::Myanmar,
        Country::Cambodia,
        Country::Laos,
        Country::VietNam,
    ];
    for i in 0..PEOPLE {
        let p = store
            .register_person(
                PersonDraft {
                    display_name: format!("Bench person {i}"),
                    nationality: nations[i % 4].clone(),
                    language: Language::My,
                    cohort: cohorts[i % 4].parse::<Cohort>().unwrap(),
                    works_on_fishing_vessel: i % 2 == 0,
                    province: None,
                },
                day(0),
            )
            .unwrap();
        let mut passport = None;
        for (k, kind) in KINDS.iter().enumerate() {
            let issued = day((i * 7 + k * 31) as u64 % 700);
            let recurring = kind.is_recurring_obligation();
            let mut doc = Document {
                id: DocumentId::new_random(),
                holder: p.id,
                kind: kind.clone(),
                number: if recurring {
                    String::new()
                } else {
                    format!("B{i}-{k}")
                },
                issuing_country: Country::Thailand,
                issuing_authority: None,
                issued_on: Some(issued),
                expires_on: (!recurring).then(|| {
                    issued
                        .checked_add_days(Days::new(365 + (i as u64 % 700)))
                        .unwrap()
                }),
                employer: None,
                links: vec![],
                notes: String::new(),
            };
            if *kind == DocumentKind::Visa {
                if let Some(target) = passport {
                    doc.links.push(Link {
                        kind: LinkKind::StampedIn,
                        target,
                    });
                }
            }
            let r = store.record_document(doc, day(0)).unwrap();
            if *kind == DocumentKind::Passport {
                passport = Some(r.document.id);
            }
            if recurring {
                store
                    .apply_event(r.document.id, DocumentChange::ReportFiled, day(300))
                    .unwrap();
            }
        }
    }
    store.close().unwrap();
}

fn secret() -> Secret {
    Secret::passphrase("bench passphrase")
}

fn benches(c: &mut Criterion, path: &Path) {
    let app = App::open(
        path,
        &secret(),
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .unwrap();
    let store = app.store();
    let snapshot = store.snapshot().unwrap();
    assert_eq!(snapshot.documents.len(), PEOPLE * KINDS.len());
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let mut group = c.benchmark_group("app_start");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("evaluate_10k_documents", |b| {
        b.iter_batched(
            || snapshot.clone(),
            |snap| Dashboard::from_snapshot(snap, app.rules(), app.rules_info().clone(), as_of),
            criterion::BatchSize::LargeInput,
        )
    });
    group.bench_function("evaluate_10k_documents_2_threads", |b| {
        b.iter_batched(
            || snapshot.clone(),
            |snap| {
                Dashboard::from_snapshot_on(snap, app.rules(), app.rules_info().clone(), as_of, 2)
            },
            criterion::BatchSize::LargeInput,
        )
    });
    group.bench_function("dashboard_10k_documents", |b| {
        b.iter(|| app.dashboard(as_of).unwrap())
    });
    group.bench_function("read_and_decrypt_10k_documents", |b| {
        b.iter(|| store.snapshot().unwrap())
    });
    group.bench_function("unlock_pbkdf2_600k", |b| {
        b.iter(|| {
            App::open(
                path,
                &secret(),
                StoreOptions::default(),
                doctrack_core::app::AppConfig::embedded().unwrap(),
            )
            .unwrap()
        })
    });
    group.bench_function("load_embedded_rules", |b| b.iter(embedded::load_default));
    // What an app does at start: read the rules bundled in compiled form
    // (bindings/build.rs makes the same bytes).
    let report = embedded::load_default();
    let bundle = write_bundle(report.rules.as_ref().unwrap(), report.meta.as_ref());
    group.bench_function("load_bundled_rules", |b| {
        b.iter(|| BundledRules::from_compiled(&bundle).unwrap())
    });
    group.finish();
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

fn median_ms(id: &str) -> Option<f64> {
    let path = target_dir()
        .join("criterion/app_start")
        .join(id)
        .join("new/estimates.json");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    v["median"]["point_estimate"].as_f64().map(|ns| ns / 1e6)
}

fn run(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.db");
    build(&path);
    benches(c, &path);
}

criterion_group!(app_start, run);

fn main() {
    app_start();
    Criterion::default().configure_from_args().final_summary();
    let ids = [
        (
            "evaluate_10k_documents",
            "Evaluate and plan 10,000 documents (embedded Thai rules)",
        ),
        (
            "evaluate_10k_documents_2_threads",
            "Evaluate and plan 10,000 documents, people on two threads",
        ),
        (
            "dashboard_10k_documents",
            "Dashboard: read, decrypt, evaluate and plan 10,000 documents",
        ),
        (
            "read_and_decrypt_10k_documents",
            "Read and decrypt 10,000 documents, 1,250 people, 11,250 events",
        ),
        (
            "unlock_pbkdf2_600k",
            "Open and unlock the store (PBKDF2-HMAC-SHA256, 600,000 iterations)",
        ),
        (
            "load_embedded_rules",
            "Parse and validate the rule files (TOML; maintainers' tools)",
        ),
        (
            "load_bundled_rules",
            "Read the bundled rules as an app does (compiled form, checks across rules)",
        ),
    ];
    let mut out = String::from("# app_start benchmark\n\nMedians from criterion (`cargo bench -p doctrack-core --bench app_start`).\n\n| step | median |\n|---|---|\n");
    for (id, label) in ids {
        match median_ms(id) {
            Some(ms) => out.push_str(&format!("| {label} | {ms:.1} ms |\n")),
            None => out.push_str(&format!("| {label} | not measured |\n")),
        }
    }
    out.push_str(&format!(
        "\nMachine: {} logical CPUs, {} {}; release profile (opt-level \"z\", LTO). Generated {}.\n",
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        std::env::consts::OS,
        std::env::consts::ARCH,
        chrono::Local::now().format("%Y-%m-%d"),
    ));
    // The committed figures change only when asked: a quick look must not
    // overwrite them (DOCTRACK_BENCH_WRITE=1 writes bench-results/app_start.md).
    let dest = if std::env::var_os("DOCTRACK_BENCH_WRITE").is_some() {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../bench-results/app_start.md")
    } else {
        target_dir().join("criterion/app_start.md")
    };
    match std::fs::write(&dest, &out) {
        Ok(()) => eprintln!("figures written to {}", dest.display()),
        Err(e) => eprintln!("could not write {}: {e}", dest.display()),
    }
    print!("{out}");
}
