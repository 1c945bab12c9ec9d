//! Each failure has its own typed error, and the bounds on key slots hold:
//!
//! - a read-only file system is `ReadOnly`;
//! - writers wait for each other; `Busy` only when the wait runs out;
//! - a damaged key slot is `Integrity(KeySlot)` (not `WrongSecret` or
//!   `NoSuchSlot`), and the other slots still open the store;
//! - slot count and stored iteration range are bounded;
//! - a damaged `user_version` starts no migration; migration copies are
//!   bounded;
//! - no old wrapped key remains in the `-wal` file after a passphrase change
//!   with another connection open;
//! - `close()` reports a checkpoint that fails (a full disk).
//!
//! A damaged backup header (`BackupInvalid`) is in `store_backup.rs`; a
//! damaged id index (`IndexDamaged`) in `store_tamper.rs`.

mod common;

use common::{d, document, fast_passphrase, worker};
use doctrack_core::crypto::{NewSlot, Secret};
use doctrack_core::domain::DocumentKind;
use doctrack_core::store::{RecordKind, Store, StoreError, StoreOptions, MAX_SLOTS};
use rusqlite::{params, Connection};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn sha(path: &Path) -> Vec<u8> {
    ring::digest::digest(&ring::digest::SHA256, &std::fs::read(path).unwrap())
        .as_ref()
        .to_vec()
}

fn small_store(dir: &Path, pass: &str) -> PathBuf {
    let path = dir.join("s.db");
    let mut store = Store::create(&path, fast_passphrase(pass)).unwrap();
    let p = store
        .register_person(worker("Someone"), d(2026, 1, 1))
        .unwrap();
    common::record(
        &mut store,
        p.id,
        DocumentKind::Passport,
        "P-1",
        d(2024, 1, 1),
        Some(d(2034, 1, 1)),
    );
    store.close().unwrap();
    path
}

// ---- read-only file system ----

/// Makes `file` and `dir` unwritable: by permissions (an unprivileged
/// user), else by the immutable attribute (root, as on this build machine).
/// `None` when neither works here.
struct ReadOnly {
    paths: Vec<PathBuf>,
    immutable: bool,
}

impl ReadOnly {
    fn make(dir: &Path, file: &Path) -> Option<ReadOnly> {
        use std::os::unix::fs::PermissionsExt;
        let writable = || {
            let probe = dir.join("probe");
            let ok = std::fs::File::create(&probe).is_ok();
            let _ = std::fs::remove_file(&probe);
            ok || std::fs::OpenOptions::new().append(true).open(file).is_ok()
        };
        let guard = ReadOnly {
            paths: vec![file.to_path_buf(), dir.to_path_buf()],
            immutable: false,
        };
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o444)).unwrap();
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).unwrap();
        if !writable() {
            return Some(guard);
        }
        drop(guard);
        let chattr = |flag: &str| {
            std::process::Command::new("chattr")
                .arg(flag)
                .args([file, dir])
                .stderr(std::process::Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        };
        if chattr("+i") {
            let guard = ReadOnly {
                paths: vec![file.to_path_buf(), dir.to_path_buf()],
                immutable: true,
            };
            if !writable() {
                return Some(guard);
            }
        }
        None
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if self.immutable {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .args(&self.paths)
                .status();
        }
        for (p, mode) in self.paths.iter().zip([0o644, 0o755]) {
            let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode));
        }
    }
}

#[test]
fn a_read_only_file_system_is_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("ro");
    std::fs::create_dir(&folder).unwrap();
    let path = small_store(&folder, "pw");
    let before = sha(&path);
    let Some(guard) = ReadOnly::make(&folder, &path) else {
        eprintln!("skipped: cannot make a folder read-only here");
        return;
    };
    let err = Store::open(&path, &Secret::passphrase("pw")).unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly), "{err:?}");
    let err = Store::create(folder.join("new.db"), fast_passphrase("pw")).unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly), "{err:?}");
    // Opened read-only on purpose, it reads.
    let store = Store::open_with(
        &path,
        &Secret::passphrase("pw"),
        StoreOptions {
            read_only: true,
            ..StoreOptions::default()
        },
    )
    .unwrap();
    assert_eq!(store.documents().unwrap().items.len(), 1);
    drop(store);
    drop(guard);
    assert_eq!(sha(&path), before);
}

// ---- several writers ----

#[test]
fn writers_wait_for_each_other_and_busy_is_typed() {
    let dir = tempfile::tempdir().unwrap();
    let path = small_store(dir.path(), "pw");
    let holder = Store::open(&path, &Secret::passphrase("pw"))
        .unwrap()
        .people()
        .unwrap()
        .items[0]
        .person
        .id;
    // Six writers at once, each on its own connection: all of them get
    // through (they wait), and the log stays one chain.
    let handles: Vec<_> = (0..6)
        .map(|t| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut store = Store::open(&path, &Secret::passphrase("pw")).unwrap();
                for i in 0..10 {
                    store
                        .record_document(
                            document(
                                holder,
                                DocumentKind::HealthCheck,
                                &format!("H{t}-{i}"),
                                d(2025, 1, 1),
                                Some(d(2027, 1, 1)),
                            ),
                            d(2026, 1, 2),
                        )
                        .unwrap();
                }
                store.close().unwrap();
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let store = Store::open(&path, &Secret::passphrase("pw")).unwrap();
    assert_eq!(store.documents().unwrap().items.len(), 61);
    store.check_integrity().unwrap();
    drop(store);

    // Another connection holds the write lock for longer than the timeout.
    let other = Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let mut store = Store::open_with(
        &path,
        &Secret::passphrase("pw"),
        StoreOptions {
            busy_timeout: Duration::from_millis(200),
            ..StoreOptions::default()
        },
    )
    .unwrap();
    let started = Instant::now();
    let err = store
        .register_person(worker("Waiting"), d(2026, 1, 3))
        .unwrap_err();
    assert!(matches!(err, StoreError::Busy), "{err:?}");
    assert!(started.elapsed() >= Duration::from_millis(200), "it waited");
    // A lock released while waiting: the write goes through.
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        other.execute_batch("ROLLBACK").unwrap();
    });
    store
        .register_person(worker("Waiting"), d(2026, 1, 3))
        .unwrap();
    release.join().unwrap();
    assert_eq!(store.people().unwrap().items.len(), 2);
}

// ---- key slots ----

/// The checksum doctrack keeps beside each key slot (SHA-256 of its
/// columns, each length-prefixed), as someone planting a slot would compute it.
fn slot_checksum(id: &str, kind: &str, params: &str, wrapped: &[u8]) -> Vec<u8> {
    let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
    ctx.update(b"doctrack key slot v1");
    for part in [id.as_bytes(), kind.as_bytes(), params.as_bytes(), wrapped] {
        ctx.update(&(part.len() as u64).to_be_bytes());
        ctx.update(part);
    }
    ctx.finish().as_ref().to_vec()
}

fn plant_slot(path: &Path, id: &str, iterations: u32, valid_checksum: bool) {
    let conn = Connection::open(path).unwrap();
    let params = format!(
        r#"{{"kdf":"pbkdf2-hmac-sha256","iterations":{iterations},"salt":"00112233445566778899aabbccddeeff"}}"#
    );
    let wrapped = vec![0x5Au8; 80];
    let sum = if valid_checksum {
        slot_checksum(id, "passphrase", &params, &wrapped)
    } else {
        vec![0u8; 32]
    };
    conn.execute(
        "INSERT INTO key_slots (id, kind, params, wrapped, checksum) VALUES (?1, 'passphrase', ?2, ?3, ?4)",
        params![id, params, wrapped, sum],
    )
    .unwrap();
}

#[test]
fn a_damaged_key_slot_is_an_integrity_error_and_other_slots_still_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = small_store(dir.path(), "first");
    let mut store = Store::open(&path, &Secret::passphrase("first")).unwrap();
    let first = store.slots().unwrap()[0].id.clone();
    store.add_slot(fast_passphrase("second")).unwrap();
    store
        .add_slot(NewSlot::Raw {
            key: zeroize::Zeroizing::new([4u8; 32]),
        })
        .unwrap();
    store.close().unwrap();
    let conn = Connection::open(&path).unwrap();
    let mut wrapped: Vec<u8> = conn
        .query_row(
            "SELECT wrapped FROM key_slots WHERE id = ?1",
            [&first],
            |r| r.get(0),
        )
        .unwrap();
    wrapped[20] ^= 0x04;
    conn.execute(
        "UPDATE key_slots SET wrapped = ?1 WHERE id = ?2",
        params![wrapped, first],
    )
    .unwrap();
    drop(conn);
    // The damaged slot's own secret: a damaged slot, not a wrong secret.
    assert!(matches!(
        Store::open(&path, &Secret::passphrase("first")),
        Err(StoreError::Integrity(RecordKind::KeySlot))
    ));
    // The other slots still open the store.
    assert!(Store::open(&path, &Secret::passphrase("second")).is_ok());
    assert!(Store::open(&path, &Secret::Raw(zeroize::Zeroizing::new([4u8; 32]))).is_ok());
    // The full check names it; it can be removed.
    let mut store = Store::open(&path, &Secret::passphrase("second")).unwrap();
    assert!(matches!(
        store.check_integrity(),
        Err(StoreError::Integrity(RecordKind::KeySlot))
    ));
    store.remove_slot(&first).unwrap();
    store.check_integrity().unwrap();

    // Damaged parameters (not JSON any more) are the same.
    let path2 = small_store(&subdir(dir.path(), "x"), "only");
    Connection::open(&path2)
        .unwrap()
        .execute(
            "UPDATE key_slots SET params = '{\"kdf\":\"pbkdf2-hmac-sha256\",\"iter'",
            [],
        )
        .unwrap();
    assert!(matches!(
        Store::open(&path2, &Secret::passphrase("only")),
        Err(StoreError::Integrity(RecordKind::KeySlot))
    ));
    // No slot of the kind at all is still NoSuchSlot.
    assert!(matches!(
        Store::open(&path2, &Secret::Raw(zeroize::Zeroizing::new([4u8; 32]))),
        Err(StoreError::NoSuchSlot(_))
    ));
}

/// A new folder `name` in `dir`.
fn subdir(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(&p).unwrap();
    p
}

#[test]
fn key_slots_are_bounded_in_number_and_cost() {
    let dir = tempfile::tempdir().unwrap();
    let path = small_store(dir.path(), "pw");
    let mut store = Store::open(&path, &Secret::passphrase("pw")).unwrap();
    for i in 1..MAX_SLOTS {
        store
            .add_slot(NewSlot::Raw {
                key: zeroize::Zeroizing::new([i as u8; 32]),
            })
            .unwrap();
    }
    assert!(matches!(
        store.add_slot(fast_passphrase("one too many")),
        Err(StoreError::TooManySlots { limit: MAX_SLOTS })
    ));
    let extra = store.slots().unwrap()[1].id.clone();
    store.remove_slot(&extra).unwrap();
    store.add_slot(fast_passphrase("fits again")).unwrap();
    store.close().unwrap();
    // More rows than doctrack ever writes: refused before any is tried.
    plant_slot(&path, "planted", 1_000, true);
    assert!(matches!(
        Store::open(&path, &Secret::passphrase("pw")),
        Err(StoreError::TooManySlots { limit: MAX_SLOTS })
    ));

    // A planted slot with 50 million iterations (about 8 s of PBKDF2) and a
    // valid checksum is out of range: never tried, so opening stays fast.
    let path = small_store(&subdir(dir.path(), "cost"), "pw");
    plant_slot(&path, "slow", 50_000_000, true);
    let started = Instant::now();
    assert!(Store::open(&path, &Secret::passphrase("pw")).is_ok());
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "the planted slot was tried"
    );
    // With a wrong passphrase the planted slot is reported, not tried.
    let started = Instant::now();
    assert!(matches!(
        Store::open(&path, &Secret::passphrase("wrong")),
        Err(StoreError::Integrity(RecordKind::KeySlot))
    ));
    assert!(started.elapsed() < Duration::from_secs(3));
    // A slot within range but costlier than the real one is tried last.
    let path = small_store(&subdir(dir.path(), "order"), "pw");
    plant_slot(&path, "costly", 2_000_000, true);
    plant_slot(&path, "bad checksum", 1_000, false);
    assert!(Store::open(&path, &Secret::passphrase("pw")).is_ok());
}

// ---- schema version ----

#[test]
fn a_damaged_user_version_starts_no_migration() {
    let dir = tempfile::tempdir().unwrap();
    let path = small_store(dir.path(), "pw");
    for damaged in [0, 1, 2, 3] {
        Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", damaged)
            .unwrap();
        let before = sha(&path);
        let err = Store::open(&path, &Secret::passphrase("pw")).unwrap_err();
        assert!(
            matches!(err, StoreError::StorageCorrupt(_)),
            "user_version {damaged}: {err:?}"
        );
        assert_eq!(sha(&path), before, "user_version {damaged}: file changed");
        let copies = std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".bak")
            })
            .count();
        assert_eq!(copies, 0, "no migration copy for a damaged header");
    }
}

#[test]
fn migration_copies_are_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    std::fs::copy(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/store-v1.db"),
        &path,
    )
    .unwrap();
    // Three earlier attempts left their copies.
    for name in ["old.db.v1.bak", "old.db.v1-1.bak", "old.db.v1-2.bak"] {
        std::fs::copy(&path, dir.path().join(name)).unwrap();
    }
    let store = Store::open(&path, &Secret::Raw(zeroize::Zeroizing::new([0x11; 32]))).unwrap();
    let (from, copy) = store.migrated_from().unwrap();
    assert_eq!(from, 1);
    assert_eq!(copy, dir.path().join("old.db.v1-2.bak"));
    assert!(!dir.path().join("old.db.v1-3.bak").exists());
    store.check_integrity().unwrap();
}

// ---- write-ahead log ----

fn contains(path: &Path, needle: &[u8]) -> bool {
    std::fs::read(path)
        .map(|b| b.windows(needle.len()).any(|w| w == needle))
        .unwrap_or(false)
}

fn side(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

#[test]
fn no_old_wrapped_key_remains_after_a_passphrase_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.db");
    let mut store = Store::create(&path, fast_passphrase("old pass")).unwrap();
    store.register_person(worker("A"), d(2026, 1, 1)).unwrap();
    let slot = store.slots().unwrap()[0].id.clone();
    let (old_wrapped, old_params): (Vec<u8>, String) = Connection::open(&path)
        .unwrap()
        .query_row("SELECT wrapped, params FROM key_slots", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    // Another connection is open (an app's second screen, a backup job).
    let other = Store::open(&path, &Secret::passphrase("old pass")).unwrap();
    assert_eq!(other.people().unwrap().items.len(), 1);
    store
        .change_passphrase(
            &slot,
            &Secret::passphrase("old pass"),
            fast_passphrase("new pass"),
        )
        .unwrap();
    for file in [path.clone(), side(&path, "-wal")] {
        assert!(
            !contains(&file, &old_wrapped),
            "old wrapped key in {file:?}"
        );
        assert!(
            !contains(&file, old_params.as_bytes()),
            "old slot parameters in {file:?}"
        );
    }
    // Removing a slot leaves no copy of it either.
    let extra = store.add_slot(fast_passphrase("temporary")).unwrap();
    let extra_wrapped: Vec<u8> = Connection::open(&path)
        .unwrap()
        .query_row(
            "SELECT wrapped FROM key_slots WHERE id = ?1",
            [&extra],
            |r| r.get(0),
        )
        .unwrap();
    store.remove_slot(&extra).unwrap();
    for file in [path.clone(), side(&path, "-wal")] {
        assert!(!contains(&file, &extra_wrapped), "removed slot in {file:?}");
    }
    drop(other);

    // A reader in the middle of a read keeps the log in use: the change is
    // refused with Busy and changes nothing.
    store.register_person(worker("B"), d(2026, 1, 2)).unwrap();
    let reader = Connection::open(&path).unwrap();
    reader.execute_batch("BEGIN").unwrap();
    let _: i64 = reader
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .unwrap();
    let mut store = {
        store.close().unwrap();
        Store::open_with(
            &path,
            &Secret::passphrase("new pass"),
            StoreOptions {
                busy_timeout: Duration::from_millis(100),
                ..StoreOptions::default()
            },
        )
        .unwrap()
    };
    let err = store
        .change_passphrase(
            &slot,
            &Secret::passphrase("new pass"),
            fast_passphrase("third"),
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::Busy), "{err:?}");
    reader.execute_batch("COMMIT").unwrap();
    assert!(Store::open(&path, &Secret::passphrase("new pass")).is_ok());
    // Once the reader is done, the change goes through and leaves no copy
    // of the replaced slot behind, although the reader's connection is open.
    let current: Vec<u8> = reader
        .query_row("SELECT wrapped FROM key_slots", [], |r| r.get(0))
        .unwrap();
    store
        .change_passphrase(
            &slot,
            &Secret::passphrase("new pass"),
            fast_passphrase("third"),
        )
        .unwrap();
    for file in [path.clone(), side(&path, "-wal")] {
        assert!(!contains(&file, &current), "replaced slot in {file:?}");
    }
    drop(store);
    assert!(Store::open(&path, &Secret::passphrase("third")).is_ok());
}

/// The child: under a file-size limit (as a full disk), writes a photo
/// into the write-ahead log and closes; prints what `close` returned.
#[test]
fn close_child() {
    let Some(path) = std::env::var_os("CLOSE_CHILD_STORE") else {
        return;
    };
    let limit: u64 = std::env::var("CLOSE_CHILD_LIMIT").unwrap().parse().unwrap();
    let mut store = Store::open(&path, &Secret::passphrase("pw")).unwrap();
    let doc = store.documents().unwrap().items[0].document.id;
    // SAFETY: plain libc calls on this process before any other thread
    // writes files: ignore SIGXFSZ (so a write past the limit fails with
    // EFBIG instead of killing the process) and lower the file-size limit.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
        let mut rl: libc::rlimit = std::mem::zeroed();
        libc::getrlimit(libc::RLIMIT_FSIZE, &mut rl);
        rl.rlim_cur = limit as libc::rlim_t;
        assert_eq!(libc::setrlimit(libc::RLIMIT_FSIZE, &rl), 0);
    }
    let photo = vec![0x33u8; 300_000];
    store
        .add_attachment(doc, "image/jpeg", d(2026, 2, 1), photo.as_slice())
        .unwrap();
    println!("close: {:?}", store.close());
}

#[test]
fn close_reports_a_checkpoint_that_fails() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.db");
    let mut store = Store::create(&path, fast_passphrase("pw")).unwrap();
    let p = store.register_person(worker("A"), d(2026, 1, 1)).unwrap();
    let doc = common::record(
        &mut store,
        p.id,
        DocumentKind::Passport,
        "P-9",
        d(2024, 1, 1),
        None,
    );
    let big = vec![0x44u8; 1_000_000];
    store
        .add_attachment(doc.document.id, "image/png", d(2026, 1, 1), big.as_slice())
        .unwrap();
    store.close().unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    // The log (about 310 KB) fits under the limit; the database file cannot
    // grow by the same amount when the log is checkpointed into it.
    let limit = size + 100_000;
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["close_child", "--exact", "--nocapture", "--test-threads=1"])
        .env("CLOSE_CHILD_STORE", &path)
        .env("CLOSE_CHILD_LIMIT", limit.to_string())
        .stderr(std::process::Stdio::null())
        .output()
        .unwrap();
    let line = BufReader::new(out.stdout.as_slice())
        .lines()
        .map_while(Result::ok)
        .find_map(|l| l.split_once("close: ").map(|(_, r)| r.to_string()))
        .expect("the child reports what close returned");
    assert!(
        line.starts_with("Err("),
        "close must report the failed checkpoint, got {line}"
    );
    // Nothing is lost: the data is in the log, and the next open moves it.
    let store = Store::open(&path, &Secret::passphrase("pw")).unwrap();
    assert_eq!(store.attachments(doc.document.id).unwrap().len(), 2);
    store.check_integrity().unwrap();
    store.close().unwrap();
    assert!(std::fs::metadata(side(&path, "-wal")).map_or(true, |m| m.len() == 0));
}

#[test]
fn the_app_opens_a_read_only_store_for_reading_and_refuses_writes_typed() {
    use doctrack_core::app::{App, AppConfig, AppError};
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("ro");
    std::fs::create_dir(&folder).unwrap();
    let path = small_store(&folder, "pw");
    let before = sha(&path);
    let Some(guard) = ReadOnly::make(&folder, &path) else {
        eprintln!("skipped: cannot make a folder read-only here");
        return;
    };
    let mut app = App::open(
        &path,
        &Secret::passphrase("pw"),
        StoreOptions::default(),
        AppConfig::embedded().unwrap(),
    )
    .expect("a read-only store opens for reading");
    assert!(app.is_read_only());
    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    assert_eq!(app.dashboard(today).unwrap().people.len(), 1);
    // No notice can be kept, and that is not an error.
    assert!(app.notice_rule_changes(today).unwrap().is_empty());
    let person = app.people().unwrap().items[0].person.id;
    let err = app.archive_person(person, today).unwrap_err();
    assert!(matches!(err, AppError::ReadOnly), "{err:?}");
    drop(app);
    drop(guard);
    assert_eq!(sha(&path), before, "nothing was written");
}
