//! The `doctrack` command as people and maintainers use it: exit codes,
//! messages, and files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn doctrack(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_doctrack"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("DOCTRACK_TEST_PASS")
        .output()
        .expect("doctrack runs")
}

fn doctrack_env(args: &[&str], pass: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_doctrack"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("DOCTRACK_TEST_PASS", pass)
        .output()
        .expect("doctrack runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn rules_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../rules")
}

/// Copies the Thai rule files (with `pack.toml` and `holidays/`) into a fresh directory.
fn copy_rules(to: &Path) {
    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            let target = to.join(path.file_name().unwrap());
            if path.is_dir() {
                copy_dir(&path, &target);
            } else {
                std::fs::copy(&path, target).unwrap();
            }
        }
    }
    copy_dir(&rules_dir().join("th"), &to.join("th"));
}

#[test]
fn demo_prints_dashboard_and_plan() {
    let out = doctrack(&["demo", "--today", "2026-01-15"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    for needle in [
        "Dashboard",
        "Renewal plan",
        "Ko Aung (SAMPLE)",
        "Srey Mom (SAMPLE)",
        "date: 2026-01-15",
        "encrypted",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
    // Most urgent first: the expired insurance comes before any valid document.
    let expired = text.find("expired").unwrap();
    let valid = text.rfind(" valid ").unwrap();
    assert!(expired < valid);
    assert!(!text.contains("\x1b["), "no colour when not on a terminal");
    let why = stdout(&doctrack(&["demo", "--today", "2026-01-15", "--why"]));
    assert!(
        why.contains("th.work-permit.renewal-lead") && why.contains("https://"),
        "{why}"
    );
}

#[test]
fn bad_dates_are_usage_errors_naming_the_date() {
    let out = doctrack(&["demo", "--today", "2025-02-30"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("2025-02-30"), "{}", stderr(&out));
    let out = doctrack(&["demo", "--today", "tomorrow"]);
    assert_eq!(out.status.code(), Some(2));
    // Buddhist Era years are read and converted.
    let out = doctrack(&["demo", "--today", "15/01/2569"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("date: 2026-01-15"));
}

#[test]
fn store_commands_validate_input() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.db");
    let s = store.to_str().unwrap();
    let base = [
        "person",
        "add",
        "--store",
        s,
        "--passphrase-env",
        "DOCTRACK_TEST_PASS",
        "--nationality",
        "MM",
    ];
    let with = |extra: &[&str]| -> Vec<String> {
        base.iter().chain(extra).map(|x| x.to_string()).collect()
    };
    let run = |args: Vec<String>, pass: &str| {
        doctrack_env(&args.iter().map(String::as_str).collect::<Vec<_>>(), pass)
    };

    // Without --create, a mistyped path is not turned into a new store.
    let out = run(with(&["--name", "Ko Test"]), "a long passphrase");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("use --create to make one"),
        "{}",
        stderr(&out)
    );
    assert!(!store.exists());
    let ok = run(
        with(&["--name", "Ko Test", "--create"]),
        "a long passphrase",
    );
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    let person = stdout(&ok).trim().to_string();
    // Empty and huge names: exit 2, a clear message, the name not echoed.
    let empty = run(with(&["--name", "   "]), "a long passphrase");
    assert_eq!(empty.status.code(), Some(2));
    assert!(stderr(&empty).contains("display_name must not be empty"));
    // Linux limits one argument to 128 KiB, so the CLI gets 100 KB (the library test uses 1 MB).
    let huge = "x".repeat(100_000);
    let out = run(with(&["--name", &huge]), "a long passphrase");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("longer than 200 characters") && stderr(&out).len() < 300);
    // Unknown kind and impossible dates.
    let doc = |extra: &[&str]| -> Output {
        let mut args = vec![
            "document",
            "add",
            "--store",
            s,
            "--passphrase-env",
            "DOCTRACK_TEST_PASS",
            "--person",
            &person,
        ];
        args.extend_from_slice(extra);
        doctrack_env(&args, "a long passphrase")
    };
    let out = doc(&["--kind", "spaceship", "--number", "X1"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown document kind"));
    let out = doc(&[
        "--kind",
        "passport",
        "--number",
        "X1",
        "--expires",
        "2025-02-30",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("2025-02-30"));
    let out = doc(&[
        "--kind",
        "passport",
        "--number",
        "X1",
        "--issued",
        "2030-01-01",
        "--expires",
        "2025-01-01",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let out = doc(&[
        "--kind",
        "passport",
        "--number",
        "MA 123",
        "--issued",
        "2022-01-01",
        "--expires",
        "2032-01-01",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let passport = stdout(&out).trim().to_string();
    // An illegal event names the state and the event.
    let out = doctrack_env(
        &[
            "document",
            "event",
            "--store",
            s,
            "--passphrase-env",
            "DOCTRACK_TEST_PASS",
            "--document",
            &passport,
            "--event",
            "renewal-rejected",
        ],
        "a long passphrase",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .contains("cannot apply \"renewal_rejected\" to a document in state \"active\""),
        "{}",
        stderr(&out)
    );
    // Wrong passphrase: not a usage error, and not corruption.
    let out = doctrack_env(
        &[
            "person",
            "list",
            "--store",
            s,
            "--passphrase-env",
            "DOCTRACK_TEST_PASS",
        ],
        "wrong",
    );
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("wrong passphrase"));
    // No passphrase variable: a usage error that says which one.
    let out = doctrack(&[
        "person",
        "list",
        "--store",
        s,
        "--passphrase-env",
        "DOCTRACK_TEST_PASS",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("DOCTRACK_TEST_PASS is not set"));
    // The store on disk does not contain the name or the number.
    let bytes = std::fs::read(&store).unwrap();
    for needle in [&b"Ko Test"[..], b"MA 123", b"MA123"] {
        assert!(!bytes.windows(needle.len()).any(|w| w == needle));
    }
    let out = doctrack_env(
        &[
            "dashboard",
            "--store",
            s,
            "--passphrase-env",
            "DOCTRACK_TEST_PASS",
            "--today",
            "2031-06-01",
        ],
        "a long passphrase",
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("Ko Test"));
}

#[test]
fn demo_with_a_store_file_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("demo.db");
    let s = store.to_str().unwrap();
    let first = doctrack_env(
        &[
            "demo",
            "--store",
            s,
            "--passphrase-env",
            "DOCTRACK_TEST_PASS",
            "--today",
            "2026-03-01",
        ],
        "demo passphrase",
    );
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert!(store.exists());
    let second = doctrack_env(
        &[
            "demo",
            "--store",
            s,
            "--passphrase-env",
            "DOCTRACK_TEST_PASS",
            "--today",
            "2026-03-01",
        ],
        "demo passphrase",
    );
    assert_eq!(
        stdout(&second),
        stdout(&first),
        "the second run reads the same store"
    );
    let wrong = doctrack_env(
        &[
            "demo",
            "--store",
            s,
            "--passphrase-env",
            "DOCTRACK_TEST_PASS",
        ],
        "other",
    );
    assert_eq!(wrong.status.code(), Some(3));
    // The passphrase is never taken from argv.
    let out = doctrack(&["demo", "--store", s]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn rules_check_is_clean_and_catches_mistakes() {
    let out = doctrack(&["rules", "check", rules_dir().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("ok: "));

    let dir = tempfile::tempdir().unwrap();
    copy_rules(dir.path());
    let file = dir.path().join("th/job-change.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replacen(
            "job_change_period = \"60 days\"",
            "job_change_perod = \"60 days\"",
            1,
        ),
    )
    .unwrap();
    let out = doctrack(&["rules", "check", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let line = err.lines().find(|l| l.contains("job-change.toml")).unwrap();
    let loc = line.split(": error:").next().unwrap();
    let parts: Vec<&str> = loc.rsplitn(3, ':').collect();
    assert!(
        parts[0].parse::<u32>().is_ok() && parts[1].parse::<u32>().is_ok(),
        "file:line:col expected, got {line}"
    );
    assert!(
        line.contains("did you mean \"job_change_period\"?"),
        "{line}"
    );
}

#[test]
fn rules_check_names_both_conflicting_rules() {
    let dir = tempfile::tempdir().unwrap();
    copy_rules(dir.path());
    let file = dir.path().join("th/job-change.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    // A second, unrelated file that also sets the job-change period.
    let start = text
        .find("[[rule]]\nid = \"th.job-change.60-days\"")
        .unwrap();
    let copy = format!("format = 1\n{}", &text[start..])
        .replace("th.job-change.60-days", "th.job-change.copy")
        .replace("supersedes = [\"th.job-change.30-days\"]\n", "");
    std::fs::write(dir.path().join("th/extra.toml"), copy).unwrap();
    let out = doctrack(&["rules", "check", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("th.job-change.60-days")
            && err.contains("th.job-change.copy")
            && err.contains("both set job_change_period"),
        "{err}"
    );
}

#[test]
fn rules_test_reports_a_readable_diff() {
    let dir = tempfile::tempdir().unwrap();
    copy_rules(dir.path());
    std::fs::create_dir_all(dir.path().join("tests")).unwrap();
    let scenario =
        std::fs::read_to_string(rules_dir().join("tests/mou-work-permit-window.toml")).unwrap();
    std::fs::write(dir.path().join("tests/good.toml"), &scenario).unwrap();
    std::fs::write(
        dir.path().join("tests/bad.toml"),
        scenario.replace("window_opens = 2026-02-01", "window_opens = 2026-02-02"),
    )
    .unwrap();
    let out = doctrack(&["rules", "test", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("FAIL") && text.contains("bad.toml"));
    assert!(
        text.contains("- expected: 2026-02-02") && text.contains("+ actual:   2026-02-01"),
        "{text}"
    );
    assert!(text.contains("1 passed, 1 failed"), "{text}");
}

#[test]
fn rules_explain_shows_sources_and_json() {
    let scenario = rules_dir().join("tests/mou-work-permit-window.toml");
    let out = doctrack(&[
        "rules",
        "explain",
        scenario.to_str().unwrap(),
        "--as-of",
        "2026-02-01",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("rule th.work-permit.renewal-lead") && text.contains("taipeitimes.com"),
        "{text}"
    );
    let out = doctrack(&["rules", "explain", scenario.to_str().unwrap(), "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = v["documents"].as_array().unwrap();
    assert!(docs
        .iter()
        .any(|d| d["document"] == "wp" && d["status"] == "valid"));
}

#[test]
fn rules_explain_names_the_chain_of_resolutions() {
    // 30 May 2023: the 31 Jul resolution decides the deadline; the 15 May
    // one it replaced is named after it, with its own source.
    let scenario = rules_dir().join("tests/issue23-cr-2023-round-latest-resolution-each-date.toml");
    let explain = |as_of: &str| {
        let out = doctrack(&[
            "rules",
            "explain",
            scenario.to_str().unwrap(),
            "--as-of",
            as_of,
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
    };
    let text = explain("2023-05-30");
    let newer = text
        .find("th.cr-2023-02-07.documents-by-2023-07-31")
        .expect("the deciding resolution is named");
    let older = text
        .find("th.cr-2023-02-07.documents-by-2023-05-15")
        .expect("the resolution it replaced is named");
    assert!(newer < older, "{text}");
    assert!(
        text.contains("replaced from 2023-05-30") && text.contains("bangkokpost.com"),
        "{text}"
    );
    // Before the later resolution nothing was replaced.
    let text = explain("2023-05-29");
    assert!(!text.contains("replaced from"), "{text}");
}

#[test]
fn store_repair_rebuilds_and_checks_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("r.db");
    let s = store.to_str().unwrap();
    let add = doctrack_env(
        &[
            "person",
            "add",
            "--create",
            "--store",
            s,
            "--passphrase-env",
            "DOCTRACK_TEST_PASS",
            "--name",
            "Ko Repair",
            "--nationality",
            "MM",
        ],
        "a long passphrase",
    );
    assert_eq!(add.status.code(), Some(0), "{}", stderr(&add));
    let repair = [
        "store",
        "repair",
        "--store",
        s,
        "--passphrase-env",
        "DOCTRACK_TEST_PASS",
    ];
    let out = doctrack_env(&repair, "a long passphrase");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("passed its full integrity check"));
    assert!(!stdout(&out).contains("Ko Repair"));
    // Wrong passphrase and a missing store: exit 3, nothing created.
    let out = doctrack_env(&repair, "not the passphrase");
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("wrong passphrase"));
    let missing = dir.path().join("none.db");
    let out = doctrack_env(
        &[
            "store",
            "repair",
            "--store",
            missing.to_str().unwrap(),
            "--passphrase-env",
            "DOCTRACK_TEST_PASS",
        ],
        "a long passphrase",
    );
    assert_eq!(out.status.code(), Some(3));
    assert!(!missing.exists());
}
