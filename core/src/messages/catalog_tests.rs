//! Tests of the shipped catalogs: complete, clean, with the placeholders of
//! the English source, and honest about their review state.

use super::catalog::{catalog, catalog_info, parse, placeholders, ReviewState};
use super::render::Localizer;
use super::ArgName as A;
use super::{AsTerm, DateForm, DateStyle, Digits, Message, MessageId as M};
use crate::app::vocabulary::required_message_ids as required_ids;
use crate::domain::dates::{Era, Span};
use crate::domain::{DocumentKind, Language};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashSet};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn every_catalog_parses_and_states_its_review_state() {
    for l in Language::ALL {
        let c = catalog(l);
        assert!(c.problems.is_empty(), "{l}.ftl: {:?}", c.problems);
    }
}

#[test]
fn every_catalog_has_every_id_and_no_other() {
    let required: HashSet<String> = required_ids().into_iter().collect();
    for l in Language::ALL {
        let own: Vec<String> = placeholders(catalog(l))
            .into_iter()
            .map(|(id, _)| id)
            .filter(|id| !id.contains('.'))
            .collect();
        let mut seen = HashSet::new();
        for id in &own {
            assert!(seen.insert(id.clone()), "{id} is defined twice in {l}.ftl");
        }
        let mut missing: Vec<&String> = required.iter().filter(|id| !seen.contains(*id)).collect();
        missing.sort();
        assert!(missing.is_empty(), "{l}.ftl lacks {missing:?}");
        let mut extra: Vec<&String> = seen.iter().filter(|id| !required.contains(*id)).collect();
        extra.sort();
        assert!(
            extra.is_empty(),
            "{l}.ftl has ids no code uses (stale?): {extra:?}"
        );
    }
}

#[test]
fn every_translation_uses_the_placeholders_of_english() {
    let english: BTreeMap<String, Vec<String>> =
        placeholders(catalog(Language::En)).into_iter().collect();
    let mut problems = Vec::new();
    for l in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        for (id, vars) in placeholders(catalog(l)) {
            match english.get(&id) {
                Some(want) if *want == vars => {}
                Some(want) => problems.push(format!(
                    "{l}.ftl {id}: uses {vars:?}, English uses {want:?}"
                )),
                None => problems.push(format!("{l}.ftl {id}: English has no such message")),
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_placeholder_that_differs_from_english_is_found() {
    // The check above must be able to fail.
    let en: BTreeMap<String, Vec<String>> =
        placeholders(catalog(Language::En)).into_iter().collect();
    let bad = parse("### review: draft\nreason-printed-expiry = { $day }\n");
    let (id, vars) = &placeholders(&bad)[0];
    assert_ne!(en.get(id), Some(vars));
}

#[test]
fn review_states_are_honest() {
    // English is the source text. No other catalog has been reviewed by a
    // native speaker yet: when one is, change its header and this test.
    assert_eq!(catalog_info(Language::En).review, ReviewState::Reviewed);
    assert_eq!(catalog_info(Language::En).drafts, 0);
    for l in [Language::Th, Language::My, Language::Km, Language::Lo] {
        let info = catalog_info(l);
        assert_eq!(info.review, ReviewState::Draft, "{l}");
        assert_eq!(info.drafts, info.messages, "{l}: a message marked reviewed");
    }
}

#[test]
fn rendering_reports_the_review_state_and_fallback() {
    let m = Message::new(M::ReminderShortDueSoon).number(A::Days, 7);
    let en = Localizer::new(Language::En).render_reviewed(&m);
    assert_eq!(en.text, "You have a document deadline in 7 days.");
    assert_eq!(en.review, ReviewState::Reviewed);
    assert!(!en.english_fallback);
    let my = Localizer::new(Language::My).render_reviewed(&m);
    assert_ne!(my.text, en.text);
    assert!(my.text.contains('7'), "{}", my.text);
    assert_eq!(my.review, ReviewState::Draft);
    assert!(!my.english_fallback);
    // A word put into an English message makes it no more reviewed than
    // that word: an English sentence is Reviewed, the Thai one is a draft.
    let th = Localizer::new(Language::Th).render_reviewed(
        &Message::new(M::PlanStatus).term(A::Status, crate::rules::TimeStatus::DueSoon.term()),
    );
    assert_eq!(th.review, ReviewState::Draft);
}

#[test]
fn a_message_missing_from_a_catalog_falls_back_to_english() {
    let partial: &'static super::catalog::Catalog = Box::leak(Box::new(parse(
        "### review: draft\nstatus-valid = ยังใช้ได้\n",
    )));
    let l = Localizer::with_catalog(Language::Th, partial);
    let valid = crate::rules::TimeStatus::Valid.term();
    assert_eq!(l.term(valid), "ยังใช้ได้");
    assert_eq!(
        l.review_of("status-valid"),
        Some((ReviewState::Draft, false))
    );
    let m = Message::new(M::ErrorBusy);
    let r = l.render_reviewed(&m);
    assert_eq!(r.text, "The store is busy. Try again in a moment.");
    assert!(r.english_fallback);
    assert_eq!(r.review, ReviewState::Reviewed);
    assert!(!l.has_own("error-busy"));
}

#[test]
fn dates_follow_the_language_and_the_chosen_style() {
    let date = d(2026, 3, 31);
    assert_eq!(Localizer::new(Language::En).date(date), "2026-03-31");
    assert_eq!(Localizer::new(Language::Th).date(date), "31 มี.ค. 2569");
    assert_eq!(Localizer::new(Language::My).date(date), "31/03/2026");
    assert_eq!(Localizer::new(Language::Km).date(date), "31/03/2026");
    assert_eq!(Localizer::new(Language::Lo).date(date), "31/03/2026");
    let native = |l: Language| {
        Localizer::with_style(l, DateStyle::default_for(l).with_digits(Digits::Native))
    };
    assert_eq!(native(Language::Th).date(date), "๓๑ มี.ค. ๒๕๖๙");
    assert_eq!(native(Language::My).date(date), "၃၁/၀၃/၂၀၂၆");
    assert_eq!(native(Language::Km).date(date), "៣១/០៣/២០២៦");
    assert_eq!(native(Language::Lo).date(date), "໓໑/໐໓/໒໐໒໖");
    assert_eq!(native(Language::En).date(date), "2026-03-31");
    // Thai in the Common Era, Burmese in the Buddhist Era, ISO.
    let th_ce = Localizer::with_style(
        Language::Th,
        DateStyle::default_for(Language::Th).with_era(Era::Ce),
    );
    assert_eq!(th_ce.date(date), "31 มี.ค. 2026");
    let my_be = Localizer::with_style(
        Language::My,
        DateStyle::default_for(Language::My).with_era(Era::Be),
    );
    assert_eq!(my_be.date(date), "31/03/2569");
    let iso = DateStyle {
        era: Era::Ce,
        form: DateForm::Iso,
        digits: Digits::Latin,
    };
    assert_eq!(
        Localizer::with_style(Language::En, iso).date(date),
        "2026-03-31"
    );
}

#[test]
fn native_digits_reach_counts_spans_and_amounts() {
    let l = Localizer::with_style(
        Language::Th,
        DateStyle::default_for(Language::Th).with_digits(Digits::Native),
    );
    assert_eq!(l.span(Span::Days(14)), "๑๔ วัน");
    assert!(
        l.money(1900, "THB").contains("๑,๙๐๐"),
        "{}",
        l.money(1900, "THB")
    );
    let m = Message::new(M::ReminderShortDueSoon).number(A::Days, 7);
    assert!(l.render(&m).contains('๗'), "{}", l.render(&m));
    assert!(!l.render(&m).contains('7'));
}

#[test]
fn every_message_renders_in_every_language_with_english_arguments() {
    // Arguments of the right type for every placeholder English uses.
    let english: BTreeMap<String, Vec<String>> =
        placeholders(catalog(Language::En)).into_iter().collect();
    for l in Language::ALL {
        let loc = Localizer::new(l);
        for id in M::ALL {
            let mut m = Message::new(*id);
            for var in english.get(id.as_str()).into_iter().flatten() {
                // Every placeholder is an argument name apps know.
                let name = super::ArgName::parse(var)
                    .unwrap_or_else(|| panic!("{id}: {{ ${var} }} is not an ArgName"));
                m = m.arg(name, sample(var));
            }
            if let Err((text, problems)) = loc.render_checked(&m) {
                panic!("{l} {id}: {problems:?} ({text})");
            }
        }
    }
}

fn sample(var: &str) -> super::ArgValue {
    use super::ArgValue as A;
    match var {
        "date" | "until" | "needed" | "found_until" => A::Date(d(2026, 3, 31)),
        "days" | "count" | "n" | "supported" => A::Number(3),
        "span" | "min_remaining" => A::Span(Span::Months(4)),
        "amount" => A::Money {
            amount: 1900,
            currency: "THB".into(),
        },
        "kind" | "found" => A::Kind(DocumentKind::WorkPermit),
        "kinds" => A::Kinds(vec![
            DocumentKind::Passport,
            DocumentKind::CertificateOfIdentity,
        ]),
        "target" => A::Term(crate::rules::evaluate::DateKind::Deadline.term()),
        "status" => A::Term(crate::rules::TimeStatus::DueSoon.term()),
        "state" => A::Term(crate::domain::StateName::Active.term()),
        "event" => A::Term(crate::domain::EventName::RenewalStarted.term()),
        "record" => A::Term(crate::store::RecordKind::Document.term()),
        _ => A::Text("x".into()),
    }
}
