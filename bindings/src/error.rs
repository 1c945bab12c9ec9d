//! The one public error type, and the one place internal errors become it.
//!
//! Variants are the ones an app can act on. Fields carry names and reasons,
//! never personal data: no names, document numbers or dates.

use doctrack_core::domain::{DateError, DomainError, LifecycleError};
use doctrack_core::store::StoreError;

/// Errors returned to Kotlin (`ApiException`) and Swift (`ApiError`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum ApiError {
    /// The store is locked: unlock it first.
    #[error("the store is locked")]
    Locked,
    /// The passphrase or key does not open the store: ask again.
    #[error("wrong passphrase or key")]
    WrongSecret,
    /// The device key (Keystore/Keychain) cannot be used: fall back to the
    /// passphrase, or ask the person to unlock the device.
    #[error("the device key is unavailable: {reason}")]
    KeyUnavailable {
        /// What the platform said.
        reason: String,
    },
    /// The record does not exist.
    #[error("not found: {what}")]
    NotFound {
        /// The kind of record.
        what: String,
    },
    /// The event is not allowed in the document's current state.
    #[error("cannot apply {event} to a document in state {state}")]
    InvalidTransition {
        /// The current state.
        state: String,
        /// The refused event.
        event: String,
    },
    /// Input is invalid: show `reason` next to `field`.
    #[error("{field}: {reason}")]
    Validation {
        /// The field.
        field: String,
        /// Why.
        reason: String,
    },
    /// A rule file or pack is invalid.
    #[error("rules invalid: {reason}")]
    RulesInvalid {
        /// What is wrong (file:line:column: message).
        reason: String,
    },
    /// The store file is damaged or not a store; it was left untouched.
    /// Offer to restore a backup; never delete the file.
    #[error("storage corrupt: {reason}")]
    StorageCorrupt {
        /// What was found.
        reason: String,
    },
    /// Anything else (a bug, or an environment problem).
    #[error("internal error: {reason}")]
    Internal {
        /// What happened (no personal data).
        reason: String,
    },
}

impl From<DateError> for ApiError {
    fn from(e: DateError) -> Self {
        let reason = match e {
            DateError::Format { .. } => "not a date: use YYYY-MM-DD or DD/MM/YYYY",
            DateError::NoSuchDay { .. } => "no such day in the calendar",
            DateError::YearOutOfRange { .. } => {
                "the year is neither a plausible CE nor a Buddhist Era year"
            }
        };
        ApiError::Validation {
            field: "date".into(),
            reason: reason.into(),
        }
    }
}

impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        match e {
            DomainError::Lifecycle(LifecycleError::IllegalTransition { state, event }) => {
                ApiError::InvalidTransition {
                    state: state.to_string(),
                    event: event.to_string(),
                }
            }
            DomainError::Lifecycle(LifecycleError::Details(d)) => ApiError::Validation {
                field: "document".into(),
                reason: d.to_string(),
            },
            DomainError::Text(t) => ApiError::Validation {
                field: t.field.into(),
                reason: t.problem.to_string(),
            },
            DomainError::UnknownPerson => ApiError::NotFound {
                what: "person".into(),
            },
            DomainError::UnknownDocument => ApiError::NotFound {
                what: "document".into(),
            },
            other => ApiError::Validation {
                field: "event".into(),
                reason: other.to_string(),
            },
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::WrongSecret | StoreError::NoSuchSlot(_) => ApiError::WrongSecret,
            StoreError::KeyUnavailable(reason) => ApiError::KeyUnavailable { reason },
            StoreError::NotFound(kind) => ApiError::NotFound {
                what: kind.to_string(),
            },
            StoreError::SlotNotFound => ApiError::NotFound {
                what: "key slot".into(),
            },
            StoreError::Domain(d) => d.into(),
            StoreError::Invalid { field, reason } => ApiError::Validation {
                field: field.into(),
                reason: reason.into(),
            },
            StoreError::AttachmentTooLarge { limit } => ApiError::Validation {
                field: "attachment".into(),
                reason: format!("larger than {limit} bytes"),
            },
            StoreError::LastSlot => ApiError::Validation {
                field: "key_slot".into(),
                reason: e.to_string(),
            },
            e @ (StoreError::StorageCorrupt(_)
            | StoreError::Integrity(_)
            | StoreError::NewerVersion { .. }
            | StoreError::BackupInvalid(_)) => ApiError::StorageCorrupt {
                reason: e.to_string(),
            },
            other => ApiError::Internal {
                reason: other.to_string(),
            },
        }
    }
}

impl From<uniffi::UnexpectedUniFFICallbackError> for ApiError {
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        ApiError::Internal { reason: e.reason }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use doctrack_core::domain::text::DISPLAY_NAME;
    use doctrack_core::domain::{EventName, StateName};
    use doctrack_core::store::RecordKind;

    #[test]
    fn errors_name_fields_and_kinds_never_values() {
        let secret_name = "Zaw Min Htut";
        let e: ApiError =
            DomainError::Text(DISPLAY_NAME.check(&secret_name.repeat(20)).unwrap_err()).into();
        assert_eq!(
            e,
            ApiError::Validation {
                field: "display_name".into(),
                reason: "is longer than 200 characters".into()
            }
        );
        let e: ApiError = StoreError::Integrity(RecordKind::Document).into();
        assert!(matches!(e, ApiError::StorageCorrupt { .. }));
        assert!(!format!("{e:?}").contains(secret_name));
    }

    #[test]
    fn transitions_and_secrets_map_to_actionable_variants() {
        let e: ApiError =
            StoreError::Domain(DomainError::Lifecycle(LifecycleError::IllegalTransition {
                state: StateName::Archived,
                event: EventName::RenewalStarted,
            }))
            .into();
        assert_eq!(
            e,
            ApiError::InvalidTransition {
                state: "archived".into(),
                event: "renewal_started".into()
            }
        );
        assert_eq!(
            ApiError::from(StoreError::WrongSecret),
            ApiError::WrongSecret
        );
        assert_eq!(
            ApiError::from(StoreError::StorageCorrupt("not a SQLite database")),
            ApiError::StorageCorrupt {
                reason: StoreError::StorageCorrupt("not a SQLite database").to_string()
            }
        );
    }
}
