//! The dashboard evaluated person by person (issue 27) equals the
//! dashboard finished from one evaluation of the whole store: the same
//! people in the same order, the same rows, plans, situations and flags,
//! and the same warnings (which now come person by person) — on every
//! scenario of `rules/tests` around its check dates, on a generated
//! caseload at several dates, and with documents whose holder is unknown;
//! it is the same on any number of threads; one person's part and one
//! document's detail, evaluated alone on demand, equal their part of the
//! whole.

#[path = "../../bench/common/workload.rs"]
mod workload;

use chrono::NaiveDate;
use doctrack_core::app::{App, Dashboard, RulesInfo};
use doctrack_core::domain::{DocumentId, PersonId};
use doctrack_core::rules::evaluate::evaluate;
use doctrack_core::rules::RuleSet;
use doctrack_core::scenario::Scenario;
use doctrack_core::store::Snapshot;
use std::collections::HashMap;
use std::path::Path;

/// The reference: one evaluation of the whole snapshot, finished.
fn whole(snapshot: &Snapshot, rules: &RuleSet, info: &RulesInfo, as_of: NaiveDate) -> Dashboard {
    let evaluation = evaluate(
        &snapshot.people,
        &snapshot.documents,
        &snapshot.events,
        rules,
        as_of,
    );
    let expiries: HashMap<DocumentId, Option<NaiveDate>> = snapshot
        .documents
        .iter()
        .map(|d| (d.id, d.expires_on))
        .collect();
    Dashboard::compute(
        snapshot.records.clone(),
        &expiries,
        &evaluation,
        snapshot.unreadable.clone(),
        (rules, info.clone()),
    )
}

/// Asserts the two dashboards are equal, warnings compared as sets with
/// their repeats (their order is by person in one, by document in the other).
fn assert_same(mut by_person: Dashboard, mut reference: Dashboard, what: &str) {
    for d in [&mut by_person, &mut reference] {
        d.warnings.sort_by_key(|w| format!("{w:?}"));
    }
    assert_eq!(by_person, reference, "{what}");
}

fn app(dir: &Path, people: usize) -> App {
    workload::doctrack_store(&dir.join("d.doctrack"), workload::raw_slot(), people)
}

#[test]
fn the_dashboard_by_person_equals_the_whole_evaluation_on_every_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path(), 0);
    let rules = doctrack_core::rules::embedded::load_default()
        .rules
        .expect("embedded rules load");
    let info = app.rules_info().clone();
    let scenarios = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/tests");
    let (mut compared, mut steps) = (0usize, 0usize);
    for entry in std::fs::read_dir(&scenarios).expect("rules/tests exists") {
        let path = entry.expect("dir entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let file = path.display().to_string();
        let text = std::fs::read_to_string(&path).expect("scenario readable");
        let s = Scenario::parse(&file, &text).expect("scenario parses");
        let snapshot = Snapshot {
            people: s.people.clone(),
            records: s.records.clone(),
            documents: s.documents.clone(),
            events: s.events.clone(),
            unreadable: Vec::new(),
        };
        for as_of in s.dates_around_checks() {
            let reference = whole(&snapshot, &rules, &info, as_of);
            let by_person = Dashboard::from_snapshot(snapshot.clone(), &rules, info.clone(), as_of);
            let on_two =
                Dashboard::from_snapshot_on(snapshot.clone(), &rules, info.clone(), as_of, 2);
            assert_eq!(on_two, by_person, "{file} on {as_of}, two threads");
            compared += by_person.cards().count();
            steps += by_person.steps().count();
            assert_same(by_person, reference, &format!("{file} on {as_of}"));
        }
    }
    // The comparison covers rows and plans, not empty dashboards.
    assert!(compared > 1_000, "only {compared} rows compared");
    assert!(steps > 500, "only {steps} steps compared");
}

#[test]
fn the_dashboard_by_person_equals_the_whole_evaluation_on_a_caseload() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path(), 120);
    let snapshot = app.store().snapshot().expect("snapshot");
    assert!(
        snapshot.documents.len() >= 800,
        "{}",
        snapshot.documents.len()
    );
    for as_of in [
        workload::as_of(),
        workload::as_of() + chrono::Days::new(200),
        NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
        NaiveDate::from_ymd_opt(2030, 6, 1).unwrap(),
    ] {
        let reference = whole(&snapshot, app.rules(), app.rules_info(), as_of);
        let by_person = Dashboard::from_snapshot(
            snapshot.clone(),
            app.rules(),
            app.rules_info().clone(),
            as_of,
        );
        assert!(by_person.steps().count() > 0, "a plan on {as_of}");
        assert_same(by_person, reference, &format!("caseload on {as_of}"));
        // What the app itself returns is the same dashboard, on any
        // number of threads (warnings in the same order too).
        let from_app = app.dashboard(as_of).expect("dashboard");
        // (More threads than the cap start the cap.)
        for threads in [2, 3, 8, u32::MAX] {
            assert_eq!(
                app.dashboard_on(as_of, threads).expect("dashboard"),
                from_app,
                "{threads} threads on {as_of}"
            );
        }
        let reference = whole(&snapshot, app.rules(), app.rules_info(), as_of);
        assert_same(from_app, reference, &format!("App::dashboard on {as_of}"));
    }
}

#[test]
fn documents_of_nobody_in_the_snapshot_still_raise_their_warning() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path(), 6);
    let mut snapshot = app.store().snapshot().expect("snapshot");
    // Two people left out of the snapshot: their documents have an
    // unknown holder for the evaluation.
    let gone: Vec<PersonId> = snapshot.people.iter().take(2).map(|p| p.id).collect();
    snapshot.people.retain(|p| !gone.contains(&p.id));
    snapshot.records.retain(|r| !gone.contains(&r.person.id));
    let orphans = snapshot
        .documents
        .iter()
        .filter(|d| gone.contains(&d.holder))
        .count();
    assert!(orphans > 0);
    let as_of = workload::as_of();
    let reference = whole(&snapshot, app.rules(), app.rules_info(), as_of);
    let by_person =
        Dashboard::from_snapshot(snapshot, app.rules(), app.rules_info().clone(), as_of);
    assert_eq!(by_person.people.len(), 4);
    assert!(
        by_person.warnings.len() >= orphans,
        "{:?}",
        by_person.warnings
    );
    assert_same(by_person, reference, "documents of nobody");
}

#[test]
fn a_person_or_a_document_on_demand_equals_their_part_of_the_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path(), 30);
    let (mut people, mut details) = (0, 0);
    for as_of in [
        workload::as_of(),
        workload::as_of() + chrono::Days::new(400),
    ] {
        let whole = app.dashboard(as_of).expect("dashboard");
        let (_, evaluation) = app.evaluate(as_of).expect("evaluation");
        for part in &whole.people {
            let id = part.person.id;
            let one = app.person_dashboard(id, as_of).expect("person dashboard");
            assert_eq!(one.people, vec![part.clone()], "{as_of}");
            let theirs: Vec<_> = evaluation
                .documents
                .iter()
                .filter(|s| s.holder == id)
                .cloned()
                .collect();
            assert_eq!(app.evaluate_person(id, as_of).unwrap().documents, theirs);
            for card in &part.documents {
                let detail = app.document_detail(card.document, as_of).unwrap();
                let status = evaluation
                    .documents
                    .iter()
                    .find(|s| s.document == card.document);
                assert_eq!(detail.status.as_ref(), status);
                assert_eq!(detail.card.as_ref(), Some(card));
                details += 1;
            }
            people += 1;
        }
    }
    assert!(
        people >= 60 && details >= 400,
        "{people} people, {details} details"
    );
    // An archived person has no part and no statuses; their documents'
    // details have no status; no such person is NotFound.
    let as_of = workload::as_of();
    let gone = app.dashboard(as_of).unwrap().people[0].clone();
    app.archive_person(gone.person.id, as_of).unwrap();
    assert!(app
        .person_dashboard(gone.person.id, as_of)
        .unwrap()
        .people
        .is_empty());
    assert!(app
        .evaluate_person(gone.person.id, as_of)
        .unwrap()
        .documents
        .is_empty());
    let doc = gone.documents[0].document;
    assert_eq!(app.document_detail(doc, as_of).unwrap().status, None);
    let nobody = PersonId::new_random();
    assert!(matches!(
        app.person_dashboard(nobody, as_of),
        Err(doctrack_core::app::AppError::NotFound { .. })
    ));
}
