//! Crash safety: a child process writes in a loop and is killed with
//! SIGKILL at random moments, 50 times. After each kill the store opens,
//! SQLite's integrity check passes, and every write the child acknowledged
//! before dying is there.
//!
//! The child is this test binary itself, started with `CRASH_CHILD_STORE`
//! set, running `crash_child_writer`.

mod common;

use common::{d, document, worker};
use doctrack_core::crypto::{NewSlot, Secret};
use doctrack_core::domain::{DocumentChange, DocumentKind, EventId};
use doctrack_core::store::Store;
use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use zeroize::Zeroizing;

const KEY: [u8; 32] = [0x5A; 32];
const KILLS: usize = 50;

fn secret() -> Secret {
    Secret::Raw(Zeroizing::new(KEY))
}

/// The child: appends events forever, printing each acknowledged event id.
#[test]
fn crash_child_writer() {
    let Some(path) = std::env::var_os("CRASH_CHILD_STORE") else {
        return; // Run normally: nothing to do.
    };
    let mut store = Store::open(&path, &secret()).expect("child opens the store");
    let out = std::io::stdout();
    let mut i: u64 = 0;
    loop {
        i += 1;
        let acked: Vec<EventId> = if i.is_multiple_of(3) {
            let p = store
                .register_person(worker(&format!("crash person {i}")), d(2026, 1, 1))
                .unwrap();
            let doc = store
                .record_document(
                    document(p.id, DocumentKind::NinetyDayReport, "", d(2026, 1, 1), None),
                    d(2026, 1, 1),
                )
                .unwrap();
            store
                .history(doc.document.id)
                .unwrap()
                .iter()
                .map(|e| e.id)
                .collect()
        } else {
            let docs = store.documents().unwrap().items;
            let report = docs
                .iter()
                .find(|r| r.document.kind == DocumentKind::NinetyDayReport)
                .unwrap()
                .document
                .id;
            let before: HashSet<EventId> = store
                .history(report)
                .unwrap()
                .iter()
                .map(|e| e.id)
                .collect();
            store
                .change_document(report, DocumentChange::ReportFiled, d(2026, 1, 2))
                .unwrap();
            store
                .history(report)
                .unwrap()
                .iter()
                .map(|e| e.id)
                .filter(|id| !before.contains(id))
                .collect()
        };
        let mut lock = out.lock();
        for id in acked {
            writeln!(lock, "ack {id}").unwrap();
        }
        lock.flush().unwrap();
    }
}

/// A small deterministic generator for kill delays (no extra dependency).
struct Lcg(u64);

impl Lcg {
    fn next_ms(&mut self, max: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % max
    }
}

#[test]
fn sigkill_at_random_moments_loses_no_acknowledged_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.db");
    {
        let mut store = Store::create(
            &path,
            NewSlot::Raw {
                key: Zeroizing::new(KEY),
            },
        )
        .unwrap();
        let p = store
            .register_person(worker("first"), d(2026, 1, 1))
            .unwrap();
        store
            .record_document(
                document(p.id, DocumentKind::NinetyDayReport, "", d(2026, 1, 1), None),
                d(2026, 1, 1),
            )
            .unwrap();
    }
    let exe = std::env::current_exe().unwrap();
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    eprintln!("crash test seed {seed}");
    let mut rng = Lcg(seed);
    let mut acked: HashSet<String> = HashSet::new();
    let mut killed_with_acks = 0;
    for round in 0..KILLS {
        let mut child = Command::new(&exe)
            .args([
                "crash_child_writer",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("CRASH_CHILD_STORE", &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(id) = line.strip_prefix("ack ") {
                    if tx.send(id.to_string()).is_err() {
                        break;
                    }
                }
            }
        });
        // Wait for the first acknowledgement, then kill at a random moment.
        let first = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the child writes");
        acked.insert(first);
        let delay = Duration::from_millis(rng.next_ms(120));
        let start = Instant::now();
        while start.elapsed() < delay {
            if let Ok(id) = rx.recv_timeout(Duration::from_millis(1)) {
                acked.insert(id);
            }
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        acked.extend(rx.try_iter());
        killed_with_acks += 1;

        let store = Store::open(&path, &secret())
            .unwrap_or_else(|e| panic!("round {round}: the store does not open: {e}"));
        store
            .check_integrity()
            .unwrap_or_else(|e| panic!("round {round}: {e}"));
        let events = store.events().unwrap();
        assert!(
            events.unreadable.is_empty(),
            "round {round}: unreadable events"
        );
        let present: HashSet<String> = events.items.iter().map(|e| e.id().to_string()).collect();
        let missing: Vec<&String> = acked.iter().filter(|id| !present.contains(*id)).collect();
        assert!(
            missing.is_empty(),
            "round {round}: {} acknowledged events lost",
            missing.len()
        );
        // The projections agree with the log.
        let docs = store.documents().unwrap();
        assert!(docs.unreadable.is_empty());
        drop(store);
    }
    assert_eq!(killed_with_acks, KILLS);
    assert!(
        acked.len() > KILLS,
        "the child made progress ({} acknowledged writes)",
        acked.len()
    );
}
