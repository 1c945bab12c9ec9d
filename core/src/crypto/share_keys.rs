//! Sharing keys (docs/adr/0027): an organisation's X25519 key pair (HPKE, RFC 9180) and
//! their text forms.
//!
//! - A public key is written `x25519:<64 hex digits>`; workers' apps know it
//!   from the help directory, a scanned QR code or the organisation's
//!   `.pub` file. Its fingerprint is the first 8 bytes of its SHA-256, shown
//!   as four groups of four hex digits (`1a2b 3c4d 5e6f 7a8b`) for people to
//!   compare.
//! - A secret key is written `x25519-secret:<64 hex>` after `#` comment
//!   lines; it is zeroed on drop and never printed.

use super::signing::key_line;
use super::{hex, random_bytes, unhex};
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable, Kem, Serializable};
use zeroize::Zeroizing;

/// A sharing key could not be read or made. Never contains key material.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ShareKeyError {
    /// The text is not a sharing key.
    #[error("not a doctrack sharing key")]
    NotAKey,
    /// The system's random number generator failed.
    #[error("the system's random number generator failed")]
    Random,
}

const PUBLIC_PREFIX: &str = "x25519:";
const SECRET_PREFIX: &str = "x25519-secret:";

/// The KEM of every share.
pub(crate) type ShareKem = X25519HkdfSha256;

/// The fingerprint of 32 key bytes: `1a2b 3c4d 5e6f 7a8b`.
pub fn fingerprint(key: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, key);
    let short = hex(&digest.as_ref()[..8]);
    short
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// An organisation's public sharing key: shares are sealed to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ShareKey([u8; 32]);

impl ShareKey {
    /// Parses `x25519:<64 hex>` (blank lines and `#` comments around it are
    /// allowed, so a `.pub` file can be given as it is).
    pub fn parse(text: &str) -> Result<ShareKey, ShareKeyError> {
        let line = key_line(text).ok_or(ShareKeyError::NotAKey)?;
        let hex = line
            .strip_prefix(PUBLIC_PREFIX)
            .ok_or(ShareKeyError::NotAKey)?;
        let bytes = unhex(hex).ok_or(ShareKeyError::NotAKey)?;
        let raw: [u8; 32] = bytes.try_into().map_err(|_| ShareKeyError::NotAKey)?;
        // Checks that HPKE accepts it before anything is sealed to it.
        <ShareKem as Kem>::PublicKey::from_bytes(&raw).map_err(|_| ShareKeyError::NotAKey)?;
        Ok(ShareKey(raw))
    }

    /// The 32 raw bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// `x25519:<64 hex>`.
    pub fn to_text(&self) -> String {
        format!("{PUBLIC_PREFIX}{}", hex(&self.0))
    }

    /// `1a2b 3c4d 5e6f 7a8b`: what people compare.
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.0)
    }

    /// The first 8 bytes of the key's SHA-256: written in every share so
    /// that a share for another key is named as such.
    pub(crate) fn id(&self) -> [u8; 8] {
        let digest = ring::digest::digest(&ring::digest::SHA256, &self.0);
        let mut id = [0u8; 8];
        id.copy_from_slice(&digest.as_ref()[..8]);
        id
    }

    pub(crate) fn hpke(&self) -> Result<<ShareKem as Kem>::PublicKey, ShareKeyError> {
        <ShareKem as Kem>::PublicKey::from_bytes(&self.0).map_err(|_| ShareKeyError::NotAKey)
    }
}

/// An organisation's secret sharing key: it opens shares sealed to its
/// public key.
pub struct ShareSecretKey {
    secret: Zeroizing<[u8; 32]>,
    public: ShareKey,
}

impl std::fmt::Debug for ShareSecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ShareSecretKey")
            .field("fingerprint", &self.public.fingerprint())
            .finish_non_exhaustive()
    }
}

impl ShareSecretKey {
    /// Makes a new random key pair.
    pub fn generate() -> Result<ShareSecretKey, ShareKeyError> {
        let mut ikm = Zeroizing::new([0u8; 32]);
        random_bytes(ikm.as_mut()).map_err(|_| ShareKeyError::Random)?;
        let (secret, _) = ShareKem::derive_keypair(ikm.as_ref());
        let mut raw = Zeroizing::new([0u8; 32]);
        raw.copy_from_slice(&secret.to_bytes());
        ShareSecretKey::from_raw(raw)
    }

    fn from_raw(secret: Zeroizing<[u8; 32]>) -> Result<ShareSecretKey, ShareKeyError> {
        let private = <ShareKem as Kem>::PrivateKey::from_bytes(secret.as_ref())
            .map_err(|_| ShareKeyError::NotAKey)?;
        let public = ShareKem::sk_to_pk(&private);
        let mut raw = [0u8; 32];
        raw.copy_from_slice(&public.to_bytes());
        Ok(ShareSecretKey {
            secret,
            public: ShareKey(raw),
        })
    }

    /// Reads a key file written by [`ShareSecretKey::to_text`].
    pub fn parse(text: &str) -> Result<ShareSecretKey, ShareKeyError> {
        let line = key_line(text).ok_or(ShareKeyError::NotAKey)?;
        let hex = line
            .strip_prefix(SECRET_PREFIX)
            .ok_or(ShareKeyError::NotAKey)?;
        let bytes = Zeroizing::new(unhex(hex).ok_or(ShareKeyError::NotAKey)?);
        let mut raw = Zeroizing::new([0u8; 32]);
        if bytes.len() != raw.len() {
            return Err(ShareKeyError::NotAKey);
        }
        raw.copy_from_slice(&bytes);
        ShareSecretKey::from_raw(raw)
    }

    /// The key file's text (secret: write it with owner-only permissions).
    pub fn to_text(&self) -> Zeroizing<String> {
        let mut out = Zeroizing::new(String::with_capacity(512));
        out.push_str(
            "# doctrack sharing key of an organisation. Keep it secret: it opens every share sealed to it.\n",
        );
        out.push_str(&format!(
            "# Its public key (give this to workers' apps): {}\n",
            self.public.to_text()
        ));
        out.push_str(SECRET_PREFIX);
        let body = Zeroizing::new(hex(self.secret.as_ref()));
        out.push_str(&body);
        out.push('\n');
        out
    }

    /// The public key that seals to this key.
    pub fn public_key(&self) -> ShareKey {
        self.public
    }

    pub(crate) fn hpke(&self) -> Result<<ShareKem as Kem>::PrivateKey, ShareKeyError> {
        <ShareKem as Kem>::PrivateKey::from_bytes(self.secret.as_ref())
            .map_err(|_| ShareKeyError::NotAKey)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_survive_their_text_forms() {
        let secret = ShareSecretKey::generate().expect("key");
        let again = ShareSecretKey::parse(&secret.to_text()).expect("parses");
        assert_eq!(again.public_key(), secret.public_key());
        let public = ShareKey::parse(&secret.public_key().to_text()).expect("public");
        assert_eq!(public, secret.public_key());
        assert_eq!(public.fingerprint().len(), 19);
        assert!(!format!("{secret:?}").contains(&hex(secret.secret.as_ref())));
    }

    #[test]
    fn other_texts_are_not_keys() {
        for text in [
            "",
            "x25519:12",
            "ed25519:0000000000000000000000000000000000000000000000000000000000000000",
            "x25519:zz00000000000000000000000000000000000000000000000000000000000000",
        ] {
            assert_eq!(ShareKey::parse(text), Err(ShareKeyError::NotAKey), "{text}");
        }
        let secret = ShareSecretKey::generate().expect("key");
        assert!(ShareSecretKey::parse(&secret.public_key().to_text()).is_err());
    }
}
