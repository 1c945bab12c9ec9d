//! Property tests of the evaluator, on random people, documents and events
//! evaluated with the embedded Thai rule set:
//! - evaluation is deterministic (and does not depend on input order);
//! - without new events, moving the date forward never makes an expired
//!   document valid again (while the same rules are in force);
//! - every date and status in the output has at least one reason;
//! - the evaluation without explanations equals the explained one with
//!   its explanations taken out (issue 27);
//! - the dashboard evaluated person by person equals the one finished from
//!   one evaluation of everyone (issue 27).

#[path = "../../bench/common/workload.rs"]
mod workload;

use chrono::{Days, NaiveDate};
use doctrack_core::app::{Dashboard, RulesInfo};
use doctrack_core::domain::commands::PersonRecord;
use doctrack_core::domain::{
    CancelReason, Cohort, Country, Document, DocumentChange, DocumentEvent, DocumentId,
    DocumentKind, Language, Ledger, Link, LinkKind, Person, PersonDraft,
};
use doctrack_core::rules::evaluate::evaluate_statuses;
use doctrack_core::rules::{embedded, evaluate, RuleSet, TimeStatus};
use doctrack_core::store::Snapshot;
use proptest::prelude::*;
use std::sync::OnceLock;

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| embedded::load_default().rules.expect("embedded rules load"))
}

/// The embedded rules' description, as an app opened on them gives it.
fn rules_info() -> RulesInfo {
    thread_local! {
        static INFO: RulesInfo = {
            let dir = tempfile::tempdir().expect("a temporary folder");
            let app = workload::doctrack_store(&dir.path().join("i.doctrack"), workload::raw_slot(), 0);
            app.rules_info().clone()
        };
    }
    INFO.with(Clone::clone)
}

fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2016, 1, 1).unwrap()
}

fn day(n: u32) -> NaiveDate {
    base().checked_add_days(Days::new(u64::from(n))).unwrap()
}

const KINDS: [&str; 10] = [
    "passport",
    "certificate_of_identity",
    "visa",
    "work_permit",
    "pink_card",
    "seabook",
    "fishing_crew_permission",
    "health_insurance",
    "health_check",
    "ninety_day_report",
];
const COHORTS: [&str; 7] = [
    "mou",
    "unknown",
    "cr:2023-02-07",
    "cr:2023-10-03",
    "cr:2024-09-24",
    "cr:2025-08-19",
    "cr:2025-11-11",
];
const NATIONS: [&str; 5] = ["MM", "KH", "LA", "VN", "PH"];

#[derive(Debug, Clone)]
struct DocSpec {
    person: usize,
    kind: usize,
    issued: u32,
    term: Option<u32>,
    link: Option<usize>,
}

#[derive(Debug, Clone)]
struct EventSpec {
    doc: usize,
    what: u8,
    on: u32,
}

fn doc_spec() -> impl Strategy<Value = DocSpec> {
    (
        0usize..3,
        0usize..KINDS.len(),
        0u32..4000,
        proptest::option::weighted(0.85, 30u32..4000),
        proptest::option::of(0usize..12),
    )
        .prop_map(|(person, kind, issued, term, link)| DocSpec {
            person,
            kind,
            issued,
            term,
            link,
        })
}

fn event_spec() -> impl Strategy<Value = EventSpec> {
    (0usize..12, 0u8..6, 0u32..5000).prop_map(|(doc, what, on)| EventSpec { doc, what, on })
}

/// Builds a consistent input through the ledger (illegal events are skipped).
fn build(
    people: &[(usize, usize, bool)],
    docs: &[DocSpec],
    events: &[EventSpec],
) -> (Vec<Person>, Vec<Document>, Vec<DocumentEvent>) {
    let (records, documents, events) = build_records(people, docs, events);
    let people = records.into_iter().map(|r| r.person).collect();
    (people, documents, events)
}

/// [`build`] with the people's whole records (what a store's snapshot holds).
fn build_records(
    people: &[(usize, usize, bool)],
    docs: &[DocSpec],
    events: &[EventSpec],
) -> (Vec<PersonRecord>, Vec<Document>, Vec<DocumentEvent>) {
    let mut ledger = Ledger::new();
    let mut ids = Vec::new();
    for (i, (nation, cohort, fisher)) in people.iter().enumerate() {
        let draft = PersonDraft {
            display_name: format!("Person {i}"),
            nationality: NATIONS[*nation].parse::<Country>().unwrap(),
            language: Language::En,
            cohort: COHORTS[*cohort].parse::<Cohort>().unwrap(),
            works_on_fishing_vessel: *fisher,
            province: None,
        };
        ids.push(ledger.register_person(draft, base()).unwrap());
    }
    let mut doc_ids: Vec<DocumentId> = Vec::new();
    for spec in docs {
        let kind: DocumentKind = KINDS[spec.kind].parse().unwrap();
        let recurring = kind.is_recurring_obligation();
        let issued = day(spec.issued);
        let mut doc = Document {
            id: DocumentId::new_random(),
            holder: ids[spec.person % ids.len()],
            number: if recurring {
                String::new()
            } else {
                format!("N{}", spec.issued)
            },
            kind: kind.clone(),
            issuing_country: Country::Thailand,
            issuing_authority: None,
            issued_on: Some(issued),
            expires_on: if recurring {
                None
            } else {
                spec.term
                    .map(|t| issued.checked_add_days(Days::new(u64::from(t))).unwrap())
            },
            employer: None,
            links: Vec::new(),
            notes: String::new(),
        };
        if let Some(target) = spec.link.and_then(|l| doc_ids.get(l)).copied() {
            let link_kind = if kind == DocumentKind::Visa {
                LinkKind::StampedIn
            } else {
                LinkKind::TiedTo
            };
            doc.links.push(Link {
                kind: link_kind,
                target,
            });
        }
        // Recorded on its issue date; a failing link is dropped.
        let id = doc.id;
        if ledger.record_document(doc.clone(), base()).is_err() {
            doc.links.clear();
            ledger.record_document(doc, base()).unwrap();
        }
        doc_ids.push(id);
    }
    let mut events = events.to_vec();
    events.sort_by_key(|e| e.on);
    for e in events {
        let Some(&id) = doc_ids.get(e.doc % doc_ids.len().max(1)) else {
            continue;
        };
        let change = match e.what {
            0 => DocumentChange::ReportFiled,
            1 => DocumentChange::Cancelled {
                reason: CancelReason::LeftEmployer,
            },
            2 => DocumentChange::RenewalSubmitted,
            3 => DocumentChange::RenewalRejected,
            4 => DocumentChange::ReportedLost,
            _ => DocumentChange::ReportFiled,
        };
        let _ = ledger.change(id, change, day(e.on));
    }
    let people = ledger.people().values().cloned().collect();
    let documents = ledger
        .documents()
        .values()
        .map(|r| r.document.clone())
        .collect();
    let events = ledger.document_events();
    (people, documents, events)
}

/// The dates on which the set of rules in force can change.
fn rule_boundaries() -> Vec<NaiveDate> {
    let mut out: Vec<NaiveDate> = Vec::new();
    for r in rules().rules() {
        out.push(r.effective_from);
        if let Some(last) = r.last_day() {
            out.extend(last.succ_opt());
        }
    }
    out.sort();
    out.dedup();
    out
}

fn same_rule_period(a: NaiveDate, b: NaiveDate) -> bool {
    !rule_boundaries().iter().any(|x| a < *x && *x <= b)
}

/// People (nationality, cohort, fisher), documents and events to build.
type Input = (Vec<(usize, usize, bool)>, Vec<DocSpec>, Vec<EventSpec>);

fn input() -> impl Strategy<Value = Input> {
    (
        proptest::collection::vec(
            (0usize..NATIONS.len(), 0usize..COHORTS.len(), any::<bool>()),
            1..4,
        ),
        proptest::collection::vec(doc_spec(), 1..12),
        proptest::collection::vec(event_spec(), 0..10),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn evaluation_is_deterministic_and_order_independent((people, docs, events) in input(), at in 0u32..5500) {
        let (people, documents, events) = build(&people, &docs, &events);
        let as_of = day(at);
        let a = evaluate(&people, &documents, &events, rules(), as_of);
        let b = evaluate(&people, &documents, &events, rules(), as_of);
        prop_assert_eq!(&a, &b);
        let mut reversed_docs = documents.clone();
        reversed_docs.reverse();
        let mut reversed_people = people.clone();
        reversed_people.reverse();
        let c = evaluate(&reversed_people, &reversed_docs, &events, rules(), as_of);
        prop_assert_eq!(&a, &c);
    }

    #[test]
    fn statuses_without_explanations_equal_the_explained_ones((people, docs, events) in input(), at in 0u32..5500) {
        let (people, documents, events) = build(&people, &docs, &events);
        let as_of = day(at);
        let mut eager = evaluate(&people, &documents, &events, rules(), as_of);
        let lean = evaluate_statuses(&people, &documents, &events, rules(), as_of);
        for st in &mut eager.documents {
            st.strip_explanations();
        }
        prop_assert_eq!(lean, eager);
    }

    #[test]
    fn the_dashboard_person_by_person_equals_the_whole_evaluation((people, docs, events) in input(), at in 0u32..5500) {
        let (records, documents, events) = build_records(&people, &docs, &events);
        let snapshot = Snapshot {
            people: records.iter().map(|r| r.person.clone()).collect(),
            records,
            documents,
            events,
            unreadable: Vec::new(),
        };
        let as_of = day(at);
        let evaluation = evaluate(&snapshot.people, &snapshot.documents, &snapshot.events, rules(), as_of);
        let expiries = snapshot.documents.iter().map(|d| (d.id, d.expires_on)).collect();
        let mut reference = Dashboard::compute(
            snapshot.records.clone(),
            &expiries,
            &evaluation,
            Vec::new(),
            (rules(), rules_info()),
        );
        let mut by_person = Dashboard::from_snapshot(snapshot, rules(), rules_info(), as_of);
        for d in [&mut reference, &mut by_person] {
            d.warnings.sort_by_key(|w| format!("{w:?}"));
        }
        prop_assert_eq!(by_person, reference);
    }

    #[test]
    fn every_date_and_status_has_a_reason((people, docs, events) in input(), at in 0u32..5500) {
        let (people, documents, events) = build(&people, &docs, &events);
        let eval = evaluate(&people, &documents, &events, rules(), day(at));
        for st in &eval.documents {
            prop_assert!(!st.status_reasons.is_empty(), "status {:?} of a {} has no reason", st.status, st.kind);
            for d in &st.dates {
                prop_assert!(!d.reasons.is_empty(), "{:?} of a {} has no reason", d.kind, st.kind);
            }
        }
    }

    #[test]
    fn ended_stays_ended_without_new_events((people, docs, events) in input(), t1 in 0u32..5500, gap in 1u32..400) {
        let (people, documents, events) = build(&people, &docs, &events);
        let (d1, d2) = (day(t1), day(t1 + gap));
        // Only events up to d1 (no new events), and the same rules in force.
        let events: Vec<DocumentEvent> = events.into_iter().filter(|e| e.on <= d1).collect();
        prop_assume!(same_rule_period(d1, d2));
        let first = evaluate(&people, &documents, &events, rules(), d1);
        let later = evaluate(&people, &documents, &events, rules(), d2);
        // Expired stays expired or goes beyond renewal; beyond renewal stays so.
        for st in first.documents.iter().filter(|s| matches!(s.status, TimeStatus::Expired | TimeStatus::Lapsed)) {
            let after = later.get(st.document).map(|s| s.status);
            let ok = match st.status {
                TimeStatus::Lapsed => after == Some(TimeStatus::Lapsed),
                _ => matches!(after, Some(TimeStatus::Expired | TimeStatus::Lapsed)),
            };
            prop_assert!(ok, "a {} was {:?} on {} but {:?} on {}", st.kind, st.status, d1, after, d2);
        }
    }
}

#[test]
fn a_new_resolution_can_legitimately_reopen_a_deadline() {
    // Why the property above holds the rules fixed: the 30 May 2023
    // resolution moved the deadline from 15 May to 31 Jul 2023.
    let (people, docs, events) = build(
        &[(0, 2, false)],
        &[DocSpec {
            person: 0,
            kind: 3,
            issued: 2200,
            term: Some(30),
            link: None,
        }],
        &[],
    );
    assert_eq!(docs[0].issued_on, Some(day(2200)));
    let before = evaluate(
        &people,
        &docs,
        &events,
        rules(),
        NaiveDate::from_ymd_opt(2023, 5, 20).unwrap(),
    );
    let after = evaluate(
        &people,
        &docs,
        &events,
        rules(),
        NaiveDate::from_ymd_opt(2023, 5, 30).unwrap(),
    );
    let ended = |s: TimeStatus| matches!(s, TimeStatus::Expired | TimeStatus::Lapsed);
    assert!(ended(before.documents[0].status));
    assert!(!ended(after.documents[0].status));
    assert!(!same_rule_period(
        NaiveDate::from_ymd_opt(2023, 5, 20).unwrap(),
        NaiveDate::from_ymd_opt(2023, 5, 30).unwrap()
    ));
}

/// The index of rules by kind lists exactly the rules whose case names
/// each kind, in rule order (the evaluator looks only at those).
#[test]
fn the_rules_naming_a_kind_are_exactly_those_whose_case_names_it() {
    let mut kinds: Vec<DocumentKind> = DocumentKind::KNOWN_CODES
        .iter()
        .map(|c| c.parse().unwrap())
        .collect();
    kinds.push(DocumentKind::Other {
        label: "boat pass".into(),
    });
    let mut named = 0;
    for kind in &kinds {
        let expected: Vec<usize> = rules()
            .rules()
            .iter()
            .enumerate()
            .filter(|(_, r)| r.applies.kinds.contains(kind))
            .map(|(i, _)| i)
            .collect();
        named += expected.len();
        assert_eq!(rules().rules_naming(kind), expected.as_slice(), "{kind}");
    }
    assert!(named >= rules().len(), "every rule names a kind");
}
