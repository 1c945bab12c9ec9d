//! The closed vocabularies of rules: legal status, confidence, when fees
//! are paid and fines run, what a waiver waits for, what happens to a
//! document when the worker leaves the employer. Rule files spell them in
//! snake_case; compiled rule sets carry them the same way.

use serde::{Deserialize, Serialize};

/// What happens to a document that lapses with a work permit when that
/// permit is cancelled because the worker left the employer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OnLeavingEmployer {
    /// It ends on the day the worker left (the default).
    EndsThatDay,
    /// It runs to the permit's job-change deadline (and on with a new
    /// permit issued within the job-change period).
    JobChangeDeadline,
}

/// A rule's legal status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Proposed (e.g. by the Ministry of Labour); not in force, never applied.
    Proposed,
    /// Approved by the Cabinet.
    Approved,
    /// Published in the Royal Gazette.
    Gazetted,
    /// Suspended from `suspended_from` on (applies to earlier dates).
    Suspended,
    /// Replaced by a later rule (applies to dates before its successor takes effect).
    Superseded,
}

/// How sure we are of a rule's facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Confidence {
    /// Several consistent sources, or an official or legal text.
    High,
    /// One reputable source.
    Medium,
    /// A forum, a secondary source, or conflicting sources.
    Low,
    /// Not a legal fact: a default chosen by maintainers (needs `rationale`).
    Setting,
}

impl Confidence {
    /// Every confidence, surest first.
    pub const ALL: [Confidence; 4] = [
        Confidence::High,
        Confidence::Medium,
        Confidence::Low,
        Confidence::Setting,
    ];
}

impl crate::messages::AsTerm for Confidence {
    fn term(&self) -> crate::messages::Term {
        use crate::messages::{Term, TermGroup};
        Term::new(
            TermGroup::Confidence,
            match self {
                Confidence::High => "high",
                Confidence::Medium => "medium",
                Confidence::Low => "low",
                Confidence::Setting => "setting",
            },
        )
    }
}

/// When a waiver without dates applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WaiverWhile {
    /// While a renewal submitted on or before the deadline is pending.
    RenewalPending,
}

/// When a fee is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum FeeWhen {
    /// When applying for a new document or a renewal.
    Renewal,
    /// When registering.
    Registration,
    /// Refundable guarantee or deposit.
    Deposit,
}

/// From when a fine runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum FineFrom {
    /// From the day after the deadline.
    Deadline,
    /// From the day after the grace period.
    GraceEnd,
}
