//! Store errors. No variant carries personal data: records are named by
//! their kind, never by their content.

use crate::crypto::{CryptoError, SlotKind};
use crate::domain::DomainError;
use std::fmt;

/// The kind of record an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum RecordKind {
    /// A person.
    Person,
    /// A document.
    Document,
    /// An event of the log.
    Event,
    /// An attachment's metadata.
    Attachment,
    /// One chunk of an attachment.
    AttachmentChunk,
    /// A key slot.
    KeySlot,
    /// The store's metadata.
    Meta,
    /// A reminder's state (done, dismissed, snoozed) or the last reminder plan.
    Reminder,
    /// The event log as a whole: its sealed head (event count and hash
    /// chain) and the chain values of its rows.
    Log,
    /// The installed rule pack (docs/adr/0014).
    RulePack,
}

impl crate::messages::AsTerm for RecordKind {
    fn term(&self) -> crate::messages::Term {
        crate::messages::Term::new(crate::messages::TermGroup::Record, self.code())
    }
}

impl RecordKind {
    /// Every kind of record.
    pub const ALL: [RecordKind; 10] = [
        RecordKind::Person,
        RecordKind::Document,
        RecordKind::Event,
        RecordKind::Attachment,
        RecordKind::AttachmentChunk,
        RecordKind::KeySlot,
        RecordKind::Meta,
        RecordKind::Reminder,
        RecordKind::Log,
        RecordKind::RulePack,
    ];

    /// The snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            RecordKind::Person => "person",
            RecordKind::Document => "document",
            RecordKind::Event => "event",
            RecordKind::Attachment => "attachment",
            RecordKind::AttachmentChunk => "attachment_chunk",
            RecordKind::KeySlot => "key_slot",
            RecordKind::Meta => "meta",
            RecordKind::Reminder => "reminder",
            RecordKind::Log => "log",
            RecordKind::RulePack => "rule_pack",
        }
    }
}

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RecordKind::Person => "person",
            RecordKind::Document => "document",
            RecordKind::Event => "event",
            RecordKind::Attachment => "attachment",
            RecordKind::AttachmentChunk => "attachment chunk",
            RecordKind::KeySlot => "key slot",
            RecordKind::Meta => "store metadata",
            RecordKind::Reminder => "reminder",
            RecordKind::Log => "event log",
            RecordKind::RulePack => "rule pack",
        })
    }
}

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The secret does not open any slot of its kind.
    #[error("wrong passphrase or key")]
    WrongSecret,
    /// The store has no slot of the secret's kind.
    #[error("the store has no {} key slot", .0.as_str())]
    NoSuchSlot(SlotKind),
    /// The platform key wrapper failed (Keystore/Keychain locked or key invalidated).
    #[error("the device key is unavailable: {0}")]
    KeyUnavailable(String),
    /// A store may hold at most `limit` key slots (adding one more, or a
    /// store file that holds more than doctrack ever writes).
    #[error("a store holds at most {limit} key slots")]
    TooManySlots {
        /// The most slots a store may hold.
        limit: usize,
    },
    /// A key slot to remove or change does not exist.
    #[error("no key slot with that id")]
    SlotNotFound,
    /// Removing this slot would leave the store unopenable.
    #[error("cannot remove the last key slot")]
    LastSlot,
    /// No record with that id.
    #[error("no such {0}")]
    NotFound(RecordKind),
    /// A record failed its integrity check (tampered, moved or corrupted).
    /// Other records stay readable.
    ///
    /// - [`RecordKind::Log`]: the event log no longer matches its sealed
    ///   head (an event was deleted, changed, reordered or rolled back).
    /// - [`RecordKind::Person`], [`RecordKind::Document`]: also when a
    ///   projection disagrees with the fold of its events (e.g. an older
    ///   sealed copy was put back) or its lookup token was changed.
    /// - [`RecordKind::KeySlot`] when opening: every slot the secret could
    ///   open is damaged. Other slots (another passphrase, the device key)
    ///   may still open the store.
    #[error("a {0} record failed its integrity check (tampered or corrupted)")]
    Integrity(RecordKind),
    /// A lookup index disagrees with the records it indexes (the records
    /// themselves are intact as far as this read could tell). Nothing was
    /// written; [`Store::repair`](super::Store::repair) rebuilds the indexes.
    /// The kind names the records the index points to.
    #[error("the lookup index of {0} records is damaged; repair the store")]
    IndexDamaged(RecordKind),
    /// Another connection held the store for longer than the busy timeout
    /// ([`StoreOptions::busy_timeout`](super::StoreOptions)); nothing was
    /// written. Try again later.
    #[error("the store is busy (another connection is writing); nothing was written")]
    Busy,
    /// The file is not a doctrack store, or is truncated or damaged. The file
    /// is left exactly as it is.
    #[error("the store file is damaged or not a doctrack store ({0}); it was left untouched")]
    StorageCorrupt(&'static str),
    /// The store was written by a newer version of doctrack.
    #[error("the store was written by a newer version of doctrack (schema {found}, this version reads up to {supported}); update the app")]
    NewerVersion {
        /// Schema version in the file.
        found: i64,
        /// Newest schema this version understands.
        supported: i64,
    },
    /// A store already exists at that path.
    #[error("a file already exists at that path")]
    AlreadyExists,
    /// No store at that path.
    #[error("no store at that path")]
    Missing,
    /// The disk is full; nothing was written.
    #[error("the disk is full; nothing was written")]
    DiskFull,
    /// The file or its folder is read-only; nothing was written.
    #[error("the store is read-only; nothing was written")]
    ReadOnly,
    /// The store is older than the newest state the app's rollback anchor
    /// remembers (an older copy of the file was put back, or another store
    /// is in its place). Nothing was shown.
    #[error("the store is an older copy than the one this app last saw; nothing was shown")]
    RolledBack,
    /// The app's rollback anchor could not be read or saved (its platform
    /// storage is unavailable).
    #[error("the rollback anchor's storage is unavailable")]
    AnchorUnavailable,
    /// An attachment exceeds the size limit.
    #[error("the attachment is larger than the limit of {limit} bytes")]
    AttachmentTooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// Invalid input (field and reason, no values).
    #[error("{field}: {reason}")]
    Invalid {
        /// The field.
        field: &'static str,
        /// Why.
        reason: &'static str,
    },
    /// A domain rule refused the change.
    #[error(transparent)]
    Domain(#[from] DomainError),
    /// A backup file is not a doctrack backup or was modified.
    #[error("the backup file is damaged or was modified ({0}); nothing was imported")]
    BackupInvalid(&'static str),
    /// Merging a backup would make a document's history impossible.
    #[error("the backup's history conflicts with this store's (event {index} of the merged log: {reason}); nothing was imported")]
    MergeConflict {
        /// Position in the merged log.
        index: usize,
        /// Why (names only).
        reason: String,
    },
    /// A file system error other than the above.
    #[error("file error: {0}")]
    Io(std::io::ErrorKind),
    /// An unexpected database error (SQL text only, never data).
    #[error("database error: {0}")]
    Database(String),
    /// Unexpected cryptographic failure.
    #[error("cryptographic failure: {0}")]
    Crypto(String),
}

/// SQLite's extended code for a read past the end of the file.
const SQLITE_IOERR_SHORT_READ: std::ffi::c_int = 522;

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        match &e {
            rusqlite::Error::SqliteFailure(f, _) if f.extended_code == SQLITE_IOERR_SHORT_READ => {
                StoreError::StorageCorrupt("the file is truncated")
            }
            rusqlite::Error::SqliteFailure(f, _) => match f.code {
                C::DiskFull => StoreError::DiskFull,
                C::ReadOnly => StoreError::ReadOnly,
                C::DatabaseBusy | C::DatabaseLocked => StoreError::Busy,
                C::DatabaseCorrupt => StoreError::StorageCorrupt("database corrupt"),
                C::NotADatabase => StoreError::StorageCorrupt("not a database"),
                C::SystemIoFailure => StoreError::Io(std::io::ErrorKind::Other),
                _ => StoreError::Database(e.to_string()),
            },
            _ => StoreError::Database(e.to_string()),
        }
    }
}

impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::StorageFull => StoreError::DiskFull,
            std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied => {
                StoreError::ReadOnly
            }
            kind => StoreError::Io(kind),
        }
    }
}

impl From<CryptoError> for StoreError {
    fn from(e: CryptoError) -> Self {
        match e {
            CryptoError::WrongSecret => StoreError::WrongSecret,
            CryptoError::KeyUnavailable(r) => StoreError::KeyUnavailable(r),
            CryptoError::BadParams(r) => StoreError::Invalid {
                field: "key_slot",
                reason: r,
            },
            other => StoreError::Crypto(other.to_string()),
        }
    }
}

impl StoreError {
    /// For the checks at open: an error that says something about the file
    /// (anything but busy, read-only, disk full or I/O) means it is damaged.
    pub(crate) fn corrupt_unless_transient(e: rusqlite::Error, what: &'static str) -> StoreError {
        match StoreError::from(e) {
            e @ (StoreError::Busy
            | StoreError::ReadOnly
            | StoreError::DiskFull
            | StoreError::Io(_)
            | StoreError::StorageCorrupt(_)) => e,
            _ => StoreError::StorageCorrupt(what),
        }
    }

    /// Maps a decryption failure of one record to an integrity error naming its kind.
    pub(crate) fn integrity(kind: RecordKind) -> impl Fn(CryptoError) -> StoreError {
        move |_| StoreError::Integrity(kind)
    }
}

/// Result alias.
pub type StoreResult<T> = Result<T, StoreError>;
