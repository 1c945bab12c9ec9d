//! The encrypted offline store: SQLite (bundled) with every personal value
//! sealed in AEAD envelopes under a data key wrapped by key slots.
//!
//! - Events are appended, never changed; people and documents are
//!   projections rebuilt from them ([`Store::rebuild_projections`]). A
//!   sealed log head (keyed hash chain + counts) detects deleted, changed
//!   or rolled-back events (`docs/adr/0009-sealed-log-head.md`).
//! - Every change runs in one IMMEDIATE transaction: on any error (disk
//!   full, read-only, a refused event) nothing is written.
//! - Reads check themselves against sealed counts and table scans; a
//!   damaged index is [`StoreError::IndexDamaged`] and [`Store::repair`]
//!   rebuilds it.
//! - Create and restore build the store beside its path and move it into
//!   place without replacing anything (`docs/adr/0010-atomic-create-and-restore.md`).
//! - A damaged file gives [`StoreError::StorageCorrupt`] and is never
//!   deleted, moved or overwritten.
//!
//! What remains visible on disk is listed in `docs/adr/0003-what-remains-visible.md`.

mod atomic;
mod attachments;
mod backup;
mod caseload;
mod census;
mod codec;
mod columns;
mod encoding;
mod error;
mod freshness;
mod identity;
mod integrity;
mod log_head;
mod queries;
mod records;
mod reminders;
mod rows;
mod rule_pack;
mod rules_used;
pub mod schema;
mod sealed;
mod sharing;
mod slots;

pub use atomic::write_new_file;
pub use attachments::{sniff_photo_type, AttachmentInfo, DEFAULT_ATTACHMENT_LIMIT};
pub use backup::MergeReport;
pub use caseload::{CaseloadRead, PersonSlice};
pub use census::EncodingCensus;
pub use error::{RecordKind, StoreError, StoreResult};
pub use freshness::{AnchorHandle, AnchorUnavailable, RollbackAnchor};
pub use identity::StoreIdentity;
pub use integrity::RepairReport;
pub use queries::{Listing, Snapshot};
pub use reminders::{is_reminder_id, SyncedReminder, REMINDER_ID_LEN};
pub use rule_pack::{InstalledPack, PackSave};
pub use rules_used::{RulesUsed, UsedRules};
pub use sealed::Unreadable;
pub use sharing::{ImportDone, ImportedPhoto};
pub use slots::MAX_SLOTS;

use crate::crypto::{NewSlot, Secret, SlotKind, SlotParams, WrappedSlot};
use codec::Keys;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior, MAIN_DB};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;
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
    /// How long to wait for another connection that holds the store
    /// (default 5 s) before failing with [`StoreError::Busy`].
    pub busy_timeout: Duration,
    /// The app's rollback anchor (none: a whole-file rollback is not
    /// detected; docs/adr/0024). Checked at open, kept current after every
    /// write.
    pub rollback_anchor: Option<AnchorHandle>,
    /// Open a store older than its anchor anyway (after the person chose
    /// to keep this copy); the anchor then remembers this copy.
    pub accept_older_copy: bool,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions {
            attachment_limit: DEFAULT_ATTACHMENT_LIMIT,
            max_size_bytes: None,
            read_only: false,
            busy_timeout: Duration::from_secs(5),
            rollback_anchor: None,
            accept_older_copy: false,
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
    anchor_behind: bool,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

fn set_pragmas(conn: &Connection, options: &StoreOptions) -> StoreResult<()> {
    // Statements of the hot paths are prepared once per connection
    // (`prepare_cached`): parsing SQL was a fifth of a change's time.
    conn.set_prepared_statement_cache_capacity(32);
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

/// Opens a connection and sets the busy timeout before anything is read,
/// so that even the first read waits for another connection.
fn connect(path: &Path, flags: OpenFlags, options: &StoreOptions) -> StoreResult<Connection> {
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    conn.busy_timeout(options.busy_timeout)?;
    Ok(conn)
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
    let mut header = [0u8; 100];
    std::fs::File::open(path)?.read_exact(&mut header)?;
    if &header[..16] != SQLITE_HEADER {
        return Err(StoreError::StorageCorrupt("not a SQLite database"));
    }
    // The header's page count is valid when "version valid for" equals the
    // change counter; a file shorter than that was truncated (unless a
    // write-ahead log holds the missing pages).
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    let pages = u64::from(u32::from_be_bytes([
        header[28], header[29], header[30], header[31],
    ]));
    let valid = header[24..28] == header[92..96];
    let wal_empty = std::fs::metadata(sibling(path, "-wal")).map_or(true, |m| m.len() == 0);
    if valid && wal_empty && pages.saturating_mul(page_size) > meta.len() {
        return Err(StoreError::StorageCorrupt("the file is truncated"));
    }
    Ok(())
}

/// `ReadOnly` when the file or its folder cannot be written (read-only
/// file system, permissions, immutable file), checked before SQLite opens
/// the file: SQLite would otherwise fall back to read-only and fail later
/// with an untyped error.
#[cfg(unix)]
fn check_writable(path: &Path) -> StoreResult<()> {
    use rustix::fs::{access, Access};
    use rustix::io::Errno;
    for p in [path, atomic::parent_dir(path).as_path()] {
        match access(p, Access::WRITE_OK) {
            Err(e) if e == Errno::ROFS || e == Errno::ACCESS || e == Errno::PERM => {
                return Err(StoreError::ReadOnly)
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_writable(_path: &Path) -> StoreResult<()> {
    Ok(())
}

/// A store on a read-only medium (no `-wal`, a folder nobody can write):
/// SQLite cannot create the shared-memory file a WAL database needs even to
/// read, so it is opened as immutable (nothing can change it anyway).
fn immutable_uri(path: &Path) -> Option<String> {
    let wal_empty = std::fs::metadata(sibling(path, "-wal")).map_or(true, |m| m.len() == 0);
    if !wal_empty || check_writable(path).is_ok() {
        return None;
    }
    let text = path.to_str()?;
    let mut uri = String::from("file:");
    for c in text.chars() {
        match c {
            '?' | '#' | '%' => uri.push_str(&format!("%{:02X}", c as u32)),
            c => uri.push(c),
        }
    }
    uri.push_str("?immutable=1");
    Some(uri)
}

impl Store {
    /// Creates a new store at `path` (which must not exist) with one key
    /// slot. Atomic: the store is built beside `path` and moved into place
    /// only when complete; an existing file is never replaced
    /// ([`StoreError::AlreadyExists`]).
    pub fn create(path: impl AsRef<Path>, first_slot: NewSlot) -> StoreResult<Store> {
        Store::create_with(path, first_slot, StoreOptions::default())
    }

    /// [`Store::create`] with options.
    pub fn create_with(
        path: impl AsRef<Path>,
        first_slot: NewSlot,
        options: StoreOptions,
    ) -> StoreResult<Store> {
        let (mut store, ()) = atomic::build(path.as_ref(), &first_slot, options, |_| Ok(()))?;
        store.after_write();
        Ok(store)
    }

    /// Creates a complete, empty store at the (temporary, unique) `path`.
    pub(crate) fn create_fresh(
        path: &Path,
        first_slot: &NewSlot,
        options: StoreOptions,
    ) -> StoreResult<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE;
        let mut conn = connect(path, flags, &options)?;
        set_pragmas(&conn, &options)?;
        let keys = Keys::new(crate::crypto::DataKeys::generate()?)?;
        let slot = WrappedSlot::create(Uuid::new_v4().to_string(), first_slot, keys.bundle())?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        schema::migrate_in(&tx, Some(&keys), 0, schema::CURRENT_VERSION)?;
        tx.execute(
            "INSERT INTO store_meta (key, value) VALUES ('format', ?1), ('store_id', ?2)",
            params![FORMAT_TAG, Uuid::new_v4().to_string()],
        )?;
        slots::insert_slot(&tx, &slot)?;
        tx.commit()?;
        Ok(Store {
            conn,
            keys,
            path: path.to_path_buf(),
            options,
            migrated_from: None,
            anchor_behind: false,
        })
    }

    /// Closes a store built in a temporary file so that the file alone is
    /// complete (write-ahead log checkpointed and removed); returns its keys.
    pub(crate) fn finish_temp(self) -> StoreResult<Keys> {
        let Store {
            conn, keys, path, ..
        } = self;
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
            r.get::<_, i64>(0)
        })?;
        conn.close().map_err(|(_, e)| StoreError::from(e))?;
        let wal = std::fs::metadata(sibling(&path, "-wal")).map(|m| m.len());
        if matches!(wal, Ok(n) if n > 0) {
            return Err(StoreError::Database(
                "the new store's write-ahead log was not checkpointed".into(),
            ));
        }
        Ok(keys)
    }

    /// Opens the store just moved to `path` with keys already unlocked.
    pub(crate) fn attach(path: &Path, keys: Keys, options: StoreOptions) -> StoreResult<Store> {
        let conn = connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE, &options)?;
        set_pragmas(&conn, &options)?;
        Ok(Store {
            conn,
            keys,
            path: path.to_path_buf(),
            options,
            migrated_from: None,
            anchor_behind: false,
        })
    }

    /// Opens and unlocks the store at `path`. Upgrades an older schema
    /// (after copying the file); refuses a newer one without writing.
    pub fn open(path: impl AsRef<Path>, secret: &Secret) -> StoreResult<Store> {
        Store::open_with(path, secret, StoreOptions::default())
    }

    /// [`Store::open`] with options.
    ///
    /// Before anything is written it checks: the file's header; that the
    /// file and its folder are writable ([`StoreError::ReadOnly`] otherwise,
    /// unless `read_only`); that `user_version` matches the tables present;
    /// SQLite's `quick_check`; the format tag; the key slots; and, in O(1),
    /// that the newest event is the one the sealed log head names.
    pub fn open_with(
        path: impl AsRef<Path>,
        secret: &Secret,
        options: StoreOptions,
    ) -> StoreResult<Store> {
        Store::open_inner(path.as_ref(), secret, options, true)
    }

    pub(crate) fn open_inner(
        path: &Path,
        secret: &Secret,
        options: StoreOptions,
        check_log: bool,
    ) -> StoreResult<Store> {
        let path = path.to_path_buf();
        check_header(&path)?;
        if !options.read_only {
            check_writable(&path)?;
        }
        let mut conn = match (options.read_only, immutable_uri(&path)) {
            (true, Some(uri)) => connect(
                Path::new(&uri),
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
                &options,
            )?,
            (true, None) => connect(&path, OpenFlags::SQLITE_OPEN_READ_ONLY, &options)?,
            (false, _) => connect(&path, OpenFlags::SQLITE_OPEN_READ_WRITE, &options)?,
        };
        if !options.read_only && conn.is_readonly(MAIN_DB)? {
            return Err(StoreError::ReadOnly);
        }
        let version = schema::checked_version(&conn)?;
        const FAILED: &str = "the database failed its integrity check";
        let check: String = conn
            .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
            .map_err(|e| StoreError::corrupt_unless_transient(e, FAILED))?;
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
        let keys = Keys::new(slots::unlock(
            &conn,
            secret,
            version >= schema::CHECKSUM_VERSION,
        )?)?;
        let mut migrated_from = None;
        if version < schema::CURRENT_VERSION {
            if options.read_only {
                return Err(StoreError::ReadOnly);
            }
            // The copy is made before anything writes to the file. If another
            // process migrates first, `migrate` finds the new version and
            // does nothing; the copy is still a copy of the old file.
            let copy = schema::copy_before_migration(&conn, &path, version)?;
            // Pages a migration frees (schema 10 drops the old photo
            // table) are wiped like every other freed page, and nothing
            // spills to temporary files: set before any step runs.
            conn.pragma_update(None, "secure_delete", true)?;
            conn.pragma_update(None, "temp_store", 2)?;
            schema::migrate(&mut conn, &keys)?;
            migrated_from = Some((version, copy));
        }
        if check_log {
            // Head and newest row in one snapshot: a writer on another
            // connection may commit between two separate reads.
            let tx = conn.unchecked_transaction()?;
            let head = log_head::load_checked(&tx, &keys)?;
            if let Some(anchor) = &options.rollback_anchor {
                freshness::check_at_open(&tx, &keys, &head, anchor, options.accept_older_copy)?;
            }
            tx.commit()?;
        }
        set_pragmas(&conn, &options)?;
        Ok(Store {
            conn,
            keys,
            path,
            options,
            migrated_from,
            anchor_behind: false,
        })
    }

    /// Whether the store is open read-only (every write fails with
    /// [`StoreError::ReadOnly`]).
    pub fn is_read_only(&self) -> bool {
        self.options.read_only
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

    /// The schema version of the file at `path` when opening it would
    /// upgrade it (older than [`schema::CURRENT_VERSION`]), read without
    /// the key and without writing; `None` for a current store, a missing
    /// file or one that is not a store (opening then says why). Lets a
    /// front end show that a long upgrade is under way before it starts.
    pub fn pending_migration(path: impl AsRef<Path>) -> Option<i64> {
        let conn = Connection::open_with_flags(
            path.as_ref(),
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .ok()?;
        let version = schema::user_version(&conn).ok()?;
        (version > 0 && version < schema::CURRENT_VERSION).then_some(version)
    }

    /// The schema version of the open store.
    pub fn schema_version(&self) -> StoreResult<i64> {
        schema::user_version(&self.conn)
    }

    /// Closes the store. First moves the write-ahead log into the database
    /// file and reports any failure (a full disk, an I/O error): the data is
    /// then still safe in the `-wal` file, which the next open or close
    /// moves. A checkpoint that another open connection holds back is not a
    /// failure; that connection checkpoints when it closes.
    pub fn close(self) -> StoreResult<()> {
        let checkpoint = if self.options.read_only {
            Ok(())
        } else {
            self.conn
                .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| r.get::<_, i64>(0))
                .map(|_| ())
                .map_err(StoreError::from)
        };
        let closed = self.conn.close().map_err(|(_, e)| StoreError::from(e));
        checkpoint.and(closed)
    }

    pub(crate) fn keys(&self) -> &Keys {
        &self.keys
    }

    /// After a committed write: the rollback anchor remembers the store as
    /// it is now (a failed save is retried at the next write).
    pub(crate) fn after_write(&mut self) {
        if let Some(anchor) = &self.options.rollback_anchor {
            self.anchor_behind = !freshness::remember_current(&self.conn, &self.keys, anchor);
        }
    }

    /// Whether the last save of the rollback anchor failed (the platform
    /// storage was unavailable): until a later write saves it, a rollback to
    /// a copy made since the last save is not detected.
    pub fn rollback_anchor_behind(&self) -> bool {
        self.anchor_behind
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
