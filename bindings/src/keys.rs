//! Unlocking a store: the app's platform key wrapper (Android Keystore, iOS
//! Keychain), passphrases and raw keys, and key-slot management.

use doctrack_core::app::{AppError, Field, Problem};
use doctrack_core::crypto::{self, KdfParams, NewSlot, Secret};
use std::sync::Arc;
use zeroize::Zeroizing;

/// Why the app's key wrapper could not do its work. Carries no text on
/// purpose: whatever the platform said may contain personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum KeyWrapperError {
    /// The key cannot be used now (device locked, keystore busy): try again
    /// later or use the passphrase.
    #[error("the platform key is unavailable")]
    Unavailable,
    /// The key is gone for good (new fingerprint, lock screen removed, app
    /// data reset): unlock with the passphrase or restore a backup, then add
    /// a new platform slot.
    #[error("the platform key was permanently invalidated")]
    Invalidated,
    /// The person cancelled the authentication prompt.
    #[error("the person cancelled the authentication")]
    Cancelled,
}

/// Any other exception thrown by the wrapper counts as "unavailable"; its
/// text is dropped.
impl From<uniffi::UnexpectedUniFFICallbackError> for KeyWrapperError {
    fn from(_: uniffi::UnexpectedUniFFICallbackError) -> Self {
        KeyWrapperError::Unavailable
    }
}

/// Implemented by the app with the platform's key store. `wrap` encrypts a
/// 32-byte slot secret with a non-exportable device key; `unwrap` reverses
/// it. The data key itself never crosses into app code.
///
/// Called on a doctrack worker thread, never on the caller's thread: a
/// wrapper that must show a biometric prompt can hop to the UI thread and
/// block until the person answers.
#[uniffi::export(foreign)]
pub trait KeyWrapper: Send + Sync {
    /// Encrypts `secret` with the device key.
    fn wrap(&self, secret: Vec<u8>) -> Result<Vec<u8>, KeyWrapperError>;
    /// Decrypts a blob made by `wrap`.
    fn unwrap(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyWrapperError>;
}

/// Adapts the app's wrapper to the core's trait, with doctrack's own words
/// for failures.
struct PlatformAdapter(Arc<dyn KeyWrapper>);

fn core_error(e: KeyWrapperError) -> crypto::KeyWrapperError {
    let reason = match e {
        KeyWrapperError::Unavailable => "the platform key is unavailable",
        KeyWrapperError::Invalidated => "the platform key was permanently invalidated",
        KeyWrapperError::Cancelled => "the person cancelled the authentication",
    };
    crypto::KeyWrapperError {
        reason: reason.into(),
    }
}

impl crypto::PlatformKeyWrapper for PlatformAdapter {
    fn wrap(&self, secret: &[u8]) -> Result<Vec<u8>, crypto::KeyWrapperError> {
        self.0.wrap(secret.to_vec()).map_err(core_error)
    }

    fn unwrap(&self, wrapped: &[u8]) -> Result<Vec<u8>, crypto::KeyWrapperError> {
        self.0.unwrap(wrapped.to_vec()).map_err(core_error)
    }
}

/// How to unlock a store, or what a new key slot is made from.
#[derive(uniffi::Enum)]
pub enum Unlock {
    /// A passphrase (PBKDF2-HMAC-SHA256, 600,000 iterations for new slots).
    Passphrase {
        /// The passphrase (at most 1,024 bytes).
        passphrase: String,
    },
    /// A raw 32-byte key (desktop tools and tests).
    RawKey {
        /// Exactly 32 bytes.
        key: Vec<u8>,
    },
    /// The app's platform key wrapper.
    Platform {
        /// The wrapper.
        wrapper: Arc<dyn KeyWrapper>,
    },
}

impl std::fmt::Debug for Unlock {
    /// Never prints secrets.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Unlock::Passphrase { .. } => "Unlock::Passphrase",
            Unlock::RawKey { .. } => "Unlock::RawKey",
            Unlock::Platform { .. } => "Unlock::Platform",
        })
    }
}

fn raw_key(key: Vec<u8>) -> Result<Zeroizing<[u8; 32]>, AppError> {
    let key = Zeroizing::new(key);
    let array: [u8; 32] = key
        .as_slice()
        .try_into()
        .map_err(|_| AppError::validation(Field::Key, Problem::WrongLength { expected: 32 }))?;
    Ok(Zeroizing::new(array))
}

fn passphrase(p: String) -> Result<Zeroizing<String>, AppError> {
    let p = Zeroizing::new(p);
    if p.is_empty() {
        return Err(AppError::validation(Field::Passphrase, Problem::Empty));
    }
    if p.len() > crypto::MAX_PASSPHRASE_BYTES {
        return Err(AppError::validation(
            Field::Passphrase,
            Problem::TooLong {
                max: crypto::MAX_PASSPHRASE_BYTES as u64,
            },
        ));
    }
    Ok(p)
}

impl Unlock {
    /// The secret that opens a slot.
    pub(crate) fn into_secret(self) -> Result<Secret, AppError> {
        Ok(match self {
            Unlock::Passphrase { passphrase: p } => Secret::Passphrase(passphrase(p)?),
            Unlock::RawKey { key } => Secret::Raw(raw_key(key)?),
            Unlock::Platform { wrapper } => Secret::Platform(Arc::new(PlatformAdapter(wrapper))),
        })
    }

    /// A new slot made from this (passphrases get the default iterations).
    pub(crate) fn into_new_slot(self) -> Result<NewSlot, AppError> {
        Ok(match self {
            Unlock::Passphrase { passphrase: p } => NewSlot::Passphrase {
                passphrase: passphrase(p)?,
                kdf: KdfParams::default(),
            },
            Unlock::RawKey { key } => NewSlot::Raw { key: raw_key(key)? },
            Unlock::Platform { wrapper } => NewSlot::Platform {
                wrapper: Arc::new(PlatformAdapter(wrapper)),
            },
        })
    }
}
