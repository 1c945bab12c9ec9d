//! What a seized phone reveals: nothing personal in the database, its WAL
//! and shared-memory files, or a backup (plaintext leak scan); and what a
//! modified file gives: an integrity error for the modified record only
//! (tamper and swap tests).

mod common;

use common::{d, document, fast_passphrase, worker};
use doctrack_core::crypto::{KdfParams, Secret};
use doctrack_core::domain::{DocumentChange, DocumentKind, Link, LinkKind, PersonDraft};
use doctrack_core::store::{RecordKind, Store, StoreError};
use rusqlite::Connection;
use std::path::Path;

const NAME: &str = "Zarni Thunderbolt-Kyaw";
const NAME_MY: &str = "မောင်ဇော်ဝင်းထွန်း";
const NUMBER: &str = "QX9981234";
const EMPLOYER: &str = "Moonfish Trawlers Ltd";
const NOTE: &str = "secret-note-Pelican-42";
const AUTHORITY: &str = "Mawlamyine Passport Office";
const PHOTO_MARK: &str = "PHOTO-MARKER-Albatross-7";

fn needles() -> Vec<(String, Vec<u8>)> {
    let mut texts: Vec<String> = [NAME, NAME_MY, NUMBER, EMPLOYER, NOTE, AUTHORITY, PHOTO_MARK]
        .iter()
        .map(|s| s.to_string())
        .collect();
    // Dates as ISO, d/m/y (with and without zero padding), compact and Buddhist Era.
    for (y, m, day) in [(2021, 3, 17), (2031, 7, 19), (2026, 2, 13)] {
        texts.push(format!("{y}-{m:02}-{day:02}"));
        texts.push(format!("{day:02}/{m:02}/{y}"));
        texts.push(format!("{day}/{m}/{y}"));
        texts.push(format!("{y}{m:02}{day:02}"));
        texts.push(format!("{day:02}/{m:02}/{}", y + 543));
    }
    // Which documents exist must not show either.
    texts.extend(
        [
            "work_permit",
            "ninety_day_report",
            "seabook",
            "passport\"",
            "Moonfish",
        ]
        .map(String::from),
    );
    let mut out = Vec::new();
    for t in texts {
        out.push((format!("{t} (utf-8)"), t.as_bytes().to_vec()));
        out.push((
            format!("{t} (utf-16le)"),
            t.encode_utf16().flat_map(|u| u.to_le_bytes()).collect(),
        ));
        out.push((
            format!("{t} (utf-16be)"),
            t.encode_utf16().flat_map(|u| u.to_be_bytes()).collect(),
        ));
    }
    out
}

fn scan(path: &Path, hits: &mut Vec<String>) {
    let Ok(bytes) = std::fs::read(path) else {
        return;
    };
    for (label, needle) in needles() {
        if bytes.windows(needle.len()).any(|w| w == needle.as_slice()) {
            hits.push(format!("{}: {label}", path.display()));
        }
    }
}

fn populate(store: &mut Store) -> doctrack_core::domain::DocumentId {
    let p = store.register_person(worker(NAME), d(2026, 2, 13)).unwrap();
    let p2 = store
        .register_person(
            PersonDraft {
                display_name: NAME_MY.into(),
                ..worker("x")
            },
            d(2026, 2, 13),
        )
        .unwrap();
    let mut passport = document(
        p.id,
        DocumentKind::Passport,
        NUMBER,
        d(2021, 3, 17),
        Some(d(2031, 7, 19)),
    );
    passport.issuing_authority = Some(AUTHORITY.into());
    passport.notes = NOTE.into();
    let passport = store.record_document(passport, d(2026, 2, 13)).unwrap();
    let mut wp = document(
        p.id,
        DocumentKind::WorkPermit,
        "WP-5550001",
        d(2021, 3, 17),
        Some(d(2031, 7, 19)),
    );
    wp.employer = Some(EMPLOYER.into());
    wp.links.push(Link {
        kind: LinkKind::TiedTo,
        target: passport.document.id,
    });
    let wp = store.record_document(wp, d(2026, 2, 13)).unwrap();
    store
        .change_document(
            wp.document.id,
            DocumentChange::EmployerChanged {
                employer: Some(format!("{EMPLOYER} II")),
            },
            d(2026, 2, 13),
        )
        .unwrap();
    let report = document(
        p2.id,
        DocumentKind::NinetyDayReport,
        "",
        d(2026, 2, 13),
        None,
    );
    let report = store.record_document(report, d(2026, 2, 13)).unwrap();
    store
        .change_document(
            report.document.id,
            DocumentChange::ReportFiled,
            d(2026, 2, 13),
        )
        .unwrap();
    let mut photo = vec![0x42u8; 200_000];
    photo[100_000..100_000 + PHOTO_MARK.len()].copy_from_slice(PHOTO_MARK.as_bytes());
    store
        .add_attachment(
            passport.document.id,
            "image/jpeg",
            d(2026, 2, 13),
            photo.as_slice(),
        )
        .unwrap();
    passport.document.id
}

#[test]
fn no_plaintext_on_disk_or_in_backups() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("leak.db");
    let mut store = Store::create(&path, fast_passphrase("leak test passphrase")).unwrap();
    populate(&mut store);
    // While open: the database, its write-ahead log and shared memory.
    let mut hits = Vec::new();
    let side = |s: &str| dir.path().join(format!("leak.db{s}"));
    assert!(side("-wal").exists(), "the test must see a WAL file");
    for p in [path.clone(), side("-wal"), side("-shm")] {
        scan(&p, &mut hits);
    }
    let backup = dir.path().join("leak.backup");
    store
        .export_backup(
            std::fs::File::create(&backup).unwrap(),
            "backup passphrase",
            KdfParams::insecure_fast_for_tests(),
        )
        .unwrap();
    store.close().unwrap();
    // After closing (WAL checkpointed into the database) and in the backup.
    for p in [path.clone(), side("-wal"), side("-shm"), backup.clone()] {
        scan(&p, &mut hits);
    }
    assert!(hits.is_empty(), "plaintext found:\n{}", hits.join("\n"));
    // The scan itself works: the same needles are found in a plaintext file.
    let control = dir.path().join("control.txt");
    std::fs::write(&control, format!("{NAME} {NUMBER} 19/07/2031")).unwrap();
    let mut control_hits = Vec::new();
    scan(&control, &mut control_hits);
    assert!(control_hits.len() >= 3, "{control_hits:?}");
    // And the data is really there.
    let store = Store::open(&path, &Secret::passphrase("leak test passphrase")).unwrap();
    assert!(store
        .people()
        .unwrap()
        .items
        .iter()
        .any(|p| p.person.display_name == NAME));
}

fn flip_byte(path: &Path, table: &str, id: &str, column: &str) {
    let conn = Connection::open(path).unwrap();
    let blob: Vec<u8> = conn
        .query_row(
            &format!("SELECT {column} FROM {table} WHERE id = ?1"),
            [id],
            |r| r.get(0),
        )
        .unwrap();
    let mut t = blob.clone();
    let i = t.len() / 2;
    t[i] ^= 0x10;
    // Someone with write access lifts the append-only trigger, changes the
    // row, and puts the trigger back as it was.
    let trigger: String = conn
        .query_row(
            "SELECT sql FROM sqlite_schema WHERE name = 'events_no_update'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute_batch("DROP TRIGGER events_no_update").unwrap();
    conn.execute(
        &format!("UPDATE {table} SET {column} = ?1 WHERE id = ?2"),
        rusqlite::params![t, id],
    )
    .unwrap();
    conn.execute_batch(&trigger).unwrap();
}

#[test]
fn tampered_records_fail_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let secret = Secret::passphrase("tamper test");
    let mut store = Store::create(&path, fast_passphrase("tamper test")).unwrap();
    let passport = populate(&mut store);
    let docs: Vec<_> = store.documents().unwrap().items;
    let other = docs
        .iter()
        .find(|r| r.document.id != passport)
        .unwrap()
        .document
        .id;
    let people = store.people().unwrap().items;
    let event_id = store.history(passport).unwrap()[0].id;
    store.close().unwrap();

    // A flipped byte in one document: that read fails, naming the kind only.
    flip_byte(&path, "documents", &passport.to_string(), "sealed");
    let store = Store::open(&path, &secret).unwrap();
    let err = store.document(passport).unwrap_err();
    assert!(
        matches!(err, StoreError::Integrity(RecordKind::Document)),
        "{err}"
    );
    assert!(!err.to_string().contains(NUMBER));
    assert!(store.document(other).is_ok());
    let listing = store.documents().unwrap();
    assert_eq!(listing.items.len(), docs.len() - 1);
    assert_eq!(listing.unreadable.len(), 1);
    assert_eq!(listing.unreadable[0].kind, RecordKind::Document);
    assert_eq!(store.people().unwrap().items.len(), people.len());
    drop(store);

    // A flipped byte in an event: history fails, other reads work, the log reports it.
    flip_byte(&path, "events", &event_id.to_string(), "sealed");
    let store = Store::open(&path, &secret).unwrap();
    assert!(matches!(
        store.history(passport),
        Err(StoreError::Integrity(RecordKind::Event))
    ));
    assert_eq!(store.events().unwrap().unreadable.len(), 1);
    assert!(store.history(other).is_ok());
    let snapshot = store.snapshot().unwrap();
    assert_eq!(snapshot.unreadable.len(), 2);
}

#[test]
fn swapped_blobs_fail() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let mut store = Store::create(&path, fast_passphrase("swap test")).unwrap();
    let passport = populate(&mut store);
    let other = store
        .documents()
        .unwrap()
        .items
        .into_iter()
        .find(|r| r.document.id != passport)
        .unwrap()
        .document
        .id;
    let att = store.attachments(passport).unwrap()[0].clone();
    store.close().unwrap();
    {
        let conn = Connection::open(&path).unwrap();
        // Copy the passport's blob over another document's row.
        conn.execute(
            "UPDATE documents SET sealed = (SELECT sealed FROM documents WHERE id = ?1) WHERE id = ?2",
            [passport.to_string(), other.to_string()],
        )
        .unwrap();
        // Swap the first two chunks of the photo.
        let id = att.id.to_string();
        let c0: Vec<u8> = conn
            .query_row(
                "SELECT sealed FROM attachment_chunks WHERE attachment_id=?1 AND idx=0",
                [&id],
                |r| r.get(0),
            )
            .unwrap();
        let c1: Vec<u8> = conn
            .query_row(
                "SELECT sealed FROM attachment_chunks WHERE attachment_id=?1 AND idx=1",
                [&id],
                |r| r.get(0),
            )
            .unwrap();
        conn.execute(
            "UPDATE attachment_chunks SET sealed=?1 WHERE attachment_id=?2 AND idx=0",
            rusqlite::params![c1, id],
        )
        .unwrap();
        conn.execute(
            "UPDATE attachment_chunks SET sealed=?1 WHERE attachment_id=?2 AND idx=1",
            rusqlite::params![c0, id],
        )
        .unwrap();
    }
    let store = Store::open(&path, &Secret::passphrase("swap test")).unwrap();
    assert!(matches!(
        store.document(other),
        Err(StoreError::Integrity(RecordKind::Document))
    ));
    assert!(
        store.document(passport).is_ok(),
        "the original stays readable"
    );
    assert!(matches!(
        store.attachment_bytes(att.id),
        Err(StoreError::Integrity(RecordKind::AttachmentChunk))
    ));
}

#[test]
fn truncated_or_extended_attachments_fail() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.db");
    let mut store = Store::create(&path, fast_passphrase("chunks")).unwrap();
    let passport = populate(&mut store);
    let att = store.attachments(passport).unwrap()[0].clone();
    assert_eq!(att.chunks, 4); // 200,000 bytes in 64 KiB chunks
    store.close().unwrap();
    let id = att.id.to_string();
    let conn = Connection::open(&path).unwrap();
    // Drop the last chunk: truncation is detected.
    let last: Vec<u8> = conn
        .query_row(
            "SELECT sealed FROM attachment_chunks WHERE attachment_id=?1 AND idx=3",
            [&id],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute(
        "DELETE FROM attachment_chunks WHERE attachment_id=?1 AND idx=3",
        [&id],
    )
    .unwrap();
    let store = Store::open(&path, &Secret::passphrase("chunks")).unwrap();
    assert!(matches!(
        store.attachment_bytes(att.id),
        Err(StoreError::Integrity(RecordKind::AttachmentChunk))
    ));
    drop(store);
    // Put it back as a non-last chunk at index 2 and the last one missing: also detected.
    conn.execute(
        "DELETE FROM attachment_chunks WHERE attachment_id=?1 AND idx=2",
        [&id],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO attachment_chunks (attachment_id, idx, sealed) VALUES (?1, 2, ?2)",
        rusqlite::params![id, last],
    )
    .unwrap();
    let store = Store::open(&path, &Secret::passphrase("chunks")).unwrap();
    assert!(matches!(
        store.attachment_bytes(att.id),
        Err(StoreError::Integrity(RecordKind::AttachmentChunk))
    ));
    drop(store);
    // Tampered metadata.
    flip_byte(&path, "attachments", &id, "sealed_meta");
    let store = Store::open(&path, &Secret::passphrase("chunks")).unwrap();
    assert!(matches!(
        store.attachment(att.id),
        Err(StoreError::Integrity(RecordKind::Attachment))
    ));
}

#[test]
fn tampered_key_slot_is_a_damaged_slot_not_a_wrong_secret() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let store = Store::create(&path, fast_passphrase("slot")).unwrap();
    let slot = store.slots().unwrap()[0].id.clone();
    store.close().unwrap();
    flip_byte(&path, "key_slots", &slot, "wrapped");
    assert!(matches!(
        Store::open(&path, &Secret::passphrase("slot")),
        Err(StoreError::Integrity(RecordKind::KeySlot))
    ));
}
