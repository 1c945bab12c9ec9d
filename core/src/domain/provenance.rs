//! What a share was, as the event log remembers it: what a worker sent to
//! whom (their own record), and where a caseload's copy came from
//! (provenance). Plain values; the sealed file is built and opened in
//! `crate::share`.

use super::ids::DocumentId;
use super::wire;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How a share was handed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ShareForm {
    /// A file (photos may be included), sent through any messenger.
    File,
    /// One QR code shown on the screen (no photos).
    QrCode,
}

/// One share a worker made, kept in their own store: to whom, what, when
/// and until when. Recorded in the person's history and in the history of
/// every document it carried.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SentShare {
    /// The share's random id (also inside the sealed share).
    pub share_id: String,
    /// The day it was made.
    #[serde(deserialize_with = "wire::date")]
    pub made_on: NaiveDate,
    /// The recipient as the worker chose it (a directory name or a name
    /// typed with a scanned key).
    pub recipient: String,
    /// The fingerprint of the recipient's key (`1a2b 3c4d 5e6f 7a8b`), to
    /// compare with what the organisation shows.
    pub recipient_key: String,
    /// The documents shared (none: the person's details only).
    pub documents: Vec<DocumentId>,
    /// Whether the documents' histories were included.
    pub history: bool,
    /// Whether photos were included.
    pub photos: bool,
    /// The day the recipient's software stops accepting the share.
    #[serde(deserialize_with = "wire::date")]
    pub until: NaiveDate,
    /// File or QR code.
    pub form: ShareForm,
}

/// Where a caseload's record came from: which worker store sealed it, when,
/// what the worker consented to and until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Provenance {
    /// The share's id.
    pub share_id: String,
    /// The worker store's random id (the same for every share it makes).
    pub worker_store: String,
    /// Fingerprint of the worker store's signing key
    /// (`1a2b 3c4d 5e6f 7a8b`): it stays the same on the same phone.
    pub signer: String,
    /// The signing key itself (hex), to tell a later share's key apart.
    pub signer_key: String,
    /// The day the worker made the share.
    #[serde(deserialize_with = "wire::date")]
    pub shared_on: NaiveDate,
    /// When the share was made, in milliseconds since 1970 (orders two
    /// shares of one day).
    pub shared_at_ms: i64,
    /// The last day the worker consented to.
    #[serde(deserialize_with = "wire::date")]
    pub until: NaiveDate,
    /// How many documents the share carried.
    pub documents: u32,
    /// Whether it carried the documents' histories.
    pub history: bool,
    /// Whether it carried photos.
    pub photos: bool,
}

impl Provenance {
    /// Whether `self` comes from a later share than `other` of the same
    /// worker store.
    pub fn is_newer_than(&self, other: &Provenance) -> bool {
        self.shared_at_ms > other.shared_at_ms
    }
}
