//! Bad files and bad conditions: garbage, truncation, a newer schema, a
//! full disk, a read-only store. Every one gives a typed error, writes
//! nothing, and never deletes, moves or overwrites the user's file.

mod common;

use common::{d, document, fast_passphrase, worker};
use doctrack_core::crypto::Secret;
use doctrack_core::domain::DocumentKind;
use doctrack_core::store::{Store, StoreError, StoreOptions};
use ring::digest::{digest, SHA256};
use rusqlite::Connection;
use std::path::Path;

fn hash(path: &Path) -> Vec<u8> {
    digest(&SHA256, &std::fs::read(path).unwrap())
        .as_ref()
        .to_vec()
}

fn real_store(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("real.db");
    let mut store = Store::create(&path, fast_passphrase("passphrase")).unwrap();
    let p = store
        .register_person(worker("Someone"), d(2026, 1, 1))
        .unwrap();
    for i in 0..40 {
        store
            .record_document(
                document(
                    p.id,
                    DocumentKind::HealthCheck,
                    &format!("H{i}"),
                    d(2025, 1, 1),
                    Some(d(2027, 1, 1)),
                ),
                d(2026, 1, 1),
            )
            .unwrap();
    }
    let bytes = vec![7u8; 300_000];
    let doc = store.documents().unwrap().items[0].document.id;
    store
        .add_attachment(doc, "image/png", d(2026, 1, 1), bytes.as_slice())
        .unwrap();
    store.close().unwrap();
    path
}

fn assert_corrupt_and_untouched(path: &Path) {
    let before = hash(path);
    let err = Store::open(path, &Secret::passphrase("passphrase")).unwrap_err();
    assert!(matches!(err, StoreError::StorageCorrupt(_)), "{err}");
    assert!(path.exists(), "the file must never be deleted or moved");
    assert_eq!(hash(path), before, "the file must never be overwritten");
}

#[test]
fn garbage_empty_and_foreign_files_are_storage_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let garbage = dir.path().join("garbage.db");
    let bytes: Vec<u8> = (0..8192u32).map(|i| (i * 31 % 251) as u8).collect();
    std::fs::write(&garbage, &bytes).unwrap();
    assert_corrupt_and_untouched(&garbage);
    assert!(!dir.path().join("garbage.db-wal").exists());

    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    assert_corrupt_and_untouched(&empty);

    // A valid SQLite database that is not a doctrack store.
    let foreign = dir.path().join("foreign.db");
    let conn = Connection::open(&foreign).unwrap();
    conn.execute_batch(
        "CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('hello'); PRAGMA user_version = 2;",
    )
    .unwrap();
    drop(conn);
    assert_corrupt_and_untouched(&foreign);
}

#[test]
fn truncated_store_is_storage_corrupt_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = real_store(dir.path());
    let full = std::fs::read(&path).unwrap();
    for keep in [full.len() / 2, full.len() - 4096, 600] {
        std::fs::write(&path, &full[..keep]).unwrap();
        assert_corrupt_and_untouched(&path);
    }
}

#[test]
fn damaged_pages_are_storage_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let path = real_store(dir.path());
    let mut bytes = std::fs::read(&path).unwrap();
    // Overwrite the B-tree page headers of the middle pages.
    let pages = bytes.len() / 4096;
    for p in 2..pages {
        let at = p * 4096;
        bytes[at..at + 8].copy_from_slice(&[0xFF; 8]);
    }
    std::fs::write(&path, &bytes).unwrap();
    assert_corrupt_and_untouched(&path);
}

#[test]
fn newer_schema_is_refused_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    let path = real_store(dir.path());
    Connection::open(&path)
        .unwrap()
        .execute_batch("PRAGMA user_version = 99")
        .unwrap();
    let before = hash(&path);
    let err = Store::open(&path, &Secret::passphrase("passphrase")).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::NewerVersion {
                found: 99,
                supported: doctrack_core::store::schema::CURRENT_VERSION
            }
        ),
        "{err}"
    );
    assert_eq!(hash(&path), before);
    assert!(std::fs::read_dir(dir.path()).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .ends_with(".bak")));
}

#[test]
fn full_disk_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = real_store(dir.path());
    let size = std::fs::metadata(&path).unwrap().len();
    let options = StoreOptions {
        max_size_bytes: Some(size + 64 * 1024),
        ..StoreOptions::default()
    };
    let mut store = Store::open_with(&path, &Secret::passphrase("passphrase"), options).unwrap();
    let doc = store.documents().unwrap().items[0].document.id;
    let before_events = store.events().unwrap().items.len();
    let before_attachments = store.attachments(doc).unwrap().len();
    // A 1 MB photo does not fit.
    let err = store
        .add_attachment(
            doc,
            "image/jpeg",
            d(2026, 1, 2),
            vec![1u8; 1_000_000].as_slice(),
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::DiskFull), "{err}");
    assert_eq!(store.attachments(doc).unwrap().len(), before_attachments);
    // Fill the rest with people until the disk is full: the failing write leaves nothing.
    let mut written = 0;
    let err = loop {
        match store.register_person(worker(&"N".repeat(150)), d(2026, 1, 2)) {
            Ok(_) => written += 1,
            Err(e) => break e,
        }
        assert!(written < 100_000, "the size limit was never reached");
    };
    assert!(matches!(err, StoreError::DiskFull), "{err}");
    let events = store.events().unwrap().items.len();
    assert_eq!(events, before_events + written, "no partial write");
    assert_eq!(store.people().unwrap().items.len(), 1 + written);
    store.check_integrity().unwrap();
}

#[test]
fn read_only_store_refuses_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = real_store(dir.path());
    let before = hash(&path);
    let options = StoreOptions {
        read_only: true,
        ..StoreOptions::default()
    };
    let mut store = Store::open_with(&path, &Secret::passphrase("passphrase"), options).unwrap();
    assert_eq!(store.documents().unwrap().items.len(), 40);
    let err = store
        .register_person(worker("New"), d(2026, 1, 2))
        .unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly), "{err}");
    drop(store);
    assert_eq!(hash(&path), before);
}
