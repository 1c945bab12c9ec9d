//! Office working days in the renewal plan: a date to act by that falls on
//! a weekend or a holiday moves to the last working day before it, and the
//! plan says why, naming the holiday and its source.

use chrono::NaiveDate;
use doctrack_core::domain::dates::Span;
use doctrack_core::messages::{english, ArgValue, MessageId};
use doctrack_core::plan::{plan_steps as plan, Step};
use doctrack_core::rules::evaluate::Basis;
use doctrack_core::rules::{embedded, DateKind, Evaluation};
use doctrack_core::scenario::Scenario;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

const SCENARIO: &str = r#"
description = "three work permits ending on a Thursday, a holiday and a Saturday"
[[person]]
id = "aung"
nationality = "MM"
cohort = "mou"
[[document]]
id = "thu"
holder = "aung"
kind = "work_permit"
issued = 2024-06-01
expires = 2026-10-22
[[person]]
id = "mya"
nationality = "MM"
cohort = "mou"
[[document]]
id = "holiday"
holder = "mya"
kind = "work_permit"
issued = 2024-06-01
expires = 2026-10-23
[[person]]
id = "tun"
nationality = "MM"
cohort = "mou"
[[document]]
id = "saturday"
holder = "tun"
kind = "work_permit"
issued = 2024-06-01
expires = 2026-09-12
[[check]]
as_of = 2026-09-01
[[check.expect]]
document = "holiday"
act_by = 2026-10-22
"#;

fn evaluated(as_of: NaiveDate) -> (Scenario, Evaluation, Vec<Step>) {
    let rules = embedded::load_default().rules.unwrap();
    let scenario = Scenario::parse("office-days.toml", SCENARIO).unwrap();
    let eval = scenario.evaluate(&rules, as_of);
    let steps = plan(&eval, Span::Months(6));
    (scenario, eval, steps)
}

fn step<'a>(scenario: &Scenario, steps: &'a [Step], name: &str) -> &'a Step {
    steps
        .iter()
        .find(|s| s.document.is_some_and(|d| scenario.name(d) == name))
        .unwrap_or_else(|| panic!("no step for {name}"))
}

#[test]
fn the_plan_goes_by_the_last_working_day_and_names_the_holiday_and_its_source() {
    let (scenario, eval, steps) = evaluated(d("2026-09-01"));
    let s = step(&scenario, &steps, "holiday");
    assert_eq!(s.by, Some(d("2026-10-22")));
    assert_eq!(s.moved_from, Some(d("2026-10-23")));
    let why = s
        .why
        .iter()
        .find(|m| m.id == MessageId::PlanActByHoliday)
        .expect("the plan says why");
    assert_eq!(
        why.get(doctrack_core::messages::ArgName::Holiday),
        Some(&ArgValue::Text("Chulalongkorn Memorial Day".into()))
    );
    assert_eq!(
        english().render(why),
        "the deadline, 2026-10-23, is a holiday (Chulalongkorn Memorial Day) when offices are closed: go by 2026-10-22"
    );
    // The holiday's source is in the document's status (its detail).
    let status = eval
        .documents
        .iter()
        .find(|st| Some(st.document) == s.document)
        .expect("the status");
    let act_by = status.date(DateKind::ActBy).expect("an act-by date");
    let sourced = act_by.reasons.iter().any(|r| match &r.basis {
        Basis::OfficeClosed { date, sources } => {
            *date == d("2026-10-23") && sources.iter().any(|src| src.url.contains("khaosodenglish"))
        }
        _ => false,
    });
    assert!(sourced, "{:?}", act_by.reasons);

    let s = step(&scenario, &steps, "saturday");
    assert_eq!(
        (s.by, s.moved_from),
        (Some(d("2026-09-11")), Some(d("2026-09-12")))
    );
    assert!(s.why.iter().any(|m| m.id == MessageId::PlanActByWeekend));

    let s = step(&scenario, &steps, "thu");
    assert_eq!((s.by, s.moved_from), (Some(d("2026-10-22")), None));
    assert!(!s.why.iter().any(|m| matches!(
        m.id,
        MessageId::PlanActByHoliday | MessageId::PlanActByWeekend
    )));
}

#[test]
fn the_legal_dates_do_not_move() {
    let rules = embedded::load_default().rules.unwrap();
    let scenario = Scenario::parse("office-days.toml", SCENARIO).unwrap();
    let eval = scenario.evaluate(&rules, d("2026-09-01"));
    let st = eval
        .documents
        .iter()
        .find(|s| scenario.name(s.document) == "holiday")
        .unwrap();
    assert_eq!(st.date(DateKind::ValidUntil).unwrap().date, d("2026-10-23"));
    assert_eq!(st.date(DateKind::Deadline).unwrap().date, d("2026-10-23"));
    assert_eq!(st.date(DateKind::ActBy).unwrap().date, d("2026-10-22"));
    // The day after the holiday the permit can no longer be renewed
    // (routes-and-protection.md §6), counted from the legal date.
    let eval = scenario.evaluate(&rules, d("2026-10-24"));
    let st = eval
        .documents
        .iter()
        .find(|s| scenario.name(s.document) == "holiday")
        .unwrap();
    assert_eq!(st.status.as_str(), "lapsed");
    assert_eq!(
        st.date(DateKind::RenewableUntil).unwrap().date,
        d("2026-10-23")
    );
    assert!(st.date(DateKind::ActBy).is_none());
}
