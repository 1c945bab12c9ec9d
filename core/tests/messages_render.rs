//! Every message the evaluator, the planner and the reminder planner produce
//! for the project's scenarios renders in every language without a missing
//! placeholder or message.

use chrono::Days;
use doctrack_core::domain::dates::Span;
use doctrack_core::domain::Language;
use doctrack_core::messages::{Localizer, Message};
use doctrack_core::plan::plan_steps as plan;
use doctrack_core::plan::reminders;
use doctrack_core::rules::embedded;
use doctrack_core::scenario::Scenario;
use std::path::Path;

fn check(m: &Message, file: &str, problems: &mut Vec<String>) {
    thread_local! {
        static ALL: Vec<Localizer> = Language::ALL.into_iter().map(Localizer::new).collect();
    }
    ALL.with(|all| {
        for l in all {
            if let Err((_, p)) = l.render_checked(m) {
                let lang = l.language();
                problems.extend(p.into_iter().map(|p| format!("{file} ({lang}): {p}")));
            }
        }
    });
}

#[test]
fn scenario_messages_render_completely() {
    let rules = embedded::load_default().rules.expect("embedded rules load");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/tests");
    let mut problems = Vec::new();
    let mut rendered = 0usize;
    for entry in std::fs::read_dir(&dir).expect("rules/tests exists") {
        let path = entry.expect("dir entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("scenario readable");
        let file = path.display().to_string();
        let scenario = Scenario::parse(&file, &text).expect("scenario parses");
        let dates = scenario.dates_around_checks();
        for as_of in dates {
            let eval = scenario.evaluate(&rules, as_of);
            for st in &eval.documents {
                let reasons = st
                    .status_reasons
                    .iter()
                    .chain(st.dates.iter().flat_map(|d| d.reasons.iter()))
                    .chain(st.blockers.iter().map(|b| b.reason()))
                    .chain(st.reminders.iter().map(|r| &r.reason))
                    .chain(st.fees.iter().map(|f| &f.reason))
                    .chain(st.fines.iter().map(|f| &f.reason));
                for r in reasons {
                    check(&r.message, &file, &mut problems);
                    rendered += 1;
                }
                for b in &st.blockers {
                    check(&b.summary(), &file, &mut problems);
                }
                for n in &st.notes {
                    check(n, &file, &mut problems);
                }
            }
            for w in &eval.warnings {
                check(w, &file, &mut problems);
            }
            for r in reminders::plan_reminders(&eval, as_of, as_of + Days::new(400)) {
                check(&r.short, &file, &mut problems);
                check(&r.detail, &file, &mut problems);
            }
            for step in plan(&eval, Span::Months(6)) {
                check(&step.headline, &file, &mut problems);
                for w in &step.why {
                    check(w, &file, &mut problems);
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(rendered > 1000, "only {rendered} reasons rendered");
}

#[test]
fn rule_pack_messages_render_completely() {
    use doctrack_core::app::{AppError, BundledRules};
    use doctrack_core::rules::pack::PackProblem;
    let reasons = [
        PackProblem::Malformed { reason: "x".into() },
        PackProblem::UnsupportedFormat { found: 2 },
        PackProblem::Unsigned,
        PackProblem::UnknownKey {
            key_id: "0123456789abcdef".into(),
        },
        PackProblem::BadSignature,
        PackProblem::WrongRuleSet {
            expected: "th".into(),
            found: "kh".into(),
        },
        PackProblem::NotNewer {
            installed: 3,
            offered: 2,
        },
        PackProblem::NeedsNewerLibrary {
            needed: "9.0.0".into(),
            current: "0.1.0".into(),
        },
        PackProblem::RulesInvalid {
            errors: vec!["th/mou.toml:1:1: error: x".into()],
        },
    ];
    let mut problems = Vec::new();
    let mut ids = std::collections::BTreeSet::new();
    for reason in reasons {
        let m = AppError::RulePackRefused { reason }.message();
        ids.insert(m.id);
        check(&m, "rule packs", &mut problems);
    }
    assert_eq!(ids.len(), 9, "each reason has its own message");
    let mut info = BundledRules::embedded().unwrap().info();
    check(&info.message(), "rules info", &mut problems);
    info.version = None;
    check(&info.message(), "rules info", &mut problems);
    assert!(problems.is_empty(), "{problems:#?}");
}
