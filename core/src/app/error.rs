//! The one error classification: every failure of the application layer is
//! an [`AppError`]. The public FFI error and the CLI's exit codes both read
//! it; nothing else maps store, domain or date errors.
//!
//! No variant carries personal data: fields name records, fields and
//! states, never names, numbers or dates. Text that an app's callback
//! returned (exception messages, stack traces) is never copied in.

use super::problem::{date_problem, details_error, text_error, Field, Problem};
use crate::crypto::SlotKind;
use crate::domain::{DateError, DetailsError, DomainError, EventName, LifecycleError, StateName};
use crate::messages::ArgName as A;
use crate::messages::{AsTerm, Message, MessageId as M};
use crate::store::{RecordKind, StoreError};

/// What went wrong, classified by what an app or a person can do about it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Error))]
pub enum AppError {
    /// The passphrase or key does not open the store: ask again.
    #[error("wrong passphrase or key")]
    WrongSecret,
    /// The store has no key slot of this kind: unlock it another way.
    #[error("the store has no {} key slot", .kind.as_str())]
    NoSuchSlot {
        /// The kind that was tried.
        kind: SlotKind,
    },
    /// The device key (Keystore/Keychain) cannot be used: fall back to the
    /// passphrase, or ask the person to unlock the device.
    #[error("the device key is unavailable ({reason})")]
    KeyUnavailable {
        /// What failed, in doctrack's words (never the platform's).
        reason: String,
    },
    /// One record failed its integrity check; the others are readable.
    #[error("a {record} record failed its integrity check (tampered or corrupted)")]
    Integrity {
        /// The kind of record.
        record: RecordKind,
    },
    /// An index of the store is damaged: nothing is lost; repair the store
    /// (it rebuilds indexes from the sealed records).
    #[error("an index of {record} records is damaged; repair the store (nothing is lost)")]
    IndexDamaged {
        /// The kind of record the index points to.
        record: RecordKind,
    },
    /// The store file is damaged or not a store; it was left untouched.
    #[error("the store file is damaged or not a doctrack store ({reason}); it was left untouched")]
    StorageCorrupt {
        /// What was found.
        reason: String,
    },
    /// The store was written by a newer version of doctrack: update the app.
    #[error("the store was written by a newer version of doctrack (schema {found}, this version reads up to {supported}); update the app")]
    UnsupportedVersion {
        /// Schema version in the file.
        found: i64,
        /// Newest schema this version reads.
        supported: i64,
    },
    /// Something already exists at the path; nothing was overwritten.
    #[error("a file already exists at that path; nothing was overwritten")]
    AlreadyExists,
    /// No store at the path.
    #[error("no store at that path")]
    StoreMissing,
    /// The disk is full; nothing was written.
    #[error("the disk is full; nothing was written")]
    StorageFull,
    /// The store or its folder is read-only; nothing was written.
    #[error("the store is read-only; nothing was written")]
    ReadOnly,
    /// The store is older than the newest state the app's rollback anchor
    /// remembers: an older copy of the file was put back (or another store
    /// is in its place). Nothing was shown. Offer to restore the newest
    /// backup, or, if the person chooses to keep this copy, open it again
    /// accepting the older copy.
    #[error("the store is an older copy than the one this app last saw; nothing was shown")]
    RolledBack,
    /// The app's rollback anchor could not be read or saved (its platform
    /// storage is unavailable, e.g. the device is locked): try again.
    #[error("the rollback anchor's storage is unavailable; try again")]
    AnchorUnavailable,
    /// Another connection kept the store locked for too long: try again.
    #[error("the store is busy (another process is writing); try again")]
    Busy,
    /// Input is invalid: show the problem next to the field.
    #[error("{}", crate::messages::english().render(&problem.message(*field)))]
    Validation {
        /// The field.
        field: Field,
        /// What is wrong with it.
        problem: Problem,
    },
    /// The event is not allowed in the document's current state.
    #[error("cannot apply \"{event}\" to a document in state \"{state}\"")]
    IllegalTransition {
        /// The document's state.
        state: StateName,
        /// The refused event.
        event: EventName,
    },
    /// No record with that id.
    #[error("no such {record}")]
    NotFound {
        /// The kind of record.
        record: RecordKind,
    },
    /// Rule files are invalid; the rules in use did not change.
    #[error("the rules are invalid ({} error(s)); the rules in use did not change", .errors.len())]
    RulesInvalid {
        /// Each error as `file:line:column: message`.
        errors: Vec<String>,
    },
    /// A rule pack was refused (unsigned, tampered, untrusted key, another
    /// rule set, not newer, needs a newer library, invalid rules); the
    /// rules in use did not change.
    #[error("the rule pack was refused: {reason}; the rules in use did not change")]
    RulePackRefused {
        /// Why.
        reason: crate::rules::pack::PackProblem,
    },
    /// A share was refused, or could not be made (`reason` says which
    /// and never names personal data). Nothing was imported.
    #[error("the share was refused: {reason}")]
    ShareRefused {
        /// Why.
        reason: crate::share::ShareProblem,
    },
    /// A backup file is damaged, modified, or conflicts with the store;
    /// nothing was imported.
    #[error("the backup cannot be used ({reason}); nothing was imported")]
    BackupInvalid {
        /// Why.
        reason: String,
    },
    /// The store was closed.
    #[error("the store is closed")]
    Closed,
    /// Anything else: a bug or an environment problem. Nothing was lost.
    #[error("internal error: {reason}")]
    Internal {
        /// What happened (no personal data).
        reason: String,
    },
}

/// Result alias.
pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    /// A validation error.
    pub fn validation(field: Field, problem: Problem) -> AppError {
        AppError::Validation { field, problem }
    }

    /// What to tell a person.
    pub fn message(&self) -> Message {
        match self {
            AppError::WrongSecret | AppError::NoSuchSlot { .. } => {
                Message::new(M::ErrorWrongSecret)
            }
            AppError::KeyUnavailable { .. } => Message::new(M::ErrorKeyUnavailable),
            AppError::Integrity { record } => {
                Message::new(M::ErrorIntegrity).term(A::Record, record.term())
            }
            AppError::IndexDamaged { .. } => Message::new(M::ErrorIndexDamaged),
            AppError::StorageCorrupt { .. } => Message::new(M::ErrorStorageCorrupt),
            AppError::UnsupportedVersion { found, supported } => {
                Message::new(M::ErrorUnsupportedVersion)
                    .number(A::Found, *found)
                    .number(A::Supported, *supported)
            }
            AppError::AlreadyExists => Message::new(M::ErrorAlreadyExists),
            AppError::StoreMissing => Message::new(M::ErrorStoreMissing),
            AppError::StorageFull => Message::new(M::ErrorStorageFull),
            AppError::ReadOnly => Message::new(M::ErrorReadOnly),
            AppError::RolledBack => Message::new(M::ErrorRolledBack),
            AppError::AnchorUnavailable => Message::new(M::ErrorAnchorUnavailable),
            AppError::Busy => Message::new(M::ErrorBusy),
            AppError::Validation { field, problem } => problem.message(*field),
            AppError::IllegalTransition { state, event } => Message::new(M::ErrorIllegalTransition)
                .term(A::State, state.term())
                .term(A::Event, event.term()),
            AppError::NotFound { record } => {
                Message::new(M::ErrorNotFound).term(A::Record, record.term())
            }
            AppError::RulesInvalid { .. } => Message::new(M::ErrorRulesInvalid),
            AppError::RulePackRefused { reason } => reason.message(),
            AppError::ShareRefused { reason } => reason.message(),
            AppError::BackupInvalid { .. } => Message::new(M::ErrorBackupInvalid),
            AppError::Closed => Message::new(M::ErrorClosed),
            AppError::Internal { .. } => Message::new(M::ErrorInternal),
        }
    }

    /// Whether the error is about what was typed or asked for (a usage
    /// error for the CLI), rather than the store or its file.
    pub fn is_input_error(&self) -> bool {
        matches!(
            self,
            AppError::Validation { .. }
                | AppError::IllegalTransition { .. }
                | AppError::NotFound { .. }
        )
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::WrongSecret => AppError::WrongSecret,
            StoreError::NoSuchSlot(kind) => AppError::NoSuchSlot { kind },
            StoreError::KeyUnavailable(reason) => AppError::KeyUnavailable { reason },
            StoreError::SlotNotFound => AppError::NotFound {
                record: RecordKind::KeySlot,
            },
            StoreError::LastSlot => AppError::validation(Field::KeySlot, Problem::LastKeySlot),
            StoreError::NotFound(record) => AppError::NotFound { record },
            StoreError::Integrity(record) => AppError::Integrity { record },
            StoreError::IndexDamaged(record) => AppError::IndexDamaged { record },
            StoreError::Busy => AppError::Busy,
            StoreError::TooManySlots { limit } => AppError::validation(
                Field::KeySlot,
                Problem::TooMany {
                    limit: u64::try_from(limit).unwrap_or(u64::MAX),
                },
            ),
            StoreError::StorageCorrupt(reason) => AppError::StorageCorrupt {
                reason: reason.to_string(),
            },
            StoreError::NewerVersion { found, supported } => {
                AppError::UnsupportedVersion { found, supported }
            }
            StoreError::AlreadyExists => AppError::AlreadyExists,
            StoreError::Missing => AppError::StoreMissing,
            StoreError::DiskFull => AppError::StorageFull,
            StoreError::ReadOnly => AppError::ReadOnly,
            StoreError::RolledBack => AppError::RolledBack,
            StoreError::AnchorUnavailable => AppError::AnchorUnavailable,
            StoreError::AttachmentTooLarge { limit } => {
                AppError::validation(Field::Photo, Problem::TooLarge { limit })
            }
            StoreError::Invalid { field: "mime", .. } => {
                AppError::validation(Field::Mime, Problem::NotAMimeType)
            }
            StoreError::Invalid { field, reason } => AppError::validation(
                Field::parse(field).unwrap_or(Field::Text),
                Problem::Other {
                    reason: reason.to_string(),
                },
            ),
            StoreError::Domain(d) => d.into(),
            StoreError::BackupInvalid(reason) => AppError::BackupInvalid {
                reason: reason.to_string(),
            },
            e @ StoreError::MergeConflict { .. } => AppError::BackupInvalid {
                reason: e.to_string(),
            },
            e @ (StoreError::Io(_) | StoreError::Database(_) | StoreError::Crypto(_)) => {
                AppError::Internal {
                    reason: e.to_string(),
                }
            }
        }
    }
}

impl From<DomainError> for AppError {
    fn from(e: DomainError) -> Self {
        use LifecycleError as L;
        let (field, problem) = match e {
            DomainError::Lifecycle(L::IllegalTransition { state, event }) => {
                return AppError::IllegalTransition { state, event }
            }
            DomainError::Lifecycle(L::Details(d)) => return d.into(),
            DomainError::Lifecycle(L::NotForKind { event }) => {
                (Field::Event, Problem::EventNotForKind { event })
            }
            DomainError::Lifecycle(L::OutOfOrder { event }) => {
                (Field::On, Problem::EventOutOfOrder { event })
            }
            DomainError::Lifecycle(L::WrongDocument { .. }) => {
                (Field::Event, Problem::EventForOtherDocument)
            }
            DomainError::Lifecycle(L::SelfSuccessor) => (Field::Id, Problem::SelfSuccessor),
            DomainError::Lifecycle(L::NotRetractable { event }) => {
                (Field::Event, Problem::NotRetractable { event })
            }
            DomainError::LaterEventsDepend { event } => {
                (Field::Event, Problem::LaterEventsDepend { event })
            }
            DomainError::UnknownEvent => {
                return AppError::NotFound {
                    record: RecordKind::Event,
                }
            }
            DomainError::Lifecycle(L::SuccessorMismatch) => {
                (Field::Kind, Problem::SuccessorMismatch)
            }
            DomainError::Text(t) => text_error(&t),
            DomainError::UnknownPerson => {
                return AppError::NotFound {
                    record: RecordKind::Person,
                }
            }
            DomainError::UnknownDocument => {
                return AppError::NotFound {
                    record: RecordKind::Document,
                }
            }
            DomainError::BadLink => (Field::Links, Problem::BadLink),
            DomainError::DuplicateId => (Field::Id, Problem::DuplicateId),
            DomainError::Person { .. } => (Field::Person, Problem::PersonArchived),
            DomainError::UseDedicatedCommand(event) => {
                (Field::Event, Problem::UseDedicatedCall { event })
            }
        };
        AppError::validation(field, problem)
    }
}

impl From<crate::crypto::share_keys::ShareKeyError> for AppError {
    fn from(e: crate::crypto::share_keys::ShareKeyError) -> Self {
        AppError::ShareRefused { reason: e.into() }
    }
}

impl From<crate::share::ShareProblem> for AppError {
    fn from(reason: crate::share::ShareProblem) -> Self {
        AppError::ShareRefused { reason }
    }
}

impl From<DetailsError> for AppError {
    fn from(e: DetailsError) -> Self {
        let (field, problem) = details_error(&e);
        AppError::validation(field, problem)
    }
}

impl From<DateError> for AppError {
    /// The typed text is dropped: dates can be personal data.
    fn from(e: DateError) -> Self {
        AppError::validation(Field::Date, date_problem(&e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::DISPLAY_NAME;

    #[test]
    fn errors_name_fields_and_kinds_never_values() {
        let name = "Zaw Min Htut";
        let e: AppError =
            DomainError::Text(DISPLAY_NAME.check(&name.repeat(20)).unwrap_err()).into();
        assert_eq!(
            e,
            AppError::validation(Field::DisplayName, Problem::TooLong { max: 200 })
        );
        assert!(!format!("{e:?} {e}").contains(name));
        let e: AppError = crate::domain::parse_date("2025-02-30").unwrap_err().into();
        assert!(!format!("{e:?} {e}").contains("2025-02-30"));
        assert!(matches!(
            e,
            AppError::Validation {
                field: Field::Date,
                ..
            }
        ));
    }

    #[test]
    fn date_errors_have_their_own_problems_and_never_repeat_the_input() {
        let cases = [
            ("31/03/26", Problem::AmbiguousYear, M::ProblemAmbiguousYear),
            ("tomorrow", Problem::NotADate, M::ProblemNotADate),
            ("2025-02-30", Problem::NoSuchDay, M::ProblemNoSuchDay),
            (
                "1066-10-14",
                Problem::YearOutOfRange,
                M::ProblemYearOutOfRange,
            ),
        ];
        for (typed, problem, id) in cases {
            let e: AppError = crate::domain::parse_date(typed).unwrap_err().into();
            assert_eq!(e, AppError::validation(Field::Date, problem), "{typed}");
            assert_eq!(e.message().id, id, "{typed}");
            assert!(!format!("{e:?} {e} {:?}", e.message()).contains(typed));
        }
    }

    #[test]
    fn store_errors_keep_what_an_app_acts_on() {
        assert_eq!(
            AppError::from(StoreError::NewerVersion {
                found: 9,
                supported: 4
            }),
            AppError::UnsupportedVersion {
                found: 9,
                supported: 4
            }
        );
        assert_eq!(AppError::from(StoreError::Missing), AppError::StoreMissing);
        assert_eq!(AppError::from(StoreError::DiskFull), AppError::StorageFull);
        assert_eq!(
            AppError::from(StoreError::Integrity(RecordKind::Document)),
            AppError::Integrity {
                record: RecordKind::Document
            }
        );
        let e: AppError =
            StoreError::Domain(DomainError::Lifecycle(LifecycleError::IllegalTransition {
                state: StateName::Archived,
                event: EventName::RenewalStarted,
            }))
            .into();
        assert_eq!(
            e,
            AppError::IllegalTransition {
                state: StateName::Archived,
                event: EventName::RenewalStarted
            }
        );
        assert!(e.is_input_error());
        assert!(!AppError::WrongSecret.is_input_error());
    }
}
