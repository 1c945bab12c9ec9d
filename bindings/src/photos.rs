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

/// What a repair did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct RepairReport {
    /// Lookup tokens of events and photos that were wrong, fixed.
    pub tokens_fixed: i64,
    /// Hash-chain values of event rows rewritten.
    pub chain_values_fixed: i64,
    /// The sealed log head was sealed again.
    pub head_resealed: bool,
    /// People and documents were rebuilt from their events.
    pub projections_rebuilt: bool,
}

impl From<core::RepairReport> for RepairReport {
    fn from(r: core::RepairReport) -> Self {
        let n = |v: usize| i64::try_from(v).unwrap_or(i64::MAX);
        RepairReport {
            tokens_fixed: n(r
                .event_tokens_fixed
                .saturating_add(r.attachment_tokens_fixed)),
            chain_values_fixed: n(r.chain_values_fixed),
            head_resealed: r.head_resealed,
            projections_rebuilt: r.projections_rebuilt,
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
    /// Reminder states (done, dismissed, snoozed) added; a reminder that
    /// already had a state keeps it.
    pub reminder_states_added: i64,
}

impl From<core::MergeReport> for MergeReport {
    fn from(r: core::MergeReport) -> Self {
        let n = |v: usize| i64::try_from(v).unwrap_or(i64::MAX);
        MergeReport {
            events_added: n(r.events_added),
            events_present: n(r.events_present),
            photos_added: n(r.attachments_added),
            photos_present: n(r.attachments_present),
            reminder_states_added: n(r.reminder_states_added),
        }
    }
}
