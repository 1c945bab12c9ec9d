//! What the plan tells a person after ordinary life events: a renewal
//! handed in, leaving the employer, dates today or past, fees, fines and
//! guidance, and advice that is a maintainers' default rather than law.

use chrono::NaiveDate;
use doctrack_core::domain::dates::Span;
use doctrack_core::messages::{english, MessageId};
use doctrack_core::plan::{plan_steps as plan, Action, Step};
use doctrack_core::rules::embedded;
use doctrack_core::scenario::Scenario;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn plan_of(
    scenario: &str,
    as_of: NaiveDate,
) -> (Scenario, Vec<Step>, doctrack_core::rules::Evaluation) {
    let rules = embedded::load_default().rules.expect("rules load");
    // Scenarios need a check; the plan is what is tested here.
    // A check needs an expectation; the first document's presence will do.
    let doc = scenario
        .split("[[document]]")
        .nth(1)
        .and_then(|b| b.lines().find_map(|l| l.strip_prefix("id = \"")))
        .and_then(|rest| rest.strip_suffix('"'))
        .unwrap_or("doc");
    let text =
        format!("{scenario}\n[[check]]\nas_of = {as_of}\n[[check.expect]]\ndocument = \"{doc}\"\n");
    let s = Scenario::parse("test.toml", &text).expect("scenario parses");
    let eval = s.evaluate(&rules, as_of);
    let steps = plan(&eval, Span::Months(6));
    (s, steps, eval)
}

const WORKER: &str = r#"
description = "plan test"
[[person]]
id = "aung"
nationality = "MM"
cohort = "mou"
fisher = true
[[document]]
id = "passport"
holder = "aung"
kind = "passport"
country = "MM"
issued = 2024-01-10
expires = 2034-01-09
[[document]]
id = "wp"
holder = "aung"
kind = "work_permit"
issued = 2024-06-15
expires = 2026-06-14
employer = "Sample Fishing Co."
[[document]]
id = "insurance"
holder = "aung"
kind = "health_insurance"
issued = 2026-01-05
expires = 2027-01-04
[[document]]
id = "check"
holder = "aung"
kind = "health_check"
issued = 2026-01-05
expires = 2027-01-04
"#;

fn step<'a>(s: &Scenario, steps: &'a [Step], name: &str) -> Option<&'a Step> {
    steps
        .iter()
        .find(|st| st.document.is_some_and(|id| s.name(id) == name))
}

#[test]
fn a_renewal_handed_in_waits_for_the_decision() {
    let text = format!(
        "{WORKER}\n[[event]]\ndocument = \"wp\"\non = 2026-05-10\ntype = \"renewal_submitted\"\n"
    );
    // After the printed expiry: no "renew by", no overdue alarm, no fee.
    let (s, steps, _) = plan_of(&text, d(2026, 6, 20));
    let wp = step(&s, &steps, "wp").expect("a step for the work permit");
    assert_eq!(wp.action, Action::AwaitDecision);
    assert_eq!(wp.by, Some(d(2026, 7, 9)));
    assert!(wp.fees.is_empty());
    assert!(!wp.why.iter().any(|m| m.id == MessageId::PlanGetHelp));
    let text_en = english().render(&wp.headline);
    assert!(
        text_en.contains("wait for the decision on the work permit"),
        "{text_en}"
    );
    // After the follow-up date: ask at the office.
    let (s, steps, _) = plan_of(&text, d(2026, 7, 12));
    let wp = step(&s, &steps, "wp").unwrap();
    assert!(
        wp.why
            .iter()
            .any(|m| m.id == MessageId::ReasonNoDecisionYet),
        "{:?}",
        wp.why
    );
}

#[test]
fn dates_today_or_past_say_so_with_help() {
    // Work permit deadline 14 Jun 2026.
    let (s, steps, _) = plan_of(WORKER, d(2026, 6, 14));
    let wp = step(&s, &steps, "wp").unwrap();
    assert_eq!(wp.when.clone().unwrap().id, MessageId::PlanToday);
    // A work permit cannot be renewed after its expiry (research
    // routes-and-protection.md §6): no "overdue, go to the office" but
    // since when it can no longer be renewed, and why.
    let (s, steps, _) = plan_of(WORKER, d(2026, 6, 17));
    let wp = step(&s, &steps, "wp").unwrap();
    assert_eq!(wp.action, Action::CannotRenew);
    let when = wp.when.clone().unwrap();
    assert_eq!(when.id, MessageId::PlanSince);
    assert_eq!(english().render(&when), "since 2026-06-15");
    assert!(wp
        .why
        .iter()
        .any(|m| m.id == MessageId::ReasonBeyondRenewal));
    assert!(!wp.why.iter().any(|m| m.id == MessageId::PlanGetHelp));
    // A passport can always be renewed at its embassy: late, it is overdue
    // and the step says where to get help.
    let late_passport = WORKER.replace("expires = 2034-01-09", "expires = 2026-06-14");
    let (s, steps, _) = plan_of(&late_passport, d(2026, 6, 17));
    let passport = step(&s, &steps, "passport").unwrap();
    assert_eq!(passport.action, Action::Renew);
    let when = passport.when.clone().unwrap();
    assert_eq!(when.id, MessageId::PlanOverdue);
    assert_eq!(english().render(&when), "3 days overdue (since 2026-06-14)");
    assert!(passport.why.iter().any(|m| m.id == MessageId::PlanGetHelp));
    let (s, steps, _) = plan_of(WORKER, d(2026, 6, 13));
    let wp = step(&s, &steps, "wp").unwrap();
    assert_eq!(wp.when.clone().unwrap().id, MessageId::PlanBy);
    assert!(!wp.why.iter().any(|m| m.id == MessageId::PlanGetHelp));
}

#[test]
fn leaving_the_employer_leads_the_plan_and_followers_are_not_renewed() {
    let text = r#"
description = "job change"
[[person]]
id = "mom"
nationality = "KH"
cohort = "cr:2024-09-24"
[[document]]
id = "passport"
holder = "mom"
kind = "passport"
country = "KH"
issued = 2020-01-10
expires = 2026-05-09
[[document]]
id = "wp"
holder = "mom"
kind = "work_permit"
issued = 2025-03-01
expires = 2027-02-13
employer = "Gulf Seafood"
[[document]]
id = "pink"
holder = "mom"
kind = "pink_card"
issued = 2025-03-01
expires = 2027-02-13
links = [{ kind = "tied_to", to = "wp" }]
[[event]]
document = "wp"
on = 2026-03-01
type = "cancelled"
reason = "left_employer"
"#;
    let (s, steps, _) = plan_of(text, d(2026, 3, 10));
    assert_eq!(steps[0].action, Action::FindEmployer, "{steps:#?}");
    assert_eq!(steps[0].by, Some(d(2026, 4, 30)));
    assert!(
        step(&s, &steps, "pink").is_none(),
        "no 'renew the pink card' step"
    );
    assert!(steps[0]
        .why
        .iter()
        .any(|m| m.id == MessageId::PlanFollowsJobChange));
    // The passport's renewal (window open, expiring soon) comes after.
    assert!(step(&s, &steps, "passport").is_some());
}

#[test]
fn steps_carry_fees_guidance_and_advice() {
    let text = r#"
description = "visa with a short passport"
[[person]]
id = "sophea"
nationality = "KH"
cohort = "mou"
[[document]]
id = "passport"
holder = "sophea"
kind = "passport"
country = "KH"
issued = 2016-12-31
expires = 2026-12-31
[[document]]
id = "visa"
holder = "sophea"
kind = "visa"
issued = 2024-10-01
expires = 2026-09-30
links = [{ kind = "stamped_in", to = "passport" }]
"#;
    let (s, steps, eval) = plan_of(text, d(2026, 6, 1));
    let visa = step(&s, &steps, "visa").unwrap();
    assert!(
        visa.fees
            .iter()
            .any(|f| f.fee.amount == 500 && f.fee.currency == "THB"),
        "the official visa fee is on the step: {:?}",
        visa.fees
    );
    assert!(!visa.guidance.is_empty());
    // Blocked only by the one-year passport default: advice, not law.
    let st = eval
        .documents
        .iter()
        .find(|d| s.name(d.document) == "visa")
        .unwrap();
    assert!(st.advisory(), "{:?}", st.blockers);
    assert!(st.blockers.iter().all(|b| b.is_advice()));
}
