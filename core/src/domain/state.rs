//! A document's lifecycle state as stored (active, renewal in progress,
//! superseded, lost, cancelled, archived) and why a document was
//! cancelled: plain values, used by events, records and shares alike. The
//! transitions between them are in `lifecycle.rs`.

use super::ids::DocumentId;
use super::wire;
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// Why a document was cancelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum CancelReason {
    /// The worker left (or lost) the employer named on the document; the
    /// job-change period starts.
    LeftEmployer,
    /// An authority revoked it.
    Revoked,
    /// The worker left the country (e.g. ends the 90-day count).
    LeftCountry,
    /// Another reason.
    Other,
}

/// A string is not a cancellation reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown reason: use left_employer, revoked, left_country or other")]
pub struct CancelReasonError;

impl std::str::FromStr for CancelReason {
    type Err = CancelReasonError;
    /// Accepts `left_employer` and `left-employer`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().replace('-', "_");
        CancelReason::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or(CancelReasonError)
    }
}

impl CancelReason {
    /// Every reason.
    pub const ALL: [CancelReason; 4] = [
        CancelReason::LeftEmployer,
        CancelReason::Revoked,
        CancelReason::LeftCountry,
        CancelReason::Other,
    ];

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            CancelReason::LeftEmployer => "left_employer",
            CancelReason::Revoked => "revoked",
            CancelReason::LeftCountry => "left_country",
            CancelReason::Other => "other",
        }
    }
}

/// How a document came to be superseded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SupersededVia {
    /// By an approved renewal.
    Renewal,
    /// By a replacement for a lost document.
    Replacement,
}

/// A document's stored lifecycle state (not its time status, which is
/// computed for a date by the rules).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LifecycleState {
    /// In force (as far as events tell).
    Active,
    /// A renewal is being prepared or was handed in.
    RenewalInProgress {
        /// When preparation started.
        started_on: NaiveDate,
        /// When it was handed in, if it was.
        submitted_on: Option<NaiveDate>,
    },
    /// Replaced by a newer document.
    Superseded {
        /// The newer document.
        by: DocumentId,
        /// When.
        on: NaiveDate,
        /// Renewal or replacement.
        via: SupersededVia,
    },
    /// Reported lost or stolen.
    Lost {
        /// When it was reported.
        on: NaiveDate,
    },
    /// Stopped being valid before its time.
    Cancelled {
        /// When.
        on: NaiveDate,
        /// Why.
        reason: CancelReason,
    },
    /// Hidden by the person; final.
    Archived {
        /// When.
        on: NaiveDate,
        /// The state before archiving.
        from: StateName,
    },
}

/// The fields of each [`LifecycleState`], read after its tag
/// (`super::wire`); checked against the enum by the compiler.
#[derive(Deserialize)]
#[serde(remote = "LifecycleState", rename_all = "snake_case")]
enum LifecycleStateFields {
    Active,
    RenewalInProgress {
        #[serde(deserialize_with = "wire::date")]
        started_on: NaiveDate,
        #[serde(default, deserialize_with = "wire::opt_date")]
        submitted_on: Option<NaiveDate>,
    },
    Superseded {
        by: DocumentId,
        #[serde(deserialize_with = "wire::date")]
        on: NaiveDate,
        via: SupersededVia,
    },
    Lost {
        #[serde(deserialize_with = "wire::date")]
        on: NaiveDate,
    },
    Cancelled {
        #[serde(deserialize_with = "wire::date")]
        on: NaiveDate,
        reason: CancelReason,
    },
    Archived {
        #[serde(deserialize_with = "wire::date")]
        on: NaiveDate,
        from: StateName,
    },
}

impl wire::TagFirst for LifecycleState {
    const TAG: &'static str = "state";
    const NAME: &'static str = "LifecycleState";
    fn external<'de, D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        LifecycleStateFields::deserialize(d)
    }
}

impl<'de> Deserialize<'de> for LifecycleState {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        wire::tag_first(d)
    }
}

/// The name of a lifecycle state, without its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum StateName {
    /// Not recorded yet.
    Unrecorded,
    /// [`LifecycleState::Active`].
    Active,
    /// [`LifecycleState::RenewalInProgress`].
    RenewalInProgress,
    /// [`LifecycleState::Superseded`].
    Superseded,
    /// [`LifecycleState::Lost`].
    Lost,
    /// [`LifecycleState::Cancelled`].
    Cancelled,
    /// [`LifecycleState::Archived`].
    Archived,
}

impl StateName {
    /// Every state name.
    pub const ALL: [StateName; 7] = [
        StateName::Unrecorded,
        StateName::Active,
        StateName::RenewalInProgress,
        StateName::Superseded,
        StateName::Lost,
        StateName::Cancelled,
        StateName::Archived,
    ];

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            StateName::Unrecorded => "unrecorded",
            StateName::Active => "active",
            StateName::RenewalInProgress => "renewal_in_progress",
            StateName::Superseded => "superseded",
            StateName::Lost => "lost",
            StateName::Cancelled => "cancelled",
            StateName::Archived => "archived",
        }
    }

    /// Words for people ("renewal in progress").
    pub fn label(self) -> &'static str {
        match self {
            StateName::Unrecorded => "not recorded",
            StateName::Active => "active",
            StateName::RenewalInProgress => "renewal in progress",
            StateName::Superseded => "superseded",
            StateName::Lost => "lost",
            StateName::Cancelled => "cancelled",
            StateName::Archived => "archived",
        }
    }
}

impl fmt::Display for StateName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl LifecycleState {
    /// The state's name.
    pub fn name(&self) -> StateName {
        match self {
            LifecycleState::Active => StateName::Active,
            LifecycleState::RenewalInProgress { .. } => StateName::RenewalInProgress,
            LifecycleState::Superseded { .. } => StateName::Superseded,
            LifecycleState::Lost { .. } => StateName::Lost,
            LifecycleState::Cancelled { .. } => StateName::Cancelled,
            LifecycleState::Archived { .. } => StateName::Archived,
        }
    }

    /// Whether the document still counts as held (active or being renewed).
    pub fn is_current(&self) -> bool {
        matches!(
            self,
            LifecycleState::Active | LifecycleState::RenewalInProgress { .. }
        )
    }
}
