//! The data and the store workload of the benchmarks (issue 14), shared by
//! doctrack's own benches (`core/benches/`) and the SQLCipher peer
//! (`bench/sqlcipher/`), which both include this file with `#[path]`. The
//! same code then runs on doctrack's store and on rusqlite with an
//! equivalent schema — plain, or under SQLCipher — so that only the storage
//! differs (see `docs/adr/0016-benchmarks-and-size.md`).
//!
//! The equivalent schema holds the same records as doctrack (person and
//! document records and the event log) in plain columns, as JSON — what an
//! app storing these types in SQLite or SQLCipher would write with serde:
//! what is left is doctrack's storage as a whole (its compact record form,
//! ADR 0030, sealing, lookup tokens, log head and hash chain). Both use WAL
//! with `synchronous = FULL`, as doctrack does.
#![allow(dead_code)] // each bench uses a part

use chrono::{Days, NaiveDate};
use doctrack_core::app::{App, Dashboard};
use doctrack_core::crypto::{KeyWrapperError, NewSlot, PlatformKeyWrapper, Secret};
use doctrack_core::domain::commands::change;
use doctrack_core::domain::{
    Cohort, Country, Document, DocumentChange, DocumentId, DocumentKind, DocumentRecord, Event,
    Language, Link, LinkKind, PersonDraft, PersonRecord,
};
use doctrack_core::store::{Snapshot, StoreOptions};
use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM};
use rusqlite::{params, Connection, TransactionBehavior};
use std::path::Path;
use std::sync::Arc;
use zeroize::Zeroizing;

/// Every document kind: a person holds one of each (ten documents).
pub const KINDS: [DocumentKind; 10] = [
    DocumentKind::Passport,
    DocumentKind::CertificateOfIdentity,
    DocumentKind::Visa,
    DocumentKind::WorkPermit,
    DocumentKind::PinkCard,
    DocumentKind::Seabook,
    DocumentKind::FishingCrewPermission,
    DocumentKind::HealthInsurance,
    DocumentKind::HealthCheck,
    DocumentKind::NinetyDayReport,
];

/// The store workload: 100 people, 1,000 documents.
pub const WORKLOAD_PEOPLE: usize = 100;

/// The date every dashboard is computed for.
pub fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).expect("a valid date")
}

/// The date changes are made on.
pub fn change_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).expect("a valid date")
}

fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1)
        .and_then(|d| d.checked_add_days(Days::new(n)))
        .expect("a valid date")
}

/// The raw key of every benchmark store (no key derivation is timed).
pub fn raw_key() -> [u8; 32] {
    [0x42; 32]
}

/// A raw-key slot with [`raw_key`].
pub fn raw_slot() -> NewSlot {
    NewSlot::Raw {
        key: Zeroizing::new(raw_key()),
    }
}

/// The secret that opens a [`raw_slot`].
pub fn raw_secret() -> Secret {
    Secret::Raw(Zeroizing::new(raw_key()))
}

/// A stand-in for the Android Keystore or iOS Keychain: AES-256-GCM under a
/// key that never leaves the object (the platform's own cost is not timed).
pub struct BenchKeystore {
    key: LessSafeKey,
}

impl BenchKeystore {
    /// A wrapper with a fixed key.
    pub fn new() -> Arc<Self> {
        let key = UnboundKey::new(&AES_256_GCM, &[7; 32]).expect("a 32-byte key");
        Arc::new(BenchKeystore {
            key: LessSafeKey::new(key),
        })
    }
}

impl PlatformKeyWrapper for BenchKeystore {
    fn wrap(&self, secret: &[u8]) -> Result<Vec<u8>, KeyWrapperError> {
        let fail = || KeyWrapperError {
            reason: "wrap failed".into(),
        };
        let mut nonce = [0u8; 12];
        doctrack_core::crypto::random_bytes(&mut nonce).map_err(|_| fail())?;
        let mut buf = secret.to_vec();
        self.key
            .seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::empty(), &mut buf)
            .map_err(|_| fail())?;
        let mut out = nonce.to_vec();
        out.extend(buf);
        Ok(out)
    }

    fn unwrap(&self, wrapped: &[u8]) -> Result<Vec<u8>, KeyWrapperError> {
        let fail = || KeyWrapperError {
            reason: "unwrap failed".into(),
        };
        if wrapped.len() < 12 {
            return Err(fail());
        }
        let mut nonce = [0u8; 12];
        nonce.copy_from_slice(&wrapped[..12]);
        let mut buf = wrapped[12..].to_vec();
        let len = self
            .key
            .open_in_place(Nonce::assume_unique_for_key(nonce), Aad::empty(), &mut buf)
            .map_err(|_| fail())?
            .len();
        buf.truncate(len);
        Ok(buf)
    }
}

/// Registers `people` people with ten documents each (one of every kind,
/// the visa stamped in the passport, the 90-day report filed once).
pub fn fill(app: &mut App, people: usize) {
    let cohorts = ["mou", "unknown", "cr:2024-09-24", "cr:2025-11-11"];
    let nations = [
        Country::Myanmar,
        Country::Cambodia,
        Country::Laos,
        Country::VietNam,
    ];
    for i in 0..people {
        let p = app
            .register_person(
                PersonDraft {
                    display_name: format!("Bench person {i}"),
                    nationality: nations[i % 4].clone(),
                    language: Language::My,
                    cohort: cohorts[i % 4].parse::<Cohort>().expect("a known cohort"),
                    works_on_fishing_vessel: i % 2 == 0,
                    province: None,
                },
                day(0),
            )
            .expect("register a person");
        let mut passport = None;
        for (k, kind) in KINDS.iter().enumerate() {
            let issued = day((i * 7 + k * 31) as u64 % 700);
            let recurring = kind.is_recurring_obligation();
            let mut doc = Document {
                id: DocumentId::new_random(),
                holder: p.id,
                kind: kind.clone(),
                number: if recurring {
                    String::new()
                } else {
                    format!("B{i}-{k}")
                },
                issuing_country: Country::Thailand,
                issuing_authority: None,
                issued_on: Some(issued),
                expires_on: (!recurring).then(|| {
                    issued
                        .checked_add_days(Days::new(365 + (i as u64 % 700)))
                        .expect("a valid date")
                }),
                employer: None,
                links: vec![],
                notes: String::new(),
            };
            if *kind == DocumentKind::Visa {
                if let Some(target) = passport {
                    doc.links.push(Link {
                        kind: LinkKind::StampedIn,
                        target,
                    });
                }
            }
            let r = app.record_document(doc, day(0)).expect("record a document");
            if *kind == DocumentKind::Passport {
                passport = Some(r.document.id);
            }
            if recurring {
                app.apply_event(r.document.id, DocumentChange::ReportFiled, day(300))
                    .expect("file a report");
            }
        }
    }
}

/// Creates a doctrack store with `people` × 10 documents at `path`,
/// unlocked by `slot`; returns it open.
pub fn doctrack_store(path: &Path, slot: NewSlot, people: usize) -> App {
    let mut app = App::create(
        path,
        slot,
        StoreOptions::default(),
        doctrack_core::app::AppConfig::embedded().unwrap(),
    )
    .expect("create a store");
    fill(&mut app, people);
    app
}

/// Everything a store holds, as records (what "read all" returns).
pub struct Records {
    /// Person records.
    pub people: Vec<PersonRecord>,
    /// Document records.
    pub documents: Vec<DocumentRecord>,
    /// The event log.
    pub events: Vec<Event>,
}

impl Records {
    /// Everything in a doctrack store.
    pub fn of(app: &App) -> Records {
        Records {
            people: app.people().expect("people").items,
            documents: app.documents().expect("documents").items,
            events: app.events().expect("events").items,
        }
    }

    /// The 90-day reports: the 10 % of documents the workload changes.
    pub fn reports(&self) -> Vec<DocumentId> {
        self.documents
            .iter()
            .filter(|r| r.document.kind.is_recurring_obligation())
            .map(|r| r.document.id)
            .collect()
    }

    /// The snapshot the evaluator reads (archived people left out).
    pub fn snapshot(self) -> Snapshot {
        let archived: Vec<_> = self
            .people
            .iter()
            .filter(|p| p.archived)
            .map(|p| p.person.id)
            .collect();
        let records: Vec<_> = self.people.into_iter().filter(|p| !p.archived).collect();
        Snapshot {
            people: records.iter().map(|p| p.person.clone()).collect(),
            records,
            documents: self
                .documents
                .into_iter()
                .map(|r| r.document)
                .filter(|d| !archived.contains(&d.holder))
                .collect(),
            events: self
                .events
                .into_iter()
                .filter_map(|e| match e {
                    Event::Document(d) => Some(d),
                    Event::Person(_) => None,
                })
                .collect(),
            unreadable: Vec::new(),
        }
    }
}

/// The workload on doctrack's store: read all.
pub fn doctrack_read_all(app: &App) -> Records {
    Records::of(app)
}

/// The workload on doctrack's store: one change to each of `ids`, each in
/// its own transaction (as an app makes them).
pub fn doctrack_change(app: &mut App, ids: &[DocumentId]) {
    for id in ids {
        app.apply_event(*id, DocumentChange::ReportFiled, change_day())
            .expect("file a report");
    }
}

/// The workload on doctrack's store: the dashboard for [`as_of`].
pub fn doctrack_dashboard(app: &App) -> Dashboard {
    app.dashboard(as_of()).expect("dashboard")
}

/// rusqlite with a schema equivalent to doctrack's: the same records as
/// JSON in plain columns, optionally under SQLCipher with a raw key.
pub struct Peer {
    /// The connection (the photo rows of `open_and_photos` use it directly).
    pub conn: Connection,
}

fn json<T: serde::Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("serialise")
}

fn parse<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> T {
    serde_json::from_slice(bytes).expect("parse")
}

impl Peer {
    /// Opens (or creates) a peer store; `key` switches SQLCipher on with a
    /// raw key (`PRAGMA key = "x'…'"`: no key derivation).
    pub fn open(path: &Path, key: Option<&[u8; 32]>) -> Peer {
        let conn = Connection::open(path).expect("open");
        if let Some(key) = key {
            let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
            conn.execute_batch(&format!("PRAGMA key = \"x'{hex}'\";"))
                .expect("key");
        }
        let mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .expect("WAL");
        assert!(mode.eq_ignore_ascii_case("wal"));
        conn.execute_batch(
            "PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;
             PRAGMA temp_store = 2;
             CREATE TABLE IF NOT EXISTS people (id TEXT PRIMARY KEY, record BLOB NOT NULL);
             CREATE TABLE IF NOT EXISTS documents (id TEXT PRIMARY KEY, holder TEXT NOT NULL,
                 record BLOB NOT NULL);
             CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
                 subject TEXT NOT NULL, event BLOB NOT NULL);
             CREATE INDEX IF NOT EXISTS events_by_subject ON events (subject, seq);",
        )
        .expect("schema");
        Peer { conn }
    }

    /// Loads `records` in one transaction (setup, not timed).
    pub fn load(&mut self, records: &Records) {
        let tx = self.conn.transaction().expect("begin");
        for p in &records.people {
            tx.execute(
                "INSERT INTO people (id, record) VALUES (?1, ?2)",
                params![p.person.id.to_string(), json(p)],
            )
            .expect("insert person");
        }
        for d in &records.documents {
            tx.execute(
                "INSERT INTO documents (id, holder, record) VALUES (?1, ?2, ?3)",
                params![
                    d.document.id.to_string(),
                    d.document.holder.to_string(),
                    json(d)
                ],
            )
            .expect("insert document");
        }
        for e in &records.events {
            insert_event(&tx, e);
        }
        tx.commit().expect("commit");
    }

    /// Read all: every person, document and event, parsed.
    pub fn read_all(&self) -> Records {
        let all = |sql: &str| -> Vec<Vec<u8>> {
            let mut stmt = self.conn.prepare_cached(sql).expect("prepare");
            let rows = stmt
                .query_map([], |r| r.get::<_, Vec<u8>>(0))
                .expect("query");
            rows.map(|r| r.expect("row")).collect()
        };
        let tx = self.conn.unchecked_transaction().expect("begin");
        let out = Records {
            people: all("SELECT record FROM people")
                .iter()
                .map(|b| parse(b))
                .collect(),
            documents: all("SELECT record FROM documents")
                .iter()
                .map(|b| parse(b))
                .collect(),
            events: all("SELECT event FROM events ORDER BY seq")
                .iter()
                .map(|b| parse(b))
                .collect(),
        };
        tx.commit().expect("commit");
        out
    }

    /// One change to each of `ids`, each in its own transaction: read the
    /// record, plan with doctrack's domain code, append the event and write
    /// the record back.
    pub fn change(&mut self, ids: &[DocumentId]) {
        for id in ids {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .expect("begin");
            let bytes: Vec<u8> = tx
                .prepare_cached("SELECT record FROM documents WHERE id = ?1")
                .and_then(|mut s| s.query_row([id.to_string()], |r| r.get(0)))
                .expect("read document");
            let record: DocumentRecord = parse(&bytes);
            let plan =
                change(&record, DocumentChange::ReportFiled, &[], change_day()).expect("plan");
            for e in &plan.events {
                insert_event(&tx, e);
            }
            for d in &plan.documents {
                tx.prepare_cached("UPDATE documents SET record = ?1 WHERE id = ?2")
                    .and_then(|mut s| s.execute(params![json(d), d.document.id.to_string()]))
                    .expect("update");
            }
            tx.commit().expect("commit");
        }
    }

    /// The dashboard for [`as_of`]: read all, evaluate and plan with the
    /// same rules and code as doctrack.
    pub fn dashboard(&self, app: &App) -> Dashboard {
        let snapshot = self.read_all().snapshot();
        Dashboard::from_snapshot(snapshot, app.rules(), app.rules_info().clone(), as_of())
    }
}

fn insert_event(conn: &Connection, e: &Event) {
    let subject = match e {
        Event::Person(p) => p.person.to_string(),
        Event::Document(d) => d.document.to_string(),
    };
    // Statements are prepared once per connection, as doctrack's are.
    conn.prepare_cached("INSERT INTO events (id, subject, event) VALUES (?1, ?2, ?3)")
        .and_then(|mut s| s.execute(params![e.id().to_string(), subject, json(e)]))
        .expect("insert event");
}
