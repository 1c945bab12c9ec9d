//! Why a share, or a sharing key, was refused. No variant carries personal
//! data: only key fingerprints, format numbers, sizes and the consent's
//! end date.

use crate::messages::ArgName as A;
use crate::messages::{Message, MessageId as M};
use chrono::NaiveDate;
use serde::Serialize;

/// Why a share or a sharing key was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "problem", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ShareProblem {
    /// The file or QR text is not a doctrack share.
    #[error("this is not a doctrack share")]
    NotAShare,
    /// A share format this version does not read.
    #[error("share format {found} is not supported by this version of doctrack")]
    UnsupportedFormat {
        /// The format number found.
        found: u32,
    },
    /// The share was sealed for another organisation's key.
    #[error("this share was sealed for another key ({for_key}), not this one")]
    NotForThisKey {
        /// The start of the fingerprint of the key it was sealed for.
        for_key: String,
    },
    /// Part of the share is missing (a QR code read in part, a file cut off).
    #[error("this share is incomplete: part of it is missing")]
    Truncated,
    /// A byte was changed, or the signature does not match.
    #[error("this share was changed or damaged after it was made")]
    Damaged,
    /// The worker's consent ended.
    #[error("this share ended on {until}: the worker's consent is over")]
    Expired {
        /// The last day of the consent.
        until: NaiveDate,
    },
    /// The worker store's signing key differs from its earlier shares.
    #[error("this share is signed by another key ({now}) than earlier shares of the same worker store ({earlier}): not the same phone")]
    SignerChanged {
        /// Fingerprint of the key of the earlier shares.
        earlier: String,
        /// Fingerprint of this share's key.
        now: String,
    },
    /// Too much for one QR code.
    #[error("the share is {bytes} bytes, more than one QR code holds ({max}); share a file, or fewer documents")]
    TooLargeForQr {
        /// Its size.
        bytes: u64,
        /// What fits.
        max: u64,
    },
    /// Photos can only travel in a file.
    #[error("photos can only be shared in a file, not in a QR code")]
    PhotosNeedFile,
    /// The text is not a sharing key.
    #[error("not a doctrack sharing key: expected a key made by `doctrack share keygen`")]
    NotAKey,
    /// The consent's end is before the day of sharing, or too far ahead.
    #[error("a share must end between today and {max_days} days from today")]
    BadUntil {
        /// The furthest end allowed.
        max_days: u32,
    },
    /// The system's random number generator failed.
    #[error("could not make the share: the system's random number generator failed")]
    Random,
}

impl From<crate::crypto::share_keys::ShareKeyError> for ShareProblem {
    fn from(e: crate::crypto::share_keys::ShareKeyError) -> Self {
        match e {
            crate::crypto::share_keys::ShareKeyError::NotAKey => ShareProblem::NotAKey,
            crate::crypto::share_keys::ShareKeyError::Random => ShareProblem::Random,
        }
    }
}

impl ShareProblem {
    /// The problem as a message for people.
    pub fn message(&self) -> Message {
        match self {
            ShareProblem::NotAShare => Message::new(M::ErrorShareNotAShare),
            ShareProblem::UnsupportedFormat { found } => {
                Message::new(M::ErrorShareUnsupportedFormat).number(A::Found, i64::from(*found))
            }
            ShareProblem::NotForThisKey { for_key } => {
                Message::new(M::ErrorShareNotForThisKey).text(A::Key, for_key.clone())
            }
            ShareProblem::Truncated => Message::new(M::ErrorShareTruncated),
            ShareProblem::Damaged => Message::new(M::ErrorShareDamaged),
            ShareProblem::Expired { until } => {
                Message::new(M::ErrorShareExpired).date(A::Date, *until)
            }
            ShareProblem::SignerChanged { earlier, now } => {
                Message::new(M::ErrorShareSignerChanged)
                    .text(A::Expected, earlier.clone())
                    .text(A::Found, now.clone())
            }
            ShareProblem::TooLargeForQr { bytes, max } => Message::new(M::ErrorShareTooLargeForQr)
                .number(A::Count, i64::try_from(*bytes).unwrap_or(i64::MAX))
                .number(A::Max, i64::try_from(*max).unwrap_or(i64::MAX)),
            ShareProblem::PhotosNeedFile => Message::new(M::ErrorSharePhotosNeedFile),
            ShareProblem::NotAKey => Message::new(M::ErrorShareNotAKey),
            ShareProblem::BadUntil { max_days } => {
                Message::new(M::ErrorShareBadUntil).number(A::Days, i64::from(*max_days))
            }
            ShareProblem::Random => Message::new(M::ErrorInternal),
        }
    }
}
