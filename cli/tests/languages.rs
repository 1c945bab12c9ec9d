//! The CLI in the reader's language: `--lang`, dates as on the papers, the
//! next reminders with their private lock-screen texts, localized errors,
//! and what `rules check` says about translations.

use std::path::PathBuf;
use std::process::{Command, Output};

fn doctrack(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_doctrack"))
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("DOCTRACK_STORE")
        .env_remove("DOCTRACK_PASS")
        .env_remove("DOCTRACK_LANG")
        .output()
        .expect("doctrack runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn burmese(text: &str) -> bool {
    text.chars().any(|c| ('\u{1000}'..='\u{109F}').contains(&c))
}

#[test]
fn demo_in_burmese_shows_dashboard_plan_and_reminders_in_burmese() {
    let out = doctrack(&["demo", "--today", "2026-01-15", "--lang", "my"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    for want in [
        "doctrack — စာရွက်စာတမ်းများနှင့် နောက်ဆုံးရက်များ", // title
        "ရက်စွဲ: 15/01/2026",                         // date line, DD/MM/YYYY
        "အကျဉ်းချုပ် (အရေးအကြီးဆုံး အရင်)",               // dashboard heading
        "စာရွက်စာတမ်း",                               // a column
        "သက်တမ်းတိုး အစီအစဉ်",                           // plan heading
        "နောက်လာမည့် သတိပေးချက်များ (60 ရက်)",           // reminders heading
        "လော့ခ်မျက်နှာပြင်:",                           // lock-screen label
        "မူကြမ်း",                                   // the draft notice
        "နမူနာ ဒေတာသာ",                             // footer
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    for english in [
        "documents and deadlines",
        "Dashboard",
        "Renewal plan",
        "Next reminders",
        "lock screen",
        "Sample data",
    ] {
        assert!(!text.contains(english), "English {english:?} in:\n{text}");
    }
    // Every reminder line and lock-screen line is Burmese.
    let reminders: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("နောက်လာမည့် သတိပေးချက်များ"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect();
    assert!(reminders.len() >= 4, "{text}");
    assert!(reminders.iter().all(|l| burmese(l)), "{reminders:#?}");
}

#[test]
fn demo_in_thai_shows_buddhist_era_dates() {
    let out = doctrack(&["demo", "--today", "2026-01-15", "--lang", "th"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    for want in [
        "doctrack — เอกสารและวันครบกำหนด",
        "วันที่: 15 ม.ค. 2569",
        "แผนต่ออายุ",
        "การเตือนครั้งถัดไป",
        "หน้าจอล็อก:",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    assert!(
        !has_iso_date(&text, "2026"),
        "a Common Era ISO date in Thai:\n{text}"
    );
}

/// Whether `text` holds an ISO date (`YYYY-MM-DD`) of `year` standing on
/// its own — not inside an id, whose hex groups can read "2026-".
fn has_iso_date(text: &str, year: &str) -> bool {
    let bytes = text.as_bytes();
    let prefix = format!("{year}-");
    text.match_indices(&prefix).any(|(at, _)| {
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let rest = &bytes[at + prefix.len()..];
        let shaped = rest.len() >= 5
            && rest[..2].iter().all(u8::is_ascii_digit)
            && rest[2] == b'-'
            && rest[3..5].iter().all(u8::is_ascii_digit);
        let after = rest.get(5);
        shaped
            && !before.is_some_and(|b| b.is_ascii_hexdigit() || b == b'-')
            && !after.is_some_and(|b| b.is_ascii_hexdigit() || *b == b'-')
    })
}

#[test]
fn iso_dates_are_told_from_ids() {
    assert!(has_iso_date("due 2026-03-01.", "2026"));
    assert!(has_iso_date("2026-03-01", "2026"));
    assert!(!has_iso_date(
        "renew:6e463910-2026-4ede-ad9b-10235be7d12c",
        "2026"
    ));
    assert!(!has_iso_date("15 ม.ค. 2569", "2026"));
}

#[test]
fn without_lang_reminders_speak_each_persons_language() {
    let out = doctrack(&["demo", "--today", "2026-01-15"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    // The sample people read Burmese and Khmer: the table is English, each
    // reminder is in its holder's language and says which.
    assert!(text.contains("Dashboard (most urgent first)"));
    assert!(text.contains("[my] ") && text.contains("[km] "), "{text}");
    assert!(text.contains("draft: not yet reviewed by a native speaker"));
}

#[test]
fn bad_languages_are_usage_errors_and_errors_speak_the_language() {
    let out = doctrack(&["demo", "--lang", "fr"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("en, th, my, km, lo"),
        "{}",
        stderr(&out)
    );

    // A store opened with the wrong passphrase: the library's message for
    // people, in Burmese.
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s.doctrack");
    let run = |args: &[&str], pass: &str| {
        Command::new(env!("CARGO_BIN_EXE_doctrack"))
            .args(args)
            .env("NO_COLOR", "1")
            .env_remove("DOCTRACK_LANG")
            .env("DOCTRACK_PASS", pass)
            .output()
            .unwrap()
    };
    let s = store.to_str().unwrap();
    let made = run(
        &[
            "demo",
            "--today",
            "2026-01-15",
            "--store",
            s,
            "--passphrase-env",
            "DOCTRACK_PASS",
        ],
        "the right passphrase",
    );
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    let out = run(
        &["dashboard", "--lang", "my", "--store", s],
        "a wrong passphrase",
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(burmese(&stderr(&out)), "{}", stderr(&out));
    let out = run(&["dashboard", "--store", s], "a wrong passphrase");
    assert!(!burmese(&stderr(&out)), "{}", stderr(&out));

    // One person shown: the dashboard speaks their language (Ko Aung reads
    // Burmese) unless --lang or DOCTRACK_LANG says otherwise.
    let pass = "the right passphrase";
    let list = run(&["person", "list", "--json", "--store", s], pass);
    let people: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let id = people["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| {
            p["language"] == "my"
                && p["display_name"]
                    .as_str()
                    .is_some_and(|name| name.contains("Ko Aung"))
        })
        .and_then(|p| p["id"].as_str())
        .unwrap()
        .to_string();
    let today = ["--today", "2026-01-15"];
    let mine = run(
        &[
            &["dashboard", "--store", s, "--person", &id[..8]][..],
            &today[..],
        ]
        .concat(),
        pass,
    );
    assert_eq!(mine.status.code(), Some(0), "{}", stderr(&mine));
    assert!(stdout(&mine).contains("အလုပ်လုပ်ခွင့်ပါမစ်"), "{}", stdout(&mine));
    let english = Command::new(env!("CARGO_BIN_EXE_doctrack"))
        .args([
            "dashboard",
            "--store",
            s,
            "--person",
            &id[..8],
            "--today",
            "2026-01-15",
        ])
        .env("NO_COLOR", "1")
        .env("DOCTRACK_PASS", pass)
        .env("DOCTRACK_LANG", "en")
        .output()
        .unwrap();
    assert!(
        stdout(&english).contains("Work permit"),
        "{}",
        stdout(&english)
    );
}

#[test]
fn rules_check_lists_drafts_and_missing_texts_per_language() {
    let rules = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../rules");
    let out = doctrack(&["rules", "check", rules.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("texts by language"), "{text}");
    for l in ["en", "th", "my", "km", "lo"] {
        assert!(
            text.lines()
                .any(|line| line.starts_with(&format!("  {l}: "))
                    && line.contains("reviewed")
                    && line.contains("draft")
                    && line.contains("missing")),
            "no line for {l}:\n{text}"
        );
    }
    assert!(text.contains("  en: 40 reviewed, 0 draft, 0 missing") || text.contains("  en: "));
}

/// The translator's kit, on a copy of the catalogs: export a language to PO
/// and CSV, edit one entry as a reviewer would, import it; an entry with
/// other placeholders than English is refused with its line and nothing is
/// written.
/// `doctrack messages import FILE --reviewer REVIEWER ARGS…`.
fn import_kit(file: &std::path::Path, reviewer: &str, args: &[&str]) -> Output {
    let mut all = vec![
        "messages",
        "import",
        file.to_str().unwrap(),
        "--reviewer",
        reviewer,
    ];
    all.extend_from_slice(args);
    doctrack(&all)
}

/// A copy of the app catalogs under `dir`, for a test to import into.
fn copy_catalogs(root: &std::path::Path, dir: &std::path::Path) -> PathBuf {
    let catalogs = dir.join("catalogs");
    std::fs::create_dir(&catalogs).unwrap();
    for lang in ["en", "th", "my", "km", "lo"] {
        let name = format!("{lang}.ftl");
        std::fs::copy(
            root.join("core/src/messages/catalogs").join(&name),
            catalogs.join(&name),
        )
        .unwrap();
    }
    catalogs
}

#[test]
fn translators_kit_round_trip_and_refusal() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = tempfile::tempdir().unwrap();
    let catalogs = copy_catalogs(&root, dir.path());
    let cats = catalogs.to_str().unwrap();
    let rules = root.join("rules");
    let po = dir.path().join("my.po");
    let out = doctrack(&[
        "messages",
        "export",
        "--to",
        "my",
        "--out",
        po.to_str().unwrap(),
        "--catalogs",
        cats,
        "--rules",
        rules.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("rule texts"), "{}", stdout(&out));
    let text = std::fs::read_to_string(&po).unwrap();
    assert!(
        text.contains("\"Language: my\\n\""),
        "PO header names the language"
    );
    assert!(text.contains("msgctxt \"catalog:plan-follows-job-change\""));
    assert!(text.contains("placeholders, kept as written: $date, $kind"));
    assert!(
        text.contains(
            "#. Example: the work permit follows the work permit: it stays valid until 31/03/2026"
        ),
        "an example with sample values"
    );
    assert!(text.contains("msgctxt \"rule:"), "rule texts are exported");
    let csv = dir.path().join("messages-my.csv");
    let out = doctrack(&[
        "messages",
        "export",
        "--to",
        "my",
        "--format",
        "csv",
        "--out",
        csv.to_str().unwrap(),
        "--catalogs",
        cats,
        "--rules",
        rules.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&csv)
        .unwrap()
        .starts_with("id,context,example,source,translation,review"));

    // A reviewer changes one message and removes its fuzzy flag.
    let entry = "#, fuzzy\nmsgctxt \"catalog:action-await_decision\"\nmsgid \"wait for the decision\"\nmsgstr \"";
    let start = text.find(entry).expect("the entry as exported");
    let line_end = text[start + entry.len()..].find('\n').unwrap() + start + entry.len();
    let reviewed = format!(
        "{}msgctxt \"catalog:action-await_decision\"\nmsgid \"wait for the decision\"\nmsgstr \"ဆုံးဖြတ်ချက်ကို စောင့်ပါ\"{}",
        &text[..start],
        &text[line_end..]
    );
    // …and, in another file, breaks a placeholder.
    let broken = reviewed.replace(
        "#, fuzzy\nmsgctxt \"catalog:plan-follows-job-change\"",
        "msgctxt \"catalog:plan-follows-job-change\"",
    );
    let broken = broken.replacen("msgstr \"{ $kind }", "msgstr \"{ $kinds }", 1);
    let bad = dir.path().join("bad-my.po");
    std::fs::write(&bad, &broken).unwrap();
    let before = std::fs::read_to_string(catalogs.join("my.ftl")).unwrap();
    let out = import_kit(&bad, "NGO Burmese team", &["--catalogs", cats]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(
        err.contains("nothing was imported")
            && err.contains("catalog:plan-follows-job-change")
            && err.contains("$kinds"),
        "{err}"
    );
    assert!(err.contains("bad-my.po:"), "the line is named: {err}");
    assert_eq!(
        std::fs::read_to_string(catalogs.join("my.ftl")).unwrap(),
        before,
        "nothing written"
    );

    let good = dir.path().join("reviewed-my.po");
    std::fs::write(&good, &reviewed).unwrap();
    let out = import_kit(
        &good,
        "NGO Burmese team",
        &["--on", "2026-12-06", "--catalogs", cats],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let after = std::fs::read_to_string(catalogs.join("my.ftl")).unwrap();
    assert!(after.contains("# review: reviewed\n# reviewed-by: NGO Burmese team, 2026-12-06\naction-await_decision = ဆုံးဖြတ်ချက်ကို စောင့်ပါ\n"), "the entry and its review are written");
    // Only that message changed.
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(after.lines().count(), before.lines().count() + 2);
    assert!(!changed.is_empty());
    // Exporting again shows it reviewed (no fuzzy flag) with the new text.
    let again = dir.path().join("again.po");
    let out = doctrack(&[
        "messages",
        "export",
        "--to",
        "my",
        "--out",
        again.to_str().unwrap(),
        "--catalogs",
        cats,
        "--rules",
        rules.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let again = std::fs::read_to_string(&again).unwrap();
    assert!(again.contains("(Plan actions)\nmsgctxt \"catalog:action-await_decision\"\nmsgid \"wait for the decision\"\nmsgstr \"ဆုံးဖြတ်ချက်ကို စောင့်ပါ\""), "reviewed, no fuzzy flag");
    // An edit left marked as a draft (fuzzy) is not imported, and is said.
    let still = text.replacen(
        "msgstr \"ဆုံးဖြတ်ချက်ကို စောင့်ရန်\"",
        "msgstr \"ဆုံးဖြတ်ချက်ကို စောင့်ဆိုင်းပါ\"",
        1,
    );
    assert_ne!(still, text, "the draft entry is in the export");
    let fuzzy = dir.path().join("fuzzy-my.po");
    std::fs::write(&fuzzy, &still).unwrap();
    let before_fuzzy = std::fs::read_to_string(catalogs.join("my.ftl")).unwrap();
    let out = import_kit(&fuzzy, "R", &["--catalogs", cats]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("still marked as drafts"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        std::fs::read_to_string(catalogs.join("my.ftl")).unwrap(),
        before_fuzzy
    );
    // An unknown language is refused.
    let unknown = dir.path().join("messages-xx.csv");
    std::fs::write(&unknown, "id,source,translation\n").unwrap();
    let out = import_kit(&unknown, "R", &["--catalogs", cats]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown language"),
        "{}",
        stderr(&out)
    );
}

/// Rule texts go back into the rule files: the reviewed Burmese guidance of
/// one rule is written with its review and reviewer, the rule set still
/// loads, and `rules check` names the reviewer.
#[test]
fn translators_kit_writes_reviewed_rule_texts_back() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    copy_dir(&root.join("rules"), &rules);
    let cats = root.join("core/src/messages/catalogs");
    let po = dir.path().join("my.po");
    let out = doctrack(&[
        "messages",
        "export",
        "--to",
        "my",
        "--out",
        po.to_str().unwrap(),
        "--catalogs",
        cats.to_str().unwrap(),
        "--rules",
        rules.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(&po).unwrap();
    let ctx = "msgctxt \"rule:th/fees.toml:th.fees.visa-stay-2023-11.guidance\"";
    let at = text.find(ctx).unwrap_or_else(|| panic!("{ctx} exported"));
    let entry_start = text[..at].rfind("#, fuzzy\n").unwrap();
    let msgstr = text[at..].find("msgstr \"").unwrap() + at;
    let end = text[msgstr..].find('\n').unwrap() + msgstr;
    let reviewed = format!(
        "{}{}msgstr \"ဗီဇာ 2,000 ဘတ် (စစ်ဆေးပြီး)\"{}",
        &text[..entry_start],
        &text[entry_start + "#, fuzzy\n".len()..msgstr],
        &text[end..]
    );
    let file = dir.path().join("reviewed.po");
    std::fs::write(&file, reviewed).unwrap();
    let before = std::fs::read_to_string(rules.join("th/fees.toml")).unwrap();
    let out = import_kit(
        &file,
        "NGO Burmese team",
        &[
            "--on",
            "2026-12-06",
            "--catalogs",
            cats.to_str().unwrap(),
            "--rules",
            rules.to_str().unwrap(),
            "--dry-run",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(rules.join("th/fees.toml")).unwrap(),
        before,
        "a dry run writes nothing"
    );
    let out = import_kit(
        &file,
        "NGO Burmese team",
        &[
            "--on",
            "2026-12-06",
            "--catalogs",
            cats.to_str().unwrap(),
            "--rules",
            rules.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let after = std::fs::read_to_string(rules.join("th/fees.toml")).unwrap();
    assert!(
        after.contains("guidance = \"ဗီဇာ 2,000 ဘတ် (စစ်ဆေးပြီး)\""),
        "{after}"
    );
    assert!(after.contains("reviewed_by = \"NGO Burmese team, 2026-12-06\""));
    // Only that table changed: the other lines are as they were.
    let added = after
        .lines()
        .filter(|l| !before.lines().any(|b| b == *l))
        .count();
    let removed = before
        .lines()
        .filter(|l| !after.lines().any(|a| a == *l))
        .count();
    assert!(
        added == 3 && (1..=2).contains(&removed),
        "guidance and review changed, reviewed_by added ({added}, {removed}):\n{after}"
    );
    let out = doctrack(&["rules", "check", rules.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("my rule texts reviewed by NGO Burmese team, 2026-12-06"),
        "{}",
        stdout(&out)
    );
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// `text` with the unit named `id` given `target` and marked final.
fn review_unit(text: &str, id: &str, target: &str) -> String {
    let start = text
        .find(&format!("name=\"{id}\""))
        .unwrap_or_else(|| panic!("unit {id}"));
    let end = start + text[start..].find("</unit>").unwrap();
    let unit = &text[start..end];
    let seg = unit.find("<segment state=\"").unwrap();
    let seg_end = seg + unit[seg..].find('>').unwrap() + 1;
    let t = unit.find("<target").unwrap();
    let t_end = unit.find("</target>").map_or_else(
        || t + unit[t..].find("/>").unwrap() + 2,
        |e| e + "</target>".len(),
    );
    let edited = format!(
        "{}<segment state=\"final\">{}<target>{target}</target>{}",
        &unit[..seg],
        &unit[seg_end..t],
        &unit[t_end..]
    );
    format!("{}{edited}{}", &text[..start], &text[end..])
}

#[test]
fn translators_kit_in_xliff_with_screen_limits() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = tempfile::tempdir().unwrap();
    let catalogs = copy_catalogs(&root, dir.path());
    let cats = catalogs.to_str().unwrap();
    let rules = root.join("rules");
    let xlf = dir.path().join("km.xlf");
    let out = doctrack(&[
        "messages",
        "export",
        "--to",
        "km",
        "--format",
        "xliff",
        "--out",
        xlf.to_str().unwrap(),
        "--catalogs",
        cats,
        "--rules",
        rules.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(&xlf).unwrap();
    assert!(text.contains("urn:oasis:names:tc:xliff:document:2.0"));
    assert!(text.contains("trgLang=\"km\""));
    assert!(text.contains("name=\"catalog:reminder-title\""));
    assert!(
        text.contains("<note category=\"length\">at most 40 columns"),
        "limits are said"
    );
    assert!(text.contains("name=\"rule:"), "rule texts are exported");
    // `--lang km` names the language as well as `--to km`.
    let same = dir.path().join("same-km.xlf");
    let out = doctrack(&[
        "messages",
        "export",
        "--lang",
        "km",
        "--format",
        "xliff",
        "--out",
        same.to_str().unwrap(),
        "--catalogs",
        cats,
        "--rules",
        rules.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&same).unwrap(), text);

    // Too long for the notification's title: refused, with the line.
    let long = review_unit(
        &text,
        "catalog:reminder-title",
        "ការរំលឹកអំពីឯកសាររបស់អ្នក ដែលត្រូវធ្វើបន្តជាបន្ទាន់ ហើយត្រូវទៅការិយាល័យ",
    );
    let bad = dir.path().join("long-km.xlf");
    std::fs::write(&bad, &long).unwrap();
    let before = std::fs::read_to_string(catalogs.join("km.ftl")).unwrap();
    let out = import_kit(&bad, "Khmer team", &["--catalogs", cats]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(
        err.contains("room for 40") && err.contains("long-km.xlf:"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(catalogs.join("km.ftl")).unwrap(),
        before
    );

    // Broken XML: refused with its line.
    let broken = dir.path().join("broken-km.xlf");
    std::fs::write(&broken, text.replacen("</segment>", "</segmnt>", 1)).unwrap();
    let out = import_kit(&broken, "Khmer team", &["--catalogs", cats]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("line "), "{}", stderr(&out));

    // A short title, reviewed: imported, and the catalog says who and when.
    let good = review_unit(&text, "catalog:reminder-title", "ការរំលឹកឯកសារ");
    let good_file = dir.path().join("reviewed-km.xlf");
    std::fs::write(&good_file, &good).unwrap();
    let out = import_kit(
        &good_file,
        "Khmer team",
        &["--on", "2026-12-06", "--catalogs", cats],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("reminder-title: ការរំលឹកឯកសារ"),
        "{}",
        stdout(&out)
    );
    let after = std::fs::read_to_string(catalogs.join("km.ftl")).unwrap();
    assert!(
        after.contains("# reviewed-by: Khmer team, 2026-12-06\nreminder-title = ការរំលឹកឯកសារ"),
        "{after}"
    );
}
