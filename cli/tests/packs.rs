//! Publishing and installing signed rule updates with the command line:
//! `pack keygen|build|verify|show` and `rules install`, with their exit
//! codes and files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PASS: &str = "a long test passphrase";

fn doctrack(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_doctrack"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env("DOCTRACK_TODAY", "2026-12-15")
        .env("DOCTRACK_PASS", PASS)
        .env_remove("DOCTRACK_STORE")
        .env_remove("DOCTRACK_PUBKEY")
        .output()
        .expect("doctrack runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(o: &Output) -> String {
    assert_eq!(o.status.code(), Some(0), "{}\n{}", stdout(o), stderr(o));
    stdout(o)
}

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

/// A copy of the project's `rules/` (set, holidays, scenarios) with
/// pack.toml at `version`.
fn rules_copy(to: &Path, version: u64) -> PathBuf {
    let rules = to.join("rules");
    copy_dir(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../rules"),
        &rules,
    );
    set_version(&rules, version);
    rules
}

fn set_version(rules: &Path, version: u64) {
    let meta = rules.join("th/pack.toml");
    let text = std::fs::read_to_string(&meta).unwrap();
    let line = text.lines().find(|l| l.starts_with("version = ")).unwrap();
    std::fs::write(&meta, text.replace(line, &format!("version = {version}"))).unwrap();
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn keygen_writes_an_owner_only_key_and_never_prints_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = ok(&doctrack(
        dir.path(),
        &["pack", "keygen", "--out", "ngo.key"],
    ));
    let key = std::fs::read_to_string(dir.path().join("ngo.key")).unwrap();
    let secret = key
        .lines()
        .find(|l| l.starts_with("ed25519-pkcs8:"))
        .unwrap()
        .trim_start_matches("ed25519-pkcs8:");
    assert!(secret.len() > 100);
    assert!(!out.contains(secret), "the private key is never printed");
    let public = std::fs::read_to_string(dir.path().join("ngo.key.pub")).unwrap();
    let public_line = public.lines().find(|l| l.starts_with("ed25519:")).unwrap();
    assert!(out.contains(public_line), "{out}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &str| {
            std::fs::metadata(dir.path().join(p))
                .unwrap()
                .permissions()
                .mode()
                & 0o777
        };
        assert_eq!(mode("ngo.key"), 0o600);
        assert_eq!(mode("ngo.key.pub"), 0o644);
    }
    // Never over an existing key.
    let again = doctrack(dir.path(), &["pack", "keygen", "--out", "ngo.key"]);
    assert_eq!(again.status.code(), Some(2), "{}", stderr(&again));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("ngo.key")).unwrap(),
        key
    );
}

#[test]
fn build_checks_and_tests_first_and_refuses_on_any_error() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&doctrack(d, &["pack", "keygen", "--out", "ngo.key"]));
    let rules = rules_copy(d, 2);
    let build = |version: &str, out: &str| {
        doctrack(
            d,
            &[
                "pack",
                "build",
                "rules",
                "--key",
                "ngo.key",
                "--version",
                version,
                "--out",
                out,
            ],
        )
    };
    // The version must be the one written (with its summary) in pack.toml.
    let o = build("3", "a.pack");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("pack.toml"), "{}", stderr(&o));
    assert!(!d.join("a.pack").exists());

    let out = ok(&build("2", "th-2.pack"));
    assert!(
        out.contains("== rules check") && out.contains("== rules test"),
        "{out}"
    );
    assert!(out.contains("built th v2 (2026-12-01)"), "{out}");
    let text = std::fs::read_to_string(d.join("th-2.pack")).unwrap();
    assert!(text.starts_with("doctrack-rule-pack 2\n"));
    assert!(
        text.contains("\"holiday_years\":[2026]") && text.contains("Chulalongkorn"),
        "holidays travel in the pack, compiled"
    );
    assert!(
        !text.contains("format = 1"),
        "the pack carries compiled rules, not rule files"
    );

    // A rule error: nothing is built.
    edit(
        &rules.join("th/fees.toml"),
        "format = 1",
        "format = 1\nbogus = 1",
    );
    let o = build("2", "b.pack");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("fees.toml"), "{}", stderr(&o));
    assert!(!d.join("b.pack").exists());
    edit(
        &rules.join("th/fees.toml"),
        "format = 1\nbogus = 1",
        "format = 1",
    );

    // A holiday file with a Buddhist Era date: nothing is built.
    edit(
        &rules.join("th/holidays/2026.toml"),
        "date = 2026-10-23",
        "date = 2569-10-23",
    );
    let o = build("2", "c.pack");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("2569 looks like a Buddhist Era year"),
        "{}",
        stderr(&o)
    );
    assert!(!d.join("c.pack").exists());
    edit(
        &rules.join("th/holidays/2026.toml"),
        "date = 2569-10-23",
        "date = 2026-10-23",
    );

    // A failing scenario: nothing is built.
    edit(
        &rules.join("tests/office-days-holiday-deadline.toml"),
        "act_by = 2026-10-22",
        "act_by = 2026-10-21",
    );
    let o = build("2", "d.pack");
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("FAIL"), "{}", stdout(&o));
    assert!(!d.join("d.pack").exists());

    // A wrong key file is a usage error.
    std::fs::write(d.join("bad.key"), "not a key\n").unwrap();
    let o = doctrack(
        d,
        &[
            "pack",
            "build",
            "rules",
            "--key",
            "bad.key",
            "--version",
            "2",
            "--out",
            "e.pack",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        !stderr(&o).contains("not a key\n"),
        "the file is not echoed"
    );
}

#[test]
fn verify_and_show_say_who_signed_and_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&doctrack(d, &["pack", "keygen", "--out", "ngo.key"]));
    ok(&doctrack(d, &["pack", "keygen", "--out", "other.key"]));
    let rules = rules_copy(d, 2);

    // A change: one rule added, one superseded by it (and so changed), one
    // holiday year changed. Only one scenario is kept (the others follow
    // the project's rules, not this test's).
    for entry in std::fs::read_dir(rules.join("tests")).unwrap() {
        let path = entry.unwrap().path();
        if !path.ends_with("mou-work-permit-window.toml") {
            std::fs::remove_file(path).unwrap();
        }
    }
    let file = rules.join("th/ninety-day-report.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let start = text
        .find("[[rule]]\nid = \"th.immigration.90-day-report\"")
        .unwrap();
    let end = start + 8 + text[start + 8..].find("[[rule]]").unwrap();
    let new_rule = text[start..end]
        .replace(
            "id = \"th.immigration.90-day-report\"",
            "id = \"th.immigration.90-day-report-2027\"\nsupersedes = [\"th.immigration.90-day-report\"]",
        )
        .replace("effective_from = 2000-01-01", "effective_from = 2027-01-01");
    let old_rule = text[start..end].replace("status = \"gazetted\"", "status = \"superseded\"");
    std::fs::write(
        &file,
        format!("{}{old_rule}{new_rule}{}", &text[..start], &text[end..]),
    )
    .unwrap();
    edit(
        &rules.join("th/holidays/2026.toml"),
        "name = \"Constitution Day\"",
        "name = \"Constitution Day (observed)\"",
    );
    let show_in = |args: &[&str]| doctrack(d, args);
    ok(&show_in(&[
        "pack",
        "build",
        "rules",
        "--key",
        "ngo.key",
        "--version",
        "2",
        "--out",
        "th-2.pack",
    ]));

    let out = ok(&show_in(&[
        "pack",
        "verify",
        "th-2.pack",
        "--pubkey",
        "ngo.key.pub",
    ]));
    assert!(
        out.starts_with("ok: th v2 (2026-12-01) is signed by key"),
        "{out}"
    );
    let o = show_in(&["pack", "verify", "th-2.pack", "--pubkey", "other.key.pub"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("does not trust"), "{}", stderr(&o));
    let mut bytes = std::fs::read(d.join("th-2.pack")).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 1;
    std::fs::write(d.join("tampered.pack"), &bytes).unwrap();
    let o = show_in(&["pack", "verify", "tampered.pack", "--pubkey", "ngo.key.pub"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("changed after it was signed"),
        "{}",
        stderr(&o)
    );

    let out = ok(&show_in(&["pack", "show", "th-2.pack"]));
    for needle in [
        "rule pack th v2, built 2026-12-01",
        "needs doctrack 0.1.0 or newer",
        "what changed [en]:",
        "changes compared with the built-in rules (th v1, 2026-12-01)",
        "added (1):\n    th.immigration.90-day-report-2027",
        "changed (1):\n    th.immigration.90-day-report",
        "superseded (1):\n    th.immigration.90-day-report (by th.immigration.90-day-report-2027)",
        "holiday years changed (1):\n    2026",
    ] {
        assert!(out.contains(needle), "missing {needle:?} in:\n{out}");
    }
    assert!(!out.contains("removed"), "{out}");
}

#[test]
fn rules_install_uses_the_pack_and_refuses_what_it_must() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&doctrack(d, &["pack", "keygen", "--out", "ngo.key"]));
    ok(&doctrack(d, &["pack", "keygen", "--out", "other.key"]));
    let rules = rules_copy(d, 2);
    let build = |key: &str, version: u64, out: &str| {
        set_version(&rules, version);
        ok(&doctrack(
            d,
            &[
                "pack",
                "build",
                "rules",
                "--key",
                key,
                "--version",
                &version.to_string(),
                "--out",
                out,
            ],
        ));
    };
    build("ngo.key", 2, "th-2.pack");
    build("ngo.key", 3, "th-3.pack");
    build("other.key", 4, "stranger-4.pack");
    ok(&doctrack(
        d,
        &[
            "person",
            "add",
            "--create",
            "--store",
            "s.doctrack",
            "--name",
            "Ko Aung",
            "--nationality",
            "MM",
            "--on",
            "2026-04-01",
        ],
    ));
    let store = ["--store", "s.doctrack"];
    let with = |args: &[&str]| {
        let mut all: Vec<&str> = args.to_vec();
        all.extend_from_slice(&store);
        doctrack(d, &all)
    };

    // No key given: nothing is installed.
    let o = with(&["rules", "install", "th-2.pack"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let out = ok(&with(&[
        "rules",
        "install",
        "th-2.pack",
        "--pubkey",
        "ngo.key.pub",
    ]));
    assert!(out.contains("installed: th v2, 2026-12-01"), "{out}");

    let dash = ok(&with(&["dashboard", "--pubkey", "ngo.key.pub"]));
    assert!(
        dash.contains("rules: th v2, 2026-12-01 (installed pack"),
        "{dash}"
    );
    // Without the key the pack is not used, and the tool says so.
    let o = with(&["dashboard"]);
    assert!(
        stdout(&o).contains("rules: th v1, 2026-12-01 (built in"),
        "{}",
        stdout(&o)
    );
    assert!(
        stderr(&o).contains("installed but not used"),
        "{}",
        stderr(&o)
    );

    for (pack, needle) in [
        ("th-2.pack", "not newer"),
        ("stranger-4.pack", "does not trust"),
    ] {
        let o = with(&["rules", "install", pack, "--pubkey", "ngo.key.pub"]);
        assert_eq!(o.status.code(), Some(1), "{pack}: {}", stderr(&o));
        assert!(stderr(&o).contains(needle), "{pack}: {}", stderr(&o));
    }
    let dash = ok(&with(&["dashboard", "--pubkey", "ngo.key.pub"]));
    assert!(
        dash.contains("rules: th v2, 2026-12-01"),
        "the previous pack stays: {dash}"
    );

    // The key in the environment, as for every store command.
    let o = Command::new(env!("CARGO_BIN_EXE_doctrack"))
        .current_dir(d)
        .args(["rules", "install", "th-3.pack", "--store", "s.doctrack"])
        .env("NO_COLOR", "1")
        .env("DOCTRACK_PASS", PASS)
        .env("DOCTRACK_PUBKEY", d.join("ngo.key.pub"))
        .output()
        .unwrap();
    assert!(ok(&o).contains("installed: th v3"));
}

/// `doctrack` on 15 Jan 2026, while the 11 Nov 2025 resolution's
/// 31 Mar 2026 deadline is ahead.
fn in_january(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_doctrack"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env("DOCTRACK_TODAY", "2026-01-15")
        .env("DOCTRACK_PASS", PASS)
        .env_remove("DOCTRACK_STORE")
        .env_remove("DOCTRACK_PUBKEY")
        .env_remove("DOCTRACK_LANG")
        .output()
        .expect("doctrack runs")
}

#[test]
fn a_pack_that_moves_a_deadline_shows_its_impact_then_notices_the_people_it_moves() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&doctrack(d, &["pack", "keygen", "--out", "ngo.key"]));
    let rules = rules_copy(d, 2);
    edit(
        &rules.join("th/cabinet-resolutions.toml"),
        "end_of_authorisation = 2026-03-31",
        "end_of_authorisation = 2026-06-30",
    );
    // The scenarios that pin the old deadline would (rightly) stop the build.
    for entry in std::fs::read_dir(rules.join("tests")).unwrap() {
        let path = entry.unwrap().path();
        if std::fs::read_to_string(&path)
            .unwrap()
            .contains("2026-03-31")
        {
            std::fs::remove_file(path).unwrap();
        }
    }
    ok(&doctrack(
        d,
        &[
            "pack",
            "build",
            "rules",
            "--key",
            "ngo.key",
            "--version",
            "2",
            "--out",
            "th-2.pack",
        ],
    ));
    let store = ["--store", "s.doctrack"];
    let run = |args: &[&str]| {
        let mut all: Vec<&str> = args.to_vec();
        all.extend_from_slice(&store);
        in_january(d, &all)
    };
    let add = |name: &str, nationality: &str, language: &str, create: bool| {
        let mut args = vec![
            "person",
            "add",
            "--name",
            name,
            "--nationality",
            nationality,
            "--language",
            language,
            "--cohort",
            "cr:2025-11-11",
            "--on",
            "2025-12-01",
        ];
        if create {
            args.push("--create");
        }
        let id = ok(&run(&args)).trim().to_string();
        ok(&run(&[
            "document",
            "add",
            "--person",
            &id,
            "--kind",
            "work_permit",
            "--number",
            "WP-1",
            "--issued",
            "2024-02-24",
            "--expires",
            "2026-02-24",
            "--on",
            "2025-12-01",
        ]));
        id
    };
    let aung = add("Ko Aung", "MM", "my", true);
    add("Sok Dara", "KH", "km", false);

    // Before publishing: what the pack changes in this caseload.
    let show = ok(&run(&["pack", "show", "th-2.pack"]));
    assert!(
        show.contains("impact on this store: 1 change(s) for 1 of 2 people, 1 document(s)"),
        "{show}"
    );
    assert!(
        show.contains("date work_permit: deadline moved: 1"),
        "{show}"
    );
    assert!(
        show.contains("e.g. Ko Aung: Your work permit: deadline: now 2026-06-30"),
        "{show}"
    );
    let json = ok(&run(&["pack", "show", "th-2.pack", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(v["people_affected"], 1);
    assert_eq!(
        v["groups"][0]["examples"][0]["notice"]["rule"],
        "th.cr-2025-11-11.renewal-by-2026-03-31"
    );
    // Showing wrote nothing.
    assert!(ok(&run(&["notices"])).contains("no notices"));

    let out = ok(&run(&[
        "rules",
        "install",
        "th-2.pack",
        "--pubkey",
        "ngo.key.pub",
    ]));
    assert!(out.contains("installed: th v2"), "{out}");
    assert!(out.contains("1 notice(s) created:"), "{out}");
    assert!(out.contains("Ko Aung: "), "in his language: {out}");
    assert!(!out.contains("Sok Dara"), "{out}");

    let shown = ok(&run(&[
        "person",
        "show",
        "--person",
        &aung,
        "--pubkey",
        "ngo.key.pub",
        "--lang",
        "en",
    ]));
    assert!(
        shown.contains("1 notice(s) of rule changes, 1 unread"),
        "{shown}"
    );
    assert!(
        shown.contains("* Your work permit: deadline: now 2026-06-30"),
        "{shown}"
    );
    let list = ok(&run(&[
        "notices",
        "--pubkey",
        "ngo.key.pub",
        "--lang",
        "en",
    ]));
    assert!(
        list.contains("Ko Aung: Your work permit: deadline: now 2026-06-30"),
        "{list}"
    );
    assert!(
        list.contains("rules th@1 -> th@2, rule th.cr-2025-11-11.renewal-by-2026-03-31"),
        "{list}"
    );
    let id = list.split_whitespace().nth(1).unwrap().to_string();
    let read = ok(&run(&[
        "notices",
        "--pubkey",
        "ngo.key.pub",
        "--mark-read",
        &id,
    ]));
    assert!(
        read.trim_start().starts_with(' ') || !read.contains('*'),
        "{read}"
    );
    let unread = ok(&run(&["notices", "--pubkey", "ngo.key.pub", "--unread"]));
    assert!(unread.contains("no notices"), "{unread}");
    // Without the key the pack is unused, but that is not a change of
    // rules to tell anyone about.
    ok(&run(&["dashboard"]));
    let all = ok(&run(&["notices", "--pubkey", "ngo.key.pub", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&all).expect("JSON");
    assert_eq!(v.as_array().map(Vec::len), Some(1), "{all}");
}

#[test]
fn rules_diff_says_what_an_edit_changes_for_the_scenario_people() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let new = rules_copy(d, 2);
    edit(
        &new.join("th/cabinet-resolutions.toml"),
        "end_of_authorisation = 2026-03-31",
        "end_of_authorisation = 2026-06-30",
    );
    let old = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../rules");
    // Two scenario files: the resolution's own, and one it does not touch.
    let scenarios = d.join("scenarios");
    std::fs::create_dir(&scenarios).unwrap();
    for file in [
        "cr-2025-11-11-renewal-by-2026-03-31.toml",
        "renewability-seabook-last-day.toml",
    ] {
        std::fs::copy(old.join("tests").join(file), scenarios.join(file)).unwrap();
    }
    let (old, new, scenarios) = (
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        scenarios.to_str().unwrap(),
    );
    let out = ok(&doctrack(
        d,
        &["rules", "diff", old, new, "--scenarios", scenarios],
    ));
    // la, mm and vn are covered by the resolution; kh and mm_new are not.
    assert!(out.starts_with("3 change(s) for 3 of "), "{out}");
    for person in ["la", "mm", "vn"] {
        assert!(
            out.contains(&format!(
                "  {person}: Your work permit: deadline: now 2026-06-30 (was 2026-03-31). From 2025-11-11."
            )),
            "{out}"
        );
    }
    assert!(!out.contains("kh:") && !out.contains("seabook"), "{out}");
    let json = ok(&doctrack(
        d,
        &[
            "rules",
            "diff",
            old,
            new,
            "--scenarios",
            scenarios,
            "--json",
        ],
    ));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(3));
    assert_eq!(
        v[0]["notice"]["rule"],
        "th.cr-2025-11-11.renewal-by-2026-03-31"
    );
    // The same rules: nothing.
    let same = ok(&doctrack(
        d,
        &["rules", "diff", old, old, "--scenarios", scenarios],
    ));
    assert!(same.starts_with("0 change(s)"), "{same}");
}

#[test]
fn pack_versions_are_bounded_so_a_typo_cannot_lock_phones_out() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&doctrack(d, &["pack", "keygen", "--out", "ngo.key"]));
    let rules = rules_copy(d, 200);
    let build = |version: &str, out: &str, extra: &[&str]| {
        let mut args = vec![
            "pack",
            "build",
            "rules",
            "--key",
            "ngo.key",
            "--version",
            version,
            "--out",
            out,
        ];
        args.extend_from_slice(extra);
        doctrack(d, &args)
    };
    // 200 is more than 100 above the built-in version 1: refused unless meant.
    let o = build("200", "th-200.pack", &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("more than 100 above the version built into this doctrack (1)"),
        "{}",
        stderr(&o)
    );
    assert!(!d.join("th-200.pack").exists());
    ok(&build("200", "th-200.pack", &["--allow-version-jump"]));
    // The largest u64, a typical slip: the rule check refuses it outright.
    set_version(&rules, u64::MAX);
    let o = build(
        &u64::MAX.to_string(),
        "th-max.pack",
        &["--allow-version-jump"],
    );
    assert_eq!(o.status.code(), Some(1), "{}{}", stdout(&o), stderr(&o));
    assert!(
        format!("{}{}", stdout(&o), stderr(&o))
            .contains("above the largest a rule set may have (1000000)"),
        "{}{}",
        stdout(&o),
        stderr(&o)
    );
    assert!(!d.join("th-max.pack").exists());
}

#[test]
fn pack_show_defuses_escape_sequences_in_the_texts_it_shows() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&doctrack(d, &["pack", "keygen", "--out", "ngo.key"]));
    let rules = rules_copy(d, 2);
    edit(
        &rules.join("th/pack.toml"),
        "en = \"",
        "en = \"\\u001b[2J\\u001b]0;pwned\\u0007 ",
    );
    ok(&doctrack(
        d,
        &[
            "pack",
            "build",
            "rules",
            "--key",
            "ngo.key",
            "--version",
            "2",
            "--out",
            "th-2.pack",
        ],
    ));
    // Shown before its signature is checked: the texts are anyone's.
    let out = ok(&doctrack(d, &["pack", "show", "th-2.pack"]));
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(out.contains("\u{FFFD}[2J"), "{out}");
}
