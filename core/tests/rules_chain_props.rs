//! Property tests of inclusive end dates and document chains:
//! - for a renewal chain of consecutive terms, the total-term limit is
//!   reached exactly when their inclusive days add up to it;
//! - an upstream document ending earlier never makes a downstream document
//!   end later.

use chrono::{Days, NaiveDate};
use doctrack_core::domain::{
    Cohort, Country, Document, DocumentChange, DocumentId, DocumentKind, Language, Ledger,
    PersonDraft,
};
use doctrack_core::rules::{evaluate, load, Blocker, DateKind, RuleFile, RuleSet};
use proptest::prelude::*;

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()
}

fn rule_set(effect: &str) -> RuleSet {
    let text = format!(
        r#"format = 1
[[rule]]
id = "p.rule"
title = "Property rule"
status = "approved"
effective_from = 2000-01-01
confidence = "setting"
rationale = "a rule for property tests"
[[rule.sources]]
url = "https://example.org/p"
title = "P"
[rule.applies]
kinds = ["work_permit"]
[rule.effect]
{effect}
[rule.text.en]
name = "P"
guidance = "P."
"#
    );
    let report = load(&[RuleFile {
        name: "p.toml".into(),
        text,
    }]);
    report.rules.expect("the property rule loads")
}

fn person(ledger: &mut Ledger) -> doctrack_core::domain::PersonId {
    ledger
        .register_person(
            PersonDraft {
                display_name: "P".into(),
                nationality: "MM".parse::<Country>().unwrap(),
                language: Language::En,
                cohort: "mou".parse::<Cohort>().unwrap(),
                works_on_fishing_vessel: false,
            },
            start(),
        )
        .unwrap()
}

fn permit(
    holder: doctrack_core::domain::PersonId,
    issued: NaiveDate,
    last_day: NaiveDate,
) -> Document {
    Document {
        id: DocumentId::new_random(),
        holder,
        kind: DocumentKind::WorkPermit,
        number: format!("WP{issued}"),
        issuing_country: Country::Thailand,
        issuing_authority: None,
        issued_on: Some(issued),
        expires_on: Some(last_day),
        employer: None,
        links: Vec::new(),
        notes: String::new(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Consecutive permits (each starts the day after the previous one's
    /// last day), renewed one into the next: the last one is blocked by the
    /// total-term limit exactly when the inclusive days of all of them
    /// reach the days of the limit.
    #[test]
    fn term_limit_is_reached_when_inclusive_days_add_up(
        years in 1u32..6,
        lengths in proptest::collection::vec(2u32..900, 1..6),
        offset in 0u32..1500,
        fit in proptest::option::of(-1i64..=1),
    ) {
        let rules = rule_set(&format!("max_total_term = \"{years} years\""));
        let mut ledger = Ledger::new();
        let holder = person(&mut ledger);
        let first = start().checked_add_days(Days::new(u64::from(offset))).unwrap();
        let limit = doctrack_core::domain::Span::Years(years).last_day_from(first).unwrap();
        let allowed = (limit - first).num_days() + 1;
        // Often land on the boundary: the last term makes the total the
        // limit's days, one day less or one day more.
        let mut lengths = lengths;
        if let Some(delta) = fit {
            let others: i64 = lengths[..lengths.len() - 1].iter().map(|l| i64::from(*l)).sum();
            if let Ok(last) = u32::try_from(allowed - others + delta) {
                if last >= 2 {
                    *lengths.last_mut().unwrap() = last;
                }
            }
        }
        let mut issued = first;
        let mut previous: Option<DocumentId> = None;
        let mut last = None;
        for len in &lengths {
            let last_day = issued.checked_add_days(Days::new(u64::from(*len) - 1)).unwrap();
            let doc = permit(holder, issued, last_day);
            let id = doc.id;
            match previous {
                None => { ledger.record_document(doc, issued).unwrap(); }
                Some(prev) => {
                    ledger.change(prev, DocumentChange::RenewalSubmitted, issued).unwrap();
                    ledger.approve_renewal(prev, doc, issued).unwrap();
                }
            }
            previous = Some(id);
            last = Some((id, issued));
            issued = last_day.succ_opt().unwrap();
        }
        let (last_id, as_of) = last.unwrap();
        let people: Vec<_> = ledger.people().values().map(|p| p.person.clone()).collect();
        let docs: Vec<_> = ledger.documents().values().map(|r| r.document.clone()).collect();
        let eval = evaluate(&people, &docs, &ledger.document_events(), &rules, as_of);
        let st = eval.get(last_id).unwrap();
        prop_assert_eq!(st.date(DateKind::TermLimit).map(|d| d.date), Some(limit));
        let used: i64 = lengths.iter().map(|l| i64::from(*l)).sum();
        let blocked = st.blockers.iter().any(|b| matches!(b, Blocker::TermLimit { .. }));
        prop_assert_eq!(blocked, used >= allowed, "used {} of {} days", used, allowed);
    }
}

#[test]
fn two_consecutive_two_year_mou_permits_use_the_whole_four_years() {
    // The issue's example: 15 Jun 2021 - 14 Jun 2023 and 15 Jun 2023 - 14 Jun 2025.
    let rules = rule_set("max_total_term = \"4 years\"");
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let mut ledger = Ledger::new();
    let holder = person(&mut ledger);
    let first = permit(holder, d(2021, 6, 15), d(2023, 6, 14));
    let second = permit(holder, d(2023, 6, 15), d(2025, 6, 14));
    let (a, b) = (first.id, second.id);
    ledger.record_document(first, d(2021, 6, 15)).unwrap();
    ledger
        .change(a, DocumentChange::RenewalSubmitted, d(2023, 6, 1))
        .unwrap();
    ledger.approve_renewal(a, second, d(2023, 6, 15)).unwrap();
    let people: Vec<_> = ledger.people().values().map(|p| p.person.clone()).collect();
    let docs: Vec<_> = ledger
        .documents()
        .values()
        .map(|r| r.document.clone())
        .collect();
    let eval = evaluate(
        &people,
        &docs,
        &ledger.document_events(),
        &rules,
        d(2024, 1, 1),
    );
    let st = eval.get(b).unwrap();
    assert_eq!(
        st.date(DateKind::TermLimit).map(|k| k.date),
        Some(d(2025, 6, 14))
    );
    assert!(st
        .blockers
        .iter()
        .any(|b| matches!(b, Blocker::TermLimit { .. })));
}
