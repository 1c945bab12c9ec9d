//! Reminders through the application layer and the encrypted store: what
//! to add and cancel since the last sync, states that survive reopening the
//! store, events that drop and add reminders, the limit, the language and
//! the lock-screen privacy default, and nothing readable on disk.

mod common;

use chrono::NaiveDate;
use common::{d, document, worker};
use doctrack_core::app::{App, AppError, Field, Problem, ReminderOptions, ScheduledReminder};
use doctrack_core::crypto::{NewSlot, Secret};
use doctrack_core::domain::{DocumentChange, DocumentId, DocumentKind, Language};
use doctrack_core::messages::{Localizer, MessageId as M, ReviewState};
use doctrack_core::plan::reminders::{ReminderKind, ReminderState};
use doctrack_core::store::{RecordKind, StoreOptions};
use std::path::Path;
use zeroize::Zeroizing;

const KEY: [u8; 32] = [7u8; 32];
const TODAY: (i32, u32, u32) = (2026, 1, 15);

fn today() -> NaiveDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

fn open(path: &Path) -> App {
    App::open(
        path,
        &Secret::Raw(Zeroizing::new(KEY)),
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .unwrap()
}

struct Ids {
    permit: DocumentId,
    report: DocumentId,
    check: DocumentId,
}

/// A Myanmar MOU worker (language: Burmese) with a work permit ending 1 Jun
/// 2026, a 90-day report (entered 10 Jan 2026) and a health check ending
/// 5 Jan 2027.
fn seed(path: &Path) -> Ids {
    let mut app = App::create(
        path,
        NewSlot::Raw {
            key: Zeroizing::new(KEY),
        },
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .unwrap();
    let on = d(2026, 1, 10);
    let p = app.register_person(worker("Ko Aung (TEST)"), on).unwrap();
    app.record_document(
        document(
            p.id,
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
                p.id,
                DocumentKind::WorkPermit,
                "WP1",
                d(2024, 6, 2),
                Some(d(2026, 6, 1)),
            ),
            on,
        )
        .unwrap();
    let report = app
        .record_document(
            document(p.id, DocumentKind::NinetyDayReport, "", on, None),
            on,
        )
        .unwrap();
    let check = app
        .record_document(
            document(
                p.id,
                DocumentKind::HealthCheck,
                "HC1",
                d(2026, 1, 5),
                Some(d(2027, 1, 5)),
            ),
            on,
        )
        .unwrap();
    app.record_document(
        document(
            p.id,
            DocumentKind::HealthInsurance,
            "HI1",
            d(2026, 1, 5),
            Some(d(2027, 1, 5)),
        ),
        on,
    )
    .unwrap();
    app.close().unwrap();
    Ids {
        permit: permit.document.id,
        report: report.document.id,
        check: check.document.id,
    }
}

fn year() -> NaiveDate {
    d(2026, 12, 31)
}

fn of(list: &[ScheduledReminder], doc: DocumentId) -> Vec<&ScheduledReminder> {
    list.iter().filter(|r| r.document == doc).collect()
}

#[test]
fn sync_adds_then_changes_only_what_changed_and_states_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.doctrack");
    let ids = seed(&path);
    let options = ReminderOptions::default();
    let mut app = open(&path);

    // The first sync adds everything; ids are opaque and unique.
    let first = app.sync_reminders(today(), year(), &options).unwrap();
    assert!(first.to_cancel.is_empty());
    assert_eq!(first.to_add, first.scheduled);
    assert!(first.to_add.len() >= 15, "{}", first.to_add.len());
    let mut ids_seen: Vec<&str> = first.to_add.iter().map(|r| r.id.as_str()).collect();
    ids_seen.sort();
    ids_seen.dedup();
    assert_eq!(ids_seen.len(), first.to_add.len());
    for r in &first.to_add {
        assert_eq!(r.id.len(), 32);
        assert!(!r.id.contains(&r.document.to_string()));
        assert_eq!((r.hour, r.minute), (9, 0));
        assert_eq!(r.state, ReminderState::Pending);
    }
    // Nothing changed: nothing to do.
    let again = app.sync_reminders(today(), year(), &options).unwrap();
    assert!(again.to_add.is_empty() && again.to_cancel.is_empty());
    assert_eq!(again.scheduled, first.scheduled);

    // Done: cancelled, and never comes back, also after reopening the store.
    let permit = of(&first.scheduled, ids.permit);
    let done = permit[1].clone(); // 14 days before the deadline
    assert_eq!(done.kind, ReminderKind::DueSoon);
    app.set_reminder_state(&done.id, ReminderState::Done, today())
        .unwrap();
    // Snoozed: replaced by one on the snooze day.
    let snoozed = permit[0].clone(); // the window opens, 1 Feb
    let until = d(2026, 2, 3);
    app.set_reminder_state(&snoozed.id, ReminderState::Snoozed { until }, today())
        .unwrap();
    let after = app.sync_reminders(today(), year(), &options).unwrap();
    let mut cancelled = after.to_cancel.clone();
    cancelled.sort();
    let mut want = vec![done.id.clone(), snoozed.id.clone()];
    want.sort();
    assert_eq!(cancelled, want);
    assert_eq!(after.to_add.len(), 1);
    assert_eq!(after.to_add[0].id, snoozed.id);
    assert_eq!(after.to_add[0].fire_on, until);
    assert_eq!(after.to_add[0].planned_on, d(2026, 2, 1));
    assert!(!after.scheduled.iter().any(|r| r.id == done.id));
    app.close().unwrap();

    let mut app = open(&path);
    let listed = app.reminders(today(), year(), &options).unwrap();
    let find = |id: &str| listed.iter().find(|r| r.id == id).cloned();
    assert_eq!(find(&done.id).map(|r| r.state), Some(ReminderState::Done));
    assert_eq!(
        find(&snoozed.id).map(|r| (r.state, r.fire_on)),
        Some((ReminderState::Snoozed { until }, until))
    );
    let reopened = app.sync_reminders(today(), year(), &options).unwrap();
    assert!(reopened.to_add.is_empty() && reopened.to_cancel.is_empty());
    assert!(!reopened.scheduled.iter().any(|r| r.id == done.id));

    // Back to pending: it returns.
    app.set_reminder_state(&done.id, ReminderState::Pending, today())
        .unwrap();
    let back = app.sync_reminders(today(), year(), &options).unwrap();
    assert_eq!(
        back.to_add.iter().map(|r| &r.id).collect::<Vec<_>>(),
        [&done.id]
    );
    app.close().unwrap();
}

/// What the person did with reminders travels in a backup: on the new
/// phone (another store key, so other reminder ids) a done reminder stays
/// gone and a snoozed one fires on its snooze day.
#[test]
fn reminder_states_travel_in_backups() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.doctrack");
    let ids = seed(&path);
    let options = ReminderOptions::default();
    let mut app = open(&path);
    let first = app.sync_reminders(today(), year(), &options).unwrap();
    let permit = of(&first.scheduled, ids.permit);
    let (snoozed, done) = (permit[0].clone(), permit[1].clone());
    let until = d(2026, 2, 3);
    app.set_reminder_state(&done.id, ReminderState::Done, today())
        .unwrap();
    app.set_reminder_state(&snoozed.id, ReminderState::Snoozed { until }, today())
        .unwrap();
    let backup = app
        .export_backup(
            Vec::new(),
            "backup passphrase",
            doctrack_core::crypto::KdfParams::insecure_fast_for_tests(),
        )
        .unwrap();
    app.close().unwrap();

    let (mut restored, report) = App::restore_backup(
        &backup[..],
        "backup passphrase",
        dir.path().join("b.doctrack"),
        NewSlot::Raw {
            key: Zeroizing::new([9u8; 32]),
        },
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .unwrap();
    assert_eq!(report.reminder_states_added, 2);
    let synced = restored.sync_reminders(today(), year(), &options).unwrap();
    let permit_after = of(&synced.scheduled, ids.permit);
    // Same reminders, new ids (another store key).
    assert_eq!(permit_after.len(), permit.len() - 1);
    assert!(!synced.scheduled.iter().any(|r| r.id == snoozed.id));
    assert!(!permit_after
        .iter()
        .any(|r| r.planned_on == done.planned_on && r.kind == done.kind));
    let moved = permit_after
        .iter()
        .find(|r| r.planned_on == snoozed.planned_on)
        .unwrap();
    assert_eq!(moved.state, ReminderState::Snoozed { until });
    assert_eq!(moved.fire_on, until);
    // Merging the same backup again adds no state twice.
    let again = restored
        .merge_backup(&backup[..], "backup passphrase")
        .unwrap();
    assert_eq!(again.reminder_states_added, 0);
    restored.close().unwrap();
}

#[test]
fn events_drop_and_add_reminders() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.doctrack");
    let ids = seed(&path);
    let options = ReminderOptions::default();
    let mut app = open(&path);
    let first = app.sync_reminders(today(), year(), &options).unwrap();
    let permit: Vec<String> = of(&first.scheduled, ids.permit)
        .iter()
        .map(|r| r.id.clone())
        .collect();
    let report: Vec<String> = of(&first.scheduled, ids.report)
        .iter()
        .map(|r| r.id.clone())
        .collect();
    assert!(!permit.is_empty() && !report.is_empty());

    // Renewal submitted: every work-permit reminder is cancelled.
    let on = d(2026, 1, 20);
    app.apply_event(ids.permit, DocumentChange::RenewalStarted, on)
        .unwrap();
    app.apply_event(ids.permit, DocumentChange::RenewalSubmitted, on)
        .unwrap();
    let s = app.sync_reminders(on, year(), &options).unwrap();
    let mut cancelled = s.to_cancel.clone();
    cancelled.sort();
    let mut want = permit.clone();
    want.sort();
    assert_eq!(cancelled, want);
    assert!(s.to_add.is_empty());

    // Report filed on 1 Feb: the April reminders go, the next cycle's come
    // (due 2 May 2026, 90 days later).
    let filed = d(2026, 2, 1);
    app.apply_event(ids.report, DocumentChange::ReportFiled, filed)
        .unwrap();
    let s = app.sync_reminders(filed, year(), &options).unwrap();
    let mut cancelled = s.to_cancel.clone();
    cancelled.sort();
    let mut want = report.clone();
    want.sort();
    assert_eq!(cancelled, want);
    let added = of(&s.to_add, ids.report);
    assert!(!added.is_empty());
    assert!(added.iter().all(|r| r.target_date == d(2026, 5, 2)));
    assert_eq!(added[0].kind, ReminderKind::ReportWindow);

    // Archived: the health check's reminders go.
    let check: Vec<String> = of(&s.scheduled, ids.check)
        .iter()
        .map(|r| r.id.clone())
        .collect();
    assert!(!check.is_empty());
    app.apply_event(ids.check, DocumentChange::Archived, filed)
        .unwrap();
    let s = app.sync_reminders(filed, year(), &options).unwrap();
    assert_eq!(s.to_cancel.len(), check.len());
    assert!(s.to_cancel.iter().all(|id| check.contains(id)));
    assert!(s.to_add.is_empty());
    app.close().unwrap();
}

#[test]
fn a_limit_keeps_the_soonest_and_the_rest_follow() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.doctrack");
    seed(&path);
    let mut app = open(&path);
    let all = app
        .reminders(today(), year(), &ReminderOptions::default())
        .unwrap();
    let options = ReminderOptions {
        limit: Some(3),
        ..ReminderOptions::default()
    };
    let s = app.sync_reminders(today(), year(), &options).unwrap();
    assert_eq!(s.scheduled.len(), 3);
    assert_eq!(s.left_out as usize, all.len() - 3);
    assert_eq!(s.scheduled, all[..3].to_vec());
    // Later, once the first have fired, the next ones are added; past ones
    // need no cancelling.
    let later = all[2].fire_on.succ_opt().unwrap();
    let s2 = app.sync_reminders(later, year(), &options).unwrap();
    assert!(s2.to_cancel.is_empty(), "{:?}", s2.to_cancel);
    assert_eq!(s2.to_add.len(), 3);
    assert!(s2.to_add.iter().all(|r| r.fire_on >= later));
    // After a reinstall the app asks for everything again.
    app.forget_reminder_sync().unwrap();
    let s3 = app.sync_reminders(later, year(), &options).unwrap();
    assert_eq!(s3.to_add, s3.scheduled);
    app.close().unwrap();
}

#[test]
fn texts_in_the_persons_language_private_on_the_lock_screen_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.doctrack");
    let ids = seed(&path);
    let mut app = open(&path);
    let private = app
        .reminders(today(), year(), &ReminderOptions::default())
        .unwrap();
    let my = Localizer::new(Language::My);
    for r in &private {
        // The holder reads Burmese.
        assert_eq!(r.language, Language::My);
        assert_eq!(r.lock_screen, r.short);
        assert!(r.lock_screen.id.as_str().starts_with("reminder-short-"));
        assert_eq!(r.lock_screen_text, my.render(&r.short));
        assert_eq!(r.detail_text, my.render(&r.detail));
        assert_eq!(
            r.title_text,
            my.render(&doctrack_core::messages::Message::new(M::ReminderTitle))
        );
        assert!(!r
            .lock_screen_text
            .contains(&my.kind_inline(&r.document_kind)));
        assert!(!r.lock_screen_text.contains(&my.kind_name(&r.document_kind)));
        assert!(!r.lock_screen_text.contains(&my.date(r.target_date)));
        assert!(!r.lock_screen_text.contains("Ko Aung"));
        assert_eq!(r.review, ReviewState::Draft, "Burmese texts are drafts");
    }
    // Opting in: the lock screen shows the document and its dates.
    let detailed = ReminderOptions {
        detailed_lock_screen: true,
        language: Some(Language::En),
        ..ReminderOptions::default()
    };
    let shown = app.reminders(today(), year(), &detailed).unwrap();
    let wp = of(&shown, ids.permit)[0];
    assert_eq!(wp.lock_screen, wp.detail);
    assert_eq!(wp.title_text, "Work permit");
    assert_eq!(
        wp.lock_screen_text,
        "Your work permit: you can renew it from today (deadline: 2026-06-01)."
    );
    assert_eq!(wp.review, ReviewState::Reviewed);
    // A different language or detail is a different notification: replaced.
    app.sync_reminders(today(), year(), &ReminderOptions::default())
        .unwrap();
    let s = app.sync_reminders(today(), year(), &detailed).unwrap();
    assert_eq!(s.to_cancel.len(), s.to_add.len());
    assert_eq!(s.to_add.len(), s.scheduled.len());
    app.close().unwrap();
}

#[test]
fn unknown_ids_and_backward_snoozes_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.doctrack");
    seed(&path);
    let mut app = open(&path);
    let err = app
        .set_reminder_state(
            "0123456789abcdef0123456789abcdef",
            ReminderState::Done,
            today(),
        )
        .unwrap_err();
    assert_eq!(
        err,
        AppError::NotFound {
            record: RecordKind::Reminder
        }
    );
    let err = app
        .set_reminder_state("not an id", ReminderState::Done, today())
        .unwrap_err();
    assert!(matches!(err, AppError::NotFound { .. }));
    let r = app
        .reminders(today(), year(), &ReminderOptions::default())
        .unwrap();
    let err = app
        .set_reminder_state(&r[0].id, ReminderState::Snoozed { until: today() }, today())
        .unwrap_err();
    assert_eq!(
        err,
        AppError::validation(Field::SnoozeUntil, Problem::NotLater)
    );
    app.close().unwrap();
}

#[test]
fn nothing_about_reminders_is_readable_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.doctrack");
    let ids = seed(&path);
    let mut app = open(&path);
    let s = app
        .sync_reminders(today(), year(), &ReminderOptions::default())
        .unwrap();
    for r in s.scheduled.iter().take(3) {
        app.set_reminder_state(&r.id, ReminderState::Done, today())
            .unwrap();
    }
    let snooze = &s.scheduled[4];
    app.set_reminder_state(
        &snooze.id,
        ReminderState::Snoozed {
            until: d(2026, 11, 27),
        },
        today(),
    )
    .unwrap();
    app.close().unwrap();
    let bytes = std::fs::read(&path).unwrap();
    // Document ids are random and visible in their own table (ADR 0003);
    // the reminder tables hold none of them: only keyed ids and sealed blobs.
    let conn = rusqlite::Connection::open(&path).unwrap();
    for table in ["reminder_states", "reminder_sync"] {
        let rows: Vec<(String, Vec<u8>)> = conn
            .prepare(&format!("SELECT CAST(id AS TEXT), sealed FROM {table}"))
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(!rows.is_empty(), "{table} is empty");
        for (id, sealed) in rows {
            for doc in [ids.permit, ids.report, ids.check] {
                let doc = doc.to_string();
                assert!(!id.contains(&doc));
                assert!(!sealed.windows(doc.len()).any(|w| w == doc.as_bytes()));
            }
        }
    }
    drop(conn);
    let mut needles: Vec<String> = vec![
        "2026-11-27".into(),
        "2026-06-01".into(),
        "2026-05-18".into(),
        "snoozed".into(),
        "\"done\"".into(),
        "due_soon".into(),
        "window_opens".into(),
    ];
    needles.extend(s.scheduled.iter().map(|r| r.target_date.to_string()));
    for needle in needles {
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
            "{needle} is readable in the store file"
        );
    }
    // The states are there, sealed.
    let app = open(&path);
    let listed = app
        .reminders(today(), year(), &ReminderOptions::default())
        .unwrap();
    assert_eq!(
        listed
            .iter()
            .filter(|r| r.state == ReminderState::Done)
            .count(),
        3
    );
    app.close().unwrap();
}
