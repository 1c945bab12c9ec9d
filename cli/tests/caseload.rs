//! `doctrack dashboard` for a caseload (issue 27): a store of more than 100
//! people shows the streamed form (totals, the most urgent, `--limit`),
//! `--json` is quiet and machine-readable, `--svg` draws the weeks ahead
//! (checked as drawn by Chromium), and `--person` still gives one person's
//! full plan.

mod common;

use chrono::NaiveDate;
use doctrack_core::app::{App, AppConfig};
use doctrack_core::crypto::{KdfParams, NewSlot};
use doctrack_core::domain::{
    Cohort, Country, Document, DocumentId, DocumentKind, Language, PersonDraft,
};
use doctrack_core::store::StoreOptions;
use std::path::Path;
use std::process::{Command, Output};
use zeroize::Zeroizing;

const PASS: &str = "a caseload passphrase";

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// 120 people with a passport and a work permit each, expiring across the
/// year (a fast passphrase slot, so each CLI call opens quickly).
fn caseload(path: &Path) {
    let mut app = App::create(
        path,
        NewSlot::Passphrase {
            passphrase: Zeroizing::new(PASS.into()),
            kdf: KdfParams::insecure_fast_for_tests(),
        },
        StoreOptions::default(),
        AppConfig::embedded().unwrap(),
    )
    .unwrap();
    for i in 0..120u32 {
        let person = app
            .register_person(
                PersonDraft {
                    display_name: format!("Worker {i:03}"),
                    nationality: Country::Myanmar,
                    language: Language::My,
                    cohort: Cohort::Mou,
                    works_on_fishing_vessel: true,
                    province: None,
                },
                d(2026, 1, 1),
            )
            .unwrap()
            .id;
        for (kind, number, expires) in [
            (
                DocumentKind::Passport,
                format!("P{i:06}"),
                d(2026, 3, 1) + chrono::Days::new(u64::from(i) * 7),
            ),
            (
                DocumentKind::WorkPermit,
                format!("W{i:06}"),
                d(2026, 2, 1) + chrono::Days::new(u64::from(i) * 3),
            ),
        ] {
            app.record_document(
                Document {
                    id: DocumentId::new_random(),
                    holder: person,
                    kind,
                    number,
                    issuing_country: Country::Myanmar,
                    issuing_authority: None,
                    issued_on: Some(d(2024, 1, 1)),
                    expires_on: Some(expires),
                    employer: None,
                    links: vec![],
                    notes: String::new(),
                },
                d(2026, 1, 1),
            )
            .unwrap();
        }
    }
    app.close().unwrap();
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_doctrack"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("DOCTRACK_STORE", dir.join("caseload.doctrack"))
        .env("DOCTRACK_PASS", PASS)
        .env("DOCTRACK_TODAY", "2026-06-01")
        .env("DOCTRACK_LANG", "en")
        .output()
        .expect("doctrack runs")
}

/// `dashboard --caseload --limit 7 --json` on `threads` threads.
fn caseload_json(dir: &Path, threads: u32) -> String {
    let threads = threads.to_string();
    ok(
        dir,
        &[
            "dashboard",
            "--caseload",
            "--limit",
            "7",
            "--threads",
            &threads,
            "--json",
        ],
    )
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let out = run(dir, args);
    assert!(
        out.status.success(),
        "doctrack {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty() || !String::from_utf8_lossy(&out.stderr).contains("evaluating"),
        "no progress bar when stderr is not a terminal"
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_caseload_shows_totals_the_most_urgent_and_the_weeks_ahead() {
    let dir = tempfile::tempdir().unwrap();
    caseload(&dir.path().join("caseload.doctrack"));

    let text = ok(dir.path(), &["dashboard", "--limit", "5"]);
    assert!(text.contains("Caseload on"), "{text}");
    assert!(text.contains("120 people, 240 documents"), "{text}");
    assert!(text.contains("Most urgent (5 of 240)"), "{text}");
    assert!(text.contains("overdue: "), "{text}");

    let json = caseload_json(dir.path(), 2);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["people"], 120);
    assert_eq!(v["documents"], 240);
    assert_eq!(v["urgent"].as_array().unwrap().len(), 7);
    assert_eq!(v["weeks"].as_array().unwrap().len(), 26);
    let counted: u64 = v["by_status"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["documents"].as_u64().unwrap())
        .sum();
    assert_eq!(counted, 240);
    // One thread or two: the same answer.
    let one = caseload_json(dir.path(), 1);
    assert_eq!(one, json);

    // One person's full plan, as before.
    let first = v["urgent"][0]["person"].as_str().unwrap().to_string();
    let person = ok(dir.path(), &["dashboard", "--person", &first[..8]]);
    assert!(
        person.contains("Renewal plan") || person.contains("plan"),
        "{person}"
    );
    assert!(!person.contains("Caseload on"), "{person}");

    let drawn = ok(dir.path(), &["dashboard", "--svg", "weeks.svg"]);
    assert!(
        drawn.contains("wrote the caseload's 26 weeks ahead"),
        "{drawn}"
    );
    let svg = std::fs::read_to_string(dir.path().join("weeks.svg")).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    let weeks = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("week"))
        .count();
    assert_eq!(weeks, 26);
    let drawn_total: u64 = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("bar"))
        .map(|n| n.attribute("data-count").unwrap().parse::<u64>().unwrap())
        .sum();
    let in_weeks: u64 = v["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|w| w["by_status"].as_array().unwrap().iter())
        .map(|s| s["documents"].as_u64().unwrap())
        .sum();
    assert_eq!(drawn_total, in_weeks);
    assert!(in_weeks > 0);
    let overdue = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("overdue"))
        .unwrap();
    assert_eq!(
        overdue.attribute("data-count").unwrap(),
        v["overdue"].to_string()
    );

    // Drawn by a browser: the bars' colours are in the picture.
    let png = dir.path().join("weeks.png");
    if common::screenshot(&dir.path().join("weeks.svg"), &png, 1000, 420).is_some() {
        let decoder =
            png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png).unwrap()));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut buf).unwrap();
        let channels = info.line_size / info.width as usize;
        let coloured = buf[..info.buffer_size()]
            .chunks(channels)
            .filter(|p| !(p[0] == p[1] && p[1] == p[2]))
            .count();
        assert!(
            coloured > 500,
            "the bars are not in the picture ({coloured} pixels)"
        );
    }
}

/// Turns a current store back into the schema-9 shape (photo chunks in a
/// WITHOUT ROWID table, as `003_attachments.sql` made them).
fn as_schema_9(path: &Path) {
    let sql = include_str!("../../core/src/store/migrations/003_attachments.sql");
    let start = sql.find("CREATE TABLE attachment_chunks").unwrap();
    let end = start + sql[start..].find(';').unwrap() + 1;
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(&format!(
        "BEGIN;
         CREATE TABLE chunks_kept AS SELECT * FROM attachment_chunks;
         DROP TABLE attachment_chunks;
         {}
         INSERT INTO attachment_chunks SELECT * FROM chunks_kept;
         DROP TABLE chunks_kept;
         PRAGMA user_version = 9;
         COMMIT;",
        &sql[start..end]
    ))
    .unwrap();
}

#[test]
fn an_upgrade_says_which_formats_and_where_the_copy_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("caseload.doctrack");
    caseload(&path);
    as_schema_9(&path);
    let out = run(dir.path(), &["dashboard", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    let note = err
        .lines()
        .find(|l| l.starts_with("note: upgraded the store from format 9 to"))
        .unwrap_or_else(|| panic!("no upgrade note in: {err}"));
    let copy = note
        .split("is kept at ")
        .nth(1)
        .and_then(|rest| rest.split(" (").next())
        .unwrap();
    assert!(Path::new(copy).exists(), "the copy named exists: {copy}");
    serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("stdout stays JSON");
    // Opened again: nothing to upgrade, nothing said.
    let again = run(dir.path(), &["dashboard", "--json"]);
    assert!(!String::from_utf8_lossy(&again.stderr).contains("upgraded"));
}
