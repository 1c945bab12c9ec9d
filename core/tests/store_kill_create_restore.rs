//! Creating and restoring a store, and exporting a backup file, are
//! atomic: a child process creates (or restores) a store, or exports a
//! backup, and is killed with SIGKILL at a random moment while it works, at
//! least 30 times each. Afterwards the path holds nothing or a complete
//! store (it opens, passes the full integrity check and, for a restore,
//! holds everything in the backup) or a complete backup (it restores, with
//! every event), and the operation can be retried: the retry succeeds and
//! removes what the killed run left beside the path.
//!
//! The child is this test binary itself, started with `KILL_CHILD_OP` set,
//! running `kill_child`.

mod common;

use common::populate_rich;
use doctrack_core::crypto::{KdfParams, NewSlot, Secret};
use doctrack_core::store::{write_new_file, Store, StoreOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use zeroize::Zeroizing;

const KEY: [u8; 32] = [0x6B; 32];
const BACKUP_PASS: &str = "kill test backup";
/// Kills that must land while the operation runs.
const KILLS: usize = 30;

fn slot() -> NewSlot {
    NewSlot::Raw {
        key: Zeroizing::new(KEY),
    }
}

fn secret() -> Secret {
    Secret::Raw(Zeroizing::new(KEY))
}

/// Runs the operation named by `op` once.
fn run(op: &str, path: &Path, backup: &Path) -> Store {
    match op {
        "create" => Store::create(path, slot()).expect("create"),
        "export" => {
            // The source store (beside the backup it was exported to).
            let source = Store::open(backup.with_file_name("source.db"), &secret()).unwrap();
            write_new_file(path, |file| {
                let mut out = std::io::BufWriter::new(file);
                source.export_backup(
                    &mut out,
                    BACKUP_PASS,
                    KdfParams::insecure_fast_for_tests(),
                )?;
                out.flush()?;
                Ok(())
            })
            .expect("export");
            source
        }
        _ => {
            Store::restore_backup(
                std::fs::File::open(backup).unwrap(),
                BACKUP_PASS,
                path,
                slot(),
                StoreOptions::default(),
            )
            .expect("restore")
            .0
        }
    }
}

/// The child: prints "start", runs the operation, prints "done".
#[test]
fn kill_child() {
    let Some(op) = std::env::var_os("KILL_CHILD_OP") else {
        return; // Run normally: nothing to do.
    };
    let path = PathBuf::from(std::env::var_os("KILL_CHILD_PATH").unwrap());
    let backup = PathBuf::from(std::env::var_os("KILL_CHILD_BACKUP").unwrap());
    let mut out = std::io::stdout();
    writeln!(out, "start").unwrap();
    out.flush().unwrap();
    run(op.to_str().unwrap(), &path, &backup).close().unwrap();
    writeln!(out, "done").unwrap();
    out.flush().unwrap();
}

struct Lcg(u64);

impl Lcg {
    fn below(&mut self, max: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % max.max(1)
    }
}

/// Everything in `dir` except the store file itself and its side files.
fn leftovers(dir: &Path, store: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with(store))
        .collect()
}

fn remove_store(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(p);
    }
}

/// What the store (or, for an export, the backup) at `path` must hold
/// when complete.
fn assert_complete(path: &Path, op: &str, expected_events: usize, round: usize) {
    if op == "export" {
        let scratch = tempfile::tempdir().unwrap();
        let (store, _) = Store::restore_backup(
            std::fs::File::open(path).unwrap(),
            BACKUP_PASS,
            scratch.path().join("check.db"),
            slot(),
            StoreOptions::default(),
        )
        .unwrap_or_else(|e| {
            panic!("{op} round {round}: the backup at the path does not restore: {e}")
        });
        assert_eq!(
            store.events().unwrap().items.len(),
            expected_events,
            "{op} round {round}: the backup at the path is incomplete"
        );
        store.close().unwrap();
        return;
    }
    let store = Store::open(path, &secret())
        .unwrap_or_else(|e| panic!("{op} round {round}: a store at the path does not open: {e}"));
    store
        .check_integrity()
        .unwrap_or_else(|e| panic!("{op} round {round}: {e}"));
    let events = store.events().unwrap();
    assert_eq!(
        events.items.len(),
        expected_events,
        "{op} round {round}: the store at the path is incomplete"
    );
    store.close().unwrap();
}

fn kill_test(op: &str) {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("work");
    std::fs::create_dir(&work).unwrap();
    // The backup restored by the restore test: a rich store plus a 1 MB
    // photo, so that a restore takes long enough to be interrupted.
    let backup = dir.path().join("source.backup");
    let source_events = {
        let mut source = Store::create(dir.path().join("source.db"), slot()).unwrap();
        let docs = populate_rich(&mut source);
        let photo: Vec<u8> = (0..1_000_000u32).map(|i| (i % 251) as u8).collect();
        source
            .add_attachment(
                docs[0],
                "image/png",
                common::d(2026, 6, 2),
                photo.as_slice(),
            )
            .unwrap();
        source
            .export_backup(
                std::fs::File::create(&backup).unwrap(),
                BACKUP_PASS,
                KdfParams::insecure_fast_for_tests(),
            )
            .unwrap();
        source.events().unwrap().items.len()
    };
    let expected_events = if op == "create" { 0 } else { source_events };
    if op == "export" {
        // Owner-only: a backup is encrypted, but nobody else needs it.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let probe = work.join("probe.backup");
            run(op, &probe, &backup).close().unwrap();
            let mode = std::fs::metadata(&probe).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "an exported backup is owner-only");
            std::fs::remove_file(&probe).unwrap();
        }
    }
    let path = work.join("store.db");

    // How long the operation takes here, to aim the kills inside it.
    let started = Instant::now();
    run(op, &path, &backup).close().unwrap();
    let duration = started.elapsed();
    remove_store(&path);

    let exe = std::env::current_exe().unwrap();
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let mut rng = Lcg(seed);
    let (mut during, mut after, mut nothing, mut complete, mut leftover_runs) = (0, 0, 0, 0, 0);
    let mut round = 0;
    while during < KILLS {
        round += 1;
        assert!(
            round <= KILLS * 4,
            "{op}: only {during} of {round} kills landed during the operation"
        );
        let mut child = Command::new(&exe)
            .args(["kill_child", "--exact", "--nocapture", "--test-threads=1"])
            .env("KILL_CHILD_OP", op)
            .env("KILL_CHILD_PATH", &path)
            .env("KILL_CHILD_BACKUP", &backup)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        loop {
            match lines.next() {
                Some(Ok(line)) if line.ends_with("start") => break,
                Some(Ok(_)) => continue,
                _ => panic!("{op} round {round}: the child did not start"),
            }
        }
        // Mostly while it works, sometimes just after the move into place.
        let delay = Duration::from_micros(rng.below(duration.as_micros() as u64 * 5 / 4 + 1));
        std::thread::sleep(delay);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let finished = lines.any(|l| l.map(|l| l.ends_with("done")).unwrap_or(false));
        if finished {
            after += 1;
        } else {
            during += 1;
        }

        // Nothing, or a complete store.
        if path.exists() {
            assert_complete(&path, op, expected_events, round);
            complete += 1;
            remove_store(&path);
        } else {
            nothing += 1;
        }
        if !leftovers(&work, "store.db").is_empty() {
            leftover_runs += 1;
        }
        // The retry works and sweeps what the killed run left.
        run(op, &path, &backup).close().unwrap();
        assert_complete(&path, op, expected_events, round);
        let left = leftovers(&work, "store.db");
        assert!(left.is_empty(), "{op} round {round}: left behind {left:?}");
        remove_store(&path);
    }
    println!(
        "{op}: {} SIGKILLs (seed {seed}; operation takes {:.0} ms here): {during} while it ran, \
         {after} after it finished; afterwards the path held nothing {nothing} times and a \
         complete store {complete} times; temporary files were left {leftover_runs} times and \
         removed by the retry; every retry succeeded",
        during + after,
        duration.as_secs_f64() * 1000.0
    );
}

#[test]
fn sigkill_during_create_leaves_nothing_or_a_complete_store() {
    kill_test("create");
}

#[test]
fn sigkill_during_restore_leaves_nothing_or_a_complete_store() {
    kill_test("restore");
}

#[test]
fn sigkill_during_backup_export_leaves_nothing_or_a_complete_backup() {
    kill_test("export");
}
