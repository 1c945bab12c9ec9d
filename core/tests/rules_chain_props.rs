//! Property tests of inclusive end dates and document chains:
//! - for a renewal chain of consecutive terms, the total-term limit is
//!   reached exactly when their inclusive days add up to it;
//! - an upstream document ending earlier never makes a downstream document
//!   end later.

use chrono::{Days, NaiveDate};
use doctrack_core::domain::{
    CancelReason, Cohort, Country, Document, DocumentChange, DocumentId, DocumentKind, Language,
    Ledger, Link, LinkKind, PersonDraft,
};
use doctrack_core::rules::{embedded, evaluate, load, Blocker, DateKind, RuleFile, RuleSet};
use proptest::prelude::*;
use std::sync::OnceLock;

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
                province: None,
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

fn thai_rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| embedded::load_default().rules.expect("embedded rules load"))
}

/// The kinds of a fisher's chain: Seabook <- work permit <- stay <- passport/CI,
/// and a pink card with the work permit.
const CHAIN: [&str; 6] = [
    "passport",
    "certificate_of_identity",
    "visa",
    "work_permit",
    "seabook",
    "pink_card",
];

/// One document of the chain: present or not, its last day (days after
/// 2026-01-02), and whether it links to the document it depends on.
type Spec = (bool, u32, bool);

/// Records the chain with the given last days; returns the ledger and the
/// documents' ids by position in [`CHAIN`].
fn chain(
    specs: &[Spec],
    cohort: &str,
    cancel: Option<(u32, bool)>,
) -> (Ledger, Vec<Option<DocumentId>>) {
    let base = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
    let issued = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    let mut ledger = Ledger::new();
    let holder = ledger
        .register_person(
            PersonDraft {
                display_name: "P".into(),
                nationality: "MM".parse::<Country>().unwrap(),
                language: Language::En,
                cohort: cohort.parse::<Cohort>().unwrap(),
                works_on_fishing_vessel: true,
                province: None,
            },
            issued,
        )
        .unwrap();
    let mut ids: Vec<Option<DocumentId>> = Vec::new();
    for (i, (present, last, link)) in specs.iter().enumerate() {
        if !present {
            ids.push(None);
            continue;
        }
        let kind: DocumentKind = CHAIN[i].parse().unwrap();
        let mut doc = permit(
            holder,
            issued,
            base.checked_add_days(Days::new(u64::from(*last))).unwrap(),
        );
        doc.kind = kind.clone();
        doc.number = format!("N{i}");
        // visa -> passport (stamped in); work permit, Seabook, pink card -> work permit or
        // passport (tied to).
        let target = match i {
            2 => ids[0].map(|t| (LinkKind::StampedIn, t)),
            4 | 5 => ids[3].map(|t| (LinkKind::TiedTo, t)),
            _ => None,
        };
        if let (true, Some((kind, target))) = (*link, target) {
            doc.links.push(Link { kind, target });
        }
        ids.push(Some(doc.id));
        ledger.record_document(doc, issued).unwrap();
    }
    if let (Some((day, left)), Some(wp)) = (cancel, ids[3]) {
        let reason = if left {
            CancelReason::LeftEmployer
        } else {
            CancelReason::Revoked
        };
        let on = base.checked_add_days(Days::new(u64::from(day))).unwrap();
        ledger
            .change(wp, DocumentChange::Cancelled { reason }, on)
            .unwrap();
    }
    (ledger, ids)
}

fn valid_untils(ledger: &Ledger, as_of: NaiveDate) -> Vec<(DocumentId, NaiveDate)> {
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
        thai_rules(),
        as_of,
    );
    eval.documents
        .iter()
        .filter_map(|st| st.date(DateKind::ValidUntil).map(|d| (st.document, d.date)))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Moving one upstream document's end earlier never moves any other
    /// document's end later (Thai rules: Seabook <- work permit <- stay <-
    /// passport/CI, pink card <- work permit), whatever links, cohorts and
    /// cancellations there are.
    #[test]
    fn an_earlier_upstream_end_never_makes_a_downstream_end_later(
        specs in proptest::collection::vec((proptest::bool::weighted(0.8), 2u32..2000, any::<bool>()), 6),
        cohort in prop_oneof![Just("mou"), Just("unknown"), Just("cr:2023-02-07")],
        shorten in 0usize..4,
        by in 1u32..1500,
        cancel in proptest::option::weighted(0.3, (0u32..600, any::<bool>())),
        at in 0u32..900,
    ) {
        let as_of = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap().checked_add_days(Days::new(u64::from(at))).unwrap();
        let (ledger, ids) = chain(&specs, cohort, cancel);
        let before = valid_untils(&ledger, as_of);
        let mut shorter = specs.clone();
        shorter[shorten].1 = specs[shorten].1.saturating_sub(by).max(1);
        let (ledger2, ids2) = chain(&shorter, cohort, cancel);
        let after = valid_untils(&ledger2, as_of);
        for (i, (a, b)) in ids.iter().zip(&ids2).enumerate() {
            if i == shorten {
                continue;
            }
            let (Some(a), Some(b)) = (a, b) else { continue };
            let old = before.iter().find(|(id, _)| id == a).map(|(_, d)| *d);
            let new = after.iter().find(|(id, _)| id == b).map(|(_, d)| *d);
            if let (Some(old), Some(new)) = (old, new) {
                prop_assert!(new <= old, "{} ended {} before and {} after {} ended earlier", CHAIN[i], old, new, CHAIN[shorten]);
            }
        }
    }

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
