//! The worker at risk, through the application layer and the encrypted
//! store: papers lapsed beyond renewal (no "renew", since when, routes back
//! or help), nothing recorded (what to record or obtain), a document held
//! by the employer (asked back first, flagged after the maintainers'
//! setting with the law), money far above the official fees (flagged with
//! the official amount and its source), checklists with who supplies each
//! item and ticks sealed in the history, and the directory of help ranked
//! for the person — all of it in every language, and kept by backups.

mod common;

use chrono::NaiveDate;
use common::{d, document};
use doctrack_core::app::{App, AppError, Field, PersonDashboard, Problem};
use doctrack_core::crypto::{NewSlot, Secret};
use doctrack_core::domain::{
    Cohort, Country, Custodian, Custody, DocumentChange, DocumentId, DocumentKind, Language, Payee,
    Payment, PaymentFor, PersonDraft, PersonId,
};
use doctrack_core::messages::{Localizer, MessageId as M};
use doctrack_core::plan::{Action, FlagKind};
use doctrack_core::rules::directory::HelpTopic;
use doctrack_core::rules::model::{SituationKind, Supplier};
use doctrack_core::rules::TimeStatus;
use doctrack_core::store::StoreOptions;
use std::path::Path;
use zeroize::Zeroizing;

const KEY: [u8; 32] = [9u8; 32];

fn new_app(path: &Path) -> App {
    App::create(
        path,
        NewSlot::Raw {
            key: Zeroizing::new(KEY),
        },
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .unwrap()
}

fn reopen(path: &Path) -> App {
    App::open(
        path,
        &Secret::Raw(Zeroizing::new(KEY)),
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .unwrap()
}

fn person(app: &mut App, cohort: &str, province: Option<&str>, on: NaiveDate) -> PersonId {
    app.register_person(
        PersonDraft {
            display_name: "Worker (TEST)".into(),
            nationality: Country::Myanmar,
            language: Language::My,
            cohort: cohort.parse::<Cohort>().unwrap(),
            works_on_fishing_vessel: true,
            province: province.map(str::to_string),
        },
        on,
    )
    .unwrap()
    .id
}

fn part(app: &App, id: PersonId, on: NaiveDate) -> PersonDashboard {
    app.dashboard(on).unwrap().person(id).unwrap().clone()
}

/// Every message of a person's part renders in every language with all
/// its placeholders.
fn renders_everywhere(p: &PersonDashboard) {
    let mut messages = vec![p.situation.message.clone()];
    messages.extend(p.situation.questions.iter().cloned());
    for s in &p.plan {
        messages.push(s.headline.clone());
        messages.extend(s.when.iter().cloned());
        messages.extend(s.why.iter().cloned());
    }
    for f in &p.flags {
        messages.push(f.message.clone());
        messages.extend(f.reasons.iter().map(|r| r.message.clone()));
    }
    for language in Language::ALL {
        let l = Localizer::new(language);
        for m in &messages {
            let text = l
                .render_checked(m)
                .unwrap_or_else(|e| panic!("{language}: {m:?}: {e:?}"));
            assert!(!text.trim().is_empty(), "{language}: {m:?}");
        }
    }
}

#[test]
fn a_pink_card_beyond_renewal_is_never_renew_and_says_since_when_and_where_to_get_help() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let mut app = new_app(&path);
    let today = d(2026, 12, 6);
    // A Myanmar fisher of the 2023 round whose pink card ended on 13 Feb
    // 2025, with nothing else recorded, in Surat Thani.
    let aung = person(
        &mut app,
        "cr:2023-10-03",
        Some("Surat Thani"),
        d(2023, 11, 1),
    );
    let pink = app
        .record_document(
            document(
                aung,
                DocumentKind::PinkCard,
                "PC1",
                d(2023, 11, 1),
                Some(d(2025, 2, 13)),
            ),
            d(2023, 11, 1),
        )
        .unwrap()
        .document
        .id;
    let p = part(&app, aung, today);
    assert_eq!(p.person.province.as_deref(), Some("surat_thani"));
    let card = p.documents.iter().find(|c| c.document == pink).unwrap();
    assert_eq!(card.status, TimeStatus::Lapsed);
    assert_eq!(p.situation.kind, SituationKind::OutOfStatus);
    assert_eq!(p.situation.since, Some(d(2025, 2, 14)));
    // Never "renew"; first: since when it can no longer be renewed, and why.
    assert!(
        p.plan.iter().all(|s| s.action != Action::Renew),
        "{:?}",
        p.plan
    );
    let first = &p.plan[0];
    assert_eq!(
        (first.action, first.document),
        (Action::CannotRenew, Some(pink))
    );
    assert_eq!(first.moved_from, Some(d(2025, 2, 14)));
    assert!(first.why.iter().any(|m| m.id == M::ReasonBeyondRenewal));
    // No registration round is open on that day: said honestly, with help
    // near the person (at most three entries, none withheld).
    let help = p
        .plan
        .iter()
        .find(|s| s.action == Action::GetHelp)
        .expect("a get-help step");
    assert!(help.why.iter().any(|m| m.id == M::PlanNoRouteOpen));
    assert!(!help.help.is_empty() && help.help.len() <= 3);
    for id in &help.help {
        assert!(app.directory().service(id).is_some(), "{id} is not shown");
    }
    // The detail names the rule that says it cannot be renewed, with sources.
    let detail = app.document_detail(pink, today).unwrap();
    let st = detail.status.unwrap();
    assert!(st
        .date(doctrack_core::rules::DateKind::RenewableUntil)
        .is_some());
    assert!(detail
        .rule_sources
        .contains_key("th.cr.renewable-after-end"));
    renders_everywhere(&p);
    // On the last day of the card it could still be renewed.
    let p = part(&app, aung, d(2025, 2, 13));
    assert!(p
        .plan
        .iter()
        .any(|s| s.action == Action::Renew && s.document == Some(pink)));
}

#[test]
fn an_expired_passport_is_still_renewed_at_the_embassy() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(&dir.path().join("s.db"));
    let aung = person(&mut app, "mou", None, d(2020, 1, 1));
    let passport = app
        .record_document(
            document(
                aung,
                DocumentKind::Passport,
                "MA1",
                d(2016, 1, 1),
                Some(d(2026, 1, 1)),
            ),
            d(2020, 1, 1),
        )
        .unwrap()
        .document
        .id;
    let p = part(&app, aung, d(2026, 12, 6));
    let step = p
        .plan
        .iter()
        .find(|s| s.document == Some(passport))
        .unwrap();
    assert_eq!(step.action, Action::Renew);
    assert_eq!(step.status, TimeStatus::Expired);
}

#[test]
fn nothing_recorded_starts_from_what_the_person_needs() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(&dir.path().join("s.db"));
    let srey = person(&mut app, "mou", None, d(2026, 1, 1));
    let p = part(&app, srey, d(2026, 12, 6));
    assert_eq!(p.situation.kind, SituationKind::NothingRecorded);
    let needs: Vec<_> = p
        .plan
        .iter()
        .filter(|s| s.action == Action::RecordOrObtain)
        .collect();
    assert!(needs.len() >= 3, "{:?}", p.plan);
    for kinds in [
        &DocumentKind::Passport,
        &DocumentKind::WorkPermit,
        &DocumentKind::Seabook,
    ] {
        assert!(
            needs.iter().any(|s| s.kinds.contains(kinds)),
            "{kinds} missing"
        );
    }
    renders_everywhere(&p);
}

#[test]
fn a_passport_held_by_the_employer_is_asked_back_first_and_flagged_after_the_setting() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(&dir.path().join("s.db"));
    let on = d(2026, 1, 5);
    let aung = person(&mut app, "mou", Some("samut_sakhon"), on);
    let passport = app
        .record_document(
            document(
                aung,
                DocumentKind::Passport,
                "MA1",
                d(2022, 5, 10),
                Some(d(2032, 5, 9)),
            ),
            on,
        )
        .unwrap()
        .document
        .id;
    let permit = app
        .record_document(
            document(
                aung,
                DocumentKind::WorkPermit,
                "WP1",
                d(2024, 6, 2),
                Some(d(2026, 6, 1)),
            ),
            on,
        )
        .unwrap()
        .document
        .id;
    // Held since a back-dated day; a future "since" is refused.
    let custody = |since| DocumentChange::CustodyChanged {
        custody: Custody {
            holder: Custodian::Employer,
            since,
            note: Some("boat office".into()),
        },
    };
    let err = app
        .apply_event(passport, custody(d(2026, 2, 1)), on)
        .unwrap_err();
    assert!(matches!(err, AppError::Validation { .. }), "{err:?}");
    app.apply_event(passport, custody(d(2026, 1, 1)), on)
        .unwrap();
    // 14 days is the setting: not flagged on day 14, flagged on day 15.
    let p = part(&app, aung, d(2026, 1, 15));
    assert!(p.flags.is_empty(), "{:?}", p.flags);
    let p = part(&app, aung, d(2026, 3, 1));
    let flag = p
        .flags
        .iter()
        .find(|f| f.kind == FlagKind::DocumentHeld)
        .expect("flagged");
    assert_eq!(flag.document, Some(passport));
    assert!(flag
        .reasons
        .iter()
        .any(|r| r.message.id == M::ReasonCustodyLaw));
    assert!(!flag.help.is_empty());
    // The work permit's renewal needs the passport: ask for it back first.
    let step = p.plan.iter().find(|s| s.document == Some(permit)).unwrap();
    let ask = step.ask.as_ref().expect("ask back");
    assert_eq!((ask.document, ask.holder), (passport, Custodian::Employer));
    assert_eq!(step.why[0].id, M::PlanAskBack);
    renders_everywhere(&p);
    // At an office while it is processed: asked back, never flagged.
    app.apply_event(
        passport,
        DocumentChange::CustodyChanged {
            custody: Custody {
                holder: Custodian::Office,
                since: d(2026, 3, 2),
                note: None,
            },
        },
        d(2026, 3, 2),
    )
    .unwrap();
    let p = part(&app, aung, d(2026, 5, 1));
    assert!(p.flags.is_empty());
    // Back with the worker: nothing to ask.
    app.apply_event(
        passport,
        DocumentChange::CustodyChanged {
            custody: Custody {
                holder: Custodian::Worker,
                since: d(2026, 5, 2),
                note: None,
            },
        },
        d(2026, 5, 2),
    )
    .unwrap();
    let p = part(&app, aung, d(2026, 5, 3));
    assert!(p.plan.iter().all(|s| s.ask.is_none()));
    // Custody changes are in the history, and can be taken back.
    let history = app.history(passport).unwrap();
    assert_eq!(
        history
            .iter()
            .filter(|e| matches!(e.change, DocumentChange::CustodyChanged { .. }))
            .count(),
        3
    );
}

#[test]
fn a_payment_far_above_the_official_fee_is_flagged_with_the_official_amount() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let mut app = new_app(&path);
    let on = d(2026, 1, 10);
    let aung = person(&mut app, "cr:2025-11-11", None, d(2025, 2, 13));
    let permit = app
        .record_document(
            document(
                aung,
                DocumentKind::WorkPermit,
                "WP1",
                d(2025, 2, 13),
                Some(d(2026, 2, 13)),
            ),
            d(2025, 2, 13),
        )
        .unwrap()
        .document
        .id;
    let pay = |amount, asked_only| Payment {
        amount,
        currency: "thb".into(),
        payee: Payee::Broker,
        purpose: PaymentFor::Document { document: permit },
        paid_on: on,
        asked_only,
        note: None,
    };
    // 1,000 baht for a 900-baht fee: within 150 %, not flagged.
    app.record_payment(aung, pay(1000, false), on).unwrap();
    assert!(part(&app, aung, on).flags.is_empty());
    let big = app.record_payment(aung, pay(15_000, false), on).unwrap();
    let p = part(&app, aung, on);
    let flag = p
        .flags
        .iter()
        .find(|f| f.payment == Some(big))
        .expect("flagged");
    assert_eq!(flag.kind, FlagKind::Overcharged);
    let en = Localizer::new(Language::En).render(&flag.message);
    assert!(en.contains("15,000 THB") && en.contains("900 THB"), "{en}");
    assert!(flag.reasons.iter().any(|r| matches!(&r.basis,
        doctrack_core::rules::Basis::Rule { id, .. } if id == "th.cr-2025-11-11.renewal-by-2026-03-31")));
    renders_everywhere(&p);
    // Asked for, not paid: flagged too, worded so.
    app.record_payment(aung, pay(12_000, true), on).unwrap();
    let p = part(&app, aung, on);
    assert!(p
        .flags
        .iter()
        .any(|f| f.message.id == M::FlagOverchargeAsked));
    // Bad input: nothing, a bad currency, someone else's document.
    let err = app.record_payment(aung, pay(0, false), on).unwrap_err();
    assert!(
        matches!(
            err,
            AppError::Validation {
                field: Field::Amount,
                ..
            }
        ),
        "{err:?}"
    );
    let mut bad = pay(10, false);
    bad.currency = "baht".into();
    assert!(matches!(
        app.record_payment(aung, bad, on),
        Err(AppError::Validation { .. })
    ));
    // Taken back: gone from the record and the flags, kept in the history.
    app.retract_payment(aung, big, on).unwrap();
    let p = part(&app, aung, on);
    assert!(p.flags.iter().all(|f| f.payment != Some(big)));
    drop(app);
    let app = reopen(&path);
    assert_eq!(app.person(aung).unwrap().payments.len(), 2);
}

#[test]
fn checklists_say_who_supplies_each_item_and_keep_ticks() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let mut app = new_app(&path);
    let on = d(2026, 1, 10);
    let aung = person(&mut app, "cr:2025-11-11", None, d(2025, 2, 13));
    app.record_document(
        document(
            aung,
            DocumentKind::Passport,
            "MA1",
            d(2022, 5, 10),
            Some(d(2032, 5, 9)),
        ),
        on,
    )
    .unwrap();
    let permit = app
        .record_document(
            document(
                aung,
                DocumentKind::WorkPermit,
                "WP1",
                d(2025, 2, 13),
                Some(d(2026, 2, 13)),
            ),
            on,
        )
        .unwrap()
        .document
        .id;
    let list = app
        .renewal_checklist(permit, on)
        .unwrap()
        .expect("a checklist");
    assert_eq!(list.list, format!("renew:{permit}"));
    // The passport is recorded and in hand: ready without a tick.
    let passport = list
        .items
        .iter()
        .find(|e| e.item.kinds().contains(&DocumentKind::Passport))
        .unwrap();
    assert!(passport.ready && !passport.ticked && passport.by_document.is_some());
    // Something only the employer can supply.
    let employer = list
        .items
        .iter()
        .find(|e| e.item.supplier == Supplier::Employer)
        .expect("an employer item");
    assert!(!employer.ready);
    let ready = list.ready();
    app.tick_checklist_item(aung, &list.list, &employer.item.id, true, on)
        .unwrap();
    let again = app.renewal_checklist(permit, on).unwrap().unwrap();
    assert_eq!(again.ready(), ready + 1);
    let step = part(&app, aung, on)
        .plan
        .into_iter()
        .find(|s| s.document == Some(permit))
        .unwrap();
    let progress = step.checklist.expect("progress on the step");
    assert_eq!(
        (progress.ready as usize, progress.total as usize),
        (ready + 1, again.items.len())
    );
    // Unknown items and lists are typed errors; nothing is recorded.
    let err = app
        .tick_checklist_item(aung, &list.list, "no-such-item", true, on)
        .unwrap_err();
    assert!(matches!(
        err,
        AppError::Validation {
            field: Field::ChecklistItem,
            problem: Problem::UnknownChecklistItem
        }
    ));
    assert!(app
        .tick_checklist_item(aung, "renew:nonsense", "x", true, on)
        .is_err());
    // Unticked again, and kept across reopening.
    app.tick_checklist_item(aung, &list.list, &employer.item.id, false, on)
        .unwrap();
    drop(app);
    let app = reopen(&path);
    assert_eq!(
        app.renewal_checklist(permit, on).unwrap().unwrap().ready(),
        ready
    );
    assert!(app.person(aung).unwrap().ticks.is_empty());
}

#[test]
fn help_is_ranked_for_the_person_and_provinces_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = new_app(&dir.path().join("s.db"));
    let on = d(2026, 1, 10);
    let aung = person(&mut app, "mou", Some("สุราษฎร์ธานี"), on);
    assert_eq!(
        app.person(aung).unwrap().person.province.as_deref(),
        Some("surat_thani")
    );
    let found = app.help_for(aung, HelpTopic::DocumentsHeld, 3).unwrap();
    assert!(!found.is_empty() && found.len() <= 3);
    for h in &found {
        assert!(!h.service.sources.is_empty());
        assert!(h.matched.exact || !h.service.helps_with.is_empty());
        assert!(
            h.service.provinces.is_empty()
                || h.service.provinces.iter().any(|p| p == "surat_thani")
        );
    }
    // An unknown province is a typed error; the person is unchanged.
    let err = app
        .update_person(
            aung,
            doctrack_core::domain::PersonUpdate {
                province: Some("Atlantis".into()),
                ..Default::default()
            },
            on,
        )
        .unwrap_err();
    assert!(matches!(
        err,
        AppError::Validation {
            field: Field::Province,
            problem: Problem::UnknownProvince
        }
    ));
    assert_eq!(
        app.person(aung).unwrap().person.province.as_deref(),
        Some("surat_thani")
    );
    // The whole directory: 77 provinces, only entries shown to people.
    let dir = app.directory();
    assert_eq!(dir.provinces.len(), 77);
    assert!(dir
        .services
        .iter()
        .all(|s| s.status == doctrack_core::rules::directory::ServiceStatus::Active));
}

#[test]
fn custody_payments_and_ticks_travel_in_backups() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let mut app = new_app(&path);
    let on = d(2026, 1, 10);
    let aung = person(&mut app, "cr:2025-11-11", None, d(2025, 2, 13));
    let permit: DocumentId = app
        .record_document(
            document(
                aung,
                DocumentKind::WorkPermit,
                "WP1",
                d(2025, 2, 13),
                Some(d(2026, 2, 13)),
            ),
            on,
        )
        .unwrap()
        .document
        .id;
    app.apply_event(
        permit,
        DocumentChange::CustodyChanged {
            custody: Custody {
                holder: Custodian::Broker,
                since: on,
                note: None,
            },
        },
        on,
    )
    .unwrap();
    app.record_payment(
        aung,
        Payment {
            amount: 15_000,
            currency: "THB".into(),
            payee: Payee::Broker,
            purpose: PaymentFor::Document { document: permit },
            paid_on: on,
            asked_only: false,
            note: None,
        },
        on,
    )
    .unwrap();
    let list = app.renewal_checklist(permit, on).unwrap().unwrap();
    let item = list
        .items
        .iter()
        .find(|e| !e.ready)
        .unwrap()
        .item
        .id
        .clone();
    app.tick_checklist_item(aung, &list.list, &item, true, on)
        .unwrap();
    let backup = dir.path().join("b.backup");
    app.export_backup_file(
        &backup,
        "backup passphrase 1",
        doctrack_core::crypto::KdfParams::insecure_fast_for_tests(),
    )
    .unwrap();
    drop(app);
    let (restored, _) = App::restore_backup(
        std::fs::File::open(&backup).unwrap(),
        "backup passphrase 1",
        dir.path().join("r.db"),
        NewSlot::Raw {
            key: Zeroizing::new(KEY),
        },
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .unwrap();
    let record = restored.person(aung).unwrap();
    assert_eq!(record.payments.len(), 1);
    assert_eq!(record.ticks.len(), 1);
    assert_eq!(
        restored.document(permit).unwrap().custody.unwrap().holder,
        Custodian::Broker
    );
}
