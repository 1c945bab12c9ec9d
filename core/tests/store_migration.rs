//! Schema migrations: the frozen schema-1 database in
//! `tests/fixtures/store-v1.db` opens with the current code, ends with the
//! same schema as a fresh store, and keeps all its data.
//!
//! The fixture was written once by `write_v1_fixture` (ignored; run it with
//! `cargo test -p doctrack-core --test store_migration -- --ignored` only to
//! add a fixture for a new version, never to replace a released one). It is
//! opened with the raw key [`FIXTURE_KEY`]; it holds only made-up sample data.

mod common;

use common::{d, document};
use doctrack_core::crypto::{
    Aad, Cipher, DataKeys, LookupKeys, LookupPurpose, NewSlot, Purpose, Secret, WrappedSlot,
};
use doctrack_core::domain::{
    Cohort, Country, DocumentChange, DocumentKind, Event, Language, Ledger, Link, LinkKind,
    PersonDraft, StateName,
};
use doctrack_core::store::schema::{describe_schema, CURRENT_VERSION};
use doctrack_core::store::{EncodingCensus, Store};
use rusqlite::{params, Connection};
use std::path::PathBuf;
use zeroize::Zeroizing;

const FIXTURE_KEY: [u8; 32] = [0x11; 32];

fn fixture_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/store-v1.db")
}

/// The schema of a store created now (in `dir`).
fn fresh_schema(dir: &std::path::Path) -> Vec<(String, String, String)> {
    let path = dir.join("fresh.db");
    Store::create(
        &path,
        NewSlot::Raw {
            key: Zeroizing::new([1; 32]),
        },
    )
    .unwrap()
    .close()
    .unwrap();
    describe_schema(&Connection::open(&path).unwrap()).unwrap()
}

fn sample_ledger() -> Ledger {
    let mut l = Ledger::new();
    let one = l
        .register_person(
            PersonDraft {
                display_name: "Fixture Worker One".into(),
                nationality: Country::Myanmar,
                language: Language::My,
                cohort: Cohort::Mou,
                works_on_fishing_vessel: true,
                province: None,
            },
            d(2025, 1, 5),
        )
        .unwrap();
    let two = l
        .register_person(
            PersonDraft {
                display_name: "Fixture Worker Two".into(),
                nationality: Country::Cambodia,
                language: Language::Km,
                cohort: "cr:2024-09-24".parse().unwrap(),
                works_on_fishing_vessel: false,
                province: None,
            },
            d(2025, 1, 5),
        )
        .unwrap();
    let passport = l
        .record_document(
            document(
                one,
                DocumentKind::Passport,
                "MF 000 111",
                d(2022, 3, 1),
                Some(d(2032, 2, 28)),
            ),
            d(2025, 1, 5),
        )
        .unwrap();
    let mut wp = document(
        one,
        DocumentKind::WorkPermit,
        "WP-FIX-1",
        d(2023, 6, 1),
        Some(d(2025, 6, 1)),
    );
    wp.employer = Some("Fixture Fishing Co.".into());
    let wp = l.record_document(wp, d(2025, 1, 6)).unwrap();
    let mut seabook = document(
        one,
        DocumentKind::Seabook,
        "SB-FIX-1",
        d(2023, 6, 10),
        Some(d(2025, 6, 1)),
    );
    seabook.links.push(Link {
        kind: LinkKind::TiedTo,
        target: wp,
    });
    l.record_document(seabook, d(2025, 1, 6)).unwrap();
    l.change(wp, DocumentChange::RenewalSubmitted, d(2025, 4, 1))
        .unwrap();
    let mut wp2 = document(
        one,
        DocumentKind::WorkPermit,
        "WP-FIX-2",
        d(2025, 5, 20),
        Some(d(2027, 5, 20)),
    );
    wp2.employer = Some("Fixture Fishing Co.".into());
    l.approve_renewal(wp, wp2, d(2025, 5, 20)).unwrap();
    let report = l
        .record_document(
            document(two, DocumentKind::NinetyDayReport, "", d(2025, 2, 1), None),
            d(2025, 2, 1),
        )
        .unwrap();
    l.change(report, DocumentChange::ReportFiled, d(2025, 4, 28))
        .unwrap();
    l.change(report, DocumentChange::ReportFiled, d(2025, 7, 25))
        .unwrap();
    let _ = passport;
    l
}

/// Writes the schema-1 fixture exactly as schema 1 stored data.
#[test]
#[ignore = "writes tests/fixtures/store-v1.db; run only to create a fixture for a new schema"]
fn write_v1_fixture() {
    let path = fixture_path();
    assert!(
        !path.exists(),
        "fixtures are frozen: never overwrite {}",
        path.display()
    );
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA journal_mode = DELETE;").unwrap();
    conn.execute_batch(include_str!("../src/store/migrations/001_initial.sql"))
        .unwrap();
    conn.execute_batch("PRAGMA user_version = 1;").unwrap();
    let keys = DataKeys::generate().unwrap();
    let bundle = keys.to_bytes();
    let mut enc = [0u8; 32];
    enc.copy_from_slice(&bundle[1..33]);
    let cipher = Cipher::new(&enc).unwrap();
    let lookup = LookupKeys::derive(&keys);
    conn.execute(
        "INSERT INTO store_meta (key, value) VALUES ('format', 'doctrack-store'), ('store_id', ?1)",
        [uuid::Uuid::new_v4().to_string()],
    )
    .unwrap();
    let slot = WrappedSlot::create(
        "fixture-slot".into(),
        &NewSlot::Raw {
            key: Zeroizing::new(FIXTURE_KEY),
        },
        &keys,
    )
    .unwrap();
    conn.execute(
        "INSERT INTO key_slots (id, kind, params, wrapped) VALUES (?1, 'raw', ?2, ?3)",
        params![
            slot.id,
            serde_json::to_string(&slot.params).unwrap(),
            slot.wrapped
        ],
    )
    .unwrap();
    let ledger = sample_ledger();
    for e in ledger.events() {
        let id = e.id().to_string();
        let subject = match e {
            Event::Person(p) => p.person.to_string(),
            Event::Document(d) => d.document.to_string(),
        };
        let sealed = cipher
            .seal(
                Aad {
                    purpose: Purpose::Event,
                    table: "events",
                    row: &id,
                },
                &serde_json::to_vec(e).unwrap(),
            )
            .unwrap();
        let token = lookup.token(LookupPurpose::Subject, subject.as_bytes());
        conn.execute(
            "INSERT INTO events (id, subject_token, sealed) VALUES (?1, ?2, ?3)",
            params![id, token.as_slice(), sealed],
        )
        .unwrap();
    }
    for p in ledger.people().values() {
        let id = p.person.id.to_string();
        let sealed = cipher
            .seal(
                Aad {
                    purpose: Purpose::Record,
                    table: "people",
                    row: &id,
                },
                &serde_json::to_vec(p).unwrap(),
            )
            .unwrap();
        conn.execute(
            "INSERT INTO people (id, sealed) VALUES (?1, ?2)",
            params![id, sealed],
        )
        .unwrap();
    }
    for r in ledger.documents().values() {
        let id = r.document.id.to_string();
        let sealed = cipher
            .seal(
                Aad {
                    purpose: Purpose::Record,
                    table: "documents",
                    row: &id,
                },
                &serde_json::to_vec(r).unwrap(),
            )
            .unwrap();
        conn.execute(
            "INSERT INTO documents (id, sealed) VALUES (?1, ?2)",
            params![id, sealed],
        )
        .unwrap();
    }
    conn.execute_batch("VACUUM;").unwrap();
}

#[test]
fn schema_1_fixture_upgrades_to_the_current_schema_with_all_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    std::fs::copy(fixture_path(), &path)
        .expect("the frozen fixture tests/fixtures/store-v1.db is committed");
    let original = std::fs::read(&path).unwrap();
    let version: i64 = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1, "the fixture is a schema-1 database");

    let mut store = Store::open(&path, &Secret::Raw(Zeroizing::new(FIXTURE_KEY))).unwrap();
    assert_eq!(store.schema_version().unwrap(), CURRENT_VERSION);
    let (from, copy) = store.migrated_from().expect("opening migrated the store");
    assert_eq!(from, 1);
    assert_compacted(&store, 11);
    let copy = copy.to_path_buf();
    let copy_version: i64 = Connection::open(&copy)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(copy_version, 1, "a copy of the schema-1 file is kept");

    // All data intact.
    let people = store.people().unwrap();
    assert!(people.unreadable.is_empty());
    let mut names: Vec<String> = people
        .items
        .iter()
        .map(|p| p.person.display_name.clone())
        .collect();
    names.sort();
    assert_eq!(names, ["Fixture Worker One", "Fixture Worker Two"]);
    let docs = store.documents().unwrap();
    assert!(docs.unreadable.is_empty());
    assert_eq!(docs.items.len(), 5);
    let events = store.events().unwrap();
    assert_eq!(events.items.len(), 11);
    let refolded = Ledger::from_events(events.items.clone()).unwrap();
    let mut from_store = docs.items.clone();
    from_store.sort_by_key(|r| r.document.id);
    let mut folded: Vec<_> = refolded.documents().values().cloned().collect();
    folded.sort_by_key(|r| r.document.id);
    assert_eq!(
        from_store, folded,
        "projections equal the fold of the events"
    );
    let wp1 = docs
        .items
        .iter()
        .find(|r| r.document.number == "WP-FIX-1")
        .unwrap();
    assert_eq!(wp1.state.name(), StateName::Superseded);
    let report = docs
        .items
        .iter()
        .find(|r| r.document.kind == DocumentKind::NinetyDayReport)
        .unwrap();
    assert_eq!(report.filings, vec![d(2025, 4, 28), d(2025, 7, 25)]);
    assert_eq!(store.history(wp1.document.id).unwrap().len(), 3);

    // The schema-2 data step filled the lookup tokens.
    let passport = docs
        .items
        .iter()
        .find(|r| r.document.kind == DocumentKind::Passport)
        .unwrap();
    assert_eq!(
        store.find_by_number("mf000111").unwrap(),
        vec![passport.document.id]
    );
    // Schema 3 works: attachments can be added.
    let info = store
        .add_attachment(
            passport.document.id,
            "image/jpeg",
            d(2026, 1, 1),
            &b"photo"[..],
        )
        .unwrap();
    assert_eq!(store.attachment_bytes(info.id).unwrap(), b"photo");
    // Schema 4: the existing events got a hash chain and a sealed head, the
    // documents their attachment counts, the slot its checksum; the full
    // check passes, and so do writes that extend the chain.
    store.check_integrity().unwrap();
    store
        .change_document(
            passport.document.id,
            DocumentChange::RenewalStarted,
            d(2026, 1, 2),
        )
        .unwrap();
    store.check_integrity().unwrap();
    assert_eq!(store.history(passport.document.id).unwrap().len(), 2);
    assert_eq!(store.attachments(passport.document.id).unwrap().len(), 1);
    store.close().unwrap();

    // Same schema as a fresh store.
    let upgraded = describe_schema(&Connection::open(&path).unwrap()).unwrap();
    assert_eq!(upgraded, fresh_schema(dir.path()));
    assert!(upgraded
        .iter()
        .any(|(t, n, _)| t == "table" && n == "attachment_chunks"));

    // Reopening does not migrate again.
    let store = Store::open(&path, &Secret::Raw(Zeroizing::new(FIXTURE_KEY))).unwrap();
    assert!(store.migrated_from().is_none());
    assert_ne!(std::fs::read(&path).unwrap(), original);
}

/// After the schema-11 step: every record re-sealed compactly, every one
/// of the `events` events kept as written (JSON), nothing unreadable; a new
/// event is compact.
fn assert_compacted(store: &Store, events: u64) {
    let census = store.encoding_census().unwrap();
    assert_eq!(
        census,
        EncodingCensus {
            records_json: 0,
            records_compact: census.records_compact,
            events_json: events,
            events_compact: 0,
            unreadable: 0,
        }
    );
    assert!(census.records_compact > 0);
}

/// Total bytes of the sealed document and person records.
fn sealed_record_bytes(path: &std::path::Path) -> i64 {
    Connection::open(path)
        .unwrap()
        .query_row(
            "SELECT (SELECT sum(length(sealed)) FROM documents) + (SELECT sum(length(sealed)) FROM people)",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

/// A copy of the schema-9 fixture in `dir`, to upgrade.
fn fixture_v9_copy(dir: &std::path::Path) -> PathBuf {
    let path = dir.join("v9.db");
    std::fs::copy(fixture_v9_path(), &path)
        .expect("the frozen fixture tests/fixtures/store-v9.db is committed");
    path
}

fn fixture_v9_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/store-v9.db")
}

/// A photo of `len` bytes that spans several 64 KiB chunks.
fn fixture_photo(len: usize, seed: u8) -> Vec<u8> {
    (0..len)
        .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed))
        .collect()
}

/// Writes the schema-9 fixture with the schema-9 code (commit 43444fd):
/// two people, their documents and events, and three photos (one empty,
/// one of a single chunk, one of several chunks) in the attachment table
/// that schema 10 rebuilds.
#[test]
#[ignore = "writes tests/fixtures/store-v9.db; run only to create a fixture for a new schema"]
fn write_v9_fixture() {
    let path = fixture_v9_path();
    assert!(
        !path.exists(),
        "fixtures are frozen: never overwrite {}",
        path.display()
    );
    assert_eq!(CURRENT_VERSION, 9, "written by the schema-9 code only");
    let mut store = Store::create(
        &path,
        NewSlot::Raw {
            key: Zeroizing::new(FIXTURE_KEY),
        },
    )
    .unwrap();
    let ledger = sample_ledger();
    // The same people and documents as schema 1, through the store.
    let mut people = std::collections::HashMap::new();
    for p in ledger.people().values() {
        let draft = PersonDraft {
            display_name: p.person.display_name.clone(),
            nationality: p.person.nationality.clone(),
            language: p.person.language,
            cohort: p.person.cohort.clone(),
            works_on_fishing_vessel: p.person.works_on_fishing_vessel,
            province: None,
        };
        let made = store.register_person(draft, d(2025, 1, 5)).unwrap();
        people.insert(p.person.id, made.id);
    }
    let mut records: Vec<_> = ledger.documents().values().cloned().collect();
    records.sort_by_key(|r| (r.document.issued_on, r.document.number.clone()));
    let mut photographed = Vec::new();
    for r in records {
        let mut doc = r.document.clone();
        doc.holder = people[&doc.holder];
        doc.links.clear();
        let made = store.record_document(doc, d(2025, 1, 6)).unwrap();
        photographed.push(made.document.id);
    }
    store
        .change_document(
            photographed[0],
            DocumentChange::RenewalStarted,
            d(2025, 3, 1),
        )
        .unwrap();
    for (i, len) in [0usize, 1_000, 200_000].into_iter().enumerate() {
        store
            .add_attachment(
                photographed[i],
                "image/jpeg",
                d(2025, 3, 2),
                fixture_photo(len, i as u8).as_slice(),
            )
            .unwrap();
    }
    store.close().unwrap();
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA journal_mode = DELETE; VACUUM;")
        .unwrap();
}

#[test]
fn schema_9_fixture_upgrades_with_its_photos_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v9.db");
    std::fs::copy(fixture_v9_path(), &path)
        .expect("the frozen fixture tests/fixtures/store-v9.db is committed");
    let version: i64 = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 9, "the fixture is a schema-9 database");
    let mut store = Store::open(&path, &Secret::Raw(Zeroizing::new(FIXTURE_KEY))).unwrap();
    assert_eq!(store.schema_version().unwrap(), CURRENT_VERSION);
    assert_eq!(store.migrated_from().map(|(v, _)| v), Some(9));
    let events = store.events().unwrap().items.len() as u64;
    assert_compacted(&store, events);
    store.check_integrity().unwrap();
    let docs = store.documents().unwrap();
    assert!(docs.unreadable.is_empty());
    assert_eq!(docs.items.len(), 5);
    let mut photos = Vec::new();
    for r in &docs.items {
        for info in store.attachments(r.document.id).unwrap() {
            photos.push((info.size, store.attachment_bytes(info.id).unwrap()));
        }
    }
    photos.sort_by_key(|(size, _)| *size);
    let sizes: Vec<u64> = photos.iter().map(|(s, _)| *s).collect();
    assert_eq!(sizes, [0, 1_000, 200_000]);
    for (i, (_, bytes)) in photos.iter().enumerate() {
        assert_eq!(bytes, &fixture_photo(bytes.len(), i as u8), "photo {i}");
    }
    // Writes work on the rebuilt table, and the schema equals a fresh one.
    let first = docs.items[0].document.id;
    let info = store
        .add_attachment(
            first,
            "image/png",
            d(2026, 1, 1),
            &fixture_photo(70_000, 9)[..],
        )
        .unwrap();
    assert_eq!(
        store.attachment_bytes(info.id).unwrap(),
        fixture_photo(70_000, 9)
    );
    store.check_integrity().unwrap();
    store.close().unwrap();
    let upgraded = describe_schema(&Connection::open(&path).unwrap()).unwrap();
    assert_eq!(upgraded, fresh_schema(dir.path()));
    // The old table's pages were wiped when it was dropped: each sealed
    // chunk is in the file once (the rebuilt table), not twice.
    let file = std::fs::read(&path).unwrap();
    let conn = Connection::open(&path).unwrap();
    let mut stmt = conn
        .prepare("SELECT sealed FROM attachment_chunks WHERE length(sealed) > 200")
        .unwrap();
    let sealed: Vec<Vec<u8>> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(sealed.len() >= 5, "the multi-chunk photos are there");
    for blob in &sealed {
        let probe = &blob[100..164];
        let copies = file.windows(probe.len()).filter(|w| *w == probe).count();
        assert_eq!(copies, 1, "a sealed chunk is left in freed pages");
    }
}

#[test]
fn chunks_of_a_vanished_photo_do_not_stop_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture_v9_copy(dir.path());
    {
        // Bytes of a deleted photo put back (the integrity check's case).
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF;
             INSERT INTO attachment_chunks (attachment_id, idx, sealed)
             VALUES ('00000000-0000-4000-8000-000000000000', 0, zeroblob(64));",
        )
        .unwrap();
    }
    let store = Store::open(&path, &Secret::Raw(Zeroizing::new(FIXTURE_KEY))).unwrap();
    assert_eq!(store.schema_version().unwrap(), CURRENT_VERSION);
    let mut sizes = Vec::new();
    for r in store.documents().unwrap().items {
        for info in store.attachments(r.document.id).unwrap() {
            sizes.push(store.attachment_bytes(info.id).unwrap().len());
        }
    }
    sizes.sort();
    assert_eq!(sizes, [0, 1_000, 200_000]);
    store.close().unwrap();
    let left: i64 = Connection::open(&path)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM attachment_chunks WHERE attachment_id = '00000000-0000-4000-8000-000000000000'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0, "the unreachable chunk is not carried over");
}

#[test]
fn compact_records_are_smaller_and_new_events_are_compact() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture_v9_copy(dir.path());
    let before = sealed_record_bytes(&path);
    let mut store = Store::open(&path, &Secret::Raw(Zeroizing::new(FIXTURE_KEY))).unwrap();
    let after = sealed_record_bytes(&path);
    assert!(
        after * 10 < before * 8,
        "compact records take {after} bytes, JSON took {before}"
    );
    let doc = store.documents().unwrap().items[0].document.id;
    store
        .change_document(doc, DocumentChange::ReportedLost, d(2026, 2, 2))
        .unwrap();
    let census = store.encoding_census().unwrap();
    assert!(census.events_compact >= 1, "{census:?}");
    assert_eq!(census.records_json, 0);
    // A store written by this code has no JSON at all.
    let fresh = Store::create(
        dir.path().join("fresh.db"),
        NewSlot::Raw {
            key: Zeroizing::new(FIXTURE_KEY),
        },
    )
    .unwrap();
    assert_eq!(fresh.encoding_census().unwrap(), EncodingCensus::default());
}

#[test]
fn the_compact_step_leaves_a_damaged_record_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture_v9_copy(dir.path());
    let damaged: Vec<u8> = {
        let conn = Connection::open(&path).unwrap();
        let first = "SELECT sealed FROM documents WHERE rowid = (SELECT min(rowid) FROM documents)";
        let mut sealed: Vec<u8> = conn.query_row(first, [], |r| r.get(0)).unwrap();
        sealed[40] ^= 0x01;
        conn.execute(
            "UPDATE documents SET sealed = ?1 WHERE rowid = (SELECT min(rowid) FROM documents)",
            [&sealed],
        )
        .unwrap();
        sealed
    };
    let store = Store::open(&path, &Secret::Raw(Zeroizing::new(FIXTURE_KEY))).unwrap();
    assert_eq!(store.schema_version().unwrap(), CURRENT_VERSION);
    let docs = store.documents().unwrap();
    assert_eq!(docs.unreadable.len(), 1, "reported, not dropped or mended");
    assert_eq!(docs.items.len(), 4);
    let census = store.encoding_census().unwrap();
    assert_eq!(census.unreadable, 1);
    assert_eq!(census.records_json, 0);
    store.close().unwrap();
    let kept: Vec<u8> = Connection::open(&path)
        .unwrap()
        .query_row(
            "SELECT sealed FROM documents WHERE rowid = (SELECT min(rowid) FROM documents)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kept, damaged, "the damaged record is kept byte for byte");
}
