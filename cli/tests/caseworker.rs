//! The CLI as an NGO caseworker uses it: finding people and documents by
//! short ids, every event, dates, explicit store creation, checked input,
//! readable tables, photos, backups, the timeline picture, and the README's
//! walkthrough run as written.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PASS: &str = "a caseworker passphrase";
const TODAY: &str = "2026-06-01";

struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    fn new() -> Case {
        Case {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn store(&self) -> PathBuf {
        self.dir.path().join("caseload.doctrack")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Runs doctrack with the store, passphrase and today's date set.
    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_doctrack"))
            .args(args)
            .env("NO_COLOR", "1")
            .env("DOCTRACK_STORE", self.store())
            .env("DOCTRACK_PASS", PASS)
            .env("DOCTRACK_BACKUP_PASS", "a backup passphrase")
            .env("DOCTRACK_TODAY", TODAY)
            // A caseworker who reads English (the dashboard otherwise speaks
            // the language of the person shown).
            .env("DOCTRACK_LANG", "en")
            .output()
            .expect("doctrack runs")
    }

    /// Runs and expects success; returns stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "doctrack {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Runs and expects exit `code`; returns stderr.
    fn fails(&self, code: i32, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(code),
            "doctrack {args:?}: stdout {} stderr {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    }

    /// A Myanmar fisher and a Cambodian pink-card holder with documents.
    fn seed(&self) -> Seeded {
        let aung = self.ok(&[
            "person",
            "add",
            "--create",
            "--name",
            "Ko Aung",
            "--nationality",
            "MM",
            "--language",
            "my",
            "--cohort",
            "mou",
            "--fisher",
            "--on",
            "2026-04-01",
        ]);
        let mom = self.ok(&[
            "person",
            "add",
            "--name",
            "Srey Mom",
            "--nationality",
            "KH",
            "--language",
            "km",
            "--on",
            "2026-04-01",
        ]);
        let (aung, mom) = (aung.trim().to_string(), mom.trim().to_string());
        let passport = self.ok(&[
            "document",
            "add",
            "--person",
            &aung[..6],
            "--kind",
            "passport",
            "--number",
            "MA 123456",
            "--country",
            "MM",
            "--issued",
            "2020-04-01",
            "--expires",
            "2027-03-31",
            "--on",
            "2026-04-01",
        ]);
        let permit = self.ok(&[
            "document",
            "add",
            "--person",
            &aung[..6],
            "--kind",
            "work_permit",
            "--number",
            "WP-1",
            "--issued",
            "2025-08-15",
            "--expires",
            "2026-08-14",
            "--employer",
            "Boat Co",
            "--on",
            "2026-04-01",
        ]);
        let pink = self.ok(&[
            "document",
            "add",
            "--person",
            &mom[..6],
            "--kind",
            "pink_card",
            "--number",
            "00-1234",
            "--issued",
            "2025-03-01",
            "--expires",
            "2027-02-13",
            "--on",
            "2026-04-01",
        ]);
        Seeded {
            aung,
            mom,
            passport: passport.trim().to_string(),
            permit: permit.trim().to_string(),
            pink: pink.trim().to_string(),
        }
    }
}

struct Seeded {
    aung: String,
    mom: String,
    passport: String,
    permit: String,
    pink: String,
}

#[test]
fn short_ids_filters_and_json() {
    let c = Case::new();
    let s = c.seed();
    let list = c.ok(&["person", "list"]);
    assert!(
        list.contains(&s.aung[..8]) && !list.contains(&s.aung),
        "{list}"
    );
    // A unique prefix works; an ambiguous or unknown one says why.
    let show = c.ok(&["person", "show", "--person", &s.mom[..5]]);
    assert!(
        show.contains("Srey Mom") && show.contains("Pink card"),
        "{show}"
    );
    let err = c.fails(2, &["person", "show", "--person", "zzzz"]);
    assert!(err.contains("no person has an id starting with"), "{err}");
    let err = c.fails(2, &["person", "show", "--person", "ab"]);
    assert!(err.contains("at least 4 characters"), "{err}");
    // --person filters lists and the dashboard.
    let docs = c.ok(&["document", "list", "--person", &s.mom[..6]]);
    assert!(
        docs.contains("Pink card") && !docs.contains("Work permit"),
        "{docs}"
    );
    let dash = c.ok(&["dashboard", "--person", &s.aung[..6]]);
    assert!(
        dash.contains("Work permit") && !dash.contains("Srey Mom"),
        "{dash}"
    );
    // JSON for lists, the dashboard and history.
    let v: serde_json::Value = serde_json::from_str(&c.ok(&["person", "list", "--json"])).unwrap();
    assert_eq!(v["people"].as_array().unwrap().len(), 2);
    let v: serde_json::Value =
        serde_json::from_str(&c.ok(&["document", "list", "--json", "--person", &s.aung[..6]]))
            .unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 2);
    let v: serde_json::Value = serde_json::from_str(&c.ok(&["dashboard", "--json"])).unwrap();
    assert_eq!(v["as_of"], TODAY);
    let aung = v["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["person"]["id"] == s.aung.as_str())
        .unwrap();
    let permit = aung["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["document"] == s.permit.as_str())
        .unwrap();
    assert_eq!(permit["status"], "blocked");
    assert!(permit["blocked_by"][0]["id"].is_string());
    let status = aung["statuses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["document"] == s.permit.as_str())
        .unwrap();
    assert!(status["status_reasons"][0]["message"]["id"].is_string());
    let v: serde_json::Value = serde_json::from_str(&c.ok(&[
        "document",
        "history",
        "--json",
        "--document",
        &s.passport[..6],
    ]))
    .unwrap();
    assert_eq!(v[0]["change"]["type"], "recorded");
    let found = c.ok(&["document", "find", "--number", "ma123456"]);
    assert!(found.contains(&s.passport[..8]), "{found}");
}

#[test]
fn every_event_with_renewals_replacements_and_corrections() {
    let c = Case::new();
    let s = c.seed();
    c.ok(&[
        "document",
        "event",
        "--document",
        &s.permit[..6],
        "--event",
        "renewal-submitted",
        "--on",
        "2026-05-20",
    ]);
    let new_permit = c.ok(&[
        "document",
        "renew",
        "--document",
        &s.permit[..6],
        "--number",
        "WP-2",
        "--issued",
        "2026-08-15",
        "--expires",
        "2028-08-14",
        "--employer",
        "Boat Co",
        "--on",
        "2026-05-30",
    ]);
    let history = c.ok(&["document", "history", "--document", &s.permit[..6]]);
    for e in [
        "recorded",
        "renewal submitted",
        "renewal approved",
        &new_permit.trim()[..8],
    ] {
        assert!(history.contains(e), "missing {e:?} in {history}");
    }
    let show = c.ok(&["document", "show", "--document", new_permit.trim()]);
    assert!(show.contains("WP-2") && show.contains("active"), "{show}");
    // A lost passport and its replacement.
    c.ok(&[
        "document",
        "event",
        "--document",
        &s.passport[..6],
        "--event",
        "reported-lost",
    ]);
    let replacement = c.ok(&[
        "document",
        "replace",
        "--document",
        &s.passport[..6],
        "--number",
        "MB 654321",
        "--country",
        "MM",
        "--issued",
        "2026-05-25",
        "--expires",
        "2036-05-24",
    ]);
    let list = c.ok(&["document", "list", "--person", &s.aung[..6]]);
    assert!(
        list.contains("superseded") && list.contains(&replacement.trim()[..8]),
        "{list}"
    );
    // A mistyped expiry is corrected; the history keeps both.
    c.ok(&[
        "document",
        "correct",
        "--document",
        &s.pink[..6],
        "--expires",
        "2027-02-14",
    ]);
    let history = c.ok(&["document", "history", "--document", &s.pink[..6]]);
    assert!(
        history.contains("details corrected") && history.contains("expiry date"),
        "{history}"
    );
    // An illegal event names the state and the event.
    let err = c.fails(
        2,
        &[
            "document",
            "event",
            "--document",
            &s.permit[..6],
            "--event",
            "renewal-started",
        ],
    );
    assert!(
        err.contains("superseded") && err.contains("renewal_started"),
        "{err}"
    );
}

#[test]
fn events_after_today_are_refused() {
    let c = Case::new();
    let s = c.seed();
    let err = c.fails(
        2,
        &[
            "document",
            "event",
            "--document",
            &s.permit[..6],
            "--event",
            "renewal-started",
            "--on",
            "2026-06-02",
        ],
    );
    assert!(err.contains("after today"), "{err}");
    c.ok(&[
        "document",
        "event",
        "--document",
        &s.permit[..6],
        "--event",
        "renewal-started",
        "--on",
        "2026-05-02",
    ]);
}

#[test]
fn input_is_checked_against_what_exists() {
    let c = Case::new();
    let s = c.seed();
    let err = c.fails(2, &["person", "add", "--name", "X", "--nationality", "XX"]);
    assert!(err.contains("ISO 3166"), "{err}");
    let err = c.fails(
        2,
        &[
            "person",
            "add",
            "--name",
            "X",
            "--nationality",
            "MM",
            "--cohort",
            "cr:1999-01-01",
        ],
    );
    assert!(
        err.contains("No rule in use knows this cohort") && err.contains("cr:2024-09-24"),
        "{err}"
    );
    c.ok(&[
        "person",
        "add",
        "--name",
        "Y",
        "--nationality",
        "LA",
        "--cohort",
        "cr:2024-09-24",
    ]);
    // No --number for a 90-day report or a health check; required for a passport.
    c.ok(&[
        "document",
        "add",
        "--person",
        &s.aung[..6],
        "--kind",
        "ninety_day_report",
        "--issued",
        "2026-04-01",
    ]);
    c.ok(&[
        "document",
        "add",
        "--person",
        &s.aung[..6],
        "--kind",
        "health_check",
        "--issued",
        "2026-01-05",
        "--expires",
        "2027-01-04",
    ]);
    let err = c.fails(
        2,
        &[
            "document",
            "add",
            "--person",
            &s.aung[..6],
            "--kind",
            "passport",
            "--expires",
            "2030-01-01",
        ],
    );
    assert!(err.contains("number must not be empty"), "{err}");
    // A short new passphrase is refused with the reason; nothing is created.
    let out = Command::new(env!("CARGO_BIN_EXE_doctrack"))
        .args([
            "person",
            "add",
            "--create",
            "--name",
            "Z",
            "--nationality",
            "MM",
        ])
        .env("DOCTRACK_STORE", c.path("short.doctrack"))
        .env("DOCTRACK_PASS", "short")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 8 characters"));
    assert!(!c.path("short.doctrack").exists());
    // A passphrase variable that is not UTF-8 is said to be so, not "not set".
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        let out = Command::new(env!("CARGO_BIN_EXE_doctrack"))
            .args(["person", "list"])
            .env("DOCTRACK_STORE", c.path("store.doctrack"))
            .env(
                "DOCTRACK_PASS",
                std::ffi::OsString::from_vec(vec![0x66, 0xff, 0xfe, 0x67, 0x68, 0x69, 0x6a, 0x6b]),
            )
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("is not valid UTF-8"), "{err}");
        assert!(!err.contains("not set"), "{err}");
    }
}

#[test]
fn tables_are_readable() {
    let c = Case::new();
    c.seed();
    c.ok(&[
        "person",
        "add",
        "--name",
        "ကိုအောင်မြင့်",
        "--nationality",
        "MM",
        "--language",
        "my",
    ]);
    c.ok(&[
        "person",
        "add",
        "--name",
        "Nang Kham Seng Aye Aye Thandar Win Myint",
        "--nationality",
        "MM",
    ]);
    let list = c.ok(&["person", "list"]);
    let lines: Vec<&str> = list.lines().collect();
    // The nationality column starts at the same display column on every line.
    let col = |line: &str| {
        let at = line
            .find(" MM ")
            .or(line.find(" KH "))
            .map(|i| i + 1)
            .or(line.find("NATIONALITY"))
            .unwrap();
        unicode_width_of(&line[..at])
    };
    let first = col(lines[0]);
    for l in &lines[1..] {
        assert_eq!(col(l), first, "misaligned:\n{list}");
    }
    assert!(
        list.contains('…'),
        "a long name is cut with an ellipsis:\n{list}"
    );
    let dash = c.ok(&["dashboard"]);
    assert!(
        dash.contains("Work permit") && !dash.contains("work_permit"),
        "{dash}"
    );
    assert!(dash.contains("4 people, 3 documents"), "{dash}");
}

/// Terminal columns of `s`.
fn unicode_width_of(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

#[test]
fn top_level_help_lists_every_command() {
    let c = Case::new();
    let help = c.ok(&["--help"]);
    for cmd in [
        "demo",
        "person add",
        "document add",
        "document event|renew|replace|correct",
        "document find",
        "document custody",
        "dashboard",
        "checklist show|tick",
        "payment record|list|retract",
        "services",
        "timeline",
        "photo add",
        "backup export",
        "store check",
        "rules check",
    ] {
        assert!(help.contains(cmd), "missing {cmd:?} in:\n{help}");
    }
}

#[test]
fn photos_and_backups() {
    let c = Case::new();
    let s = c.seed();
    // A JPEG's first bytes, then filler: the type is read from the bytes.
    let jpeg: Vec<u8> = [0xFF, 0xD8, 0xFF, 0xE0]
        .into_iter()
        .chain((4..200_000u32).map(|i| (i * 7 % 251) as u8))
        .collect();
    std::fs::write(c.path("scan.jpg"), &jpeg).unwrap();
    // Refused with what is wrong, and nothing added: a folder, an empty
    // file, a file that is no photo, a type that disagrees with the bytes.
    std::fs::create_dir(c.path("a-folder")).unwrap();
    std::fs::write(c.path("empty.jpg"), b"").unwrap();
    std::fs::write(c.path("notes.jpg"), b"not a photo at all").unwrap();
    std::fs::write(c.path("scan.png"), &jpeg).unwrap();
    for (file, needle) in [
        ("a-folder", "is a folder"),
        ("empty.jpg", "is empty"),
        ("notes.jpg", "is not a photo or scan doctrack keeps"),
        ("scan.png", "is a image/jpeg file, not image/png"),
    ] {
        let err = c.fails(
            2,
            &[
                "photo",
                "add",
                "--document",
                &s.passport[..6],
                "--file",
                c.path(file).to_str().unwrap(),
            ],
        );
        assert!(err.contains(needle), "{file}: {err}");
    }
    let photo = c.ok(&[
        "photo",
        "add",
        "--document",
        &s.passport[..6],
        "--file",
        c.path("scan.jpg").to_str().unwrap(),
    ]);
    let list = c.ok(&["photo", "list", "--document", &s.passport[..6]]);
    assert!(
        list.contains("image/jpeg") && list.contains("200000"),
        "{list}"
    );
    c.ok(&[
        "photo",
        "export",
        "--photo",
        &photo.trim()[..6],
        "--out",
        c.path("out.jpg").to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(c.path("out.jpg")).unwrap(), jpeg);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(c.path("out.jpg"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "an exported photo is owner-only");
    }
    // A folder that does not exist: said so (not an internal error).
    let err = c.fails(
        2,
        &[
            "photo",
            "export",
            "--photo",
            &photo.trim()[..6],
            "--out",
            c.path("no-such-folder/out.jpg").to_str().unwrap(),
        ],
    );
    assert!(err.to_lowercase().contains("folder"), "{err}");
    let err = c.fails(
        3,
        &[
            "photo",
            "export",
            "--photo",
            &photo.trim()[..6],
            "--out",
            c.path("out.jpg").to_str().unwrap(),
        ],
    );
    assert!(err.contains("already exists"), "{err}");
    // Backup, restore into a new store, merge back.
    let backup = c.path("caseload.backup");
    c.ok(&["backup", "export", "--out", backup.to_str().unwrap()]);
    let restored = c.path("restored.doctrack");
    let out = c.ok(&[
        "backup",
        "restore",
        "--backup",
        backup.to_str().unwrap(),
        "--store",
        restored.to_str().unwrap(),
    ]);
    assert!(out.contains("1 photo(s) added"), "{out}");
    let list = c.ok(&["person", "list", "--store", restored.to_str().unwrap()]);
    assert!(
        list.contains("Ko Aung") && list.contains("Srey Mom"),
        "{list}"
    );
    let out = c.ok(&["backup", "merge", "--backup", backup.to_str().unwrap()]);
    assert!(out.contains("0 event(s) and 0 photo(s) added"), "{out}");
    // A wrong backup passphrase is refused; nothing is left behind.
    let out = Command::new(env!("CARGO_BIN_EXE_doctrack"))
        .args([
            "backup",
            "restore",
            "--backup",
            backup.to_str().unwrap(),
            "--store",
            c.path("r2").to_str().unwrap(),
        ])
        .env("DOCTRACK_PASS", PASS)
        .env("DOCTRACK_BACKUP_PASS", "not the backup passphrase")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!c.path("r2").exists());
    c.ok(&["photo", "delete", "--photo", &photo.trim()[..6]]);
    assert!(c
        .ok(&["photo", "list", "--document", &s.passport[..6]])
        .contains("no photos"));
    // The older backup still has the photo: merging it never brings it
    // back, and says so.
    let out = c.ok(&["backup", "merge", "--backup", backup.to_str().unwrap()]);
    assert!(
        out.contains("deleted photos stay deleted: 1 from the backup not added"),
        "{out}"
    );
    assert!(c
        .ok(&["photo", "list", "--document", &s.passport[..6]])
        .contains("no photos"));
    let history = c.ok(&["document", "history", "--document", &s.passport[..6]]);
    assert!(history.contains("photo"), "{history}");
}

#[test]
fn timeline_svg_has_a_bar_per_document_and_today_in_place() {
    let c = Case::new();
    let s = c.seed();
    let svg = c.path("aung.svg");
    c.ok(&[
        "timeline",
        "--person",
        &s.aung[..6],
        "--svg",
        svg.to_str().unwrap(),
        "--from",
        "2025-06-01",
        "--to",
        "2027-06-01",
    ]);
    let text = std::fs::read_to_string(&svg).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("valid XML");
    let bars: Vec<_> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("bar"))
        .collect();
    assert_eq!(bars.len(), 2, "one bar per document of Ko Aung");
    let groups = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("document"))
        .count();
    assert_eq!(groups, 2);
    // Today (1 Jun 2026) is 365 of 730 days along the axis from x=230 to x=980.
    let today = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("today"))
        .unwrap();
    let x: f64 = today.attribute("x1").unwrap().parse().unwrap();
    let expected = 230.0 + 750.0 * 365.0 / 730.0;
    assert!(
        (x - expected).abs() < 0.2,
        "today at {x}, expected {expected}"
    );
    // The work permit's bar ends just after its expiry (14 Aug 2026, inclusive).
    let permit = doc
        .descendants()
        .find(|n| n.attribute("data-document") == Some(s.permit.as_str()))
        .unwrap();
    assert_eq!(permit.attribute("data-status"), Some("blocked"));
    let bar = permit
        .descendants()
        .find(|n| n.attribute("class") == Some("bar"))
        .unwrap();
    assert_eq!(bar.attribute("data-end"), Some("2026-08-14"));
    assert!(doc
        .descendants()
        .any(|n| n.attribute("class") == Some("legend")));
    render_with_chromium(&svg, &c.path("aung.png"));
}

/// Renders the SVG in headless Chromium and checks the picture has the
/// work permit's colour in it.
fn render_with_chromium(svg: &Path, png_path: &Path) {
    if common::screenshot(svg, png_path, 1000, 260).is_none() {
        return;
    }
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png_path).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.line_size / info.width as usize;
    // Blocked (#6a1b9a) is the work permit's colour.
    let purple = buf[..info.buffer_size()]
        .chunks(channels)
        .filter(|p| {
            p[0].abs_diff(0x6a) < 12 && p[1].abs_diff(0x1b) < 12 && p[2].abs_diff(0x9a) < 12
        })
        .count();
    assert!(
        purple > 200,
        "the work permit's bar is not in the picture ({purple} pixels)"
    );
}

#[test]
fn readme_walkthrough_runs_as_written() {
    let out = common::run_script(&common::readme_block("walkthrough"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the README walkthrough failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for needle in [
        "Dashboard",
        "Renewal plan",
        "Ko Aung",
        "Srey Mom",
        "wrote a timeline",
        "encrypted backup",
        "impact on this store: 1 change(s) for 1 of 2 people, 1 document(s)",
        "e.g. Srey Mom: Your work permit: find a new employer by: now 2026-10-23 (was 2026-09-23).",
        "no notices",
    ] {
        assert!(stdout.contains(needle), "missing {needle:?} in:\n{stdout}");
    }
}

#[test]
fn back_dated_events_and_taking_back_a_mistake() {
    let c = Case::new();
    let s = c.seed();
    // Recorded on 1 Apr 2026; issued in 2025: an event of March 2026 is accepted.
    c.ok(&[
        "document",
        "event",
        "--document",
        &s.pink[..6],
        "--event",
        "renewal-started",
        "--on",
        "2026-03-15",
    ]);
    // Before the issue date it is refused.
    let err = c.fails(
        2,
        &[
            "document",
            "event",
            "--document",
            &s.passport[..6],
            "--event",
            "renewal-started",
            "--on",
            "2019-01-01",
        ],
    );
    assert!(err.contains("dated before"), "{err}");
    // A loss recorded by mistake is taken back: the passport is active again.
    c.ok(&[
        "document",
        "event",
        "--document",
        &s.passport[..6],
        "--event",
        "reported-lost",
        "--on",
        "2026-05-01",
    ]);
    let history = c.ok(&[
        "document",
        "history",
        "--document",
        &s.passport[..6],
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&history).unwrap();
    let lost = v
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["change"]["type"] == "reported_lost")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let out = c.ok(&[
        "document",
        "retract",
        "--document",
        &s.passport[..6],
        "--event",
        &lost[..8],
    ]);
    assert!(out.contains("is now active"), "{out}");
    let history = c.ok(&["document", "history", "--document", &s.passport[..6]]);
    assert!(
        history.contains("(taken back)") && history.contains("a mistaken event taken back"),
        "{history}"
    );
    // Taking it back twice, or taking back the first entry, is refused.
    let err = c.fails(
        2,
        &[
            "document",
            "retract",
            "--document",
            &s.passport[..6],
            "--event",
            &lost[..8],
        ],
    );
    assert!(err.contains("cannot be taken back"), "{err}");
    let first = v[0]["id"].as_str().unwrap().to_string();
    let err = c.fails(
        2,
        &[
            "document",
            "retract",
            "--document",
            &s.passport[..6],
            "--event",
            &first[..8],
        ],
    );
    assert!(err.contains("cannot be taken back"), "{err}");
    // Later events depend on an earlier one: take them back first.
    c.ok(&[
        "document",
        "event",
        "--document",
        &s.permit[..6],
        "--event",
        "renewal-submitted",
        "--on",
        "2026-05-02",
    ]);
    c.ok(&[
        "document",
        "event",
        "--document",
        &s.permit[..6],
        "--event",
        "renewal-rejected",
        "--on",
        "2026-05-03",
    ]);
    let h: serde_json::Value = serde_json::from_str(&c.ok(&[
        "document",
        "history",
        "--document",
        &s.permit[..6],
        "--json",
    ]))
    .unwrap();
    let submitted = h
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["change"]["type"] == "renewal_submitted")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let err = c.fails(
        2,
        &[
            "document",
            "retract",
            "--document",
            &s.permit[..6],
            "--event",
            &submitted[..8],
        ],
    );
    assert!(err.contains("Later events depend"), "{err}");
    c.ok(&["store", "check"]);
}

#[test]
fn advice_after_life_events() {
    let c = Case::new();
    let s = c.seed();
    // Ko Aung's permit (deadline 14 Aug 2026) is handed in for renewal on 20 May.
    c.ok(&[
        "document",
        "event",
        "--document",
        &s.permit[..6],
        "--event",
        "renewal-submitted",
        "--on",
        "2026-05-20",
    ]);
    let dash = c.ok(&[
        "dashboard",
        "--today",
        "2026-08-20",
        "--person",
        &s.aung[..6],
    ]);
    assert!(dash.contains("waiting for a decision"), "{dash}");
    assert!(!dash.contains("renew the work permit"), "{dash}");
    assert!(
        !dash.contains("expired"),
        "the receipt covers him after the printed date: {dash}"
    );
    assert!(
        dash.contains("ask at the office where you applied"),
        "follow-up after 60 days: {dash}"
    );
    // Srey Mom leaves her employer: finding a new one leads her plan, and her
    // pink card follows the permit instead of a "renew by" step.
    let wp = c.ok(&[
        "document",
        "add",
        "--person",
        &s.mom[..6],
        "--kind",
        "work_permit",
        "--number",
        "WP-9",
        "--issued",
        "2025-03-01",
        "--expires",
        "2027-02-13",
        "--employer",
        "Gulf Seafood",
        "--on",
        "2026-04-01",
    ]);
    c.ok(&[
        "document",
        "correct",
        "--document",
        &s.pink[..6],
        "--tied-to",
        &wp.trim()[..8],
    ]);
    c.ok(&[
        "document",
        "event",
        "--document",
        &wp.trim()[..8],
        "--event",
        "cancelled",
        "--reason",
        "left_employer",
        "--on",
        "2026-05-01",
    ]);
    let dash = c.ok(&[
        "dashboard",
        "--today",
        "2026-05-10",
        "--person",
        &s.mom[..6],
    ]);
    let plan = &dash[dash.find("Renewal plan").unwrap()..];
    let first = plan.lines().nth(1).unwrap();
    assert!(
        first.contains("find a new employer by 2026-06-30"),
        "{plan}"
    );
    assert!(
        plan.contains("the pink card follows the work permit"),
        "{plan}"
    );
    assert!(!plan.contains("renew the pink card"), "{plan}");
    assert!(dash.contains("looking for a new employer"), "{dash}");
    // Dates today or past: "today", "N days overdue", and help.
    let dash = c.ok(&[
        "dashboard",
        "--today",
        "2026-07-03",
        "--person",
        &s.mom[..6],
    ]);
    assert!(dash.contains("3 days overdue (since 2026-06-30)"), "{dash}");
    assert!(dash.contains("get help from an NGO"), "{dash}");
    assert!(
        !dash.contains("by 2026-06-30"),
        "never 'by' a past date: {dash}"
    );
    // Fees where people look, and a maintainers' default shown as advice.
    let visa = c.ok(&[
        "document",
        "add",
        "--person",
        &s.aung[..6],
        "--kind",
        "visa",
        "--number",
        "V-1",
        "--issued",
        "2025-10-01",
        "--expires",
        "2026-09-30",
        "--stamped-in",
        &s.passport[..6],
        "--on",
        "2026-04-01",
    ]);
    let _ = visa;
    let dash = c.ok(&[
        "dashboard",
        "--today",
        "2026-06-01",
        "--person",
        &s.aung[..6],
    ]);
    assert!(dash.contains("official fee: Visa 500 THB"), "{dash}");
    assert!(
        dash.contains("(advice)") && dash.contains("a default chosen by rule maintainers"),
        "{dash}"
    );
    let why = c.ok(&[
        "dashboard",
        "--today",
        "2026-06-01",
        "--person",
        &s.aung[..6],
        "--why",
    ]);
    assert!(
        why.contains("[th.stay.passport-needed; a default chosen by rule maintainers;"),
        "{why}"
    );
}

#[test]
fn a_passport_kept_by_the_employer_and_a_renewal_overcharged() {
    let c = Case::new();
    // A Myanmar worker of the Cabinet-resolution round of 11 Nov 2025 in
    // Surat Thani: a passport and a work permit issued before that day.
    let aung = c.ok(&[
        "person",
        "add",
        "--create",
        "--name",
        "Ko Aung",
        "--nationality",
        "MM",
        "--language",
        "my",
        "--cohort",
        "cr:2025-11-11",
        "--fisher",
        "--province",
        "Surat Thani",
        "--on",
        "2025-02-13",
    ]);
    let aung = aung.trim().to_string();
    let passport = c.ok(&[
        "document",
        "add",
        "--person",
        &aung[..6],
        "--kind",
        "passport",
        "--number",
        "MA 1",
        "--country",
        "MM",
        "--issued",
        "2024-01-10",
        "--expires",
        "2029-01-09",
        "--on",
        "2025-02-13",
    ]);
    let permit = c.ok(&[
        "document",
        "add",
        "--person",
        &aung[..6],
        "--kind",
        "work_permit",
        "--number",
        "WP-1",
        "--issued",
        "2025-02-13",
        "--expires",
        "2026-02-13",
        "--employer",
        "Boat Co",
        "--on",
        "2025-02-13",
    ]);
    let (passport, permit) = (passport.trim().to_string(), permit.trim().to_string());
    // The employer has held the passport since 10 Feb 2026.
    c.ok(&[
        "document",
        "custody",
        "--document",
        &passport[..6],
        "--holder",
        "employer",
        "--since",
        "2026-02-10",
        "--note",
        "kept in the boat office",
        "--on",
        "2026-02-12",
    ]);
    // A future "since" and an unknown holder are refused.
    let err = c.fails(
        2,
        &[
            "document",
            "custody",
            "--document",
            &passport[..6],
            "--holder",
            "employer",
            "--since",
            "2026-07-01",
        ],
    );
    assert!(err.contains("after the day it is recorded"), "{err}");
    let err = c.fails(
        2,
        &[
            "document",
            "custody",
            "--document",
            &passport[..6],
            "--holder",
            "captain",
        ],
    );
    assert!(err.contains("worker, employer, broker"), "{err}");
    // Not flagged after 14 days, flagged after the setting (14 days).
    let dash = c.ok(&["dashboard", "--today", "2026-02-24"]);
    assert!(!dash.contains("Private warnings"), "{dash}");
    let dash = c.ok(&["dashboard", "--today", "2026-03-01"]);
    assert!(dash.contains("Private warnings for Ko Aung"), "{dash}");
    assert!(
        dash.contains("Your passport has been with your employer since 2026-02-10 (19 days)"),
        "{dash}"
    );
    assert!(dash.contains("th.law.keeping-workers-documents"), "{dash}");
    assert!(dash.contains("where to get help:"), "{dash}");
    // The plan step for the renewal that needs the passport starts with
    // asking for it back.
    assert!(
        dash.contains("renew the work permit")
            && dash.contains("ask your employer for your passport back by"),
        "{dash}"
    );
    // 15,000 baht paid to a broker for a renewal whose official fee is 900.
    let out = c.ok(&[
        "payment",
        "record",
        "--person",
        &aung[..6],
        "--amount",
        "15000",
        "--to",
        "broker",
        "--document",
        &permit[..6],
        "--on",
        "2026-01-20",
    ]);
    assert!(
        out.contains("You paid 15,000 THB to a broker. The official fees are 900 THB."),
        "{out}"
    );
    assert!(
        out.contains("vietnamplus.vn"),
        "the official fee's source: {out}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&c.ok(&["dashboard", "--json", "--today", "2026-01-20"])).unwrap();
    let flags = json["people"][0]["flags"].as_array().unwrap();
    assert!(
        flags.iter().any(|f| f["kind"] == "overcharged"),
        "{flags:?}"
    );
    let listed = c.ok(&["payment", "list", "--person", &aung[..6]]);
    assert!(listed.contains("15000 THB"), "{listed}");
    // The renewal's checklist: who supplies each item; tick one.
    let list = c.ok(&[
        "checklist",
        "show",
        "--document",
        &permit[..6],
        "--today",
        "2026-01-20",
    ]);
    assert!(list.contains("from your employer"), "{list}");
    let key = format!("renew:{permit}");
    let item = list
        .lines()
        .find(|l| l.contains("[ ]") && l.contains("from your employer"))
        .and_then(|l| l.rsplit('(').next())
        .and_then(|l| l.split(':').next())
        .unwrap()
        .trim()
        .to_string();
    c.ok(&[
        "checklist",
        "tick",
        "--person",
        &aung[..6],
        "--list",
        &key,
        "--item",
        &item,
    ]);
    let list = c.ok(&["checklist", "show", "--document", &permit[..6]]);
    assert!(
        list.lines().any(|l| l.contains("[x]") && l.contains(&item)),
        "{list}"
    );
    let err = c.fails(
        2,
        &[
            "checklist",
            "tick",
            "--person",
            &aung[..6],
            "--list",
            &key,
            "--item",
            "no-such",
        ],
    );
    assert!(err.contains("no such item"), "{err}");
}

#[test]
fn services_lists_help_with_contacts_and_sources() {
    let c = Case::new();
    c.ok(&[
        "person",
        "add",
        "--create",
        "--name",
        "Ko Aung",
        "--nationality",
        "MM",
    ]);
    let out = c.ok(&[
        "services",
        "--province",
        "Surat Thani",
        "--lang",
        "my",
        "--problem",
        "documents_held",
    ]);
    // Burmese words, entries with contacts and sources.
    assert!(out.contains("ကူညီသည့်ကိစ္စ") || out.contains("အကူအညီ"), "{out}");
    assert!(out.contains("phone:") && out.contains("https://"), "{out}");
    let json: serde_json::Value = serde_json::from_str(&c.ok(&[
        "services",
        "--province",
        "สุราษฎร์ธานี",
        "--problem",
        "documents_held",
        "--json",
    ]))
    .unwrap();
    let found = json.as_array().unwrap();
    assert!(!found.is_empty());
    for h in found {
        let provinces = h["service"]["provinces"].as_array().unwrap();
        assert!(
            provinces.is_empty() || provinces.iter().any(|p| p == "surat_thani"),
            "{h}"
        );
        assert!(!h["service"]["sources"].as_array().unwrap().is_empty());
    }
    // Unknown provinces and problems are refused with the allowed values.
    let err = c.fails(2, &["services", "--province", "Atlantis"]);
    assert!(err.to_lowercase().contains("province"), "{err}");
    let err = c.fails(2, &["services", "--problem", "boats"]);
    assert!(err.contains("documents_held"), "{err}");
}

#[test]
fn a_cancellation_needs_its_reason_and_nothing_is_recorded_without_it() {
    let c = Case::new();
    let s = c.seed();
    let err = c.fails(
        2,
        &[
            "document",
            "event",
            "--document",
            &s.permit[..6],
            "--event",
            "cancelled",
            "--on",
            "2026-05-01",
        ],
    );
    assert!(err.contains("--event cancelled needs --reason"), "{err}");
    assert!(
        err.contains("left_employer (starts the job-change period)"),
        "{err}"
    );
    let history = c.ok(&["document", "history", "--document", &s.permit[..6]]);
    assert!(!history.to_lowercase().contains("cancel"), "{history}");
}

#[test]
fn text_from_outside_cannot_reorder_or_flood_the_terminal() {
    let c = Case::new();
    c.seed();
    // A name with a right-to-left override: kept as typed, shown without it.
    let typed = "Ma \u{202E}gnuA";
    c.ok(&[
        "person",
        "add",
        "--name",
        typed,
        "--nationality",
        "MM",
        "--on",
        "2026-04-01",
    ]);
    let list = c.ok(&["person", "list"]);
    assert!(
        list.contains("Ma gnuA") && !list.contains('\u{202E}'),
        "{list}"
    );
    let json = c.ok(&["person", "list", "--json"]);
    assert!(
        json.contains("\\u202e") || json.contains('\u{202E}'),
        "kept as typed: {json}"
    );
    // A name of invisible characters only is refused.
    let err = c.fails(
        2,
        &[
            "person",
            "add",
            "--name",
            "\u{200B}\u{FEFF}",
            "--nationality",
            "MM",
            "--on",
            "2026-04-01",
        ],
    );
    assert!(
        err.contains("display_name") || err.contains("empty"),
        "{err}"
    );
    // A megabyte of mistyped id is not echoed back.
    let huge = "ab".repeat(50_000);
    let err = c.fails(2, &["person", "show", "--person", &huge]);
    assert!(err.len() < 2_000, "{} bytes of error", err.len());
    assert!(
        err.contains("more characters"),
        "{}",
        &err[..err.len().min(600)]
    );
}

#[test]
fn a_damaged_person_or_document_is_an_integrity_error_not_a_mistyped_id() {
    let c = Case::new();
    let s = c.seed();
    // Another person's sealed value copied onto Srey Mom's row, and another
    // document's onto the passport's: the AEAD binds each to its row.
    {
        let db = rusqlite::Connection::open(c.store()).unwrap();
        let copied = |table: &str, from: &str, to: &str| {
            let sql = format!(
                "UPDATE {table} SET sealed = (SELECT sealed FROM {table} WHERE id = ?1) WHERE id = ?2"
            );
            assert_eq!(db.execute(&sql, [from, to]).unwrap(), 1, "{table}");
        };
        copied("people", &s.aung, &s.mom);
        copied("documents", &s.permit, &s.passport);
    }
    for (args, what) in [
        (vec!["person", "show", "--person", &s.mom[..8]], "person"),
        (
            vec!["timeline", "--person", &s.mom[..8], "--svg", "m.svg"],
            "person",
        ),
        (
            vec!["document", "show", "--document", &s.passport[..8]],
            "document",
        ),
    ] {
        let out = c.run(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {err}");
        assert!(
            err.contains(&format!("a {what} record failed its integrity check")),
            "{args:?}: {err}"
        );
        assert!(
            !err.contains("no person has an id") && !err.contains("no document has an id"),
            "{err}"
        );
    }
    // A prefix of nothing at all is still a usage error.
    let err = c.fails(2, &["person", "show", "--person", "ffffffff"]);
    assert!(err.contains("no person has an id starting with"), "{err}");
}

#[test]
fn an_older_copy_of_the_store_is_refused_with_an_anchor_file() {
    let c = Case::new();
    let anchor = c.path("kept-apart.anchor");
    let a = anchor.to_str().unwrap();
    c.ok(&[
        "person",
        "add",
        "--create",
        "--anchor",
        a,
        "--name",
        "First Worker",
        "--nationality",
        "MM",
        "--language",
        "my",
        "--cohort",
        "mou",
    ]);
    let old = std::fs::read(c.store()).unwrap();
    c.ok(&[
        "person",
        "add",
        "--anchor",
        a,
        "--name",
        "Second Worker",
        "--nationality",
        "MM",
        "--language",
        "my",
        "--cohort",
        "mou",
    ]);
    std::fs::write(c.store(), &old).unwrap();
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(c.path(&format!("caseload.doctrack{suffix}")));
    }
    let err = c.fails(3, &["person", "list", "--anchor", a]);
    assert!(err.contains("older copy"), "{err}");
    assert!(!err.contains("First Worker"), "{err}");
    // Without the anchor it is not detected (README, security)…
    assert!(c.ok(&["person", "list"]).contains("First Worker"));
    // …and the caseworker can keep this copy on purpose.
    let list = c.ok(&["person", "list", "--anchor", a, "--accept-older-copy"]);
    assert!(
        list.contains("First Worker") && !list.contains("Second Worker"),
        "{list}"
    );
    c.ok(&["person", "list", "--anchor", a]);
}

/// A name and an employer typed on a Zawgyi phone are stored in Unicode,
/// and the caseworker is told; a Unicode name is kept as typed.
#[test]
fn zawgyi_typed_names_are_stored_as_unicode() {
    let c = Case::new();
    let zawgyi_name = "ေမာင္ေအာင္ၾကည္"; // Maung Aung Kyi, typed in Zawgyi
    let unicode_name = "မောင်အောင်ကြည်";
    let out = c.run(&[
        "person",
        "add",
        "--create",
        "--name",
        zawgyi_name,
        "--nationality",
        "MM",
        "--on",
        "2026-04-01",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("typed in Zawgyi"), "{err}");
    let id = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let out = c.run(&[
        "document",
        "add",
        "--person",
        &id[..6],
        "--kind",
        "work_permit",
        "--number",
        "WP-1",
        "--issued",
        "2026-01-10",
        "--expires",
        "2027-01-09",
        "--employer",
        "ျမန္မာ ငါးဖမ္း",
        "--on",
        "2026-04-01",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("employer was typed in Zawgyi"));
    let v: serde_json::Value = serde_json::from_str(&c.ok(&["person", "list", "--json"])).unwrap();
    let stored = v["people"][0]["display_name"].as_str().unwrap_or_default();
    assert_eq!(stored, unicode_name);
    let show = c.ok(&["document", "list", "--json"]);
    assert!(
        show.contains("မြန်မာ ငါးဖမ်း") && !show.contains("ျမန္မာ"),
        "{show}"
    );
    // Unicode typed as Unicode: no note, kept as typed.
    let out = c.run(&[
        "person",
        "add",
        "--name",
        unicode_name,
        "--nationality",
        "MM",
        "--on",
        "2026-04-01",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("Zawgyi"));
}
