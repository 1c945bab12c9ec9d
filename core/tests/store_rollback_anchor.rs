//! The rollback anchor (docs/adr/0024): an older copy of the whole store
//! file, put back in its place, is refused at open with `RolledBack` when
//! the app gives its anchor; without one it is not detected (said in
//! README's security section), and `accept_older_copy` opens it on purpose.

mod common;

use common::{d, fast_passphrase, worker};
use doctrack_core::crypto::Secret;
use doctrack_core::store::{
    AnchorHandle, AnchorUnavailable, RollbackAnchor, Store, StoreError, StoreOptions,
};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

const PASS: &str = "anchor passphrase";

/// The app's platform storage, in memory; can be made unavailable.
#[derive(Default)]
struct MemoryAnchor {
    value: Mutex<Option<Vec<u8>>>,
    unavailable: AtomicBool,
    saves: AtomicUsize,
}

impl RollbackAnchor for MemoryAnchor {
    fn load(&self) -> Result<Option<Vec<u8>>, AnchorUnavailable> {
        if self.unavailable.load(Ordering::SeqCst) {
            return Err(AnchorUnavailable);
        }
        Ok(self.value.lock().unwrap().clone())
    }

    fn save(&self, value: &[u8]) -> Result<(), AnchorUnavailable> {
        if self.unavailable.load(Ordering::SeqCst) {
            return Err(AnchorUnavailable);
        }
        self.saves.fetch_add(1, Ordering::SeqCst);
        *self.value.lock().unwrap() = Some(value.to_vec());
        Ok(())
    }
}

fn options(anchor: &Arc<MemoryAnchor>, accept_older_copy: bool) -> StoreOptions {
    StoreOptions {
        rollback_anchor: Some(AnchorHandle(anchor.clone())),
        accept_older_copy,
        ..StoreOptions::default()
    }
}

fn secret() -> Secret {
    Secret::passphrase(PASS)
}

fn open(path: &Path, anchor: &Arc<MemoryAnchor>) -> Result<Store, StoreError> {
    Store::open_with(path, &secret(), options(anchor, false))
}

fn add_person(store: &mut Store, name: &str) {
    store.register_person(worker(name), d(2026, 1, 1)).unwrap();
}

/// A store with one person, created with `anchor`; returns its folder,
/// path, and a copy of the closed file made then.
fn store_and_old_copy(anchor: &Arc<MemoryAnchor>) -> (tempfile::TempDir, PathBuf, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let mut store =
        Store::create_with(&path, fast_passphrase(PASS), options(anchor, false)).unwrap();
    add_person(&mut store, "First Worker");
    store.close().unwrap();
    let old = std::fs::read(&path).unwrap();
    let mut store = open(&path, anchor).unwrap();
    add_person(&mut store, "Second Worker");
    store.close().unwrap();
    (dir, path, old)
}

fn put_back(path: &Path, old: &[u8]) {
    std::fs::write(path, old).unwrap();
    for suffix in ["-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

#[test]
fn an_older_copy_of_the_whole_file_is_refused_with_the_anchor() {
    let anchor = Arc::new(MemoryAnchor::default());
    let (_dir, path, old) = store_and_old_copy(&anchor);
    put_back(&path, &old);
    assert!(matches!(open(&path, &anchor), Err(StoreError::RolledBack)));
    // Read-only opening is no way around it.
    let ro = StoreOptions {
        read_only: true,
        ..options(&anchor, false)
    };
    assert!(matches!(
        Store::open_with(&path, &secret(), ro),
        Err(StoreError::RolledBack)
    ));
    // Nor is repair.
    assert!(matches!(
        Store::open_and_repair(&path, &secret(), options(&anchor, false)),
        Err(StoreError::RolledBack)
    ));
    // Refusing changed nothing: still refused.
    assert!(matches!(open(&path, &anchor), Err(StoreError::RolledBack)));
}

#[test]
fn without_an_anchor_the_older_copy_opens_as_documented() {
    let anchor = Arc::new(MemoryAnchor::default());
    let (_dir, path, old) = store_and_old_copy(&anchor);
    put_back(&path, &old);
    let store = Store::open(&path, &secret()).unwrap();
    assert_eq!(store.people().unwrap().items.len(), 1);
}

#[test]
fn accepting_the_older_copy_opens_it_and_the_anchor_remembers_it() {
    let anchor = Arc::new(MemoryAnchor::default());
    let (_dir, path, old) = store_and_old_copy(&anchor);
    put_back(&path, &old);
    let store = Store::open_with(&path, &secret(), options(&anchor, true)).unwrap();
    assert_eq!(store.people().unwrap().items.len(), 1);
    store.close().unwrap();
    // From now on this copy is the one remembered.
    let mut store = open(&path, &anchor).unwrap();
    add_person(&mut store, "Third Worker");
    store.close().unwrap();
    assert_eq!(
        open(&path, &anchor).unwrap().people().unwrap().items.len(),
        2
    );
}

#[test]
fn a_copy_written_on_after_it_was_put_back_is_caught_too() {
    let anchor = Arc::new(MemoryAnchor::default());
    let (_dir, path, old) = store_and_old_copy(&anchor);
    put_back(&path, &old);
    // Someone writes to the old copy without the anchor, so that it has as
    // many events as the anchor remembers, and more.
    let mut store = Store::open(&path, &secret()).unwrap();
    add_person(&mut store, "Other Worker");
    add_person(&mut store, "Another Worker");
    store.close().unwrap();
    assert!(matches!(open(&path, &anchor), Err(StoreError::RolledBack)));
}

#[test]
fn a_rollback_of_a_write_without_new_events_is_caught() {
    let anchor = Arc::new(MemoryAnchor::default());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let mut store =
        Store::create_with(&path, fast_passphrase(PASS), options(&anchor, false)).unwrap();
    add_person(&mut store, "First Worker");
    store.close().unwrap();
    let old = std::fs::read(&path).unwrap();
    let mut store = open(&path, &anchor).unwrap();
    store.rebuild_projections().unwrap(); // writes the head, no event
    store.close().unwrap();
    put_back(&path, &old);
    assert!(matches!(open(&path, &anchor), Err(StoreError::RolledBack)));
}

#[test]
fn another_store_in_its_place_is_refused() {
    let anchor = Arc::new(MemoryAnchor::default());
    let (dir, path, _) = store_and_old_copy(&anchor);
    let other = dir.path().join("other.db");
    let mut store = Store::create(&other, fast_passphrase(PASS)).unwrap();
    add_person(&mut store, "Stranger");
    add_person(&mut store, "Stranger Two");
    add_person(&mut store, "Stranger Three");
    store.close().unwrap();
    std::fs::rename(&other, &path).unwrap();
    assert!(matches!(open(&path, &anchor), Err(StoreError::RolledBack)));
}

#[test]
fn the_newest_store_opens_and_the_anchor_follows_every_write() {
    let anchor = Arc::new(MemoryAnchor::default());
    let (_dir, path, _) = store_and_old_copy(&anchor);
    let mut store = open(&path, &anchor).unwrap();
    let before = anchor.saves.load(Ordering::SeqCst);
    add_person(&mut store, "Third Worker");
    assert_eq!(anchor.saves.load(Ordering::SeqCst), before + 1);
    assert!(!store.rollback_anchor_behind());
    // A copy taken now is the newest: it opens.
    store.close().unwrap();
    assert_eq!(
        open(&path, &anchor).unwrap().people().unwrap().items.len(),
        3
    );
}

#[test]
fn an_unavailable_anchor_is_a_typed_error_at_open_and_never_loses_a_write() {
    let anchor = Arc::new(MemoryAnchor::default());
    let (_dir, path, _) = store_and_old_copy(&anchor);
    anchor.unavailable.store(true, Ordering::SeqCst);
    assert!(matches!(
        open(&path, &anchor),
        Err(StoreError::AnchorUnavailable)
    ));
    anchor.unavailable.store(false, Ordering::SeqCst);
    let mut store = open(&path, &anchor).unwrap();
    anchor.unavailable.store(true, Ordering::SeqCst);
    add_person(&mut store, "Written Anyway");
    assert!(store.rollback_anchor_behind());
    anchor.unavailable.store(false, Ordering::SeqCst);
    add_person(&mut store, "Saved Again");
    assert!(!store.rollback_anchor_behind());
    store.close().unwrap();
    assert_eq!(
        open(&path, &anchor).unwrap().people().unwrap().items.len(),
        4
    );
}

#[test]
fn a_restored_store_is_remembered_by_its_anchor() {
    let anchor = Arc::new(MemoryAnchor::default());
    let (dir, path, _) = store_and_old_copy(&anchor);
    let store = open(&path, &anchor).unwrap();
    let mut backup = Vec::new();
    store
        .export_backup(
            &mut backup,
            "backup passphrase",
            doctrack_core::crypto::KdfParams::insecure_fast_for_tests(),
        )
        .unwrap();
    store.close().unwrap();
    let restored = dir.path().join("restored.db");
    let fresh = Arc::new(MemoryAnchor::default());
    let (store, _) = Store::restore_backup(
        backup.as_slice(),
        "backup passphrase",
        &restored,
        fast_passphrase(PASS),
        options(&fresh, false),
    )
    .unwrap();
    store.close().unwrap();
    assert_eq!(
        open(&restored, &fresh)
            .unwrap()
            .people()
            .unwrap()
            .items
            .len(),
        2
    );
    // The anchor of the first store does not know the restored one.
    assert!(matches!(
        open(&restored, &anchor),
        Err(StoreError::RolledBack)
    ));
}

#[test]
fn the_anchor_value_reveals_nothing() {
    let anchor = Arc::new(MemoryAnchor::default());
    let (_dir, _path, _) = store_and_old_copy(&anchor);
    let value = anchor.value.lock().unwrap().clone().unwrap();
    let text = String::from_utf8_lossy(&value);
    for plain in ["events", "generation", "head", "Worker"] {
        assert!(!text.contains(plain), "{plain} visible in the anchor value");
    }
}
