//! A caseload evaluated person by person (issue 27): the same counts and
//! the same most urgent documents as the whole dashboard, whatever the
//! number of threads and the date; a damaged holder index is an error
//! that repair mends, never a shorter caseload.

#[path = "../../bench/common/workload.rs"]
mod workload;

use chrono::NaiveDate;
use doctrack_core::app::{App, CaseloadDashboard, CaseloadOptions, Dashboard, UrgentDocument};
use doctrack_core::rules::evaluate::TimeStatus;
use doctrack_core::store::{StoreError, StoreOptions};

fn rank(status: TimeStatus) -> usize {
    TimeStatus::ALL.len() - TimeStatus::ALL.iter().position(|s| *s == status).unwrap()
}

/// What the caseload must say, computed the slow way from the whole
/// dashboard.
fn expected(full: &Dashboard, limit: usize) -> (Vec<u64>, u64, u64, Vec<UrgentDocument>) {
    let mut by_status = vec![0u64; TimeStatus::ALL.len()];
    let (mut overdue, mut blocked) = (0, 0);
    let mut all = Vec::new();
    for p in &full.people {
        for c in &p.documents {
            by_status[TimeStatus::ALL.iter().position(|s| *s == c.status).unwrap()] += 1;
            if c.status == TimeStatus::Blocked {
                blocked += 1;
            }
            if c.next_deadline
                .as_ref()
                .is_some_and(|d| d.date < full.as_of)
            {
                overdue += 1;
            }
            all.push(UrgentDocument {
                person: p.person.id,
                name: p.person.display_name.clone(),
                card: c.clone(),
            });
        }
    }
    all.sort_by(|a, b| {
        let key = |u: &UrgentDocument| {
            (
                rank(u.card.status),
                u.card
                    .next_deadline
                    .as_ref()
                    .map_or(NaiveDate::MAX, |d| d.date),
                u.name.clone(),
                u.person,
                u.card.document,
            )
        };
        key(a).cmp(&key(b))
    });
    all.truncate(limit);
    (by_status, overdue, blocked, all)
}

fn check_against_full(app: &App, as_of: NaiveDate, c: &CaseloadDashboard, limit: usize) {
    let full = app.dashboard(as_of).unwrap();
    let (by_status, overdue, blocked, urgent) = expected(&full, limit);
    assert_eq!(c.people, full.people.len() as u64);
    assert_eq!(c.documents, full.cards().count() as u64);
    assert_eq!(
        c.by_status.iter().map(|s| s.documents).collect::<Vec<_>>(),
        by_status
    );
    assert_eq!((c.overdue, c.blocked), (overdue, blocked));
    assert_eq!(c.urgent, urgent);
    let situations: u64 = c.by_situation.iter().map(|s| s.people).sum();
    assert_eq!(situations, c.people);
    let weekly: u64 = c
        .weeks
        .iter()
        .flat_map(|w| w.by_status.iter().map(|s| s.documents))
        .sum();
    let in_weeks = full
        .cards()
        .filter(|(_, card)| {
            card.next_deadline
                .as_ref()
                .is_some_and(|d| d.date >= as_of && (d.date - as_of).num_days() < 7 * 26)
        })
        .count() as u64;
    assert_eq!(weekly, in_weeks);
}

#[test]
fn the_caseload_is_the_dashboard_counted_whatever_the_threads_and_the_date() {
    let dir = tempfile::tempdir().unwrap();
    let app = workload::doctrack_store(&dir.path().join("c.doctrack"), workload::raw_slot(), 150);
    for as_of in [
        workload::as_of(),
        workload::as_of() + chrono::Days::new(200),
        NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
    ] {
        let one = app
            .caseload_dashboard(
                as_of,
                CaseloadOptions {
                    limit: 40,
                    threads: 1,
                },
            )
            .unwrap();
        assert_eq!(one.people, 150);
        assert!(one.documents >= 1_000, "{}", one.documents);
        check_against_full(&app, as_of, &one, 40);
        for threads in [2, 3, 8, u32::MAX] {
            let many = app
                .caseload_dashboard(as_of, CaseloadOptions { limit: 40, threads })
                .unwrap();
            assert_eq!(many, one, "{threads} threads on {as_of}");
        }
    }
    // Every document when the limit is larger than the caseload; none at 0.
    let all = app
        .caseload_dashboard(
            workload::as_of(),
            CaseloadOptions {
                limit: 100_000,
                threads: 2,
            },
        )
        .unwrap();
    assert_eq!(all.urgent.len() as u64, all.documents);
    let none = app
        .caseload_dashboard(
            workload::as_of(),
            CaseloadOptions {
                limit: 0,
                threads: 1,
            },
        )
        .unwrap();
    assert!(none.urgent.is_empty());
    assert_eq!(none.documents, all.documents);
}

#[test]
fn a_damaged_holder_index_is_an_error_that_repair_mends() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.doctrack");
    let app = workload::doctrack_store(&path, workload::raw_slot(), 10);
    let before = app
        .caseload_dashboard(workload::as_of(), CaseloadOptions::default())
        .unwrap();
    app.close().unwrap();
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute(
            "UPDATE documents SET holder_token = NULL WHERE rowid = (SELECT min(rowid) FROM documents)",
            [],
        )
        .unwrap();
    }
    let open = || {
        App::open(
            &path,
            &workload::raw_secret(),
            StoreOptions::default(),
            doctrack_core::app::AppConfig::embedded().unwrap(),
        )
        .unwrap()
    };
    let mut app = open();
    let err = app
        .caseload_dashboard(workload::as_of(), CaseloadOptions::default())
        .unwrap_err();
    assert_eq!(
        err,
        doctrack_core::app::AppError::from(StoreError::IndexDamaged(
            doctrack_core::store::RecordKind::Document
        ))
    );
    assert!(app.check_integrity().is_err(), "the check finds it too");
    app.repair().unwrap();
    let after = app
        .caseload_dashboard(workload::as_of(), CaseloadOptions::default())
        .unwrap();
    assert_eq!(after, before);
}
