//! The app's rollback anchor: one small value kept in platform-protected
//! storage outside the store file, so that an older copy of the whole file
//! put back in its place is caught at open (docs/adr/0024).

use doctrack_core::store::{self, AnchorHandle, StoreOptions};
use std::sync::Arc;

/// Why the app's anchor storage could not be used. Carries no text on
/// purpose: whatever the platform said may contain personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum AnchorError {
    /// The storage cannot be used now (device locked, storage busy).
    #[error("the anchor storage is unavailable")]
    Unavailable,
}

/// Any other exception thrown by the anchor counts as "unavailable"; its
/// text is dropped.
impl From<uniffi::UnexpectedUniFFICallbackError> for AnchorError {
    fn from(_: uniffi::UnexpectedUniFFICallbackError) -> Self {
        AnchorError::Unavailable
    }
}

/// Implemented by the app over storage that copying the app's files cannot
/// roll back: Keystore-encrypted preferences on Android, a Keychain item
/// (this device only) on iOS. Keeps one opaque value per store; doctrack
/// seals it, so it reveals nothing. Give the same anchor to every
/// `createStore`, `openStore` and `restoreStore` of that store's path.
///
/// Called on a doctrack worker thread, never on the caller's thread.
#[uniffi::export(foreign)]
pub trait RollbackAnchor: Send + Sync {
    /// The value saved last, or null when nothing was saved yet.
    fn load(&self) -> Result<Option<Vec<u8>>, AnchorError>;
    /// Replaces the saved value.
    fn save(&self, value: Vec<u8>) -> Result<(), AnchorError>;
}

/// Adapts the app's anchor to the core's trait.
struct Adapter(Arc<dyn RollbackAnchor>);

impl store::RollbackAnchor for Adapter {
    fn load(&self) -> Result<Option<Vec<u8>>, store::AnchorUnavailable> {
        self.0.load().map_err(|_| store::AnchorUnavailable)
    }

    fn save(&self, value: &[u8]) -> Result<(), store::AnchorUnavailable> {
        self.0
            .save(value.to_vec())
            .map_err(|_| store::AnchorUnavailable)
    }
}

/// Store options with the app's anchor (if any).
pub(crate) fn options(
    anchor: Option<Arc<dyn RollbackAnchor>>,
    accept_older_copy: bool,
) -> StoreOptions {
    StoreOptions {
        rollback_anchor: anchor.map(|a| AnchorHandle(Arc::new(Adapter(a)))),
        accept_older_copy,
        ..StoreOptions::default()
    }
}
