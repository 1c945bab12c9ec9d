//! The one public error type. It mirrors the core's classification
//! ([`AppError`]) variant for variant: this is the only place it is
//! converted, and nothing here re-classifies store or domain errors.
//!
//! Fields carry names, kinds and reasons, never personal data. Text from an
//! app's callbacks (exception messages, stack traces) is never copied in.

use crate::messages::{EventName, Message, RecordKind, SlotKind, StateName};
use crate::packs::PackProblem;
use crate::problems::Problem;
use crate::vocabulary::Field;
use doctrack_core::app::AppError;

/// Errors returned to Kotlin (`ApiException`), Swift (`ApiError`) and Python.
/// Each variant is something an app can act on; `errorMessage(error)` gives
/// the text for people in their language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum ApiError {
    /// The passphrase or key does not open the store: ask again.
    #[error("wrong passphrase or key")]
    WrongSecret,
    /// The store has no key slot of this kind: unlock it another way.
    #[error("the store has no key slot of this kind")]
    NoSuchSlot {
        /// The kind tried.
        kind: SlotKind,
    },
    /// The device key (Keystore/Keychain) cannot be used: offer the
    /// passphrase or a backup restore; never delete the store.
    #[error("the device key is unavailable: {reason}")]
    KeyUnavailable {
        /// doctrack's description (never the platform's text).
        reason: String,
    },
    /// One record is damaged; the rest of the store is readable.
    #[error("a record failed its integrity check")]
    Integrity {
        /// The kind of record.
        record: RecordKind,
    },
    /// An index is damaged: nothing is lost; call `repair()` (or open with
    /// `openAndRepairStore`).
    #[error("an index is damaged; repair the store")]
    IndexDamaged {
        /// The kind of record the index points to.
        record: RecordKind,
    },
    /// The file is damaged or not a store; it was left untouched. Offer a
    /// backup restore; never delete the file.
    #[error("storage corrupt: {reason}")]
    StorageCorrupt {
        /// What was found.
        reason: String,
    },
    /// The store was written by a newer app: ask the person to update.
    #[error("unsupported store version {found} (this library reads up to {supported})")]
    UnsupportedVersion {
        /// Schema version in the file.
        found: i64,
        /// Newest schema this library reads.
        supported: i64,
    },
    /// Something already exists at the path; nothing was overwritten.
    #[error("already exists")]
    AlreadyExists,
    /// No store at the path.
    #[error("no store at that path")]
    StoreMissing,
    /// The disk is full; nothing was written.
    #[error("storage full")]
    StorageFull,
    /// The store cannot be written; nothing was written.
    #[error("read-only")]
    ReadOnly,
    /// Another connection held the store too long: retry later.
    #[error("busy")]
    Busy,
    /// Invalid input: highlight `field`; show people the error's message.
    #[error("{field:?}: {problem:?}")]
    Validation {
        /// The field.
        field: Field,
        /// What is wrong with it.
        problem: Problem,
    },
    /// The event is not allowed in the document's state.
    #[error("cannot apply {event:?} to a document in state {state:?}")]
    IllegalTransition {
        /// The document's state.
        state: StateName,
        /// The refused event.
        event: EventName,
    },
    /// No record with that id.
    #[error("not found")]
    NotFound {
        /// The kind of record.
        record: RecordKind,
    },
    /// Rule files are invalid; the rules in use did not change.
    #[error("rules invalid")]
    RulesInvalid {
        /// Each error as `file:line:column: message`.
        errors: Vec<String>,
    },
    /// A rule pack was refused (see `reason`); the rules in use did not
    /// change. Show people `errorMessage(e)`.
    #[error("rule pack refused: {reason:?}")]
    RulePackRefused {
        /// Why.
        reason: PackProblem,
    },
    /// A backup file is damaged, modified or conflicts; nothing was imported.
    #[error("backup invalid: {reason}")]
    BackupInvalid {
        /// Why.
        reason: String,
    },
    /// The store was closed: open it again.
    #[error("the store is closed")]
    Closed,
    /// A bug or an environment problem; nothing was lost.
    #[error("internal error: {reason}")]
    Internal {
        /// What happened (no personal data).
        reason: String,
    },
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        match e {
            AppError::WrongSecret => ApiError::WrongSecret,
            AppError::NoSuchSlot { kind } => ApiError::NoSuchSlot { kind: kind.into() },
            AppError::KeyUnavailable { reason } => ApiError::KeyUnavailable { reason },
            AppError::Integrity { record } => ApiError::Integrity {
                record: record.into(),
            },
            AppError::IndexDamaged { record } => ApiError::IndexDamaged {
                record: record.into(),
            },
            AppError::StorageCorrupt { reason } => ApiError::StorageCorrupt { reason },
            AppError::UnsupportedVersion { found, supported } => {
                ApiError::UnsupportedVersion { found, supported }
            }
            AppError::AlreadyExists => ApiError::AlreadyExists,
            AppError::StoreMissing => ApiError::StoreMissing,
            AppError::StorageFull => ApiError::StorageFull,
            AppError::ReadOnly => ApiError::ReadOnly,
            AppError::Busy => ApiError::Busy,
            AppError::Validation { field, problem } => ApiError::Validation {
                field: field.into(),
                problem: problem.into(),
            },
            AppError::IllegalTransition { state, event } => ApiError::IllegalTransition {
                state: state.into(),
                event: event.into(),
            },
            AppError::NotFound { record } => ApiError::NotFound {
                record: record.into(),
            },
            AppError::RulesInvalid { errors } => ApiError::RulesInvalid { errors },
            AppError::RulePackRefused { reason } => ApiError::RulePackRefused {
                reason: reason.into(),
            },
            AppError::BackupInvalid { reason } => ApiError::BackupInvalid { reason },
            AppError::Closed => ApiError::Closed,
            AppError::Internal { reason } => ApiError::Internal { reason },
        }
    }
}

impl From<ApiError> for AppError {
    fn from(e: ApiError) -> Self {
        match e {
            ApiError::WrongSecret => AppError::WrongSecret,
            ApiError::NoSuchSlot { kind } => AppError::NoSuchSlot { kind: kind.into() },
            ApiError::KeyUnavailable { reason } => AppError::KeyUnavailable { reason },
            ApiError::Integrity { record } => AppError::Integrity {
                record: record.into(),
            },
            ApiError::IndexDamaged { record } => AppError::IndexDamaged {
                record: record.into(),
            },
            ApiError::StorageCorrupt { reason } => AppError::StorageCorrupt { reason },
            ApiError::UnsupportedVersion { found, supported } => {
                AppError::UnsupportedVersion { found, supported }
            }
            ApiError::AlreadyExists => AppError::AlreadyExists,
            ApiError::StoreMissing => AppError::StoreMissing,
            ApiError::StorageFull => AppError::StorageFull,
            ApiError::ReadOnly => AppError::ReadOnly,
            ApiError::Busy => AppError::Busy,
            ApiError::Validation { field, problem } => AppError::Validation {
                field: field.into(),
                problem: problem.into(),
            },
            ApiError::IllegalTransition { state, event } => AppError::IllegalTransition {
                state: state.into(),
                event: event.into(),
            },
            ApiError::NotFound { record } => AppError::NotFound {
                record: record.into(),
            },
            ApiError::RulesInvalid { errors } => AppError::RulesInvalid { errors },
            ApiError::RulePackRefused { reason } => AppError::RulePackRefused {
                reason: reason.into(),
            },
            ApiError::BackupInvalid { reason } => AppError::BackupInvalid { reason },
            ApiError::Closed => AppError::Closed,
            ApiError::Internal { reason } => AppError::Internal { reason },
        }
    }
}

/// A validation error of the bindings' own checks (ids, paths, keys).
pub(crate) fn invalid(field: Field, problem: doctrack_core::app::Problem) -> ApiError {
    AppError::validation(field.into(), problem).into()
}

/// A callback the app implemented failed in an unexpected way (an exception
/// that is not an `ApiError`). Its text is dropped: it can hold personal data.
impl From<uniffi::UnexpectedUniFFICallbackError> for ApiError {
    fn from(_: uniffi::UnexpectedUniFFICallbackError) -> Self {
        ApiError::Internal {
            reason: "an app callback failed unexpectedly".into(),
        }
    }
}

/// What to tell a person about `error` (a message id with arguments; render
/// it with `renderMessage`).
#[uniffi::export]
pub fn error_message(error: ApiError) -> Message {
    AppError::from(error).message().into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use doctrack_core::domain::text::DISPLAY_NAME;
    use doctrack_core::domain::DomainError;

    #[test]
    fn errors_name_fields_and_kinds_never_values() {
        let name = "Zaw Min Htut";
        let e: ApiError = AppError::from(DomainError::Text(
            DISPLAY_NAME.check(&name.repeat(20)).unwrap_err(),
        ))
        .into();
        assert_eq!(
            e,
            ApiError::Validation {
                field: Field::DisplayName,
                problem: Problem::TooLong { max: 200 }
            }
        );
        assert!(!format!("{e:?} {e}").contains(name));
    }

    #[test]
    fn every_variant_round_trips_through_the_classification() {
        let all = [
            ApiError::WrongSecret,
            ApiError::NoSuchSlot {
                kind: SlotKind::Platform,
            },
            ApiError::KeyUnavailable { reason: "x".into() },
            ApiError::Integrity {
                record: RecordKind::Document,
            },
            ApiError::IndexDamaged {
                record: RecordKind::Event,
            },
            ApiError::StorageCorrupt { reason: "x".into() },
            ApiError::UnsupportedVersion {
                found: 9,
                supported: 4,
            },
            ApiError::AlreadyExists,
            ApiError::StoreMissing,
            ApiError::StorageFull,
            ApiError::ReadOnly,
            ApiError::Busy,
            ApiError::Validation {
                field: Field::ExpiresOn,
                problem: Problem::ExpiryNotAfterIssue,
            },
            ApiError::IllegalTransition {
                state: StateName::Archived,
                event: EventName::RenewalStarted,
            },
            ApiError::NotFound {
                record: RecordKind::Person,
            },
            ApiError::RulesInvalid { errors: vec![] },
            ApiError::RulePackRefused {
                reason: PackProblem::NotNewer {
                    installed: 3,
                    offered: 2,
                },
            },
            ApiError::RulePackRefused {
                reason: PackProblem::BadSignature,
            },
            ApiError::BackupInvalid { reason: "x".into() },
            ApiError::Closed,
            ApiError::Internal { reason: "x".into() },
        ];
        for e in all {
            assert_eq!(ApiError::from(AppError::from(e.clone())), e);
            assert!(!error_message(e).id.is_empty());
        }
    }

    #[test]
    fn callback_text_is_never_copied() {
        let e = ApiError::from(uniffi::UnexpectedUniFFICallbackError::new(
            "java.lang.RuntimeException: passport MA1234567 of Zaw Min Htut",
        ));
        assert!(!format!("{e:?}").contains("MA1234567"));
    }
}
