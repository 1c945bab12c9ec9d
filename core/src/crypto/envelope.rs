//! Self-describing AEAD envelopes.
//!
//! ```text
//! byte 0      magic 0xD7
//! byte 1      format version (1)
//! byte 2      algorithm (1 = ChaCha20-Poly1305)
//! bytes 3..15 random 96-bit nonce
//! rest        ciphertext || 16-byte tag
//! ```
//!
//! The associated data binds the ciphertext to its place: purpose, table,
//! row id, and the header bytes. A blob copied to another row, table or
//! purpose fails to open.

use super::{random_bytes, CryptoError};
use ring::aead::{Aad as RingAad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305, NONCE_LEN};
use zeroize::{Zeroize, Zeroizing};

const MAGIC: u8 = 0xD7;
const VERSION: u8 = 1;
const ALG_CHACHA20_POLY1305: u8 = 1;
const HEADER_LEN: usize = 3 + NONCE_LEN;
const TAG_LEN: usize = 16;

/// Bytes an envelope adds to its plaintext.
pub const ENVELOPE_OVERHEAD: usize = HEADER_LEN + TAG_LEN;

/// What a ciphertext is for. Part of the associated data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// A person or document projection.
    Record,
    /// An event of the log.
    Event,
    /// Attachment metadata.
    AttachmentMeta,
    /// One chunk of an attachment.
    AttachmentChunk,
    /// A key slot's wrapped data key.
    KeySlot,
    /// A segment of a backup file.
    Backup,
}

impl Purpose {
    fn tag(self) -> &'static str {
        match self {
            Purpose::Record => "record",
            Purpose::Event => "event",
            Purpose::AttachmentMeta => "attachment-meta",
            Purpose::AttachmentChunk => "attachment-chunk",
            Purpose::KeySlot => "key-slot",
            Purpose::Backup => "backup",
        }
    }
}

/// The associated data of one ciphertext.
#[derive(Debug, Clone, Copy)]
pub struct Aad<'a> {
    /// What it is for.
    pub purpose: Purpose,
    /// The table (or file section) it lives in.
    pub table: &'a str,
    /// The row (or position) it lives at.
    pub row: &'a str,
}

impl Aad<'_> {
    /// The associated data, written into `out` (cleared first).
    fn write(&self, header: &[u8], out: &mut AadBytes) {
        out.clear();
        out.extend_from_slice(b"doctrack\0");
        for part in [self.purpose.tag(), self.table, self.row] {
            out.extend_from_slice(&(part.len() as u32).to_be_bytes());
            out.extend_from_slice(part.as_bytes());
        }
        out.extend_from_slice(&header[..3]);
    }

    fn bytes(&self, header: &[u8]) -> Vec<u8> {
        let mut out = AadBytes::new();
        self.write(header, &mut out);
        out.as_slice().to_vec()
    }
}

/// The associated data of one opening, kept on the stack when it is short
/// (every table and row id of a store is); longer ones spill to the heap.
struct AadBytes {
    inline: [u8; AadBytes::INLINE],
    len: usize,
    spilled: Vec<u8>,
}

impl AadBytes {
    const INLINE: usize = 128;

    fn new() -> Self {
        AadBytes {
            inline: [0u8; AadBytes::INLINE],
            len: 0,
            spilled: Vec::new(),
        }
    }

    fn clear(&mut self) {
        self.len = 0;
        self.spilled.clear();
    }

    fn extend_from_slice(&mut self, bytes: &[u8]) {
        let end = self.len + bytes.len();
        if self.spilled.is_empty() && end <= AadBytes::INLINE {
            self.inline[self.len..end].copy_from_slice(bytes);
            self.len = end;
        } else {
            if self.spilled.is_empty() {
                self.spilled.extend_from_slice(&self.inline[..self.len]);
            }
            self.spilled.extend_from_slice(bytes);
        }
    }

    fn as_slice(&self) -> &[u8] {
        if self.spilled.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.spilled
        }
    }
}

/// A reusable buffer for opened plaintexts, so that a scan of many rows
/// decrypts each one in place without an allocation per row. Its whole
/// capacity is wiped before it grows (so no plaintext is left in a freed
/// allocation) and when it is dropped. While a scan runs, the buffer holds
/// the latest plaintext (and the tail of longer earlier ones) until the
/// next row overwrites it or the buffer is dropped.
#[derive(Default)]
pub struct PlainBuf {
    buf: Vec<u8>,
}

impl std::fmt::Debug for PlainBuf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PlainBuf(..)")
    }
}

impl PlainBuf {
    /// An empty buffer.
    pub fn new() -> Self {
        PlainBuf::default()
    }

    /// Replaces the contents with `bytes`, wiping the old allocation first
    /// if it is too small.
    fn load(&mut self, bytes: &[u8]) -> &mut [u8] {
        if self.buf.capacity() < bytes.len() {
            self.buf.zeroize();
            let capacity = bytes.len().max(self.buf.capacity() * 2).max(256);
            self.buf = Vec::with_capacity(capacity);
        }
        self.buf.clear();
        self.buf.extend_from_slice(bytes);
        &mut self.buf
    }
}

impl Drop for PlainBuf {
    fn drop(&mut self) {
        self.buf.zeroize();
    }
}

/// An AEAD key ready to seal and open envelopes.
pub struct Cipher {
    key: LessSafeKey,
}

impl std::fmt::Debug for Cipher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cipher(..)")
    }
}

impl Cipher {
    /// A cipher for a 32-byte key.
    pub fn new(key: &[u8; 32]) -> Result<Self, CryptoError> {
        let unbound = UnboundKey::new(&CHACHA20_POLY1305, key)
            .map_err(|_| CryptoError::BadParams("key length"))?;
        Ok(Cipher {
            key: LessSafeKey::new(unbound),
        })
    }

    /// Seals `plaintext` for `aad` with a fresh random nonce.
    pub fn seal(&self, aad: Aad<'_>, plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
        let mut nonce = [0u8; NONCE_LEN];
        random_bytes(&mut nonce)?;
        self.seal_with_nonce(aad, plaintext, nonce)
    }

    /// Seals with a caller-chosen nonce. Only for streams whose key is used
    /// once (backup files derive a fresh key per file and number segments);
    /// not public, so no caller can reuse a nonce under a long-lived key.
    pub(crate) fn seal_with_nonce(
        &self,
        aad: Aad<'_>,
        plaintext: &[u8],
        nonce: [u8; NONCE_LEN],
    ) -> Result<Vec<u8>, CryptoError> {
        let mut out = Vec::with_capacity(ENVELOPE_OVERHEAD + plaintext.len());
        out.extend_from_slice(&[MAGIC, VERSION, ALG_CHACHA20_POLY1305]);
        out.extend_from_slice(&nonce);
        let aad_bytes = aad.bytes(&out);
        out.extend_from_slice(plaintext);
        let tag = self
            .key
            .seal_in_place_separate_tag(
                Nonce::assume_unique_for_key(nonce),
                RingAad::from(aad_bytes),
                &mut out[HEADER_LEN..],
            )
            .map_err(|_| CryptoError::Integrity)?;
        out.extend_from_slice(tag.as_ref());
        Ok(out)
    }

    /// Opens an envelope sealed for `aad` into `buf` (decrypted in place,
    /// one copy of the ciphertext) and returns the plaintext, which lives
    /// in `buf` until its next use.
    pub fn open_in<'b>(
        &self,
        aad: Aad<'_>,
        blob: &[u8],
        buf: &'b mut PlainBuf,
    ) -> Result<&'b [u8], CryptoError> {
        let nonce = check_header(blob)?;
        let mut aad_bytes = AadBytes::new();
        aad.write(blob, &mut aad_bytes);
        let plain = self
            .key
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                RingAad::from(aad_bytes.as_slice()),
                buf.load(&blob[HEADER_LEN..]),
            )
            .map_err(|_| CryptoError::Integrity)?;
        Ok(plain)
    }

    /// Opens an envelope sealed for `aad`.
    pub fn open(&self, aad: Aad<'_>, blob: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
        let nonce = check_header(blob)?;
        let aad_bytes = aad.bytes(blob);
        let mut buf = Zeroizing::new(blob[HEADER_LEN..].to_vec());
        let len = self
            .key
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                RingAad::from(aad_bytes),
                buf.as_mut_slice(),
            )
            .map_err(|_| CryptoError::Integrity)?
            .len();
        buf.truncate(len);
        Ok(buf)
    }
}

/// Checks an envelope's length and header bytes; returns its nonce.
fn check_header(blob: &[u8]) -> Result<[u8; NONCE_LEN], CryptoError> {
    if blob.len() < ENVELOPE_OVERHEAD || blob[0] != MAGIC {
        return Err(CryptoError::Integrity);
    }
    if blob[1] != VERSION || blob[2] != ALG_CHACHA20_POLY1305 {
        return Err(CryptoError::UnsupportedFormat {
            version: blob[1],
            algorithm: blob[2],
        });
    }
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&blob[3..HEADER_LEN]);
    Ok(nonce)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aad<'a>(row: &'a str) -> Aad<'a> {
        Aad {
            purpose: Purpose::Record,
            table: "documents",
            row,
        }
    }

    #[test]
    fn round_trip_and_binding() {
        let c = Cipher::new(&[7u8; 32]).unwrap();
        let blob = c.seal(aad("a"), b"hello").unwrap();
        assert_eq!(blob.len(), 5 + ENVELOPE_OVERHEAD);
        assert_eq!(&c.open(aad("a"), &blob).unwrap()[..], b"hello");
        // Another row, table or purpose: refused.
        assert_eq!(c.open(aad("b"), &blob).unwrap_err(), CryptoError::Integrity);
        let other_table = Aad {
            table: "people",
            ..aad("a")
        };
        assert!(c.open(other_table, &blob).is_err());
        let other_purpose = Aad {
            purpose: Purpose::Event,
            ..aad("a")
        };
        assert!(c.open(other_purpose, &blob).is_err());
        // Any flipped byte: refused.
        for i in 0..blob.len() {
            let mut t = blob.clone();
            t[i] ^= 0x01;
            assert!(c.open(aad("a"), &t).is_err(), "byte {i}");
        }
        // Wrong key: refused.
        assert!(Cipher::new(&[8u8; 32])
            .unwrap()
            .open(aad("a"), &blob)
            .is_err());
    }

    #[test]
    fn open_in_reuses_one_buffer_and_checks_the_same() {
        let c = Cipher::new(&[7u8; 32]).unwrap();
        let mut buf = PlainBuf::new();
        // Growing, shrinking and long associated data (spilled to the heap).
        let long_row = "r".repeat(300);
        for (row, text) in [
            ("a", &b"short"[..]),
            ("b", &[9u8; 1000][..]),
            (long_row.as_str(), &b"x"[..]),
            ("c", &b""[..]),
        ] {
            let blob = c.seal(aad(row), text).unwrap();
            assert_eq!(c.open_in(aad(row), &blob, &mut buf).unwrap(), text);
            assert_eq!(&c.open(aad(row), &blob).unwrap()[..], text);
            assert!(c.open_in(aad("other"), &blob, &mut buf).is_err());
            let mut t = blob.clone();
            *t.last_mut().unwrap() ^= 1;
            assert!(c.open_in(aad(row), &t, &mut buf).is_err());
        }
    }

    #[test]
    fn nonces_differ() {
        let c = Cipher::new(&[7u8; 32]).unwrap();
        assert_ne!(
            c.seal(aad("a"), b"x").unwrap(),
            c.seal(aad("a"), b"x").unwrap()
        );
    }

    #[test]
    fn unknown_version_is_reported() {
        let c = Cipher::new(&[7u8; 32]).unwrap();
        let mut blob = c.seal(aad("a"), b"x").unwrap();
        blob[1] = 9;
        assert!(matches!(
            c.open(aad("a"), &blob),
            Err(CryptoError::UnsupportedFormat { version: 9, .. })
        ));
    }
}
