//! Keyed lookup tokens: HMAC-SHA256 of a normalised value under a key
//! derived (HKDF-SHA256) from the store's lookup seed, one key per purpose.
//! A token reveals only whether two values are equal, and only to someone
//! who holds the data key.

use super::keys::DataKeys;
use ring::{hkdf, hmac};

/// What a token is for; each purpose has its own key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookupPurpose {
    /// Normalised document numbers.
    DocumentNumber,
    /// The person or document an event belongs to.
    Subject,
    /// The document an attachment belongs to.
    AttachmentOwner,
    /// What a reminder is about (document, kind, dates): its opaque id.
    Reminder,
    /// The person a document belongs to (a caseload is read by person).
    Holder,
}

impl LookupPurpose {
    fn info(self) -> &'static [u8] {
        match self {
            LookupPurpose::DocumentNumber => b"doctrack lookup v1 document-number",
            LookupPurpose::Subject => b"doctrack lookup v1 subject",
            LookupPurpose::AttachmentOwner => b"doctrack lookup v1 attachment-owner",
            LookupPurpose::Reminder => b"doctrack lookup v1 reminder",
            LookupPurpose::Holder => b"doctrack lookup v1 holder",
        }
    }
}

/// A 32-byte lookup token.
pub type Token = [u8; 32];

/// The lookup keys of a store, and the key of its event-log hash chain.
pub struct LookupKeys {
    number: hmac::Key,
    subject: hmac::Key,
    owner: hmac::Key,
    reminder: hmac::Key,
    holder: hmac::Key,
    chain: hmac::Key,
}

impl std::fmt::Debug for LookupKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LookupKeys(..)")
    }
}

struct HmacKeyType;

impl hkdf::KeyType for HmacKeyType {
    fn len(&self) -> usize {
        32
    }
}

/// HKDF info of the event-log chain key (see `docs/adr/0009-sealed-log-head.md`).
const CHAIN_INFO: &[u8] = b"doctrack log chain v1";

fn derive(seed: &[u8; 32], purpose: LookupPurpose) -> hmac::Key {
    derive_info(seed, purpose.info())
}

fn derive_info(seed: &[u8; 32], info: &[u8]) -> hmac::Key {
    let salt = hkdf::Salt::new(hkdf::HKDF_SHA256, b"doctrack lookup salt v1");
    let prk = salt.extract(seed);
    let info = [info];
    let mut key = zeroize::Zeroizing::new([0u8; 32]);
    // `expand` only fails for lengths over 255 * 32 bytes; 32 is always fine.
    if let Ok(okm) = prk.expand(&info, HmacKeyType) {
        let _ = okm.fill(key.as_mut());
    }
    hmac::Key::new(hmac::HMAC_SHA256, key.as_ref())
}

impl LookupKeys {
    /// Derives the lookup keys from the data keys.
    pub fn derive(keys: &DataKeys) -> Self {
        let seed = keys.lookup_seed();
        LookupKeys {
            number: derive(seed, LookupPurpose::DocumentNumber),
            subject: derive(seed, LookupPurpose::Subject),
            owner: derive(seed, LookupPurpose::AttachmentOwner),
            reminder: derive(seed, LookupPurpose::Reminder),
            holder: derive(seed, LookupPurpose::Holder),
            chain: derive_info(seed, CHAIN_INFO),
        }
    }

    /// HMAC-SHA256 of `parts` (each prefixed by its length) under the
    /// event-log chain key: one link of the log's hash chain.
    pub(crate) fn chain_link(&self, parts: &[&[u8]]) -> Token {
        let mut ctx = hmac::Context::with_key(&self.chain);
        for part in parts {
            ctx.update(&(part.len() as u64).to_be_bytes());
            ctx.update(part);
        }
        let tag = ctx.sign();
        let mut out = [0u8; 32];
        out.copy_from_slice(tag.as_ref());
        out
    }

    /// The token of `value` for `purpose`.
    pub fn token(&self, purpose: LookupPurpose, value: &[u8]) -> Token {
        let key = match purpose {
            LookupPurpose::DocumentNumber => &self.number,
            LookupPurpose::Subject => &self.subject,
            LookupPurpose::AttachmentOwner => &self.owner,
            LookupPurpose::Reminder => &self.reminder,
            LookupPurpose::Holder => &self.holder,
        };
        let tag = hmac::sign(key, value);
        let mut out = [0u8; 32];
        out.copy_from_slice(tag.as_ref());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_keyed_and_separated_by_purpose() {
        let a = LookupKeys::derive(&DataKeys::generate().unwrap());
        let b = LookupKeys::derive(&DataKeys::generate().unwrap());
        let t = a.token(LookupPurpose::DocumentNumber, b"MC123");
        assert_eq!(t, a.token(LookupPurpose::DocumentNumber, b"MC123"));
        assert_ne!(t, a.token(LookupPurpose::Subject, b"MC123"));
        assert_ne!(t, a.token(LookupPurpose::Reminder, b"MC123"));
        assert_ne!(t, b.token(LookupPurpose::DocumentNumber, b"MC123"));
        assert_ne!(t, a.token(LookupPurpose::DocumentNumber, b"MC124"));
        // The chain key is separate from every lookup key.
        assert_ne!(t, a.chain_link(&[b"MC123"]));
        assert_ne!(a.chain_link(&[b"ab", b"c"]), a.chain_link(&[b"a", b"bc"]));
        assert_ne!(a.chain_link(&[b"x"]), b.chain_link(&[b"x"]));
    }
}
