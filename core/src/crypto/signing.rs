//! Ed25519 signing keys (ring) and their text forms: rule packs are signed
//! with them (docs/adr/0014), and each store's sharing identity is one
//! (docs/adr/0027).
//!
//! - A public key is written `ed25519:<64 hex digits>`; apps configure the
//!   keys they trust in this form. Its id is the first 8 bytes of its
//!   SHA-256, as 16 hex digits; a pack names the id of the key that signed it.
//! - A signing key is its PKCS#8 document, written `ed25519-pkcs8:<hex>`
//!   after `#` comment lines. It is kept in memory that is zeroed on drop
//!   and never printed (`Debug` shows only the public key's id).

use ring::signature::{Ed25519KeyPair, KeyPair, UnparsedPublicKey, ED25519};
use zeroize::Zeroizing;

const PUBLIC_PREFIX: &str = "ed25519:";
const SECRET_PREFIX: &str = "ed25519-pkcs8:";

/// A key could not be read or made. Never contains key material.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// The text is not a public key.
    #[error(
        "not a rule-pack public key: expected one line \"ed25519:\" followed by 64 hex digits"
    )]
    NotAPublicKey,
    /// The text is not a signing key.
    #[error("not a rule-pack signing key: expected a file made by `doctrack pack keygen`")]
    NotASigningKey,
    /// The system's random number generator failed.
    #[error("could not make a key: the system's random number generator failed")]
    Generation,
}

pub(crate) use crate::crypto::{hex, unhex};

/// The one line of a key file that is not blank and not a `#` comment.
pub(crate) fn key_line(text: &str) -> Option<&str> {
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    let line = lines.next()?;
    lines.next().is_none().then_some(line)
}

/// The id of a public key: 16 hex digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId(pub(crate) String);

impl KeyId {
    /// The 16 hex digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for KeyId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An Ed25519 public key that verifies rule packs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublicKey([u8; 32]);

impl PublicKey {
    /// Parses `ed25519:<64 hex>` (blank lines and `#` comments around it are
    /// allowed, so a `.pub` file can be given as it is).
    pub fn parse(text: &str) -> Result<PublicKey, KeyError> {
        let line = key_line(text).ok_or(KeyError::NotAPublicKey)?;
        let hex = line
            .strip_prefix(PUBLIC_PREFIX)
            .ok_or(KeyError::NotAPublicKey)?;
        let bytes = unhex(hex).ok_or(KeyError::NotAPublicKey)?;
        let raw: [u8; 32] = bytes.try_into().map_err(|_| KeyError::NotAPublicKey)?;
        Ok(PublicKey(raw))
    }

    /// The key from its 32 raw bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> PublicKey {
        PublicKey(bytes)
    }

    /// The 32 raw bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// `ed25519:<64 hex>`.
    pub fn to_text(&self) -> String {
        format!("{PUBLIC_PREFIX}{}", hex(&self.0))
    }

    /// The key's id: the first 8 bytes of SHA-256 of the key, in hex.
    pub fn id(&self) -> KeyId {
        let digest = ring::digest::digest(&ring::digest::SHA256, &self.0);
        KeyId(hex(&digest.as_ref()[..8]))
    }

    /// Whether `signature` is this key's signature of `message`.
    pub fn verifies(&self, message: &[u8], signature: &[u8]) -> bool {
        UnparsedPublicKey::new(&ED25519, &self.0)
            .verify(message, signature)
            .is_ok()
    }
}

/// An Ed25519 signing key (a maintainer's private key).
pub struct SigningKey {
    pair: Ed25519KeyPair,
    pkcs8: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("public_key_id", &self.public_key().id())
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    /// Makes a new random key.
    pub fn generate() -> Result<SigningKey, KeyError> {
        let rng = ring::rand::SystemRandom::new();
        let doc = Ed25519KeyPair::generate_pkcs8(&rng).map_err(|_| KeyError::Generation)?;
        SigningKey::from_pkcs8(Zeroizing::new(doc.as_ref().to_vec()))
            .map_err(|_| KeyError::Generation)
    }

    pub(crate) fn from_pkcs8(pkcs8: Zeroizing<Vec<u8>>) -> Result<SigningKey, KeyError> {
        let pair = Ed25519KeyPair::from_pkcs8(&pkcs8).map_err(|_| KeyError::NotASigningKey)?;
        Ok(SigningKey { pair, pkcs8 })
    }

    /// The PKCS#8 document (secret: seal it before it is stored).
    pub(crate) fn pkcs8(&self) -> &[u8] {
        &self.pkcs8
    }

    /// Reads a key file written by [`SigningKey::to_text`].
    pub fn parse(text: &str) -> Result<SigningKey, KeyError> {
        let line = key_line(text).ok_or(KeyError::NotASigningKey)?;
        let hex = line
            .strip_prefix(SECRET_PREFIX)
            .ok_or(KeyError::NotASigningKey)?;
        let bytes = Zeroizing::new(unhex(hex).ok_or(KeyError::NotASigningKey)?);
        SigningKey::from_pkcs8(bytes)
    }

    /// The key file's text (secret: write it with owner-only permissions).
    pub fn to_text(&self) -> Zeroizing<String> {
        // One allocation, large enough for everything: no stray copies.
        let mut out = Zeroizing::new(String::with_capacity(1024));
        out.push_str(
            "# doctrack rule-pack signing key. Keep it secret: never share, print or commit it.\n",
        );
        out.push_str(&format!(
            "# Its public key (give this to apps): {}\n",
            self.public_key().to_text()
        ));
        out.push_str(SECRET_PREFIX);
        let body = Zeroizing::new(hex(&self.pkcs8));
        out.push_str(&body);
        out.push('\n');
        out
    }

    /// The public key that verifies this key's signatures.
    pub fn public_key(&self) -> PublicKey {
        let mut raw = [0u8; 32];
        raw.copy_from_slice(self.pair.public_key().as_ref());
        PublicKey(raw)
    }

    /// Signs `message`.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        let mut out = [0u8; 64];
        out.copy_from_slice(self.pair.sign(message).as_ref());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_through_text_and_sign() {
        let key = SigningKey::generate().unwrap();
        let text = key.to_text();
        let again = SigningKey::parse(&text).unwrap();
        assert_eq!(again.public_key(), key.public_key());
        let public =
            PublicKey::parse(&format!("# a comment\n{}\n", key.public_key().to_text())).unwrap();
        let sig = again.sign(b"rules");
        assert!(public.verifies(b"rules", &sig));
        assert!(!public.verifies(b"rulez", &sig));
        assert_eq!(public.id().as_str().len(), 16);
        assert!(!format!("{key:?}").contains(&hex(&key.pkcs8)));
    }

    #[test]
    fn bad_key_texts_are_refused_without_echoing_them() {
        for bad in [
            "",
            "ed25519:abcd",
            "ed25519:zz",
            "rsa:00",
            "ed25519:00\ned25519:00",
        ] {
            assert_eq!(PublicKey::parse(bad), Err(KeyError::NotAPublicKey), "{bad}");
        }
        let key = SigningKey::generate().unwrap();
        assert!(matches!(
            SigningKey::parse(&key.public_key().to_text()),
            Err(KeyError::NotASigningKey)
        ));
        assert!(matches!(
            SigningKey::parse("ed25519-pkcs8:0011"),
            Err(KeyError::NotASigningKey)
        ));
    }
}
