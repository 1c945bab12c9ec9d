//! Random identifiers for people, documents, events and attachments.
//!
//! Every id is a UUID version 4 drawn from the operating system's random
//! source. Ids are never derived from personal data, so an id that appears in
//! a log, an error or the store's schema reveals nothing about the person.

use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

/// Error returned when a string is not a valid id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a valid {what} id (expected a UUID such as 0b6c1f6e-3c1a-4b4e-9d57-0c3f1e2a9b11)")]
pub struct IdParseError {
    /// Which kind of id was expected.
    pub what: &'static str,
}

macro_rules! random_id {
    ($(#[$doc:meta])* $name:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        /// Hashes the two halves of the id as one word: the bits are
        /// random (UUID v4), and maps of ids are hot in the evaluator.
        impl std::hash::Hash for $name {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                let (hi, lo) = self.0.as_u64_pair();
                state.write_u64(hi ^ lo);
            }
        }

        impl $name {
            /// A new random (UUID v4) id.
            pub fn new_random() -> Self {
                Self(Uuid::new_v4())
            }

            /// Wraps an existing UUID (e.g. read back from storage).
            pub fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }

            /// The underlying UUID.
            pub fn as_uuid(&self) -> &Uuid {
                &self.0
            }

            /// The 16 raw bytes of the id.
            pub fn as_bytes(&self) -> &[u8; 16] {
                self.0.as_bytes()
            }
        }

        /// Read as a UUID string (the hyphenated form parsed by hand).
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                super::wire::uuid(d).map(Self)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl $name {
            /// Whether `s` is exactly this id as [`fmt::Display`] writes it
            /// (lower-case, hyphenated), without allocating.
            pub fn is_written_as(&self, s: &str) -> bool {
                let mut buf = Uuid::encode_buffer();
                self.0.hyphenated().encode_lower(&mut buf) == s
            }
        }

        impl FromStr for $name {
            type Err = IdParseError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s.trim())
                    .map(Self)
                    .map_err(|_| IdParseError { what: $what })
            }
        }
    };
}

random_id!(
    /// Identifies a person kept in a store.
    PersonId,
    "person"
);
random_id!(
    /// Identifies one physical or electronic document (one passport, one work permit…).
    DocumentId,
    "document"
);
random_id!(
    /// Identifies one event in the append-only event log.
    EventId,
    "event"
);
random_id!(
    /// Identifies a photo or scan attached to a document.
    AttachmentId,
    "attachment"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_random_v4_and_round_trip() {
        let a = DocumentId::new_random();
        let b = DocumentId::new_random();
        assert_ne!(a, b);
        assert_eq!(a.as_uuid().get_version_num(), 4);
        let parsed: DocumentId = a.to_string().parse().unwrap();
        assert_eq!(parsed, a);
    }

    #[test]
    fn an_id_is_written_only_one_way() {
        let a = DocumentId::new_random();
        let text = a.to_string();
        assert!(a.is_written_as(&text));
        // Forms the parser accepts are not the written form.
        let upper = text.to_uppercase(); // (the same only without letters)
        assert!(upper == text || !a.is_written_as(&upper));
        assert!(!a.is_written_as(&format!(" {text}")));
        assert!(!a.is_written_as(&text.replace('-', "")));
        assert!(!a.is_written_as(&DocumentId::new_random().to_string()));
        assert!(!a.is_written_as(""));
    }

    #[test]
    fn bad_id_is_a_typed_error() {
        let err = "not-an-id".parse::<PersonId>().unwrap_err();
        assert_eq!(err.what, "person");
    }
}

/// A hasher for maps keyed by ids (or by small integers): folds the bytes
/// written into one word with a multiply-rotate step.
///
/// Ids are random UUIDs, so their bytes are already evenly spread: the
/// keyed SipHash of the standard maps buys nothing here and was a tenth of
/// the evaluator's time at 10,000 documents (docs/adr/0016). Not for keys
/// an adversary chooses (text from outside): use the standard hasher there.
#[derive(Debug, Default, Clone, Copy)]
pub struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl IdHasher {
    /// The multiplier of FxHash (rustc's hasher), an odd constant with
    /// well-spread bits.
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

/// Builds [`IdHasher`]s.
pub type BuildIdHasher = std::hash::BuildHasherDefault<IdHasher>;
/// A hash map keyed by ids, with [`IdHasher`].
pub type IdMap<K, V> = std::collections::HashMap<K, V, BuildIdHasher>;
/// A hash set of ids, with [`IdHasher`].
pub type IdSet<K> = std::collections::HashSet<K, BuildIdHasher>;

#[cfg(test)]
mod hasher_tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn different_ids_hash_apart_and_equal_ids_alike() {
        let build = BuildIdHasher::default();
        let ids: Vec<DocumentId> = (0..2_000).map(|_| DocumentId::new_random()).collect();
        let hashes: std::collections::HashSet<u64> =
            ids.iter().map(|id| build.hash_one(id)).collect();
        assert_eq!(hashes.len(), ids.len());
        let again = DocumentId::from_uuid(*ids[0].as_uuid());
        assert_eq!(build.hash_one(ids[0]), build.hash_one(again));
        let mut map: IdMap<DocumentId, usize> = IdMap::default();
        for (i, id) in ids.iter().enumerate() {
            map.insert(*id, i);
        }
        assert!(ids.iter().enumerate().all(|(i, id)| map[id] == i));
    }
}
