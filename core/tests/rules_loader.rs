//! The rule loader and validator: precise errors for maintainers.

use doctrack_core::rules::{embedded, load, RuleFile, Severity};

const GOOD: &str = r#"format = 1

[[rule]]
id = "t.a"
title = "A"
status = "gazetted"
effective_from = 2024-01-01
confidence = "high"
[[rule.sources]]
url = "https://example.org/a"
title = "Source A"
date = 2024-01-01
[rule.applies]
kinds = ["work_permit"]
[rule.effect]
renewal_window = "90 days"
[rule.text.en]
name = "A"
guidance = "Do A."
[rule.text.th]
missing = "later"
[rule.text.my]
missing = "later"
[rule.text.km]
missing = "later"
[rule.text.lo]
missing = "later"
"#;

fn file(name: &str, text: &str) -> RuleFile {
    RuleFile {
        name: name.into(),
        text: text.into(),
    }
}

fn errors(files: &[RuleFile]) -> Vec<String> {
    load(files)
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.to_string())
        .collect()
}

/// A copy of GOOD with `rule` (a `[[rule]]` block) appended.
fn with(extra: &str) -> String {
    format!("{GOOD}\n{extra}")
}

fn second_rule(id: &str, body: &str) -> String {
    format!(
        r#"[[rule]]
id = "{id}"
title = "B"
status = "gazetted"
effective_from = 2025-01-01
confidence = "medium"
[[rule.sources]]
url = "https://example.org/b"
title = "Source B"
[rule.text.en]
name = "B"
guidance = "Do B."
{body}"#
    )
}

#[test]
fn a_clean_file_loads_without_errors() {
    let report = load(&[file("good.toml", GOOD)]);
    assert!(report.rules.is_some(), "{:?}", report.diagnostics);
    assert_eq!(report.rules.unwrap().len(), 1);
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
}

#[test]
fn misspelt_key_names_place_and_suggests() {
    let text = GOOD.replace(
        "renewal_window = \"90 days\"",
        "reminder_days = [\"7 days\"]",
    );
    let errs = errors(&[file("th/x.toml", &text)]);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(
        errs[0].split(" Expected").next().unwrap(),
        "th/x.toml:16:1: error: unknown key \"reminder_days\", did you mean \"reminder_ladder\"?"
    );
}

#[test]
fn misspelt_value_and_kind_get_suggestions() {
    let errs = errors(&[file("x.toml", &GOOD.replace("\"gazetted\"", "\"gazeted\""))]);
    assert!(
        errs[0].starts_with(
            "x.toml:6:10: error: unknown value \"gazeted\", did you mean \"gazetted\"?"
        ),
        "{errs:?}"
    );
    let errs = errors(&[file(
        "x.toml",
        &GOOD.replace("\"work_permit\"", "\"work_permt\""),
    )]);
    assert!(
        errs[0].contains("x.toml:14:9") && errs[0].contains("did you mean \"work_permit\"?"),
        "{errs:?}"
    );
}

#[test]
fn impossible_dates_and_ranges() {
    let errs = errors(&[file(
        "x.toml",
        &GOOD.replace("effective_from = 2024-01-01", "effective_from = 2025-02-30"),
    )]);
    assert!(errs[0].starts_with("x.toml:7:18: error:"), "{errs:?}");
    let text = GOOD.replace(
        "effective_from = 2024-01-01",
        "effective_from = 2024-01-01\neffective_to = 2023-12-31",
    );
    let errs = errors(&[file("x.toml", &text)]);
    assert!(
        errs[0].contains("effective_to (2023-12-31) is before effective_from (2024-01-01)"),
        "{errs:?}"
    );
    let errs = errors(&[file(
        "x.toml",
        &GOOD.replace("\"90 days\"", "\"ninety days\""),
    )]);
    assert!(errs[0].contains("is not a length of time"), "{errs:?}");
}

#[test]
fn conflicting_rules_are_both_named() {
    let text = with(&second_rule("t.b", "[rule.applies]\nkinds = [\"work_permit\", \"visa\"]\n[rule.effect]\nrenewal_window = \"60 days\"\n"));
    let errs = errors(&[file("x.toml", &text)]);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains("rules t.a (x.toml:3:1) and t.b (x.toml:29:1) both set renewal_window"),
        "{errs:?}"
    );
    // Explicit precedence resolves it; so do disjoint cases.
    let ok = text.replace(
        "confidence = \"medium\"",
        "confidence = \"medium\"\noverrides = [\"t.a\"]",
    );
    assert!(
        errors(&[file("x.toml", &ok)]).is_empty(),
        "{:?}",
        errors(&[file("x.toml", &ok)])
    );
    let disjoint = with(&second_rule("t.b", "[rule.applies]\nkinds = [\"work_permit\"]\nnationalities = [\"MM\"]\ncohorts = [\"mou\"]\n[rule.effect]\ngrace = \"7 days\"\n"));
    assert!(errors(&[file("x.toml", &disjoint)]).is_empty());
}

#[test]
fn superseded_rules_must_say_so_and_point_to_real_rules() {
    let text = with(&second_rule("t.b", "[rule.applies]\nkinds = [\"work_permit\"]\n[rule.effect]\nrenewal_window = \"60 days\"\n").replace("confidence = \"medium\"", "confidence = \"medium\"\nsupersedes = [\"t.a\"]"));
    let errs = errors(&[file("x.toml", &text)]);
    assert!(
        errs.iter().any(
            |e| e.contains("rule t.a is superseded by t.b from 2025-01-01")
                && e.contains("set status = \"superseded\"")
        ),
        "{errs:?}"
    );
    let fixed = text.replacen("status = \"gazetted\"", "status = \"superseded\"", 1);
    assert!(
        errors(&[file("x.toml", &fixed)]).is_empty(),
        "{:?}",
        errors(&[file("x.toml", &fixed)])
    );
    let dangling = text.replace("supersedes = [\"t.a\"]", "supersedes = [\"t.aa\"]");
    let errs = errors(&[file("x.toml", &dangling)]);
    assert!(
        errs.iter().any(|e| e.contains(
            "supersedes names rule \"t.aa\", which does not exist, did you mean \"t.a\"?"
        )),
        "{errs:?}"
    );
}

#[test]
fn override_circles_are_refused() {
    let text = with(&second_rule(
        "t.b",
        "[rule.applies]\nkinds = [\"work_permit\"]\n[rule.effect]\nrenewal_window = \"60 days\"\n",
    ))
    .replace(
        "confidence = \"medium\"",
        "confidence = \"medium\"\noverrides = [\"t.a\"]",
    )
    .replace(
        "confidence = \"high\"",
        "confidence = \"high\"\noverrides = [\"t.b\"]",
    );
    let errs = errors(&[file("x.toml", &text)]);
    assert!(
        errs.iter()
            .any(|e| e.contains("rule t.a overrides itself through a circle")),
        "{errs:?}"
    );
}

#[test]
fn prerequisite_cycles_are_refused() {
    let text = with(&second_rule(
        "t.b",
        "[rule.applies]\nkinds = [\"passport\"]\n[rule.effect]\ncapped_by = [\"work_permit\"]\n",
    ))
    .replace(
        "renewal_window = \"90 days\"",
        "renewal_window = \"90 days\"\n[[rule.effect.prerequisites]]\nkinds = [\"passport\"]",
    );
    let errs = errors(&[file("x.toml", &text)]);
    assert!(
        errs.iter()
            .any(|e| e.contains("dependency cycle") && e.contains("t.a") && e.contains("t.b")),
        "{errs:?}"
    );
}

#[test]
fn missing_translations_are_warnings_listing_them() {
    let text = GOOD
        .replace("[rule.text.th]\nmissing = \"later\"\n", "")
        .replace("[rule.text.lo]\nmissing = \"later\"\n", "");
    let report = load(&[file("x.toml", &text)]);
    assert!(report.rules.is_some());
    let warnings: Vec<String> = report.warnings().map(|d| d.to_string()).collect();
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0].contains("has no text in th, lo"),
        "{warnings:?}"
    );
}

#[test]
fn sources_english_text_and_settings_are_required() {
    let no_source = GOOD.replace("[[rule.sources]]\nurl = \"https://example.org/a\"\ntitle = \"Source A\"\ndate = 2024-01-01\n", "");
    assert!(errors(&[file("x.toml", &no_source)])[0].contains("missing key \"sources\""));
    let setting = GOOD.replace("confidence = \"high\"", "confidence = \"setting\"");
    assert!(errors(&[file("x.toml", &setting)])[0].contains("add rationale"));
    let no_en = GOOD.replace("[rule.text.en]\nname = \"A\"\nguidance = \"Do A.\"\n", "");
    assert!(errors(&[file("x.toml", &no_en)])[0].contains("needs English text"));
}

#[test]
fn unsupported_format_and_syntax_errors() {
    assert!(
        errors(&[file("x.toml", &GOOD.replace("format = 1", "format = 2"))])[0]
            .starts_with("x.toml:1:10: error: format 2 is not supported")
    );
    assert!(errors(&[file("x.toml", "format = 1\n[[rule]\n")])[0].starts_with("x.toml:2:"));
}

#[test]
fn embedded_thai_rule_set_is_clean() {
    let report = embedded::load_default();
    let errs: Vec<String> = report.errors().map(|d| d.to_string()).collect();
    assert!(errs.is_empty(), "{errs:?}");
    let rules = report.rules.unwrap();
    assert!(rules.len() >= 30);
    for r in rules.rules() {
        assert!(!r.sources.is_empty(), "{} has no source", r.id);
        assert!(r.text(doctrack_core::domain::Language::En).is_some());
    }
    // 14 rule files (rules, routes, needs), pack.toml, one holiday file
    // (2026) and the two files of the directory of help.
    assert_eq!(embedded::files().len(), 18);
    assert!(!rules.routes().is_empty() && !rules.needs().is_empty());
    assert_eq!(rules.directory().provinces.len(), 77);
    assert!(rules.directory().active().count() >= 40);
    let meta = report.meta.expect("rules/th/pack.toml");
    assert_eq!(meta.set_id, "th");
    assert!(meta.version >= 1);
    assert_eq!(
        rules.calendar().years().iter().copied().collect::<Vec<_>>(),
        [2026]
    );
}

#[test]
fn buddhist_era_years_are_refused_with_the_common_era_year() {
    // 2568 BE = 2025 CE: a maintainer copying a Thai document's date.
    let errs = errors(&[file(
        "x.toml",
        &GOOD.replace("effective_from = 2024-01-01", "effective_from = 2568-02-13"),
    )]);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].starts_with(
            "x.toml:7:18: error: 2568 looks like a Buddhist Era year: write 2025 (2568-02-13 is 2025-02-13"
        ),
        "{errs:?}"
    );
    // Also as a quoted date and in a source's date; a BE leap day is
    // reported as BE, not as an impossible date (2567-02-29 = 2024-02-29).
    let errs = errors(&[file(
        "x.toml",
        &GOOD.replace("date = 2024-01-01", "date = \"2567-02-29\""),
    )]);
    assert!(
        errs[0].contains("2567 looks like a Buddhist Era year: write 2024"),
        "{errs:?}"
    );
    // 2400 is the last year read as Common Era (no rule date is near it).
    let errs = errors(&[file(
        "x.toml",
        &GOOD.replace("effective_from = 2024-01-01", "effective_from = 2400-01-01"),
    )]);
    assert!(errs.is_empty(), "{errs:?}");
}

#[test]
fn buddhist_era_years_in_scenarios_are_refused() {
    use doctrack_core::scenario::Scenario;
    let text = r#"description = "BE year"
[[person]]
id = "a"
nationality = "MM"
cohort = "mou"
[[document]]
id = "wp"
holder = "a"
kind = "work_permit"
issued = 2024-01-01
expires = 2569-03-31
[[check]]
as_of = 2025-01-01
[[check.expect]]
document = "wp"
status = "valid"
"#;
    let errs = Scenario::parse("s.toml", text).unwrap_err();
    let first = errs[0].to_string();
    assert!(
        first.starts_with("s.toml:11:11: error: 2569 looks like a Buddhist Era year: write 2026"),
        "{first}"
    );
}

fn warnings(files: &[RuleFile]) -> Vec<String> {
    load(files)
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .map(|d| d.to_string())
        .collect()
}

/// GOOD with a fine, plus `extra` appended to its effect.
fn with_fine(extra: &str) -> String {
    GOOD.replace(
        "renewal_window = \"90 days\"\n",
        &format!("renewal_window = \"90 days\"\n[[rule.effect.fines]]\nid = \"overstay\"\nlabel = \"Overstay\"\nper_day = 500\ncurrency = \"THB\"\nfrom = \"deadline\"\n{extra}"),
    )
}

#[test]
fn waivers_are_checked() {
    let ok = with_fine(
        "[[rule.effect.waivers]]\nfine = \"overstay\"\nfrom = 2023-02-07\nto = 2023-05-15\n",
    );
    assert!(errors(&[file("x.toml", &ok)]).is_empty());
    let pending =
        with_fine("[[rule.effect.waivers]]\nfine = \"overstay\"\nwhile = \"renewal_pending\"\n");
    assert!(errors(&[file("x.toml", &pending)]).is_empty());
    let backwards = with_fine(
        "[[rule.effect.waivers]]\nfine = \"overstay\"\nfrom = 2023-05-15\nto = 2023-02-07\n",
    );
    let errs = errors(&[file("x.toml", &backwards)]);
    assert!(
        errs[0].contains("to (2023-02-07) is before from (2023-05-15)"),
        "{errs:?}"
    );
    let unknown = with_fine(
        "[[rule.effect.waivers]]\nfine = \"overstya\"\nfrom = 2023-02-07\nto = 2023-05-15\n",
    );
    let errs = errors(&[file("x.toml", &unknown)]);
    assert!(
        errs[0].contains("waives fine \"overstya\", which no rule defines")
            && errs[0].contains("did you mean \"overstay\"?"),
        "{errs:?}"
    );
    let half = with_fine("[[rule.effect.waivers]]\nfine = \"overstay\"\nfrom = 2023-02-07\n");
    assert!(errors(&[file("x.toml", &half)])[0].contains("a waiver needs fine"));
    let both = with_fine("[[rule.effect.waivers]]\nfine = \"overstay\"\nfrom = 2023-02-07\nto = 2023-05-15\nwhile = \"renewal_pending\"\n");
    assert!(errors(&[file("x.toml", &both)])[0].contains("a waiver needs fine"));
}

#[test]
fn unless_conditions_are_checked() {
    let cond = |c: &str| {
        GOOD.replace(
            "[rule.effect]\n",
            &format!("[rule.unless]\n{c}\n[rule.effect]\n"),
        )
    };
    let ok = cond("has_document = \"pink_card|visa\"\nby = 2025-03-30");
    assert!(errors(&[file("x.toml", &ok)]).is_empty());
    let ok = cond("has_event = \"renewal_submitted\"\non_document = \"visa\"\nby = 2025-03-30");
    assert!(errors(&[file("x.toml", &ok)]).is_empty());
    let errs = errors(&[file(
        "x.toml",
        &cond("has_event = \"renewal_submited\"\nby = 2025-03-30"),
    )]);
    assert!(
        errs[0].contains("did you mean \"renewal_submitted\"?"),
        "{errs:?}"
    );
    let errs = errors(&[file(
        "x.toml",
        &cond("has_document = \"visa\"\nhas_event = \"cancelled\"\nby = 2025-03-30"),
    )]);
    assert!(errs[0].contains("needs either has_document"), "{errs:?}");
    let errs = errors(&[file(
        "x.toml",
        &cond("has_document = \"visa\"\non_document = \"visa\"\nby = 2025-03-30"),
    )]);
    assert!(
        errs[0].contains("on_document goes with has_event"),
        "{errs:?}"
    );
    let errs = errors(&[file("x.toml", &cond("has_document = \"visa\""))]);
    assert!(errs[0].contains("missing key \"by\""), "{errs:?}");
    let errs = errors(&[file(
        "x.toml",
        &cond("has_document = \"visa\"\nby = 2568-03-30"),
    )]);
    assert!(errs[0].contains("write 2025"), "{errs:?}");
}

#[test]
fn upstream_lists_are_checked() {
    let effect = |e: &str| GOOD.replace("renewal_window = \"90 days\"", e);
    let ok = effect("lapses_with = [\"visa\", \"passport|certificate_of_identity\"]");
    assert!(errors(&[file("x.toml", &ok)]).is_empty());
    let errs = errors(&[file(
        "x.toml",
        &effect("capped_by = [\"passport|pasport\"]"),
    )]);
    assert!(errs[0].contains("did you mean \"passport\"?"), "{errs:?}");
    let errs = errors(&[file(
        "x.toml",
        &effect("lapses_with = [\"visa\", \"passport|visa\"]"),
    )]);
    assert!(errs[0].contains("names \"visa\" twice"), "{errs:?}");
    let errs = errors(&[file("x.toml", &effect("lapses_with = [\"work_permit\"]"))]);
    assert!(errs[0].contains("cannot depend on itself"), "{errs:?}");
    // on_leaving_employer without any lapses_with for the same documents: a warning.
    let lonely = effect("on_leaving_employer = \"job_change_deadline\"");
    assert!(errors(&[file("x.toml", &lonely)]).is_empty());
    let warns = warnings(&[file("x.toml", &lonely)]);
    assert!(
        warns.iter().any(|w| w.contains("sets on_leaving_employer")),
        "{warns:?}"
    );
    let paired = effect("on_leaving_employer = \"job_change_deadline\"\nlapses_with = [\"visa\"]");
    assert!(!warnings(&[file("x.toml", &paired)])
        .iter()
        .any(|w| w.contains("on_leaving_employer")));
}

#[test]
fn numbers_in_texts_that_contradict_the_effect_are_warnings() {
    // GOOD's effect: renewal_window = "90 days"; its text says nothing numeric.
    let text = |guidance: &str| {
        GOOD.replace(
            "guidance = \"Do A.\"",
            &format!("guidance = \"{guidance}\""),
        )
    };
    assert!(warnings(&[file("x.toml", &text("Apply 90 days before."))])
        .iter()
        .all(|w| !w.contains("is not a value")));
    let warns = warnings(&[file("x.toml", &text("Apply 60 days before."))]);
    let w: Vec<&String> = warns
        .iter()
        .filter(|w| w.contains("is not a value"))
        .collect();
    assert_eq!(w.len(), 1, "{warns:?}");
    assert!(
        w[0].starts_with("x.toml:19:12: warning: rule t.a: the en guidance says \"60 days\""),
        "{w:?}"
    );
    // Amounts are checked when the effect has fees or fines.
    let fee = with_fine("").replace(
        "guidance = \"Do A.\"",
        "guidance = \"500 baht a day, at most 2,000 baht.\"",
    );
    let warns = warnings(&[file("x.toml", &fee)]);
    assert!(
        warns.iter().any(|w| w.contains("says \"2,000 baht\"")),
        "{warns:?}"
    );
    assert!(
        !warns.iter().any(|w| w.contains("says \"500 baht\"")),
        "{warns:?}"
    );
    // Stated on purpose: listed in text_mentions (before the tables).
    let meant = text("Was 60 days, now 90 days.").replace(
        "confidence = \"high\"\n",
        "confidence = \"high\"\ntext_mentions = [\"60 days\"]\n",
    );
    let warns = warnings(&[file("x.toml", &meant)]);
    assert!(
        !warns.iter().any(|w| w.contains("is not a value")),
        "{warns:?}"
    );
    // A listed mention that no text says, and one that is not a mention.
    let stale = GOOD.replace(
        "confidence = \"high\"\n",
        "confidence = \"high\"\ntext_mentions = [\"60 days\"]\n",
    );
    assert!(warnings(&[file("x.toml", &stale)])
        .iter()
        .any(|w| w.contains("text_mentions lists \"60 days\", but no text says it")));
    let bad = GOOD.replace(
        "confidence = \"high\"\n",
        "confidence = \"high\"\ntext_mentions = [\"sixty days\"]\n",
    );
    assert!(errors(&[file("x.toml", &bad)])[0].contains("is not a number with a unit"));
}
