//! Backups: restore on another phone, merge by event id without
//! duplicates, refusal (store unchanged) of a wrong passphrase or a
//! modified or truncated file; conflicting events left out and listed
//! while the rest is merged; deletions that stay deleted.

mod common;

use common::{d, fast_passphrase, record, worker};
use doctrack_core::crypto::{KdfParams, Secret};
use doctrack_core::domain::{DocumentChange, DocumentKind};
use doctrack_core::store::{RecordKind, Store, StoreError, StoreOptions};
use std::path::{Path, PathBuf};

const BACKUP_PASS: &str = "backup passphrase";

fn sample(dir: &Path) -> (Store, doctrack_core::domain::DocumentId) {
    let mut store = Store::create(dir.join("a.db"), fast_passphrase("phone a")).unwrap();
    let p = store
        .register_person(worker("Ko Min"), d(2026, 1, 1))
        .unwrap();
    let passport = record(
        &mut store,
        p.id,
        DocumentKind::Passport,
        "MA111",
        d(2022, 1, 1),
        Some(d(2032, 1, 1)),
    );
    let wp = record(
        &mut store,
        p.id,
        DocumentKind::WorkPermit,
        "WP1",
        d(2025, 1, 1),
        Some(d(2027, 1, 1)),
    );
    store
        .change_document(
            wp.document.id,
            DocumentChange::RenewalStarted,
            d(2026, 2, 1),
        )
        .unwrap();
    let photo: Vec<u8> = (0..300_000u32).map(|i| (i % 253) as u8).collect();
    store
        .add_attachment(
            passport.document.id,
            "image/jpeg",
            d(2026, 1, 2),
            photo.as_slice(),
        )
        .unwrap();
    (store, wp.document.id)
}

fn export(store: &Store, dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    store
        .export_backup(
            std::fs::File::create(&path).unwrap(),
            BACKUP_PASS,
            KdfParams::insecure_fast_for_tests(),
        )
        .unwrap();
    path
}

fn contents(store: &Store) -> (Vec<String>, usize, usize, Vec<Vec<u8>>) {
    let events: Vec<String> = store
        .events()
        .unwrap()
        .items
        .iter()
        .map(|e| e.id().to_string())
        .collect();
    let docs = store.documents().unwrap().items;
    let mut photos = Vec::new();
    for doc in &docs {
        for a in store.attachments(doc.document.id).unwrap() {
            photos.push(store.attachment_bytes(a.id).unwrap());
        }
    }
    (
        events,
        store.people().unwrap().items.len(),
        docs.len(),
        photos,
    )
}

#[test]
fn restore_on_a_new_phone_gives_the_same_store() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = sample(dir.path());
    let backup = export(&store, dir.path(), "one.backup");
    let (restored, report) = Store::restore_backup(
        std::fs::File::open(&backup).unwrap(),
        BACKUP_PASS,
        dir.path().join("b.db"),
        fast_passphrase("phone b"),
        StoreOptions::default(),
    )
    .unwrap();
    assert_eq!(
        report.events_added as usize,
        store.events().unwrap().items.len()
    );
    assert_eq!(report.attachments_added, 1);
    assert_eq!(contents(&restored), contents(&store));
    assert_eq!(
        restored.documents().unwrap().items,
        store.documents().unwrap().items
    );
    assert_eq!(restored.find_by_number("ma 111").unwrap().len(), 1);
    restored.check_integrity().unwrap();
    restored.close().unwrap();
    // The restored store opens with its own secret, not phone A's.
    assert!(Store::open(dir.path().join("b.db"), &Secret::passphrase("phone b")).is_ok());
    assert!(matches!(
        Store::open(dir.path().join("b.db"), &Secret::passphrase("phone a")),
        Err(StoreError::WrongSecret)
    ));
}

#[test]
fn merge_adds_only_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, wp) = sample(dir.path());
    let first = export(&a, dir.path(), "first.backup");
    let (mut b, _) = Store::restore_backup(
        std::fs::File::open(&first).unwrap(),
        BACKUP_PASS,
        dir.path().join("b.db"),
        fast_passphrase("b"),
        StoreOptions::default(),
    )
    .unwrap();
    // Merging the same backup again adds nothing.
    let again = b
        .merge_backup(std::fs::File::open(&first).unwrap(), BACKUP_PASS)
        .unwrap();
    assert_eq!(again.events_added, 0);
    assert_eq!(again.attachments_added, 0);
    assert_eq!(
        again.events_present as usize,
        a.events().unwrap().items.len()
    );
    // Both phones go on: A submits the renewal, B adds a person.
    a.change_document(wp, DocumentChange::RenewalSubmitted, d(2026, 3, 1))
        .unwrap();
    let b_person = b.register_person(worker("Ma Su"), d(2026, 3, 2)).unwrap();
    let second = export(&a, dir.path(), "second.backup");
    let report = b
        .merge_backup(std::fs::File::open(&second).unwrap(), BACKUP_PASS)
        .unwrap();
    assert_eq!(report.events_added, 1);
    assert_eq!(b.document(wp).unwrap().state, a.document(wp).unwrap().state);
    assert!(b.person(b_person.id).is_ok());
    let ids: Vec<String> = b
        .events()
        .unwrap()
        .items
        .iter()
        .map(|e| e.id().to_string())
        .collect();
    let mut dedup = ids.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(ids.len(), dedup.len(), "no duplicate events");
    b.check_integrity().unwrap();
    a.check_integrity().unwrap();
}

fn assert_refused_and_unchanged(
    target: &mut Store,
    bytes: &[u8],
    passphrase: &str,
    expect_wrong_secret: bool,
) {
    let before = contents(target);
    let err = target.merge_backup(bytes, passphrase).unwrap_err();
    if expect_wrong_secret {
        assert!(matches!(err, StoreError::WrongSecret), "{err}");
    } else {
        assert!(matches!(err, StoreError::BackupInvalid(_)), "{err}");
    }
    assert_eq!(
        contents(target),
        before,
        "the target store must be unchanged"
    );
}

#[test]
fn wrong_passphrase_and_modified_backups_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (source, _) = sample(dir.path());
    let backup = std::fs::read(export(&source, dir.path(), "x.backup")).unwrap();
    let mut target = Store::create(dir.path().join("t.db"), fast_passphrase("t")).unwrap();
    target
        .register_person(worker("Existing"), d(2026, 1, 1))
        .unwrap();

    assert_refused_and_unchanged(&mut target, &backup, "not the passphrase", true);
    // A flipped byte anywhere: in the header (37 bytes), the key check
    // (2 + 56 bytes), the header checksum (32 bytes) or the segments.
    for at in [
        0,
        16,
        20,
        30,
        38,
        60,
        110,
        backup.len() / 3,
        backup.len() / 2,
        backup.len() - 5,
    ] {
        let mut bad = backup.clone();
        bad[at] ^= 0x01;
        assert_refused_and_unchanged(&mut target, &bad, BACKUP_PASS, false);
    }
    // A damaged header is BackupInvalid, not a wrong passphrase, and costs
    // no key derivation (here: an iteration count of 16 million and one).
    let mut bad = backup.clone();
    bad[17] ^= 0x01;
    let started = std::time::Instant::now();
    assert_refused_and_unchanged(&mut target, &bad, BACKUP_PASS, false);
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
    // Truncated, extended, or not a backup at all.
    assert_refused_and_unchanged(
        &mut target,
        &backup[..backup.len() - 100],
        BACKUP_PASS,
        false,
    );
    let mut longer = backup.clone();
    longer.extend_from_slice(&[0u8; 64]);
    assert_refused_and_unchanged(&mut target, &longer, BACKUP_PASS, false);
    assert_refused_and_unchanged(
        &mut target,
        b"hello, this is not a backup file",
        BACKUP_PASS,
        false,
    );
    // Restoring a bad backup leaves no new file behind.
    let path = dir.path().join("never.db");
    let err = Store::restore_backup(
        &backup[..backup.len() - 100],
        BACKUP_PASS,
        &path,
        fast_passphrase("n"),
        StoreOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(err, StoreError::BackupInvalid(_)));
    assert!(!path.exists());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("doctrack-new"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // And the untouched backup still works.
    assert!(target.merge_backup(backup.as_slice(), BACKUP_PASS).is_ok());
}

fn restore_as(backup: &Path, path: PathBuf) -> Store {
    Store::restore_backup(
        std::fs::File::open(backup).unwrap(),
        BACKUP_PASS,
        path,
        fast_passphrase("b"),
        StoreOptions::default(),
    )
    .unwrap()
    .0
}

fn merge(target: &mut Store, backup: &Path) -> doctrack_core::store::MergeReport {
    target
        .merge_backup(std::fs::File::open(backup).unwrap(), BACKUP_PASS)
        .unwrap()
}

#[test]
fn conflicting_events_are_left_out_listed_and_the_rest_is_merged() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, wp) = sample(dir.path());
    let base = export(&a, dir.path(), "base.backup");
    let mut b = restore_as(&base, dir.path().join("b.db"));
    // Both phones record a submission of the same renewal (two submissions
    // cannot fold); A also adds a person, B cancels nothing else.
    a.change_document(wp, DocumentChange::RenewalSubmitted, d(2026, 3, 1))
        .unwrap();
    let newcomer = a
        .register_person(worker("Ma Thida"), d(2026, 3, 2))
        .unwrap();
    b.change_document(wp, DocumentChange::RenewalSubmitted, d(2026, 3, 3))
        .unwrap();
    let b_state = b.document(wp).unwrap().state;
    let from_a = export(&a, dir.path(), "a.backup");
    let before_events = b.events().unwrap().items.len();
    let report = merge(&mut b, &from_a);
    // The newcomer's registration is merged; A's submission is not.
    assert_eq!(report.events_added, 1, "{report:?}");
    assert!(b.person(newcomer.id).is_ok());
    assert_eq!(report.conflicts.len(), 1, "{report:?}");
    let c = &report.conflicts[0];
    assert_eq!(c.record, RecordKind::Document);
    assert_eq!(c.subject, wp.to_string());
    assert_eq!(c.change, "renewal_submitted");
    assert_eq!(c.kept, "renewal_in_progress");
    assert!(!c.reason.is_empty() && !c.reason.contains("Ma Thida"));
    // B's own history is kept as it was.
    assert_eq!(b.document(wp).unwrap().state, b_state);
    assert_eq!(b.events().unwrap().items.len(), before_events + 1);
    b.check_integrity().unwrap();
    // Nothing is lost: the backup still holds A's side, and merging it
    // again lists the same conflict and adds nothing.
    let again = merge(&mut b, &from_a);
    assert_eq!((again.events_added, again.conflicts.len()), (0, 1));
    let a_side = restore_as(&from_a, dir.path().join("a-side.db"));
    assert_eq!(
        a_side.document(wp).unwrap().state,
        a.document(wp).unwrap().state
    );
}

#[test]
fn a_photo_of_a_document_that_was_not_merged_is_left_out_and_listed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, _) = sample(dir.path());
    let base = export(&a, dir.path(), "base.backup");
    let mut b = restore_as(&base, dir.path().join("b.db"));
    // Both phones record a document under the same id (only a crafted or
    // damaged backup does this: ids are random), and A adds a photo of its
    // own: the photo must not land on B's document.
    let person = a.people().unwrap().items[0].person.id;
    let mine = common::document(person, DocumentKind::PinkCard, "PC9", d(2026, 2, 1), None);
    let mut theirs = mine.clone();
    theirs.number = "PC-OTHER".into();
    a.record_document(mine.clone(), d(2026, 2, 1)).unwrap();
    a.add_attachment(
        mine.id,
        "image/png",
        d(2026, 2, 2),
        &b"\x89PNG\r\n\x1a\nrest"[..],
    )
    .unwrap();
    b.record_document(theirs, d(2026, 2, 1)).unwrap();
    let report = merge(&mut b, &export(&a, dir.path(), "a.backup"));
    let kinds: Vec<(RecordKind, String)> = report
        .conflicts
        .iter()
        .map(|c| (c.record, c.change.clone()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (RecordKind::Document, "recorded".to_string()),
            (RecordKind::Attachment, "photo".to_string())
        ],
        "{report:?}"
    );
    assert_eq!(report.attachments_added, 0);
    assert_eq!(b.document(mine.id).unwrap().document.number, "PC-OTHER");
    assert!(b.attachments(mine.id).unwrap().is_empty());
    b.check_integrity().unwrap();
}

#[test]
fn a_deleted_photo_never_comes_back_from_an_older_backup() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, _) = sample(dir.path());
    let with_photo = export(&a, dir.path(), "with-photo.backup");
    let passport = photo_document(&a);
    let photo = a.attachments(passport).unwrap()[0].id;
    a.delete_attachment(photo, d(2026, 4, 1)).unwrap();
    // The deletion is in the document's history.
    let history = a.history(passport).unwrap();
    assert!(history
        .iter()
        .any(|e| matches!(e.change, DocumentChange::PhotoDeleted { photo: p } if p == photo)));
    let report = merge(&mut a, &with_photo);
    assert_eq!(report.attachments_added, 0, "{report:?}");
    assert_eq!(report.photos_skipped_deleted, 1);
    assert!(a.attachments(passport).unwrap().is_empty());
    assert!(matches!(a.attachment(photo), Err(StoreError::NotFound(_))));
    a.check_integrity().unwrap();
}

#[test]
fn a_deletion_in_a_backup_removes_the_photo_here_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, _) = sample(dir.path());
    let base = export(&a, dir.path(), "base.backup");
    let mut b = restore_as(&base, dir.path().join("b.db"));
    let passport = photo_document(&a);
    let photo = a.attachments(passport).unwrap()[0].id;
    assert_eq!(b.attachments(passport).unwrap().len(), 1);
    a.delete_attachment(photo, d(2026, 4, 1)).unwrap();
    let report = merge(&mut b, &export(&a, dir.path(), "deleted.backup"));
    assert_eq!(report.photos_removed, 1, "{report:?}");
    assert!(b.attachments(passport).unwrap().is_empty());
    b.check_integrity().unwrap();
    // And the older backup (with the photo) cannot bring it back to B.
    let again = merge(&mut b, &base);
    assert_eq!(again.photos_skipped_deleted, 1);
    assert!(b.attachments(passport).unwrap().is_empty());
    b.check_integrity().unwrap();
}

#[test]
fn retractions_and_archiving_travel_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, wp) = sample(dir.path());
    let base = export(&a, dir.path(), "base.backup");
    let mut b = restore_as(&base, dir.path().join("b.db"));
    // A takes back the renewal start and archives the person.
    let started = a
        .history(wp)
        .unwrap()
        .into_iter()
        .find(|e| e.change == DocumentChange::RenewalStarted)
        .unwrap()
        .id;
    a.retract_event(wp, started, d(2026, 4, 1)).unwrap();
    let person = a.document(wp).unwrap().document.holder;
    a.archive_person(person, d(2026, 4, 2)).unwrap();
    // The older backup merged into A changes nothing back.
    let report = merge(&mut a, &base);
    assert_eq!((report.events_added, report.conflicts.len()), (0, 0));
    assert_eq!(a.document(wp).unwrap().state.name().as_str(), "active");
    assert!(a.person(person).unwrap().archived);
    // A's backup merged into B carries both.
    merge(&mut b, &export(&a, dir.path(), "a.backup"));
    assert_eq!(b.document(wp).unwrap().state.name().as_str(), "active");
    assert!(b.person(person).unwrap().archived);
    b.check_integrity().unwrap();
}

/// The document that has the sample's photo.
fn photo_document(store: &Store) -> doctrack_core::domain::DocumentId {
    store
        .documents()
        .unwrap()
        .items
        .iter()
        .map(|r| r.document.id)
        .find(|id| !store.attachments(*id).unwrap().is_empty())
        .unwrap()
}

/// A backup written by the previous format (version 2: header checksum, no
/// reminder states) still restores. The fixture was written by doctrack's
/// CLI before reminder states travelled in backups: one person, one work
/// permit (test data only).
#[test]
fn a_version_2_backup_still_restores() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/backup-v2.backup");
    let bytes = std::fs::read(&fixture).unwrap();
    assert_eq!(bytes[16], 2, "the fixture is a version 2 backup");
    let dir = tempfile::tempdir().unwrap();
    let (restored, report) = Store::restore_backup(
        &bytes[..],
        "fixture backup passphrase",
        dir.path().join("v2.db"),
        fast_passphrase("new phone"),
        StoreOptions::default(),
    )
    .unwrap();
    assert_eq!(report.events_added, 2);
    assert_eq!(report.reminder_states_added, 0);
    let docs = restored.documents().unwrap().items;
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].document.kind, DocumentKind::WorkPermit);
    assert_eq!(restored.find_by_number("WP-FIXTURE").unwrap().len(), 1);
    restored.check_integrity().unwrap();
}
