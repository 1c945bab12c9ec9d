//! `[rule.unless]` with an event, on the document itself or on another of
//! the holder's documents (the Thai set uses only `has_document`).

use chrono::NaiveDate;
use doctrack_core::domain::{
    Cohort, Country, Document, DocumentChange, DocumentId, DocumentKind, Language, Ledger,
    PersonDraft, PersonId,
};
use doctrack_core::messages::{english, MessageId};
use doctrack_core::rules::{evaluate, load, DateKind, RuleFile, RuleSet};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A resolution ends pink cards on 30 Mar 2025 unless `condition`.
fn rules(condition: &str) -> RuleSet {
    let text = format!(
        r#"format = 1
[[rule]]
id = "t.cut-off"
title = "Cut off unless"
status = "approved"
effective_from = 2025-03-01
confidence = "high"
[[rule.sources]]
url = "https://example.org/c"
title = "C"
[rule.applies]
kinds = ["pink_card"]
[rule.unless]
{condition}
[rule.effect]
end_of_authorisation = 2025-03-30
[rule.text.en]
name = "C"
guidance = "C."
"#
    );
    let report = load(&[RuleFile {
        name: "c.toml".into(),
        text,
    }]);
    report.rules.expect("the rule loads")
}

fn doc(holder: PersonId, kind: DocumentKind, issued: NaiveDate) -> Document {
    Document {
        id: DocumentId::new_random(),
        holder,
        kind,
        number: "N1".into(),
        issuing_country: Country::Thailand,
        issuing_authority: None,
        issued_on: Some(issued),
        expires_on: Some(d(2030, 1, 1)),
        employer: None,
        links: Vec::new(),
        notes: String::new(),
    }
}

/// A pink card and a work permit; `event_on` the permit's or the card's
/// renewal is submitted.
fn valid_until(
    rules: &RuleSet,
    on_permit: bool,
    event_on: NaiveDate,
    as_of: NaiveDate,
) -> NaiveDate {
    let mut ledger = Ledger::new();
    let holder = ledger
        .register_person(
            PersonDraft {
                display_name: "P".into(),
                nationality: "MM".parse::<Country>().unwrap(),
                language: Language::En,
                cohort: "unknown".parse::<Cohort>().unwrap(),
                works_on_fishing_vessel: false,
                province: None,
            },
            d(2024, 1, 1),
        )
        .unwrap();
    let pink = doc(holder, DocumentKind::PinkCard, d(2024, 11, 1));
    let permit = doc(holder, DocumentKind::WorkPermit, d(2024, 11, 1));
    let (pink_id, permit_id) = (pink.id, permit.id);
    ledger.record_document(pink, d(2024, 11, 1)).unwrap();
    ledger.record_document(permit, d(2024, 11, 1)).unwrap();
    let target = if on_permit { permit_id } else { pink_id };
    ledger
        .change(target, DocumentChange::RenewalSubmitted, event_on)
        .unwrap();
    let people: Vec<_> = ledger.people().values().map(|p| p.person.clone()).collect();
    let docs: Vec<_> = ledger
        .documents()
        .values()
        .map(|r| r.document.clone())
        .collect();
    let eval = evaluate(&people, &docs, &ledger.document_events(), rules, as_of);
    let st = eval.get(pink_id).unwrap();
    // Every note (e.g. why the rule was set aside) renders completely.
    for note in &st.notes {
        assert!(english().render_checked(note).is_ok(), "{note:?}");
    }
    st.date(DateKind::ValidUntil).unwrap().date
}

#[test]
fn an_event_by_the_date_sets_the_rule_aside() {
    let own = rules("has_event = \"renewal_submitted\"\nby = 2025-03-20");
    let (cut, kept) = (d(2025, 3, 30), d(2030, 1, 1));
    // On the card itself: submitted the day before, on and after `by`.
    assert_eq!(
        valid_until(&own, false, d(2025, 3, 19), d(2025, 3, 25)),
        kept
    );
    assert_eq!(
        valid_until(&own, false, d(2025, 3, 20), d(2025, 3, 25)),
        kept
    );
    assert_eq!(
        valid_until(&own, false, d(2025, 3, 21), d(2025, 3, 25)),
        cut
    );
    // Only events up to the evaluation date count.
    assert_eq!(
        valid_until(&own, false, d(2025, 3, 20), d(2025, 3, 19)),
        cut
    );
    // The permit's event does not count for the card's own condition...
    assert_eq!(valid_until(&own, true, d(2025, 3, 19), d(2025, 3, 25)), cut);
    // ...but does with on_document.
    let permit =
        rules("has_event = \"renewal_submitted\"\non_document = \"work_permit\"\nby = 2025-03-20");
    assert_eq!(
        valid_until(&permit, true, d(2025, 3, 20), d(2025, 3, 25)),
        kept
    );
    assert_eq!(
        valid_until(&permit, true, d(2025, 3, 21), d(2025, 3, 25)),
        cut
    );
    assert_eq!(
        valid_until(&permit, false, d(2025, 3, 19), d(2025, 3, 25)),
        cut
    );
}

#[test]
fn the_note_names_the_event_that_set_the_rule_aside() {
    let own = rules("has_event = \"renewal_submitted\"\nby = 2025-03-20");
    let mut ledger = Ledger::new();
    let holder = ledger
        .register_person(
            PersonDraft {
                display_name: "P".into(),
                nationality: "MM".parse::<Country>().unwrap(),
                language: Language::En,
                cohort: "unknown".parse::<Cohort>().unwrap(),
                works_on_fishing_vessel: false,
                province: None,
            },
            d(2024, 1, 1),
        )
        .unwrap();
    let pink = doc(holder, DocumentKind::PinkCard, d(2024, 11, 1));
    let id = pink.id;
    ledger.record_document(pink, d(2024, 11, 1)).unwrap();
    ledger
        .change(id, DocumentChange::RenewalSubmitted, d(2025, 3, 18))
        .unwrap();
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
        &own,
        d(2025, 3, 25),
    );
    let note = eval
        .get(id)
        .unwrap()
        .notes
        .iter()
        .find(|n| n.id == MessageId::NoteUnlessEvent)
        .expect("a note says why the rule does not apply");
    assert_eq!(
        english().render_checked(note).unwrap(),
        "t.cut-off does not apply: renewal submitted on 2025-03-18 (by 2025-03-20)"
    );
}
