//! Photos and scans of documents, and backups: what the calls return.

use chrono::NaiveDate;
use doctrack_core::store as core;

/// A photo or scan of a document (its bytes stay encrypted in the store).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PhotoInfo {
    /// Random id.
    pub id: String,
    /// The document it shows.
    pub document: String,
    /// MIME type, e.g. `image/jpeg`.
    pub mime: String,
    /// Size in bytes.
    pub size: i64,
    /// When it was added.
    pub added_on: NaiveDate,
}

impl From<core::AttachmentInfo> for PhotoInfo {
    fn from(a: core::AttachmentInfo) -> Self {
        PhotoInfo {
            id: a.id.to_string(),
            document: a.document.to_string(),
            mime: a.mime,
            size: i64::try_from(a.size).unwrap_or(i64::MAX),
            added_on: a.added_on,
        }
    }
}

/// What a backup merge or restore did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct MergeReport {
    /// Events added.
    pub events_added: i64,
    /// Events already present (same id), skipped.
    pub events_present: i64,
    /// Photos added.
    pub photos_added: i64,
    /// Photos already present, skipped.
    pub photos_present: i64,
}

impl From<core::MergeReport> for MergeReport {
    fn from(r: core::MergeReport) -> Self {
        let n = |v: usize| i64::try_from(v).unwrap_or(i64::MAX);
        MergeReport {
            events_added: n(r.events_added),
            events_present: n(r.events_present),
            photos_added: n(r.attachments_added),
            photos_present: n(r.attachments_present),
        }
    }
}
