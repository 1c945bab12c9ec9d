//! Encryption at rest: the data-key bundle, AEAD envelopes bound to their
//! place, keyed lookup tokens and the key slots that wrap the data key.
//!
//! Everything uses `ring`. Algorithm: ChaCha20-Poly1305 (see
//! `docs/adr/0002-envelope-encryption.md`).

mod envelope;
mod keys;
mod lookup;
pub mod share_keys;
pub mod signing;
mod slots;

pub use envelope::{Aad, Cipher, PlainBuf, Purpose, ENVELOPE_OVERHEAD};
pub use keys::DataKeys;
pub use lookup::{LookupKeys, LookupPurpose, Token};
pub use slots::{
    passphrase_bytes, pbkdf2_key, KdfParams, KeyWrapperError, NewSlot, PlatformKeyWrapper, Secret,
    SlotInfo, SlotKind, SlotParams, WrappedSlot, DEFAULT_ITERATIONS, MAX_ITERATIONS,
    MAX_PASSPHRASE_BYTES, MIN_ITERATIONS, MIN_STORED_ITERATIONS,
};

/// Cryptographic failures. Carry no key material and no plaintext.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    /// A ciphertext failed authentication: tampered, truncated, moved to
    /// another place, or opened with the wrong key.
    #[error("integrity check failed")]
    Integrity,
    /// A blob is not in a format this version understands.
    #[error("unsupported encrypted format (version {version}, algorithm {algorithm})")]
    UnsupportedFormat {
        /// Format version byte found.
        version: u8,
        /// Algorithm byte found.
        algorithm: u8,
    },
    /// The operating system's random source failed.
    #[error("the system random source failed")]
    Random,
    /// The secret does not open the slot.
    #[error("wrong secret")]
    WrongSecret,
    /// The platform key wrapper failed (Keystore/Keychain unavailable).
    #[error("the platform key is unavailable: {0}")]
    KeyUnavailable(String),
    /// Key-slot parameters are invalid (e.g. too few PBKDF2 iterations).
    #[error("invalid key-slot parameters: {0}")]
    BadParams(&'static str),
}

/// Fills `buf` from the system random source.
pub fn random_bytes(buf: &mut [u8]) -> Result<(), CryptoError> {
    use ring::rand::SecureRandom;
    ring::rand::SystemRandom::new()
        .fill(buf)
        .map_err(|_| CryptoError::Random)
}

/// Lower-case hex of `bytes` (ids, digests and keys shown or stored as text).
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

/// Bytes of a hex string (either case); `None` if it is not hex.
pub fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod hex_tests {
    #[test]
    fn hex_is_lower_case_two_digits_per_byte() {
        assert_eq!(super::hex(&[0x00, 0x0f, 0xa5, 0xff, 0x10]), "000fa5ff10");
        assert_eq!(super::hex(&[]), "");
    }
}
