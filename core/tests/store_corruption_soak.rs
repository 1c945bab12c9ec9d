//! Corruption soak: random damage to a closed store — 1 to 16 bytes
//! anywhere, in an index page or in a record page, whole pages zeroed, the
//! file truncated — and then everything an app reads: people, documents,
//! events, each document, its history, the lookup by its number, its
//! photos and their bytes, each person, the snapshot.
//!
//! Every trial must end with data identical to the original, or typed
//! errors (StorageCorrupt, Integrity, IndexDamaged, NewerVersion) and
//! records reported unreadable — never a shorter or different answer
//! without an error (a "silent wrong answer"), never a panic, never an
//! untyped error. Where a read reports a damaged index (or open refuses a
//! damaged log head), `Store::open_and_repair` runs; if it succeeds, the
//! repaired store must read exactly like the original.
//!
//! The seed is printed; `SOAK_SEED=<n>` replays a run, `SOAK_TRIALS=<n>`
//! changes its length. `scripts/test.sh` runs this test with `--nocapture`
//! so the outcome table is printed.

mod common;

use common::populate_rich;
use doctrack_core::crypto::{NewSlot, Secret};
use doctrack_core::domain::{
    AttachmentId, DocumentEvent, DocumentId, DocumentRecord, Event, PersonId, PersonRecord,
};
use doctrack_core::store::{
    AttachmentInfo, Listing, RecordKind, Snapshot, Store, StoreError, StoreOptions,
};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::panic::AssertUnwindSafe;
use std::path::Path;
use zeroize::Zeroizing;

const DEFAULT_TRIALS: usize = 400;
const KEY: [u8; 32] = [0x3C; 32];
const PAGE: usize = 4096;

fn secret() -> Secret {
    Secret::Raw(Zeroizing::new(KEY))
}

/// SplitMix64: a small seeded generator (no extra dependency).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// What an undamaged store answers.
struct Truth {
    people: BTreeMap<PersonId, PersonRecord>,
    documents: BTreeMap<DocumentId, DocumentRecord>,
    events: Vec<Event>,
    history: BTreeMap<DocumentId, Vec<DocumentEvent>>,
    by_number: BTreeMap<DocumentId, (String, Vec<DocumentId>)>,
    attachments: BTreeMap<DocumentId, Vec<AttachmentInfo>>,
    bytes: BTreeMap<AttachmentId, Vec<u8>>,
    snapshot: Snapshot,
}

fn truth(store: &Store) -> Truth {
    let people = store.people().unwrap();
    let documents = store.documents().unwrap();
    let events = store.events().unwrap();
    assert!(people.unreadable.is_empty() && documents.unreadable.is_empty());
    let mut t = Truth {
        people: people.items.into_iter().map(|p| (p.person.id, p)).collect(),
        documents: BTreeMap::new(),
        events: events.items,
        history: BTreeMap::new(),
        by_number: BTreeMap::new(),
        attachments: BTreeMap::new(),
        bytes: BTreeMap::new(),
        snapshot: store.snapshot().unwrap(),
    };
    for r in documents.items {
        let id = r.document.id;
        t.history.insert(id, store.history(id).unwrap());
        if !r.document.number.is_empty() {
            let mut found = store.find_by_number(&r.document.number).unwrap();
            found.sort();
            t.by_number.insert(id, (r.document.number.clone(), found));
        }
        let atts = store.attachments(id).unwrap();
        for a in &atts {
            t.bytes.insert(a.id, store.attachment_bytes(a.id).unwrap());
        }
        t.attachments.insert(id, atts);
        t.documents.insert(id, r);
    }
    t
}

/// The errors damage may give. Anything else (a database or I/O error, a
/// wrong secret, NotFound for a record that exists) is a failure.
fn typed(e: &StoreError) -> bool {
    matches!(
        e,
        StoreError::StorageCorrupt(_)
            | StoreError::Integrity(_)
            | StoreError::IndexDamaged(_)
            | StoreError::NewerVersion { .. }
    )
}

#[derive(Default)]
struct Verdict {
    reported: usize,
    index_damaged: bool,
    wrong: Vec<String>,
}

impl Verdict {
    /// Judges one read: equal, a typed error, or wrong.
    fn read<T>(&mut self, what: &str, got: Result<T, StoreError>, same: impl FnOnce(&T) -> Judged) {
        match got {
            Ok(v) => match same(&v) {
                Judged::Same => {}
                Judged::Reported => self.reported += 1,
                Judged::Wrong(why) => self.wrong.push(format!("{what}: {why}")),
            },
            Err(e) if typed(&e) => {
                self.index_damaged |= matches!(e, StoreError::IndexDamaged(_));
                self.reported += 1;
            }
            Err(e) => self.wrong.push(format!("{what}: untyped error {e:?}")),
        }
    }
}

enum Judged {
    Same,
    Reported,
    Wrong(String),
}

fn equal<T: PartialEq>(got: &T, want: &T) -> Judged {
    if got == want {
        Judged::Same
    } else {
        Judged::Wrong("differs from the original".into())
    }
}

/// A listing: every item equal to the original with its id, and every
/// original record either listed or counted as unreadable.
fn listing<K: Ord, T: PartialEq>(
    got: &Listing<T>,
    want: &BTreeMap<K, T>,
    key: impl Fn(&T) -> K,
) -> Judged {
    let mut seen = std::collections::BTreeSet::new();
    for item in &got.items {
        let k = key(item);
        match want.get(&k) {
            Some(w) if w == item => {}
            _ => return Judged::Wrong("an item is not the original".into()),
        }
        if !seen.insert(k) {
            return Judged::Wrong("an item is listed twice".into());
        }
    }
    if got.items.len() + got.unreadable.len() != want.len() {
        return Judged::Wrong(format!(
            "{} listed + {} unreadable != {} records",
            got.items.len(),
            got.unreadable.len(),
            want.len()
        ));
    }
    if got.unreadable.is_empty() {
        Judged::Same
    } else {
        Judged::Reported
    }
}

/// Whether `got` is `want` with some items left out, in the same order.
fn subsequence<T: PartialEq>(got: &[&T], want: &[&T]) -> bool {
    let mut rest = want.iter();
    got.iter().all(|g| rest.any(|w| w == g))
}

/// How many unreadable records of `kind` a listing reports. Their ids may
/// themselves be damaged, so missing records are matched by number.
fn unreadable_of(list: &[doctrack_core::store::Unreadable], kind: RecordKind) -> usize {
    list.iter().filter(|u| u.kind == kind).count()
}

fn events_listing(got: &Listing<Event>, want: &[Event]) -> Judged {
    let got_refs: Vec<&Event> = got.items.iter().collect();
    let want_refs: Vec<&Event> = want.iter().collect();
    if !subsequence(&got_refs, &want_refs) || got.items.len() + got.unreadable.len() != want.len() {
        return Judged::Wrong("the log differs from the original".into());
    }
    if got.unreadable.is_empty() {
        Judged::Same
    } else {
        Judged::Reported
    }
}

/// The snapshot: what is shown must be the original; what is missing must
/// be matched by records reported unreadable.
fn snapshot(got: &Snapshot, t: &Truth) -> Judged {
    let bad_people = unreadable_of(&got.unreadable, RecordKind::Person);
    let bad_documents = unreadable_of(&got.unreadable, RecordKind::Document);
    let bad_events = unreadable_of(&got.unreadable, RecordKind::Event);
    let want_people: HashMap<PersonId, _> = t.snapshot.people.iter().map(|p| (p.id, p)).collect();
    for p in &got.people {
        if want_people.get(&p.id) != Some(&p) {
            return Judged::Wrong("a person differs".into());
        }
    }
    if want_people.len() > got.people.len() + bad_people {
        return Judged::Wrong("a person is missing without being reported".into());
    }
    let shown_people: HashSet<PersonId> = got.people.iter().map(|p| p.id).collect();
    let want_docs: HashMap<DocumentId, _> =
        t.snapshot.documents.iter().map(|x| (x.id, x)).collect();
    let mut extra = 0;
    for doc in &got.documents {
        let ok = match want_docs.get(&doc.id) {
            Some(w) => *w == doc,
            // Shown although the original snapshot leaves it out: only the
            // document of an archived person whose record is unreadable.
            None => {
                extra += 1;
                t.documents.get(&doc.id).map(|r| &r.document) == Some(doc)
                    && !shown_people.contains(&doc.holder)
                    && bad_people > 0
            }
        };
        if !ok {
            return Judged::Wrong("a document differs".into());
        }
    }
    if want_docs.len() + extra > got.documents.len() + bad_documents {
        return Judged::Wrong("a document is missing without being reported".into());
    }
    let shown_docs: HashSet<DocumentId> = got.documents.iter().map(|x| x.id).collect();
    let expected: Vec<&DocumentEvent> = t
        .events
        .iter()
        .filter_map(|e| match e {
            Event::Document(de) if shown_docs.contains(&de.document) => Some(de),
            _ => None,
        })
        .collect();
    let got_events: Vec<&DocumentEvent> = got.events.iter().collect();
    if !subsequence(&got_events, &expected) || expected.len() > got_events.len() + bad_events {
        return Judged::Wrong("the events differ".into());
    }
    if got.unreadable.is_empty() {
        Judged::Same
    } else {
        Judged::Reported
    }
}

/// Reads everything an app reads and judges it.
fn observe(store: &Store, t: &Truth) -> Verdict {
    let mut v = Verdict::default();
    v.read("people", store.people(), |l| {
        listing(l, &t.people, |p| p.person.id)
    });
    v.read("documents", store.documents(), |l| {
        listing(l, &t.documents, |r| r.document.id)
    });
    v.read("events", store.events(), |l| events_listing(l, &t.events));
    for (id, want) in &t.people {
        v.read("person", store.person(*id), |p| equal(p, want));
    }
    for (id, want) in &t.documents {
        v.read("document", store.document(*id), |r| equal(r, want));
        v.read("history", store.history(*id), |h| equal(h, &t.history[id]));
        if let Some((number, found)) = t.by_number.get(id) {
            let got = store.find_by_number(number).map(|mut ids| {
                ids.sort();
                ids
            });
            v.read("find_by_number", got, |ids| equal(ids, found));
        }
        v.read("attachments", store.attachments(*id), |a| {
            equal(a, &t.attachments[id])
        });
        for a in &t.attachments[id] {
            v.read("attachment bytes", store.attachment_bytes(a.id), |b| {
                equal(b, &t.bytes[&a.id])
            });
        }
    }
    v.read("snapshot", store.snapshot(), |s| snapshot(s, t));
    v
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
enum Mode {
    Bytes,
    IndexBytes,
    RecordBytes,
    ZeroPages,
    Truncate,
}

const MODES: [(Mode, &str); 5] = [
    (Mode::Bytes, "bytes"),
    (Mode::IndexBytes, "index"),
    (Mode::RecordBytes, "records"),
    (Mode::ZeroPages, "pages"),
    (Mode::Truncate, "truncate"),
];

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
enum Outcome {
    Identical,
    Reported,
    RefusedAtOpen,
    Wrong,
    Untyped,
    Panic,
}

const OUTCOMES: [(Outcome, &str); 6] = [
    (Outcome::Identical, "opened, data identical"),
    (Outcome::Reported, "opened, damage reported (typed)"),
    (Outcome::RefusedAtOpen, "refused at open (typed)"),
    (Outcome::Wrong, "SILENT WRONG ANSWER"),
    (Outcome::Untyped, "untyped error"),
    (Outcome::Panic, "panic"),
];

/// Pages of the original file by what they hold.
struct PageMap {
    index: Vec<usize>,
    records: Vec<usize>,
}

fn page_map(path: &Path) -> PageMap {
    let conn = rusqlite::Connection::open(path).unwrap();
    let indexes: HashSet<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'index'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut map = PageMap {
        index: Vec::new(),
        records: Vec::new(),
    };
    let mut stmt = conn.prepare("SELECT name, pageno FROM dbstat").unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
        .unwrap();
    for row in rows {
        let (name, page) = row.unwrap();
        let page = (page - 1) as usize;
        if indexes.contains(&name) {
            map.index.push(page);
        } else if name != "attachment_chunks" {
            map.records.push(page);
        }
    }
    map
}

fn flip_in(bytes: &mut [u8], rng: &mut Rng, start: usize, len: usize) {
    let n = 1 + rng.below(16);
    for _ in 0..n {
        let at = start + rng.below(len);
        if at < bytes.len() {
            bytes[at] ^= 1 + rng.below(255) as u8;
        }
    }
}

fn damage(original: &[u8], mode: Mode, rng: &mut Rng, pages: &PageMap) -> Vec<u8> {
    let mut bytes = original.to_vec();
    let page_count = bytes.len() / PAGE;
    match mode {
        Mode::Bytes => flip_in(&mut bytes, rng, 0, original.len()),
        Mode::IndexBytes => {
            let page = pages.index[rng.below(pages.index.len())];
            flip_in(&mut bytes, rng, page * PAGE, PAGE);
        }
        Mode::RecordBytes => {
            let page = pages.records[rng.below(pages.records.len())];
            flip_in(&mut bytes, rng, page * PAGE, PAGE);
        }
        Mode::ZeroPages => {
            for _ in 0..1 + rng.below(3) {
                let page = rng.below(page_count);
                bytes[page * PAGE..(page + 1) * PAGE].fill(0);
            }
        }
        Mode::Truncate => {
            let keep = if rng.below(2) == 0 {
                rng.below(page_count) * PAGE
            } else {
                rng.below(original.len())
            };
            bytes.truncate(keep);
        }
    }
    bytes
}

fn write_trial(path: &Path, bytes: &[u8]) {
    for suffix in ["-wal", "-shm"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        let _ = std::fs::remove_file(side);
    }
    std::fs::write(path, bytes).unwrap();
}

struct TrialResult {
    outcome: Outcome,
    open_error: Option<String>,
    repair: Option<Result<(), String>>,
    detail: Vec<String>,
}

fn error_name(e: &StoreError) -> String {
    match e {
        StoreError::StorageCorrupt(_) => "StorageCorrupt".into(),
        StoreError::Integrity(k) => format!("Integrity({})", kind_name(*k)),
        StoreError::IndexDamaged(k) => format!("IndexDamaged({})", kind_name(*k)),
        StoreError::NewerVersion { .. } => "NewerVersion".into(),
        other => format!("{other:?}"),
    }
}

fn kind_name(k: RecordKind) -> &'static str {
    match k {
        RecordKind::Person => "Person",
        RecordKind::Document => "Document",
        RecordKind::Event => "Event",
        RecordKind::Attachment => "Attachment",
        RecordKind::AttachmentChunk => "AttachmentChunk",
        RecordKind::KeySlot => "KeySlot",
        RecordKind::Meta => "Meta",
        RecordKind::Log => "Log",
        RecordKind::Reminder => "Reminder",
        RecordKind::RulePack => "RulePack",
    }
}

fn trial(path: &Path, bytes: &[u8], t: &Truth) -> TrialResult {
    write_trial(path, bytes);
    let mut result = TrialResult {
        outcome: Outcome::Identical,
        open_error: None,
        repair: None,
        detail: Vec::new(),
    };
    let mut try_repair = false;
    match Store::open(path, &secret()) {
        Err(e) if typed(&e) => {
            result.outcome = Outcome::RefusedAtOpen;
            result.open_error = Some(error_name(&e));
            try_repair = matches!(
                e,
                StoreError::IndexDamaged(_) | StoreError::Integrity(RecordKind::Log)
            );
        }
        Err(e) => {
            result.outcome = Outcome::Untyped;
            result.detail.push(format!("open: {e:?}"));
        }
        Ok(store) => {
            let v = observe(&store, t);
            drop(store);
            result.outcome = if !v.wrong.is_empty() {
                Outcome::Wrong
            } else if v.reported > 0 {
                Outcome::Reported
            } else {
                Outcome::Identical
            };
            result.detail = v.wrong;
            try_repair = v.index_damaged;
        }
    }
    if try_repair {
        // The repair runs on the damaged file; if it says the store is
        // sound, the store must read exactly like the original.
        result.repair = Some(
            match Store::open_and_repair(path, &secret(), StoreOptions::default()) {
                Ok((store, _)) => {
                    let v = observe(&store, t);
                    if v.wrong.is_empty() && v.reported == 0 {
                        Ok(())
                    } else {
                        result.outcome = Outcome::Wrong;
                        result
                            .detail
                            .push(format!("after a successful repair: {:?}", v.wrong));
                        Err("repaired store differs".into())
                    }
                }
                Err(e) if typed(&e) => Err(error_name(&e)),
                Err(e) => {
                    result.outcome = Outcome::Untyped;
                    result.detail.push(format!("repair: {e:?}"));
                    Err("untyped".into())
                }
            },
        );
    }
    result
}

#[test]
fn random_damage_gives_the_original_data_or_a_typed_error() {
    let seed = std::env::var("SOAK_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|t| t.as_nanos() as u64)
                .unwrap_or(1)
        });
    let trials = std::env::var("SOAK_TRIALS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_TRIALS);
    println!("corruption soak: seed {seed} (replay with SOAK_SEED={seed}), {trials} trials");

    let dir = tempfile::tempdir().unwrap();
    let original_path = dir.path().join("original.db");
    let mut store = Store::create(
        &original_path,
        NewSlot::Raw {
            key: Zeroizing::new(KEY),
        },
    )
    .unwrap();
    populate_rich(&mut store);
    store.close().unwrap();
    let store = Store::open(&original_path, &secret()).unwrap();
    let t = truth(&store);
    store.check_integrity().unwrap();
    drop(store);
    let original = std::fs::read(&original_path).unwrap();
    let pages = page_map(&original_path);
    println!(
        "store: {} bytes, {} pages ({} index pages, {} record pages, the rest photos); \
         {} people, {} documents, {} events, {} photos",
        original.len(),
        original.len() / PAGE,
        pages.index.len(),
        pages.records.len(),
        t.people.len(),
        t.documents.len(),
        t.events.len(),
        t.bytes.len()
    );

    let mut rng = Rng(seed);
    let path = dir.path().join("trial.db");
    let mut counts: BTreeMap<(Outcome, Mode), usize> = BTreeMap::new();
    let mut open_errors: BTreeMap<String, usize> = BTreeMap::new();
    let mut repairs: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    let started = std::time::Instant::now();
    for n in 0..trials {
        let mode = MODES[rng.below(MODES.len())].0;
        let bytes = damage(&original, mode, &mut rng, &pages);
        let result = std::panic::catch_unwind(AssertUnwindSafe(|| trial(&path, &bytes, &t)))
            .unwrap_or_else(|_| TrialResult {
                outcome: Outcome::Panic,
                open_error: None,
                repair: None,
                detail: vec!["panicked".into()],
            });
        *counts.entry((result.outcome, mode)).or_default() += 1;
        if let Some(e) = result.open_error {
            *open_errors.entry(e).or_default() += 1;
        }
        if let Some(r) = result.repair {
            let key = match r {
                Ok(()) => "repaired; reads equal the original".to_string(),
                Err(e) => format!("repair refused: {e}"),
            };
            *repairs.entry(key).or_default() += 1;
        }
        if matches!(
            result.outcome,
            Outcome::Wrong | Outcome::Untyped | Outcome::Panic
        ) {
            failures.push(format!("trial {n} ({mode:?}): {:?}", result.detail));
        }
    }

    println!();
    print!("{:<34}", "outcome");
    for (_, name) in MODES {
        print!("{name:>9}");
    }
    println!("{:>9}", "total");
    for (outcome, label) in OUTCOMES {
        print!("{label:<34}");
        let mut total = 0;
        for (mode, _) in MODES {
            let n = counts.get(&(outcome, mode)).copied().unwrap_or(0);
            total += n;
            print!("{n:>9}");
        }
        println!("{total:>9}");
    }
    print!("{:<34}", "trials");
    for (mode, _) in MODES {
        let n: usize = OUTCOMES
            .iter()
            .map(|(o, _)| counts.get(&(*o, mode)).copied().unwrap_or(0))
            .sum();
        print!("{n:>9}");
    }
    println!("{trials:>9}");
    println!();
    println!("errors at open:");
    for (e, n) in &open_errors {
        println!("  {e:<40}{n:>6}");
    }
    println!("repair (after IndexDamaged, or a log head refused at open):");
    for (r, n) in &repairs {
        println!("  {r:<40}{n:>6}");
    }
    println!(
        "{trials} trials in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "seed {seed}: {} failing trials:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
