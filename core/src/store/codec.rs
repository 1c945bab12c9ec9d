//! Sealing and opening records: their plaintext (compact or JSON,
//! `encoding.rs`) inside AEAD envelopes bound to their table and row, plus
//! lookup tokens.

use super::encoding::Stored;
use super::error::{RecordKind, StoreError, StoreResult};
use crate::crypto::{Aad, Cipher, DataKeys, LookupKeys, LookupPurpose, PlainBuf, Purpose, Token};

/// The unlocked keys of a store.
pub(crate) struct Keys {
    cipher: Cipher,
    lookup: LookupKeys,
    bundle: DataKeys,
}

impl Keys {
    pub(crate) fn new(bundle: DataKeys) -> StoreResult<Keys> {
        Ok(Keys {
            cipher: Cipher::new(bundle.enc_key())?,
            lookup: LookupKeys::derive(&bundle),
            bundle,
        })
    }

    /// The data-key bundle (to wrap it in a new slot).
    pub(crate) fn bundle(&self) -> &DataKeys {
        &self.bundle
    }

    pub(crate) fn cipher(&self) -> &Cipher {
        &self.cipher
    }

    pub(crate) fn token(&self, purpose: LookupPurpose, value: &[u8]) -> Token {
        self.lookup.token(purpose, value)
    }

    /// One link of the event log's hash chain (see `log_head.rs`).
    pub(crate) fn chain_link(&self, parts: &[&[u8]]) -> Token {
        self.lookup.chain_link(parts)
    }

    /// Encodes `value` (`encoding.rs`) and seals it for (purpose, table, row).
    pub(crate) fn seal<T: Stored>(
        &self,
        purpose: Purpose,
        table: &str,
        row: &str,
        value: &T,
    ) -> StoreResult<Vec<u8>> {
        let plain = super::encoding::encode(value).map_err(StoreError::Crypto)?;
        Ok(self.cipher.seal(
            Aad {
                purpose,
                table,
                row,
            },
            &plain,
        )?)
    }

    /// Opens and parses a sealed record; any failure is an integrity error of `kind`.
    pub(crate) fn open<T: Stored>(
        &self,
        purpose: Purpose,
        table: &str,
        row: &str,
        blob: &[u8],
        kind: RecordKind,
    ) -> StoreResult<T> {
        self.open_in(purpose, table, row, blob, kind, &mut PlainBuf::new())
    }

    /// [`Keys::open`] through `buf`, a plaintext buffer reused across the
    /// rows of a scan (wiped when it grows and when it is dropped).
    pub(crate) fn open_in<T: Stored>(
        &self,
        purpose: Purpose,
        table: &str,
        row: &str,
        blob: &[u8],
        kind: RecordKind,
        buf: &mut PlainBuf,
    ) -> StoreResult<T> {
        let aad = Aad {
            purpose,
            table,
            row,
        };
        let plain = self
            .cipher
            .open_in(aad, blob, buf)
            .map_err(StoreError::integrity(kind))?;
        super::encoding::decode(plain).ok_or(StoreError::Integrity(kind))
    }
}
