//! Tampering with the log and its derived data, and damage to indexes.
//!
//! - Someone with write access deletes an event, puts back an older sealed
//!   projection, blanks a lookup token: each is a typed `Integrity` error
//!   (from `check_integrity`, and from the reads that depend on it), never a
//!   store that passes its checks.
//! - A damaged lookup index makes the read that uses it fail with
//!   `IndexDamaged` (never `NotFound` or a shorter answer), and
//!   `Store::repair` rebuilds it.

mod common;

use common::{d, fast_passphrase, populate_rich};
use doctrack_core::crypto::Secret;
use doctrack_core::domain::{CancelReason, DocumentChange, DocumentId, DocumentKind};
use doctrack_core::store::{RecordKind, Store, StoreError, StoreOptions};
use rusqlite::{params, Connection};
use std::path::{Path, PathBuf};

const PASS: &str = "tamper passphrase";

fn secret() -> Secret {
    Secret::passphrase(PASS)
}

/// A closed rich store; returns its path, the passport with a photo, and a
/// work permit that was cancelled (with the sealed record from before).
struct Sample {
    _dir: tempfile::TempDir,
    path: PathBuf,
    passport: DocumentId,
    permit: DocumentId,
    permit_before_cancel: Vec<u8>,
}

fn sample() -> Sample {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut store = Store::create(&path, fast_passphrase(PASS)).unwrap();
    let photo_docs = populate_rich(&mut store);
    let passport = photo_docs[0];
    let holder = store.document(passport).unwrap().document.holder;
    let permit = common::record(
        &mut store,
        holder,
        DocumentKind::WorkPermit,
        "WP-77",
        d(2025, 1, 1),
        Some(d(2027, 1, 1)),
    )
    .document
    .id;
    store.close().unwrap();
    let permit_before_cancel = sealed(&path, "documents", &permit.to_string());
    let mut store = Store::open(&path, &secret()).unwrap();
    store
        .change_document(
            permit,
            DocumentChange::Cancelled {
                reason: CancelReason::Revoked,
            },
            d(2026, 7, 1),
        )
        .unwrap();
    store.check_integrity().unwrap();
    store.close().unwrap();
    Sample {
        _dir: dir,
        path,
        passport,
        permit,
        permit_before_cancel,
    }
}

fn sealed(path: &Path, table: &str, id: &str) -> Vec<u8> {
    Connection::open(path)
        .unwrap()
        .query_row(
            &format!("SELECT sealed FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .unwrap()
}

/// Runs `sql` with the append-only triggers lifted, and puts them back
/// exactly as they were (the schema stays what doctrack wrote).
fn tamper(path: &Path, sql: &str, args: impl rusqlite::Params) {
    let conn = Connection::open(path).unwrap();
    let triggers: Vec<String> = conn
        .prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    conn.execute_batch("DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;")
        .unwrap();
    conn.execute(sql, args).unwrap();
    for t in triggers {
        conn.execute_batch(&t).unwrap();
    }
}

fn integrity_error(path: &Path) -> StoreError {
    Store::open(path, &secret())
        .unwrap()
        .check_integrity()
        .unwrap_err()
}

#[test]
fn deleting_an_event_is_an_integrity_error_of_the_log() {
    let s = sample();
    // An event in the middle of the log: open (O(1) check of the newest
    // event) still works; the full check, the log and the history see it.
    let history = Store::open(&s.path, &secret())
        .unwrap()
        .history(s.passport)
        .unwrap();
    tamper(
        &s.path,
        "DELETE FROM events WHERE id = ?1",
        [history[0].id.to_string()],
    );
    let store = Store::open(&s.path, &secret()).unwrap();
    assert!(matches!(
        store.check_integrity(),
        Err(StoreError::Integrity(RecordKind::Log))
    ));
    assert!(matches!(
        store.events(),
        Err(StoreError::Integrity(RecordKind::Log))
    ));
    assert!(matches!(
        store.history(s.passport),
        Err(StoreError::Integrity(RecordKind::Log))
    ));
    drop(store);
    // Repair does not paper over a log that lost an event.
    assert!(matches!(
        Store::open_and_repair(&s.path, &secret(), StoreOptions::default()),
        Err(StoreError::Integrity(RecordKind::Log))
    ));

    // The newest event: refused at open already.
    let s = sample();
    tamper(
        &s.path,
        "DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)",
        [],
    );
    assert!(matches!(
        Store::open(&s.path, &secret()),
        Err(StoreError::Integrity(RecordKind::Log))
    ));
}

#[test]
fn an_older_sealed_projection_is_an_integrity_error() {
    let s = sample();
    // Put back the work permit's record from before it was cancelled: it
    // opens (same row, same key) and would read as Active again.
    tamper(
        &s.path,
        "UPDATE documents SET sealed = ?1 WHERE id = ?2",
        params![s.permit_before_cancel, s.permit.to_string()],
    );
    assert!(matches!(
        integrity_error(&s.path),
        StoreError::Integrity(RecordKind::Document)
    ));
    let store = Store::open(&s.path, &secret()).unwrap();
    assert!(matches!(
        store.document(s.permit),
        Err(StoreError::Integrity(RecordKind::Document))
    ));
    assert!(matches!(
        store.history(s.permit),
        Err(StoreError::Integrity(RecordKind::Document))
    ));
    let snapshot = store.snapshot().unwrap();
    assert!(snapshot.documents.iter().all(|doc| doc.id != s.permit));
    assert!(snapshot
        .unreadable
        .iter()
        .any(|u| u.kind == RecordKind::Document && u.id == s.permit.to_string()));
    // Listings check it the same way (issue 24): never shown as Active.
    let listing = store.documents().unwrap();
    assert!(listing.items.iter().all(|r| r.document.id != s.permit));
    assert!(listing
        .unreadable
        .iter()
        .any(|u| u.kind == RecordKind::Document && u.id == s.permit.to_string()));
    // A write on the stale record is refused, so the log stays foldable.
    drop(store);
    let mut store = Store::open(&s.path, &secret()).unwrap();
    assert!(matches!(
        store.change_document(s.permit, DocumentChange::RenewalStarted, d(2026, 8, 1)),
        Err(StoreError::Integrity(RecordKind::Document))
    ));
    // The events are the truth: repair rebuilds the record from them.
    let report = store.repair().unwrap();
    assert!(report.projections_rebuilt);
    assert_eq!(
        store.document(s.permit).unwrap().state.name(),
        doctrack_core::domain::StateName::Cancelled
    );
    store.check_integrity().unwrap();
}

#[test]
fn blanked_lookup_tokens_are_integrity_errors() {
    // A document number's token: find_by_number would miss the document.
    let s = sample();
    tamper(
        &s.path,
        "UPDATE documents SET number_token = NULL WHERE id = ?1",
        [s.passport.to_string()],
    );
    assert!(matches!(
        integrity_error(&s.path),
        StoreError::Integrity(RecordKind::Document)
    ));
    let mut store = Store::open(&s.path, &secret()).unwrap();
    // The lookup itself says so, never "no documents" (issue 24).
    assert!(matches!(
        store.find_by_number("MA100200"),
        Err(StoreError::Integrity(RecordKind::Document))
    ));
    store.repair().unwrap();
    assert_eq!(store.find_by_number("MA100200").unwrap(), vec![s.passport]);

    // An event's subject token (covered by the hash chain).
    let s = sample();
    tamper(
        &s.path,
        "UPDATE events SET subject_token = zeroblob(32) WHERE seq = 3",
        [],
    );
    assert!(matches!(
        integrity_error(&s.path),
        StoreError::Integrity(RecordKind::Log)
    ));
    // It is recomputed from the sealed event, and the chain matches again.
    let (store, report) =
        Store::open_and_repair(&s.path, &secret(), StoreOptions::default()).unwrap();
    assert_eq!(report.event_tokens_fixed, 1);
    store.check_integrity().unwrap();

    // A photo's owner token: the photo would vanish from its document.
    let s = sample();
    tamper(
        &s.path,
        "UPDATE attachments SET owner_token = zeroblob(32)",
        [],
    );
    assert!(matches!(
        integrity_error(&s.path),
        StoreError::Integrity(RecordKind::Attachment)
    ));
    let mut store = Store::open(&s.path, &secret()).unwrap();
    assert!(matches!(
        store.attachments(s.passport),
        Err(StoreError::Integrity(RecordKind::Attachment))
    ));
    assert_eq!(store.repair().unwrap().attachment_tokens_fixed, 3);
    assert_eq!(store.attachments(s.passport).unwrap().len(), 1);
}

#[test]
fn a_lost_log_head_is_refused_and_repair_reseals_it_from_intact_chain_values() {
    let s = sample();
    tamper(&s.path, "DELETE FROM log_head", []);
    assert!(matches!(
        Store::open(&s.path, &secret()),
        Err(StoreError::Integrity(RecordKind::Log))
    ));
    let (store, report) =
        Store::open_and_repair(&s.path, &secret(), StoreOptions::default()).unwrap();
    assert!(report.head_resealed);
    store.check_integrity().unwrap();
    drop(store);
    assert!(Store::open(&s.path, &secret()).is_ok());
}

/// Pages of the b-tree named `name` (0-based), from SQLite's dbstat.
fn pages_of(path: &Path, name: &str) -> Vec<usize> {
    let conn = Connection::open(path).unwrap();
    let mut stmt = conn
        .prepare("SELECT pageno FROM dbstat WHERE name = ?1")
        .unwrap();
    let pages = stmt
        .query_map([name], |r| r.get::<_, i64>(0))
        .unwrap()
        .map(|p| (p.unwrap() - 1) as usize)
        .collect();
    pages
}

/// Changes the last byte of `key` everywhere it occurs in index `name`'s
/// pages (the table keeps the right value), as a flipped bit on flash
/// would. Every occurrence: a page can also hold a stale copy of a cell in
/// its free space, and flipping only that one would change nothing.
fn damage_index_entry(path: &Path, name: &str, key: &[u8]) {
    let mut bytes = std::fs::read(path).unwrap();
    let mut flipped = 0;
    for page in pages_of(path, name) {
        let range = page * 4096..(page + 1) * 4096;
        let found: Vec<usize> = bytes[range.clone()]
            .windows(key.len())
            .enumerate()
            .filter(|(_, w)| *w == key)
            .map(|(at, _)| at)
            .collect();
        for at in found {
            bytes[range.start + at + key.len() - 1] ^= 0x01;
            flipped += 1;
        }
    }
    assert!(flipped > 0, "the key is not in index {name}");
    std::fs::write(path, &bytes).unwrap();
}

fn column(path: &Path, sql: &str, id: &str) -> Vec<u8> {
    Connection::open(path)
        .unwrap()
        .query_row(sql, [id], |r| r.get(0))
        .unwrap()
}

#[test]
fn damaged_indexes_are_index_damaged_and_repair_rebuilds_them() {
    for index in [
        "sqlite_autoindex_documents_1",
        "sqlite_autoindex_events_1",
        "events_by_subject",
        "documents_by_number",
        "attachments_by_owner",
        "sqlite_autoindex_attachment_chunks_1",
    ] {
        let s = sample();
        let store = Store::open(&s.path, &secret()).unwrap();
        let document = store.document(s.passport).unwrap();
        let history = store.history(s.passport).unwrap();
        let attachments = store.attachments(s.passport).unwrap();
        drop(store);
        let first_event = history[0].id;
        let key: Vec<u8> = match index {
            "sqlite_autoindex_documents_1" => s.passport.to_string().into_bytes(),
            "sqlite_autoindex_events_1" => first_event.to_string().into_bytes(),
            "events_by_subject" => column(
                &s.path,
                "SELECT subject_token FROM events WHERE id = ?1",
                &first_event.to_string(),
            ),
            "documents_by_number" => column(
                &s.path,
                "SELECT number_token FROM documents WHERE id = ?1",
                &s.passport.to_string(),
            ),
            "attachments_by_owner" => column(
                &s.path,
                "SELECT owner_token FROM attachments WHERE id = ?1",
                &attachments[0].id.to_string(),
            ),
            _ => attachments[0].id.to_string().into_bytes(),
        };
        damage_index_entry(&s.path, index, &key);
        let store = Store::open(&s.path, &secret())
            .unwrap_or_else(|e| panic!("{index}: only index content is damaged: {e}"));
        let err = match index {
            "sqlite_autoindex_documents_1" => store.document(s.passport).map(|_| ()),
            "sqlite_autoindex_events_1" => store.has_event(first_event).map(|_| ()),
            "events_by_subject" => store.history(s.passport).map(|_| ()),
            "documents_by_number" => store.find_by_number("MA 100 200").map(|_| ()),
            "attachments_by_owner" => store.attachments(s.passport).map(|_| ()),
            _ => store.attachment_bytes(attachments[0].id).map(|_| ()),
        }
        .expect_err(index);
        assert!(
            matches!(err, StoreError::IndexDamaged(_)),
            "{index}: expected IndexDamaged, got {err:?}"
        );
        assert!(
            matches!(store.check_integrity(), Err(StoreError::IndexDamaged(_))),
            "{index}: the full check sees it"
        );
        drop(store);
        let (store, report) =
            Store::open_and_repair(&s.path, &secret(), StoreOptions::default()).unwrap();
        assert!(report.indexes_rebuilt);
        assert_eq!(store.document(s.passport).unwrap(), document, "{index}");
        assert_eq!(store.history(s.passport).unwrap(), history, "{index}");
        assert_eq!(store.attachments(s.passport).unwrap(), attachments);
        assert_eq!(
            store.find_by_number("MA 100 200").unwrap(),
            vec![s.passport]
        );
        assert!(store.has_event(first_event).unwrap());
        assert!(store.attachment_bytes(attachments[0].id).is_ok(), "{index}");
    }
}

#[test]
fn an_id_that_is_not_utf8_is_reported_and_its_neighbours_are_listed() {
    let s = sample();
    let (people, documents, events) = {
        let store = Store::open(&s.path, &secret()).unwrap();
        (
            store.people().unwrap().items.len(),
            store.documents().unwrap().items.len(),
            store.events().unwrap().items.len(),
        )
    };
    let holder = Store::open(&s.path, &secret())
        .unwrap()
        .document(s.permit)
        .unwrap()
        .document
        .holder;
    // One damaged byte in each id: no longer UTF-8.
    let bad = |id: String| {
        let mut b = id.into_bytes();
        b[3] = 0xC3;
        b[4] = 0x28;
        b
    };
    for (table, id) in [
        ("documents", s.permit.to_string()),
        ("people", holder.to_string()),
    ] {
        Connection::open(&s.path)
            .unwrap()
            .execute(
                &format!("UPDATE {table} SET id = CAST(?1 AS TEXT) WHERE id = ?2"),
                params![bad(id.clone()), id],
            )
            .unwrap();
    }
    let first_event = {
        let store = Store::open(&s.path, &secret()).unwrap();
        store.events().unwrap().items[0].id().to_string()
    };
    tamper(
        &s.path,
        "UPDATE events SET id = CAST(?1 AS TEXT) WHERE id = ?2",
        params![bad(first_event.clone()), first_event],
    );
    // Open refuses nothing (the newest event is intact); each listing
    // reports the one damaged record and lists the others.
    let store = Store::open(&s.path, &secret()).unwrap();
    let listed = store.documents().unwrap();
    assert_eq!(listed.items.len(), documents - 1);
    assert_eq!(listed.unreadable.len(), 1);
    assert_eq!(listed.unreadable[0].kind, RecordKind::Document);
    let listed = store.people().unwrap();
    assert_eq!(
        (listed.items.len(), listed.unreadable.len()),
        (people - 1, 1)
    );
    let listed = store.events().unwrap();
    assert_eq!(
        (listed.items.len(), listed.unreadable.len()),
        (events - 1, 1)
    );
    let snapshot = store.snapshot().unwrap();
    assert_eq!(snapshot.unreadable.len(), 3);
    assert!(!snapshot.documents.is_empty());
    // The damaged document has no row under its real id, but the log has
    // its events: an integrity error, never "not found" (issue 24).
    assert!(matches!(
        store.document(s.permit),
        Err(StoreError::Integrity(RecordKind::Document))
    ));
    assert!(matches!(
        store.check_integrity(),
        Err(StoreError::Integrity(_))
    ));
}

#[test]
fn an_older_sealed_person_is_an_integrity_error_everywhere_it_is_read() {
    let s = sample();
    let holder = {
        let store = Store::open(&s.path, &secret()).unwrap();
        store.document(s.passport).unwrap().document.holder
    };
    let before = sealed(&s.path, "people", &holder.to_string());
    {
        let mut store = Store::open(&s.path, &secret()).unwrap();
        store
            .update_person(
                holder,
                doctrack_core::domain::PersonUpdate {
                    display_name: Some("New Name".into()),
                    ..Default::default()
                },
                d(2026, 9, 1),
            )
            .unwrap();
        store.close().unwrap();
    }
    // The row from before the change put back: it opens (same row, same
    // key) and would show the old name as current.
    tamper(
        &s.path,
        "UPDATE people SET sealed = ?1 WHERE id = ?2",
        params![before, holder.to_string()],
    );
    assert!(matches!(
        integrity_error(&s.path),
        StoreError::Integrity(RecordKind::Person)
    ));
    let store = Store::open(&s.path, &secret()).unwrap();
    assert!(matches!(
        store.person(holder),
        Err(StoreError::Integrity(RecordKind::Person))
    ));
    let people = store.people().unwrap();
    assert!(people.items.iter().all(|p| p.person.id != holder));
    assert!(people
        .unreadable
        .iter()
        .any(|u| u.kind == RecordKind::Person && u.id == holder.to_string()));
    let snapshot = store.snapshot().unwrap();
    assert!(snapshot.people.iter().all(|p| p.id != holder));
    drop(store);
    // The events are the truth: repair rebuilds the record from them.
    let mut store = Store::open(&s.path, &secret()).unwrap();
    store.repair().unwrap();
    assert_eq!(
        store.person(holder).unwrap().person.display_name,
        "New Name"
    );
    store.check_integrity().unwrap();
}

#[test]
fn swapped_or_replaced_number_tokens_never_read_as_not_found() {
    let s = sample();
    let token = |id: &DocumentId| {
        column(
            &s.path,
            "SELECT number_token FROM documents WHERE id = ?1",
            &id.to_string(),
        )
    };
    let (passport, permit) = (token(&s.passport), token(&s.permit));
    // Swapped between two documents.
    tamper(
        &s.path,
        "UPDATE documents SET number_token = ?1 WHERE id = ?2",
        params![permit, s.passport.to_string()],
    );
    tamper(
        &s.path,
        "UPDATE documents SET number_token = ?1 WHERE id = ?2",
        params![passport, s.permit.to_string()],
    );
    let store = Store::open(&s.path, &secret()).unwrap();
    for number in ["MA100200", "WP-77"] {
        assert!(
            matches!(
                store.find_by_number(number),
                Err(StoreError::Integrity(RecordKind::Document))
            ),
            "{number}"
        );
    }
    // A number nobody has is still simply not found.
    assert_eq!(store.find_by_number("ZZ999999").unwrap(), vec![]);
    drop(store);
    // Replaced by another valid-looking token (that of a number nobody has).
    let s2 = sample();
    let stranger = {
        let mut store = Store::open(&s2.path, &secret()).unwrap();
        let holder = store.document(s2.passport).unwrap().document.holder;
        let doc = common::record(
            &mut store,
            holder,
            DocumentKind::Passport,
            "XX000001",
            d(2025, 1, 1),
            None,
        )
        .document
        .id;
        store.close().unwrap();
        column(
            &s2.path,
            "SELECT number_token FROM documents WHERE id = ?1",
            &doc.to_string(),
        )
    };
    tamper(
        &s2.path,
        "UPDATE documents SET number_token = ?1 WHERE id = ?2",
        params![stranger, s2.passport.to_string()],
    );
    let store = Store::open(&s2.path, &secret()).unwrap();
    assert!(matches!(
        store.find_by_number("MA100200"),
        Err(StoreError::Integrity(RecordKind::Document))
    ));
}
