//! Creating and restoring a store atomically
//! (`docs/adr/0010-atomic-create-and-restore.md`).
//!
//! The store is built in a temporary file beside its final path
//! (`.<name>.doctrack-new-<random>`), checkpointed and closed (so the file
//! alone is complete), fsynced, and moved into place with a rename that
//! never replaces a file: `renameat2(RENAME_NOREPLACE)` on Linux,
//! `renameatx_np(RENAME_EXCL)` on Apple systems, a hard link and unlink
//! where the file system lacks those. Android forbids hard links in app
//! storage and, before Android 11, kills a process that calls `renameat2`;
//! there the folder is locked, the path checked and the file renamed. The
//! folder is then fsynced.
//! An interrupted create or restore leaves nothing at the path, or a
//! complete store.
//!
//! Each temporary file has a lock file (`…doctrack-new-<random>.lock`)
//! that its builder holds an advisory lock on. Before building, leftovers
//! of builders that died are removed: a lock file that can be locked
//! belongs to no live process. Leftovers never block a retry: names are
//! unique.

use super::error::{StoreError, StoreResult};
use super::{sibling, Store, StoreOptions};
use crate::crypto::NewSlot;
use std::ffi::OsString;
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

const MARK: &str = ".doctrack-new-";
const LOCK: &str = ".lock";
const SIDE_FILES: [&str; 4] = ["", "-wal", "-shm", "-journal"];

/// The folder of `path` ("." for a bare file name).
pub(crate) fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The prefix of temporary files for the store named `name`.
fn prefix(name: &std::ffi::OsStr) -> OsString {
    let mut p = OsString::from(".");
    p.push(name);
    p.push(MARK);
    p
}

/// A store being built beside its final path.
struct Temp {
    db: PathBuf,
    lock_path: PathBuf,
    /// Held (with an advisory lock on it) until the build ends.
    _lock: File,
}

impl Temp {
    fn new(dir: &Path, name: &std::ffi::OsStr) -> StoreResult<Temp> {
        let mut random = [0u8; 8];
        crate::crypto::random_bytes(&mut random)?;
        let mut file = prefix(name);
        file.push(super::log_head::hex(&random));
        let db = dir.join(&file);
        let lock_path = sibling(&db, LOCK);
        let lock = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&lock_path)?;
        lock_exclusive(&lock);
        Ok(Temp {
            db,
            lock_path,
            _lock: lock,
        })
    }

    /// Removes the temporary store and its side files, then the lock file.
    fn discard(&self) {
        for suffix in SIDE_FILES {
            let _ = std::fs::remove_file(sibling(&self.db, suffix));
        }
        let _ = std::fs::remove_file(&self.lock_path);
    }
}

#[cfg(unix)]
fn lock_exclusive(file: &File) {
    // A fresh file: nobody else holds it. If locking is unsupported, the
    // only loss is that a stale-file sweep might remove this build's files,
    // which then fails and is retried.
    let _ = rustix::fs::flock(file, rustix::fs::FlockOperation::NonBlockingLockExclusive);
}

#[cfg(not(unix))]
fn lock_exclusive(_file: &File) {}

/// Whether nobody holds the lock file at `path` (its builder died).
#[cfg(unix)]
fn abandoned(path: &Path) -> Option<File> {
    let file = File::open(path).ok()?;
    rustix::fs::flock(&file, rustix::fs::FlockOperation::NonBlockingLockExclusive).ok()?;
    Some(file)
}

#[cfg(not(unix))]
fn abandoned(_path: &Path) -> Option<File> {
    None
}

/// Removes what builders that died left beside `name` in `dir`. Best
/// effort: anything in use, or unreadable, is left alone.
fn sweep(dir: &Path, name: &std::ffi::OsStr) {
    let prefix = prefix(name);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let bytes = file.as_encoded_bytes();
        if !bytes.starts_with(prefix.as_encoded_bytes()) || !bytes.ends_with(LOCK.as_bytes()) {
            continue;
        }
        let lock_path = dir.join(&file);
        // Held while the files are removed, so no other sweep races us.
        let Some(_held) = abandoned(&lock_path) else {
            continue;
        };
        // "<db>.lock" without its extension is the temporary store.
        let db = lock_path.with_extension("");
        for suffix in SIDE_FILES {
            let _ = std::fs::remove_file(sibling(&db, suffix));
        }
        let _ = std::fs::remove_file(&lock_path);
    }
}

/// Moves `from` to `to` unless `to` exists (`AlreadyExists`, nothing moved).
fn move_no_replace(from: &Path, to: &Path) -> StoreResult<()> {
    #[cfg(target_os = "android")]
    {
        android_move(from, to)
    }
    #[cfg(not(target_os = "android"))]
    {
        #[cfg(any(target_os = "linux", target_vendor = "apple"))]
        {
            use rustix::fs::{renameat_with, RenameFlags, CWD};
            use rustix::io::Errno;
            match renameat_with(CWD, from, CWD, to, RenameFlags::NOREPLACE) {
                Ok(()) => return Ok(()),
                Err(e) if e == Errno::EXIST => return Err(StoreError::AlreadyExists),
                // The file system cannot rename without replacing: use a link.
                Err(e) if e == Errno::INVAL || e == Errno::NOSYS || e == Errno::OPNOTSUPP => {}
                Err(e) => return Err(std::io::Error::from(e).into()),
            }
        }
        match std::fs::hard_link(from, to) {
            Ok(()) => {
                let _ = std::fs::remove_file(from);
                Ok(())
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                Err(StoreError::AlreadyExists)
            }
            Err(e) => Err(e.into()),
        }
    }
}

/// Android: apps may not make hard links (SELinux), and before Android 11
/// the app seccomp filter kills a process that calls `renameat2`. So the
/// folder is locked (`flock`, which every doctrack builder takes), the path
/// is checked, and the file is renamed. Only a writer that ignores the lock
/// (nobody else writes in an app's private folder) could slip in between.
#[cfg(target_os = "android")]
fn android_move(from: &Path, to: &Path) -> StoreResult<()> {
    let dir = File::open(parent_dir(to))?;
    rustix::fs::flock(&dir, rustix::fs::FlockOperation::LockExclusive)
        .map_err(std::io::Error::from)?;
    if to.symlink_metadata().is_ok() {
        return Err(StoreError::AlreadyExists);
    }
    std::fs::rename(from, to)?;
    Ok(())
}

/// Flushes a folder's entries (the rename) to disk where the OS allows it.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// The start of every atomic write: `path` names a file and is free (a
/// link there, even a dangling one, counts as taken), its folder exists (a
/// missing one is `Io(NotFound)`, a file in its place `Invalid(path)`),
/// what dead writers left beside it is swept, and a temporary file is
/// reserved. Returns the folder and the temporary file.
fn begin(path: &Path) -> StoreResult<(PathBuf, Temp)> {
    let name = path.file_name().ok_or(StoreError::Invalid {
        field: "path",
        reason: "must name a file",
    })?;
    if path.symlink_metadata().is_ok() {
        return Err(StoreError::AlreadyExists);
    }
    let dir = parent_dir(path);
    if !dir.is_dir() {
        return Err(if dir.exists() {
            StoreError::Invalid {
                field: "path",
                reason: "its folder is a file",
            }
        } else {
            std::io::Error::from(std::io::ErrorKind::NotFound).into()
        });
    }
    sweep(&dir, name);
    let temp = Temp::new(&dir, name)?;
    Ok((dir, temp))
}

/// Builds a new store at `path` (which must not exist): creates it with
/// `slot` in a temporary file, runs `fill` on it, and moves it into place.
/// On any error nothing is left at `path` (and the temporary files are
/// removed); `path` is never replaced.
pub(crate) fn build<T>(
    path: &Path,
    slot: &NewSlot,
    options: StoreOptions,
    fill: impl FnOnce(&mut Store) -> StoreResult<T>,
) -> StoreResult<(Store, T)> {
    let (dir, temp) = begin(path)?;
    let result = (|| -> StoreResult<_> {
        let mut store = Store::create_fresh(&temp.db, slot, options.clone())?;
        let out = fill(&mut store)?;
        let keys = store.finish_temp()?;
        File::open(&temp.db)?.sync_all()?;
        move_no_replace(&temp.db, path)?;
        sync_dir(&dir);
        Ok((keys, out))
    })();
    temp.discard();
    let (keys, out) = result?;
    Ok((Store::attach(path, keys, options)?, out))
}

/// Writes a new file at `path` (which must not exist) atomically: `write`
/// fills a temporary file beside it (created readable by the owner only:
/// backups, exported photos and timelines may hold personal data), which is
/// fsynced and moved into place without replacing anything. On any error,
/// or if the process dies, nothing is left at `path` and a retry works (it
/// removes what a dead writer left). A `path` that is a symbolic link, even
/// a dangling one, counts as existing (`AlreadyExists`): nothing is ever
/// written through a link at the final name; folders on the way may be
/// links.
pub fn write_new_file<T>(
    path: &Path,
    write: impl FnOnce(&mut File) -> StoreResult<T>,
) -> StoreResult<T> {
    let (dir, temp) = begin(path)?;
    let result = (|| -> StoreResult<T> {
        let mut file = owner_only(&temp.db)?;
        let out = write(&mut file)?;
        file.sync_all()?;
        drop(file);
        move_no_replace(&temp.db, path)?;
        sync_dir(&dir);
        Ok(out)
    })();
    temp.discard();
    result
}

/// A new file readable and writable by its owner only.
fn owner_only(path: &Path) -> StoreResult<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    Ok(options.open(path)?)
}

#[cfg(test)]
mod write_new_file_tests {
    use super::*;
    use std::io::Write;

    fn write(path: &Path, text: &str) -> StoreResult<()> {
        write_new_file(path, |f| {
            f.write_all(text.as_bytes())?;
            Ok(())
        })
    }

    #[test]
    fn a_new_file_is_complete_owner_only_and_never_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.svg");
        write(&path, "first").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "first");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        assert!(matches!(
            write(&path, "second"),
            Err(StoreError::AlreadyExists)
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "first");
        // Nothing left beside it.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_leaves_nothing_and_a_retry_works() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("backup.bin");
        let failed: StoreResult<()> = write_new_file(&path, |f| {
            f.write_all(b"partial")?;
            Err(StoreError::DiskFull)
        });
        assert!(matches!(failed, Err(StoreError::DiskFull)));
        assert!(!path.exists());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        write(&path, "whole").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "whole");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_at_the_name_is_never_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere.txt");
        let link = dir.path().join("photo.jpg");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        // A dangling link counts as existing: nothing is created at its target.
        assert!(matches!(write(&link, "x"), Err(StoreError::AlreadyExists)));
        assert!(!target.exists());
    }

    #[test]
    fn a_missing_folder_or_a_file_as_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no-such-folder").join("a.svg");
        assert!(matches!(
            write(&missing, "x"),
            Err(StoreError::Io(std::io::ErrorKind::NotFound))
        ));
        let file = dir.path().join("file");
        std::fs::write(&file, "x").unwrap();
        assert!(matches!(
            write(&file.join("a.svg"), "x"),
            Err(StoreError::Invalid { field: "path", .. })
        ));
    }
}
