//! Planning reminders from evaluations of the bundled Thai rules: ladders,
//! the default ladder, fixed reminders, ranges, events that drop and add
//! reminders, and the lock-screen texts.

use chrono::NaiveDate;
use doctrack_core::domain::{DocumentKind, Language};
use doctrack_core::messages::{ArgValue, Localizer, MessageId as M};
use doctrack_core::plan::reminders::{
    plan_reminders as plan, LadderSource, PlannedReminder, ReminderKind,
};
use doctrack_core::rules::{embedded, RuleSet};
use doctrack_core::scenario::Scenario;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn rules() -> RuleSet {
    embedded::load_default().rules.expect("embedded rules load")
}

const PEOPLE: &str = r#"
description = "reminders"

[[person]]
id = "aung"
nationality = "MM"
cohort = "mou"
language = "my"

[[document]]
id = "passport"
holder = "aung"
kind = "passport"
country = "MM"
issued = 2022-05-10
expires = 2032-05-09

[[document]]
id = "wp"
holder = "aung"
kind = "work_permit"
issued = 2024-06-01
expires = 2026-06-01
employer = "Sample Seafood Co."

[[document]]
id = "check"
holder = "aung"
kind = "health_check"
issued = 2026-01-05
expires = 2027-01-05

[[document]]
id = "insurance"
holder = "aung"
kind = "health_insurance"
issued = 2026-01-05
expires = 2027-01-05

[[document]]
id = "report"
holder = "aung"
kind = "ninety_day_report"
issued = 2026-01-10

[[document]]
id = "boat"
holder = "aung"
kind = "other:boat pass"
issued = 2025-06-01
expires = 2026-03-01
"#;

fn scenario(extra: &str) -> Scenario {
    // A scenario file needs a check; this one only serves to build the data.
    let check = "\n[[check]]\nas_of = 2026-01-15\n[[check.expect]]\ndocument = \"passport\"\nstatus = \"valid\"\n";
    Scenario::parse("reminders.toml", &format!("{PEOPLE}{extra}{check}")).expect("scenario parses")
}

/// (fire date, kind) of one document's reminders.
fn of(s: &Scenario, plan: &[PlannedReminder], doc: &str) -> Vec<(NaiveDate, ReminderKind)> {
    plan.iter()
        .filter(|r| s.name(r.key.document) == doc)
        .map(|r| (r.key.fire_on, r.key.kind))
        .collect()
}

#[test]
fn a_year_of_reminders_from_the_rules_ladders() {
    let s = scenario("");
    let rules = rules();
    // After every document was recorded (the report on entry, 10 Jan).
    let from = d(2026, 1, 15);
    let p = plan(&s.evaluate(&rules, from), from, d(2026, 12, 31));
    use ReminderKind::*;
    // Work permit: deadline 1 Jun 2026; th.work-permit.renewal-lead ladder
    // 4 months (= the window opening), 14 and 7 days; the day itself; no
    // grace; overdue 1, 7 and 30 days after.
    assert_eq!(
        of(&s, &p, "wp"),
        vec![
            (d(2026, 2, 1), WindowOpens),
            (d(2026, 5, 18), DueSoon),
            (d(2026, 5, 25), DueSoon),
            (d(2026, 6, 1), Deadline),
            (d(2026, 6, 2), Overdue),
            (d(2026, 6, 8), Overdue),
            (d(2026, 7, 1), Overdue),
        ]
    );
    let wp: Vec<&PlannedReminder> = p
        .iter()
        .filter(|r| s.name(r.key.document) == "wp")
        .collect();
    assert_eq!(
        wp[1].source,
        LadderSource::Rule {
            id: "th.work-permit.renewal-lead".into()
        }
    );
    assert_eq!(wp[3].source, LadderSource::Fixed);
    assert!(
        !wp[0].reasons.is_empty(),
        "the deadline's reasons come along"
    );
    // 90-day report: entered 10 Jan, due 10 Apr; filing from 26 Mar to 17
    // Apr; ladder 15 days (= filing opens), 3 days, 0 days; grace while
    // filing stays open; overdue after it closes.
    assert_eq!(
        of(&s, &p, "report"),
        vec![
            (d(2026, 3, 26), ReportWindow),
            (d(2026, 4, 7), DueSoon),
            (d(2026, 4, 10), Deadline),
            (d(2026, 4, 11), Grace),
            (d(2026, 4, 18), Overdue),
            (d(2026, 4, 24), Overdue),
            (d(2026, 5, 17), Overdue),
        ]
    );
    // A kind no rule knows: the default ladder (30, 7, 1 days) before its
    // printed expiry.
    assert_eq!(
        of(&s, &p, "boat"),
        vec![
            (d(2026, 1, 30), DueSoon),
            (d(2026, 2, 22), DueSoon),
            (d(2026, 2, 28), DueSoon),
            (d(2026, 3, 1), Deadline),
            (d(2026, 3, 2), Overdue),
            (d(2026, 3, 8), Overdue),
            (d(2026, 3, 31), Overdue),
        ]
    );
    let boat = p.iter().find(|r| s.name(r.key.document) == "boat").unwrap();
    assert_eq!(boat.source, LadderSource::Default);
    // Health documents: window 4 months before 5 Jan 2027, then 14 and 7 days.
    assert_eq!(
        of(&s, &p, "check"),
        vec![
            (d(2026, 9, 5), WindowOpens),
            (d(2026, 12, 22), DueSoon),
            (d(2026, 12, 29), DueSoon),
        ]
    );
    // The passport (2032) has nothing this year.
    assert!(of(&s, &p, "passport").is_empty());
    // In firing order.
    assert!(p.windows(2).all(|w| w[0].key.fire_on <= w[1].key.fire_on));
}

#[test]
fn the_range_includes_both_ends_and_nothing_else() {
    let s = scenario("");
    let rules = rules();
    let eval = s.evaluate(&rules, d(2026, 1, 1));
    let p = plan(&eval, d(2026, 5, 18), d(2026, 6, 1));
    assert_eq!(
        of(&s, &p, "wp"),
        vec![
            (d(2026, 5, 18), ReminderKind::DueSoon),
            (d(2026, 5, 25), ReminderKind::DueSoon),
            (d(2026, 6, 1), ReminderKind::Deadline),
        ]
    );
    assert!(plan(&eval, d(2026, 6, 1), d(2026, 5, 1)).is_empty());
}

#[test]
fn events_drop_and_add_reminders() {
    let rules = rules();
    let from = d(2026, 3, 20);
    let to = d(2026, 12, 31);
    let before = scenario("");
    let p = plan(&before.evaluate(&rules, from), from, to);
    assert!(!of(&before, &p, "wp").is_empty());
    assert!(!of(&before, &p, "boat").is_empty());
    // Renewal submitted: nothing more for the work permit; the office decides.
    // Report filed on 1 Apr: the next report is due 90 days later (30 Jun),
    // so the April reminders go and new ones come. The boat pass is archived.
    let after = scenario(
        r#"
[[event]]
document = "wp"
on = 2026-03-10
type = "renewal_started"

[[event]]
document = "wp"
on = 2026-03-15
type = "renewal_submitted"

[[event]]
document = "report"
on = 2026-03-18
type = "report_filed"

[[event]]
document = "boat"
on = 2026-03-19
type = "archived"
"#,
    );
    let p2 = plan(&after.evaluate(&rules, from), from, to);
    assert!(
        of(&after, &p2, "wp").is_empty(),
        "{:?}",
        of(&after, &p2, "wp")
    );
    assert!(of(&after, &p2, "boat").is_empty());
    let report = of(&after, &p2, "report");
    assert_eq!(report[0], (d(2026, 6, 1), ReminderKind::ReportWindow));
    assert!(report.contains(&(d(2026, 6, 16), ReminderKind::Deadline)));
    assert!(!report
        .iter()
        .any(|(day, _)| day.to_string().starts_with("2026-04")));
    // The health documents are untouched.
    assert_eq!(of(&before, &p, "check"), of(&after, &p2, "check"));
}

#[test]
fn lock_screen_texts_name_no_document_person_country_or_date() {
    let s = scenario("");
    let rules = rules();
    // After every document was recorded (the report on entry, 10 Jan).
    let from = d(2026, 1, 15);
    let p = plan(&s.evaluate(&rules, from), from, d(2027, 12, 31));
    let kinds: Vec<ReminderKind> = p.iter().map(|r| r.key.kind).collect();
    for k in ReminderKind::ALL {
        assert!(
            kinds.contains(&k),
            "the plan has no {k:?} reminder to check"
        );
    }
    for r in &p {
        // Structurally: a short text carries at most a number of days.
        for arg in &r.short.args {
            assert!(
                matches!(arg.value, ArgValue::Number(_))
                    && arg.name == doctrack_core::messages::ArgName::Days,
                "{:?} carries {:?}",
                r.short.id,
                arg
            );
        }
        assert!(r.short.id.as_str().starts_with("reminder-short-"));
        for l in Language::ALL {
            let loc = Localizer::new(l);
            let text = loc.render(&r.short);
            let detail = loc.render(&r.detail);
            for kind in DocumentKind::KNOWN_CODES {
                let kind: DocumentKind = kind.parse().unwrap();
                for name in [loc.kind_name(&kind), loc.kind_inline(&kind)] {
                    assert!(!text.contains(&name), "{l}: {text:?} names {name:?}");
                }
            }
            for date in [r.key.target_date, r.key.fire_on] {
                assert!(!text.contains(&loc.date(date)), "{l}: {text:?}");
            }
            assert!(!text.contains("boat") && !text.contains("MM") && !text.contains("Myanmar"));
            // The detailed text does say which document.
            assert!(
                detail.contains(&loc.kind_inline(&r.document_kind))
                    || detail.contains(&loc.kind_name(&r.document_kind))
                    || r.detail.id == M::ReminderReportWindow,
                "{l}: {detail:?}"
            );
        }
    }
}
