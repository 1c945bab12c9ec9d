//! Explanations on demand (issue 27): the evaluation without explanations
//! (`evaluate_statuses`, what a caseload counts) equals the explained one
//! with its explanations taken out, on every scenario of `rules/tests`
//! around each of its check dates. (Random caseloads: `rules_props.rs`.)

use doctrack_core::rules::embedded;
use doctrack_core::rules::evaluate::{evaluate, evaluate_statuses, TimeStatus};
use doctrack_core::scenario::Scenario;
use std::path::Path;

#[test]
fn statuses_without_explanations_equal_the_explained_ones_on_every_scenario() {
    let rules = embedded::load_default().rules.expect("embedded rules load");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/tests");
    let mut compared = 0usize;
    let mut explained_somewhere = 0usize;
    for entry in std::fs::read_dir(&dir).expect("rules/tests exists") {
        let path = entry.expect("dir entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("scenario readable");
        let file = path.display().to_string();
        let s = Scenario::parse(&file, &text).expect("scenario parses");
        let dates = s.dates_around_checks();
        for as_of in dates {
            let eager = evaluate(&s.people, &s.documents, &s.events, &rules, as_of);
            let lean = evaluate_statuses(&s.people, &s.documents, &s.events, &rules, as_of);
            let mut stripped = eager.clone();
            for st in &mut stripped.documents {
                st.strip_explanations();
            }
            assert_eq!(lean, stripped, "{file} on {as_of}");
            for (l, e) in lean.documents.iter().zip(&eager.documents) {
                compared += 1;
                // The lean form really leaves the explanations out.
                assert!(l.status_reasons.is_empty() && l.notes.is_empty(), "{file}");
                if e.status != TimeStatus::NotApplicable && !e.status_reasons.is_empty() {
                    explained_somewhere += 1;
                }
            }
        }
    }
    assert!(compared > 1_000, "only {compared} statuses compared");
    assert!(
        explained_somewhere > 500,
        "the eager side explains ({explained_somewhere})"
    );
}
