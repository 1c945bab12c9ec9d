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
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

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
    fn bad_id_is_a_typed_error() {
        let err = "not-an-id".parse::<PersonId>().unwrap_err();
        assert_eq!(err.what, "person");
    }
}
