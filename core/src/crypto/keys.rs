//! The data-key bundle: the encryption key and the lookup seed. Generated
//! once per store, never leaves the library unwrapped, zeroised on drop.

use super::{random_bytes, CryptoError};
use zeroize::{Zeroize, Zeroizing};

const BUNDLE_VERSION: u8 = 1;
const BUNDLE_LEN: usize = 1 + 32 + 32;

/// The store's data keys.
pub struct DataKeys {
    enc: Zeroizing<[u8; 32]>,
    lookup_seed: Zeroizing<[u8; 32]>,
}

impl std::fmt::Debug for DataKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKeys(..)")
    }
}

impl DataKeys {
    /// New random keys.
    pub fn generate() -> Result<Self, CryptoError> {
        let mut enc = Zeroizing::new([0u8; 32]);
        let mut lookup_seed = Zeroizing::new([0u8; 32]);
        random_bytes(enc.as_mut())?;
        random_bytes(lookup_seed.as_mut())?;
        Ok(DataKeys { enc, lookup_seed })
    }

    /// The serialised bundle (to be wrapped by a key slot).
    pub fn to_bytes(&self) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(Vec::with_capacity(BUNDLE_LEN));
        out.push(BUNDLE_VERSION);
        out.extend_from_slice(self.enc.as_ref());
        out.extend_from_slice(self.lookup_seed.as_ref());
        out
    }

    /// Reads a serialised bundle.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, CryptoError> {
        if bytes.len() != BUNDLE_LEN || bytes[0] != BUNDLE_VERSION {
            return Err(CryptoError::UnsupportedFormat {
                version: bytes.first().copied().unwrap_or(0),
                algorithm: 0,
            });
        }
        let mut enc = Zeroizing::new([0u8; 32]);
        let mut lookup_seed = Zeroizing::new([0u8; 32]);
        enc.copy_from_slice(&bytes[1..33]);
        lookup_seed.copy_from_slice(&bytes[33..65]);
        Ok(DataKeys { enc, lookup_seed })
    }

    /// The encryption key.
    pub(crate) fn enc_key(&self) -> &[u8; 32] {
        &self.enc
    }

    /// The seed lookup keys are derived from.
    pub(crate) fn lookup_seed(&self) -> &[u8; 32] {
        &self.lookup_seed
    }
}

impl Drop for DataKeys {
    fn drop(&mut self) {
        self.enc.zeroize();
        self.lookup_seed.zeroize();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundle_round_trip() {
        let k = DataKeys::generate().unwrap();
        let b = k.to_bytes();
        let k2 = DataKeys::from_bytes(&b).unwrap();
        assert_eq!(k.enc_key(), k2.enc_key());
        assert_eq!(k.lookup_seed(), k2.lookup_seed());
        assert!(DataKeys::from_bytes(&b[..10]).is_err());
        assert_ne!(k.enc_key(), DataKeys::generate().unwrap().enc_key());
    }
}
