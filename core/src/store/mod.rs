//! The encrypted offline store: SQLite (bundled) with every personal value
//! sealed in AEAD envelopes under a data key wrapped by key slots.
//!
//! - Events are appended, never changed; people and documents are
//!   projections rebuilt from them ([`Store::rebuild_projections`]).
//! - Every change runs in one IMMEDIATE transaction: on any error (disk
//!   full, read-only, a refused event) nothing is written.
//! - A damaged file gives [`StoreError::StorageCorrupt`] and is never
//!   deleted, moved or overwritten.
//!
//! What remains visible on disk is listed in `docs/adr/0003-what-remains-visible.md`.

mod attachments;
mod backup;
mod codec;
mod error;
mod records;
mod reminders;
pub mod schema;

pub use attachments::{AttachmentInfo, DEFAULT_ATTACHMENT_LIMIT};
pub use backup::MergeReport;
pub use error::{RecordKind, StoreError, StoreResult};
pub use records::{Listing, Snapshot, Unreadable};
pub use reminders::{is_reminder_id, SyncedReminder, REMINDER_ID_LEN};

use crate::crypto::{NewSlot, Secret, SlotInfo, SlotKind, SlotParams, WrappedSlot};
use codec::Keys;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use std::io::Read;
use std::path::{Path, PathBuf};
use uuid::Uuid;

const FORMAT_TAG: &str = "doctrack-store";
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Options for opening or creating a store.
#[derive(Debug, Clone)]
pub struct StoreOptions {
    /// Largest attachment accepted, in bytes (default 20 MiB).
    pub attachment_limit: u64,
    /// Largest size the database may grow to, in bytes (none: no limit). A
    /// write beyond it fails with [`StoreError::DiskFull`] and writes nothing.
    pub max_size_bytes: Option<u64>,
    /// Open read-only: every write fails with [`StoreError::ReadOnly`].
    pub read_only: bool,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions {
            attachment_limit: DEFAULT_ATTACHMENT_LIMIT,
            max_size_bytes: None,
            read_only: false,
        }
    }
}

/// An open, unlocked store.
pub struct Store {
    conn: Connection,
    keys: Keys,
    path: PathBuf,
    options: StoreOptions,
    migrated_from: Option<(i64, PathBuf)>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

fn set_pragmas(conn: &Connection, options: &StoreOptions) -> StoreResult<()> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.pragma_update(None, "secure_delete", true)?;
    conn.pragma_update(None, "temp_store", 2)?; // memory: no plaintext temp files
    if !options.read_only {
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Database(format!(
                "could not switch to WAL (journal mode {mode})"
            )));
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
    }
    if let Some(max) = options.max_size_bytes {
        let page: i64 = conn.query_row("PRAGMA page_size", [], |r| r.get(0))?;
        let max = i64::try_from(max).unwrap_or(i64::MAX);
        let pages = (max / page.max(512)).max(1);
        conn.query_row(&format!("PRAGMA max_page_count = {pages}"), [], |r| {
            r.get::<_, i64>(0)
        })?;
    }
    Ok(())
}

/// Checks that `path` looks like a SQLite file without letting SQLite touch it.
fn check_header(path: &Path) -> StoreResult<()> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => StoreError::Missing,
        _ => StoreError::from(e),
    })?;
    if !meta.is_file() {
        return Err(StoreError::StorageCorrupt("not a regular file"));
    }
    if meta.len() < 512 {
        return Err(StoreError::StorageCorrupt("the file is empty or truncated"));
    }
    let mut header = [0u8; 16];
    std::fs::File::open(path)?.read_exact(&mut header)?;
    if &header != SQLITE_HEADER {
        return Err(StoreError::StorageCorrupt("not a SQLite database"));
    }
    Ok(())
}

impl Store {
    /// Creates a new store at `path` (which must not exist) with one key slot.
    pub fn create(path: impl AsRef<Path>, first_slot: NewSlot) -> StoreResult<Store> {
        Store::create_with(path, first_slot, StoreOptions::default())
    }

    /// [`Store::create`] with options.
    pub fn create_with(
        path: impl AsRef<Path>,
        first_slot: NewSlot,
        options: StoreOptions,
    ) -> StoreResult<Store> {
        let path = path.as_ref().to_path_buf();
        // Claim the path atomically: if anything exists there (even a file
        // created a moment ago by another process), fail without touching it.
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(StoreError::AlreadyExists)
            }
            Err(e) => return Err(e.into()),
        }
        let result = Store::create_inner(&path, &first_slot, options);
        if result.is_err() {
            // Only the file this call created (and its side files) is removed.
            for suffix in ["", "-wal", "-shm", "-journal"] {
                let _ = std::fs::remove_file(sibling(&path, suffix));
            }
        }
        result
    }

    fn create_inner(
        path: &Path,
        first_slot: &NewSlot,
        options: StoreOptions,
    ) -> StoreResult<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags)?;
        set_pragmas(&conn, &options)?;
        let keys = Keys::new(crate::crypto::DataKeys::generate()?)?;
        let slot = WrappedSlot::create(Uuid::new_v4().to_string(), first_slot, keys.bundle())?;
        // Schema, metadata and the first slot in one transaction: a crash
        // leaves either an empty file or a complete store.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        schema::migrate_in(&tx, Some(&keys), 0, schema::CURRENT_VERSION)?;
        tx.execute(
            "INSERT INTO store_meta (key, value) VALUES ('format', ?1), ('store_id', ?2)",
            params![FORMAT_TAG, Uuid::new_v4().to_string()],
        )?;
        records::insert_slot(&tx, &slot)?;
        tx.commit()?;
        Ok(Store {
            conn,
            keys,
            path: path.to_path_buf(),
            options,
            migrated_from: None,
        })
    }

    /// Opens and unlocks the store at `path`. Upgrades an older schema
    /// (after copying the file); refuses a newer one without writing.
    pub fn open(path: impl AsRef<Path>, secret: &Secret) -> StoreResult<Store> {
        Store::open_with(path, secret, StoreOptions::default())
    }

    /// [`Store::open`] with options.
    pub fn open_with(
        path: impl AsRef<Path>,
        secret: &Secret,
        options: StoreOptions,
    ) -> StoreResult<Store> {
        let path = path.as_ref().to_path_buf();
        check_header(&path)?;
        let mut flags = OpenFlags::SQLITE_OPEN_NO_MUTEX;
        flags |= if options.read_only {
            OpenFlags::SQLITE_OPEN_READ_ONLY
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE
        };
        let mut conn = Connection::open_with_flags(&path, flags)?;
        let version = schema::user_version(&conn)?;
        if version > schema::CURRENT_VERSION {
            return Err(StoreError::NewerVersion {
                found: version,
                supported: schema::CURRENT_VERSION,
            });
        }
        if version < 1 {
            return Err(StoreError::StorageCorrupt("not a doctrack store"));
        }
        let check: String = conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(StoreError::StorageCorrupt(
                "the database failed its integrity check",
            ));
        }
        let format: Option<String> = conn
            .query_row(
                "SELECT value FROM store_meta WHERE key = 'format'",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(|_| StoreError::StorageCorrupt("not a doctrack store"))?;
        if format.as_deref() != Some(FORMAT_TAG) {
            return Err(StoreError::StorageCorrupt("not a doctrack store"));
        }
        let keys = Keys::new(records::unlock(&conn, secret)?)?;
        let mut migrated_from = None;
        if version < schema::CURRENT_VERSION {
            if options.read_only {
                return Err(StoreError::ReadOnly);
            }
            conn.busy_timeout(std::time::Duration::from_secs(5))?;
            // The copy is made before anything writes to the file. If another
            // process migrates first, `migrate` finds the new version and
            // does nothing; the copy is still a copy of the old file.
            let copy = schema::copy_before_migration(&conn, &path, version)?;
            schema::migrate(&mut conn, &keys)?;
            migrated_from = Some((version, copy));
        }
        set_pragmas(&conn, &options)?;
        Ok(Store {
            conn,
            keys,
            path,
            options,
            migrated_from,
        })
    }

    /// The store's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// If opening upgraded the schema: the old version and the copy kept of the file.
    pub fn migrated_from(&self) -> Option<(i64, &Path)> {
        self.migrated_from.as_ref().map(|(v, p)| (*v, p.as_path()))
    }

    /// Deletes the copy made before this session's migration, once the app
    /// has checked the upgraded store. The copy holds the same data key under
    /// the key slots of that time: keeping it forever would let an old
    /// passphrase open the data. Never called automatically.
    pub fn remove_migration_copy(&mut self) -> StoreResult<()> {
        if let Some((_, copy)) = self.migrated_from.take() {
            std::fs::remove_file(copy)?;
        }
        Ok(())
    }

    /// The schema version of the open store.
    pub fn schema_version(&self) -> StoreResult<i64> {
        schema::user_version(&self.conn)
    }

    /// Runs SQLite's full `integrity_check`.
    pub fn check_integrity(&self) -> StoreResult<()> {
        let result: String = self
            .conn
            .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))?;
        if result == "ok" {
            Ok(())
        } else {
            Err(StoreError::StorageCorrupt(
                "the database failed its integrity check",
            ))
        }
    }

    /// Closes the store, checkpointing the write-ahead log.
    pub fn close(self) -> StoreResult<()> {
        self.conn.close().map_err(|(_, e)| StoreError::from(e))
    }

    // ---- key slots ----

    /// The key slots (ids and kinds).
    pub fn slots(&self) -> StoreResult<Vec<SlotInfo>> {
        Ok(records::load_slots(&self.conn, None)?
            .into_iter()
            .map(|s| SlotInfo {
                id: s.id,
                kind: s.kind,
            })
            .collect())
    }

    /// Adds a key slot; returns its id.
    pub fn add_slot(&mut self, slot: NewSlot) -> StoreResult<String> {
        let wrapped = WrappedSlot::create(Uuid::new_v4().to_string(), &slot, self.keys.bundle())?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        records::insert_slot(&tx, &wrapped)?;
        tx.commit()?;
        Ok(wrapped.id)
    }

    /// Removes a key slot; refuses to remove the last one.
    pub fn remove_slot(&mut self, id: &str) -> StoreResult<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let count: i64 = tx.query_row("SELECT count(*) FROM key_slots", [], |r| r.get(0))?;
        let exists: bool =
            tx.query_row("SELECT count(*) FROM key_slots WHERE id = ?1", [id], |r| {
                r.get::<_, i64>(0)
            })? > 0;
        if !exists {
            return Err(StoreError::SlotNotFound);
        }
        if count <= 1 {
            return Err(StoreError::LastSlot);
        }
        tx.execute("DELETE FROM key_slots WHERE id = ?1", [id])?;
        tx.commit()?;
        self.forget_old_slot_versions();
        Ok(())
    }

    /// Moves the write-ahead log into the database, so that old versions of
    /// key slots do not linger in the `-wal` file (freed pages are zeroed by
    /// `secure_delete`). Best effort: a busy reader only delays it.
    fn forget_old_slot_versions(&self) {
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                r.get::<_, i64>(0)
            });
    }

    /// Changes the passphrase of a passphrase slot: checks the old one, then
    /// rewraps the data key in that slot only. No data is re-encrypted.
    pub fn change_passphrase(
        &mut self,
        slot_id: &str,
        old: &Secret,
        new: NewSlot,
    ) -> StoreResult<()> {
        if new.kind() != SlotKind::Passphrase || old.kind() != SlotKind::Passphrase {
            return Err(StoreError::Invalid {
                field: "passphrase",
                reason: "change_passphrase takes the old and the new passphrase",
            });
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let slot = records::load_slots(&tx, Some(SlotKind::Passphrase))?
            .into_iter()
            .find(|s| s.id == slot_id)
            .ok_or(StoreError::SlotNotFound)?;
        slot.unlock(old)?;
        let rewrapped = WrappedSlot::create(slot.id.clone(), &new, self.keys.bundle())?;
        let changed = tx.execute(
            "UPDATE key_slots SET params = ?1, wrapped = ?2 WHERE id = ?3",
            params![
                records::params_json(&rewrapped.params)?,
                rewrapped.wrapped,
                rewrapped.id
            ],
        )?;
        if changed != 1 {
            return Err(StoreError::SlotNotFound);
        }
        tx.commit()?;
        self.forget_old_slot_versions();
        Ok(())
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn keys(&self) -> &Keys {
        &self.keys
    }
}

/// `path` with `suffix` appended to its file name (works for non-UTF-8 paths).
pub(crate) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// The stored parameters of a slot, parsed.
pub(crate) fn parse_params(kind: SlotKind, json: &str) -> StoreResult<SlotParams> {
    let params: SlotParams =
        serde_json::from_str(json).map_err(|_| StoreError::Integrity(RecordKind::KeySlot))?;
    let matches = matches!(
        (kind, &params),
        (SlotKind::Passphrase, SlotParams::Pbkdf2HmacSha256 { .. })
            | (SlotKind::Raw, SlotParams::HkdfSha256 { .. })
            | (SlotKind::Platform, SlotParams::Platform { .. })
    );
    if matches {
        Ok(params)
    } else {
        Err(StoreError::Integrity(RecordKind::KeySlot))
    }
}
