//! Key slots: each slot wraps the same data-key bundle under a different
//! key-encryption key (KEK).
//!
//! - **platform**: a random 32-byte slot secret is wrapped by the app's
//!   [`PlatformKeyWrapper`] (Android Keystore, iOS Keychain). The KEK never
//!   leaves the platform; app code only ever sees the slot secret inside
//!   `wrap`/`unwrap`, never the data key.
//! - **passphrase**: KEK = PBKDF2-HMAC-SHA256(passphrase, salt, iterations),
//!   parameters stored in the slot.
//! - **raw**: KEK = HKDF-SHA256(32-byte key, salt) (desktop use and tests).
//!
//! The bundle is sealed under the KEK with associated data naming the slot,
//! so a slot's blob cannot be moved to another slot.

use super::envelope::{Aad, Cipher, Purpose};
use super::keys::DataKeys;
use super::{random_bytes, CryptoError};
use ring::{hkdf, pbkdf2};
use serde::{Deserialize, Serialize};
use std::num::NonZeroU32;
use std::sync::Arc;
use zeroize::Zeroizing;

/// The fewest PBKDF2 iterations a passphrase slot may use in production.
pub const MIN_ITERATIONS: u32 = 600_000;
/// The default number of PBKDF2 iterations.
pub const DEFAULT_ITERATIONS: u32 = 600_000;
/// The most PBKDF2 iterations a passphrase slot may use (new or stored).
/// A stored slot outside [`MIN_STORED_ITERATIONS`]..=`MAX_ITERATIONS` is
/// treated as damaged and never tried, so a planted slot cannot make every
/// open take seconds (2,000,000 iterations take about 0.3 s on the bench
/// machine and about a second on a cheap phone).
pub const MAX_ITERATIONS: u32 = 2_000_000;
/// The fewest PBKDF2 iterations a *stored* slot may have: the insecure test
/// setting ([`KdfParams::insecure_fast_for_tests`]). Fewer is a damaged slot.
pub const MIN_STORED_ITERATIONS: u32 = 1_000;
/// Longest passphrase accepted, in bytes.
pub const MAX_PASSPHRASE_BYTES: usize = 1024;

/// PBKDF2 parameters for a new passphrase slot. Built only through
/// [`KdfParams::new`] (or the default), so production code cannot end up
/// with fewer than [`MIN_ITERATIONS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    iterations: u32,
}

impl Default for KdfParams {
    fn default() -> Self {
        KdfParams {
            iterations: DEFAULT_ITERATIONS,
        }
    }
}

impl KdfParams {
    /// Parameters with `iterations` (at least [`MIN_ITERATIONS`]).
    pub fn new(iterations: u32) -> Result<Self, CryptoError> {
        if iterations < MIN_ITERATIONS {
            return Err(CryptoError::BadParams(
                "PBKDF2 needs at least 600,000 iterations",
            ));
        }
        if iterations > MAX_ITERATIONS {
            return Err(CryptoError::BadParams(
                "PBKDF2 iterations above 2,000,000 would make opening too slow on a phone",
            ));
        }
        Ok(KdfParams { iterations })
    }

    /// **Insecure.** 1,000 iterations, so test suites can open stores
    /// hundreds of times. Never use it for a real store; not exposed across
    /// the FFI.
    #[doc(hidden)]
    pub fn insecure_fast_for_tests() -> Self {
        KdfParams { iterations: 1_000 }
    }

    /// The number of iterations.
    pub fn iterations(&self) -> u32 {
        self.iterations
    }
}

/// The kind of a key slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SlotKind {
    /// Wrapped by the platform keystore.
    Platform,
    /// Derived from a passphrase.
    Passphrase,
    /// A raw 32-byte key.
    Raw,
}

impl SlotKind {
    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            SlotKind::Platform => "platform",
            SlotKind::Passphrase => "passphrase",
            SlotKind::Raw => "raw",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Option<SlotKind> {
        match s {
            "platform" => Some(SlotKind::Platform),
            "passphrase" => Some(SlotKind::Passphrase),
            "raw" => Some(SlotKind::Raw),
            _ => None,
        }
    }
}

/// Why the platform key wrapper failed. The text comes from the app and is
/// treated as not containing personal data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason}")]
pub struct KeyWrapperError {
    /// What went wrong (e.g. "key permanently invalidated").
    pub reason: String,
}

/// Implemented by the app with the Android Keystore or the iOS Keychain.
/// `wrap` must return an opaque blob only the same device key can unwrap.
pub trait PlatformKeyWrapper: Send + Sync {
    /// Encrypts `secret` with the platform key.
    fn wrap(&self, secret: &[u8]) -> Result<Vec<u8>, KeyWrapperError>;
    /// Decrypts a blob made by `wrap`.
    fn unwrap(&self, wrapped: &[u8]) -> Result<Vec<u8>, KeyWrapperError>;
}

/// What a new slot is made from.
#[derive(Clone)]
pub enum NewSlot {
    /// A passphrase and PBKDF2 parameters.
    Passphrase {
        /// The passphrase.
        passphrase: Zeroizing<String>,
        /// PBKDF2 parameters.
        kdf: KdfParams,
    },
    /// A raw 32-byte key.
    Raw {
        /// The key.
        key: Zeroizing<[u8; 32]>,
    },
    /// The platform key wrapper.
    Platform {
        /// The app's wrapper.
        wrapper: Arc<dyn PlatformKeyWrapper>,
    },
}

impl NewSlot {
    /// The kind of slot this makes.
    pub fn kind(&self) -> SlotKind {
        match self {
            NewSlot::Passphrase { .. } => SlotKind::Passphrase,
            NewSlot::Raw { .. } => SlotKind::Raw,
            NewSlot::Platform { .. } => SlotKind::Platform,
        }
    }
}

/// A secret that may open a slot.
#[derive(Clone)]
pub enum Secret {
    /// A passphrase.
    Passphrase(Zeroizing<String>),
    /// A raw 32-byte key.
    Raw(Zeroizing<[u8; 32]>),
    /// The platform key wrapper.
    Platform(Arc<dyn PlatformKeyWrapper>),
}

impl Secret {
    /// The kind of slot this secret opens.
    pub fn kind(&self) -> SlotKind {
        match self {
            Secret::Passphrase(_) => SlotKind::Passphrase,
            Secret::Raw(_) => SlotKind::Raw,
            Secret::Platform(_) => SlotKind::Platform,
        }
    }

    /// A passphrase secret.
    pub fn passphrase(p: &str) -> Secret {
        Secret::Passphrase(Zeroizing::new(p.to_string()))
    }
}

/// Non-secret parameters stored with a slot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kdf", rename_all = "kebab-case")]
pub enum SlotParams {
    /// PBKDF2-HMAC-SHA256.
    Pbkdf2HmacSha256 {
        /// Iterations.
        iterations: u32,
        /// Salt, hex.
        salt: String,
    },
    /// HKDF-SHA256 of a raw key.
    HkdfSha256 {
        /// Salt, hex.
        salt: String,
    },
    /// A platform-wrapped slot secret.
    Platform {
        /// The blob returned by the wrapper, hex.
        wrapped_secret: String,
    },
}

/// A key slot as stored: id, kind, parameters and the wrapped bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrappedSlot {
    /// Random id.
    pub id: String,
    /// Kind.
    pub kind: SlotKind,
    /// Parameters (no secrets).
    pub params: SlotParams,
    /// The sealed data-key bundle.
    pub wrapped: Vec<u8>,
}

/// A slot without its blob, for listing.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SlotInfo {
    /// Id.
    pub id: String,
    /// Kind.
    pub kind: SlotKind,
}

use super::hex;

fn unhex(s: &str) -> Result<Vec<u8>, CryptoError> {
    let malformed = CryptoError::BadParams("malformed hex in slot parameters");
    if s.len() > 8192 {
        return Err(malformed);
    }
    super::unhex(s).ok_or(malformed)
}

struct Len32;

impl hkdf::KeyType for Len32 {
    fn len(&self) -> usize {
        32
    }
}

fn check_passphrase(p: &str) -> Result<(), CryptoError> {
    if p.is_empty() {
        return Err(CryptoError::BadParams("the passphrase must not be empty"));
    }
    if p.len() > MAX_PASSPHRASE_BYTES {
        return Err(CryptoError::BadParams(
            "the passphrase is longer than 1024 bytes",
        ));
    }
    Ok(())
}

/// The text a passphrase is derived from: its Unicode NFC form, so the same
/// Thai, Burmese, Khmer or Lao text typed on different keyboards (which may
/// produce different code-point sequences) opens the same store.
pub fn passphrase_bytes(passphrase: &str) -> Zeroizing<String> {
    use unicode_normalization::UnicodeNormalization;
    Zeroizing::new(passphrase.nfc().collect())
}

/// PBKDF2-HMAC-SHA256 of the NFC form of `passphrase`.
pub fn pbkdf2_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<Zeroizing<[u8; 32]>, CryptoError> {
    let n = NonZeroU32::new(iterations).ok_or(CryptoError::BadParams("zero iterations"))?;
    let normalised = passphrase_bytes(passphrase);
    let mut kek = Zeroizing::new([0u8; 32]);
    pbkdf2::derive(
        pbkdf2::PBKDF2_HMAC_SHA256,
        n,
        salt,
        normalised.as_bytes(),
        kek.as_mut(),
    );
    Ok(kek)
}

fn hkdf_kek(key: &[u8], salt: &[u8]) -> Result<Zeroizing<[u8; 32]>, CryptoError> {
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, salt).extract(key);
    let mut kek = Zeroizing::new([0u8; 32]);
    prk.expand(&[b"doctrack slot kek v1"], Len32)
        .and_then(|okm| okm.fill(kek.as_mut()))
        .map_err(|_| CryptoError::BadParams("key derivation"))?;
    Ok(kek)
}

fn slot_aad<'a>(id: &'a str, kind: SlotKind) -> Aad<'a> {
    Aad {
        purpose: Purpose::KeySlot,
        table: kind.as_str(),
        row: id,
    }
}

impl WrappedSlot {
    /// Makes a slot with id `id` that wraps `keys`.
    pub fn create(id: String, slot: &NewSlot, keys: &DataKeys) -> Result<WrappedSlot, CryptoError> {
        let mut salt = [0u8; 16];
        random_bytes(&mut salt)?;
        let (kek, params) = match slot {
            NewSlot::Passphrase { passphrase, kdf } => {
                check_passphrase(passphrase)?;
                (
                    pbkdf2_key(passphrase, &salt, kdf.iterations)?,
                    SlotParams::Pbkdf2HmacSha256 {
                        iterations: kdf.iterations,
                        salt: hex(&salt),
                    },
                )
            }
            NewSlot::Raw { key } => (
                hkdf_kek(key.as_ref(), &salt)?,
                SlotParams::HkdfSha256 { salt: hex(&salt) },
            ),
            NewSlot::Platform { wrapper } => {
                let mut secret = Zeroizing::new([0u8; 32]);
                random_bytes(secret.as_mut())?;
                let wrapped = wrapper
                    .wrap(secret.as_ref())
                    .map_err(|e| CryptoError::KeyUnavailable(e.reason))?;
                (
                    hkdf_kek(secret.as_ref(), b"doctrack platform slot")?,
                    SlotParams::Platform {
                        wrapped_secret: hex(&wrapped),
                    },
                )
            }
        };
        let kind = slot.kind();
        let wrapped = Cipher::new(&kek)?.seal(slot_aad(&id, kind), &keys.to_bytes())?;
        Ok(WrappedSlot {
            id,
            kind,
            params,
            wrapped,
        })
    }

    /// Opens the slot with `secret`: the data keys, or `WrongSecret`.
    pub fn unlock(&self, secret: &Secret) -> Result<DataKeys, CryptoError> {
        let kek = match (secret, &self.params) {
            (Secret::Passphrase(p), SlotParams::Pbkdf2HmacSha256 { iterations, salt }) => {
                check_passphrase(p).map_err(|_| CryptoError::WrongSecret)?;
                if !(MIN_STORED_ITERATIONS..=MAX_ITERATIONS).contains(iterations) {
                    return Err(CryptoError::BadParams(
                        "stored iteration count is out of range",
                    ));
                }
                pbkdf2_key(p, &unhex(salt)?, *iterations)?
            }
            (Secret::Raw(key), SlotParams::HkdfSha256 { salt }) => {
                hkdf_kek(key.as_ref(), &unhex(salt)?)?
            }
            (Secret::Platform(wrapper), SlotParams::Platform { wrapped_secret }) => {
                let secret = Zeroizing::new(
                    wrapper
                        .unwrap(&unhex(wrapped_secret)?)
                        .map_err(|e| CryptoError::KeyUnavailable(e.reason))?,
                );
                hkdf_kek(&secret, b"doctrack platform slot")?
            }
            _ => return Err(CryptoError::WrongSecret),
        };
        let bundle = Cipher::new(&kek)?
            .open(slot_aad(&self.id, self.kind), &self.wrapped)
            .map_err(|_| CryptoError::WrongSecret)?;
        DataKeys::from_bytes(&bundle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(p: &str) -> NewSlot {
        NewSlot::Passphrase {
            passphrase: Zeroizing::new(p.into()),
            kdf: KdfParams::insecure_fast_for_tests(),
        }
    }

    #[test]
    fn passphrase_slot() {
        let keys = DataKeys::generate().unwrap();
        let slot = WrappedSlot::create("s1".into(), &pass("correct horse"), &keys).unwrap();
        let opened = slot.unlock(&Secret::passphrase("correct horse")).unwrap();
        assert_eq!(opened.enc_key(), keys.enc_key());
        assert_eq!(
            slot.unlock(&Secret::passphrase("wrong")).unwrap_err(),
            CryptoError::WrongSecret
        );
        assert_eq!(
            slot.unlock(&Secret::passphrase("")).unwrap_err(),
            CryptoError::WrongSecret
        );
        // Moving the blob to another slot id fails.
        let moved = WrappedSlot {
            id: "s2".into(),
            ..slot.clone()
        };
        assert_eq!(
            moved
                .unlock(&Secret::passphrase("correct horse"))
                .unwrap_err(),
            CryptoError::WrongSecret
        );
    }

    #[test]
    fn raw_slot_and_kind_mismatch() {
        let keys = DataKeys::generate().unwrap();
        let raw = Zeroizing::new([3u8; 32]);
        let slot =
            WrappedSlot::create("r".into(), &NewSlot::Raw { key: raw.clone() }, &keys).unwrap();
        assert!(slot.unlock(&Secret::Raw(raw)).is_ok());
        assert_eq!(
            slot.unlock(&Secret::Raw(Zeroizing::new([4u8; 32])))
                .unwrap_err(),
            CryptoError::WrongSecret
        );
        assert_eq!(
            slot.unlock(&Secret::passphrase("x")).unwrap_err(),
            CryptoError::WrongSecret
        );
    }

    #[test]
    fn production_iterations_are_enforced() {
        assert!(KdfParams::new(100_000).is_err());
        assert!(KdfParams::new(MAX_ITERATIONS).is_ok());
        assert!(KdfParams::new(MAX_ITERATIONS + 1).is_err());
        assert_eq!(KdfParams::new(600_000).unwrap().iterations(), 600_000);
        assert_eq!(KdfParams::default().iterations(), 600_000);
    }

    #[test]
    fn stored_iterations_out_of_range_are_refused_without_deriving() {
        let keys = DataKeys::generate().unwrap();
        let slot = WrappedSlot::create("s".into(), &pass("pw"), &keys).unwrap();
        for bad in [0, MIN_STORED_ITERATIONS - 1, MAX_ITERATIONS + 1, u32::MAX] {
            let mut planted = slot.clone();
            if let SlotParams::Pbkdf2HmacSha256 { iterations, .. } = &mut planted.params {
                *iterations = bad;
            }
            let started = std::time::Instant::now();
            assert!(matches!(
                planted.unlock(&Secret::passphrase("pw")),
                Err(CryptoError::BadParams(_))
            ));
            assert!(started.elapsed() < std::time::Duration::from_secs(1));
        }
    }

    #[test]
    fn passphrases_are_compared_in_nfc() {
        // "é" precomposed vs e + combining acute; Thai and Burmese input
        // methods differ the same way in how marks are composed.
        let keys = DataKeys::generate().unwrap();
        let slot = WrappedSlot::create("n".into(), &pass("caf\u{e9} 2569"), &keys).unwrap();
        assert!(slot.unlock(&Secret::passphrase("cafe\u{301} 2569")).is_ok());
    }

    #[test]
    fn huge_and_empty_passphrases_are_refused() {
        let keys = DataKeys::generate().unwrap();
        assert!(WrappedSlot::create("s".into(), &pass(""), &keys).is_err());
        assert!(WrappedSlot::create("s".into(), &pass(&"x".repeat(2000)), &keys).is_err());
    }
}
