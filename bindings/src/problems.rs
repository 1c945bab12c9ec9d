//! What is wrong with an input: the mirror of the core's `Problem`. Apps
//! match on it (and on the `Field`) to highlight an input; people read
//! `renderMessage(errorMessage(e), language)`.

use crate::vocabulary::EventName;
use doctrack_core::app::Problem as Core;

/// What is wrong with an input.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Problem {
    /// Empty, or only white space.
    Empty,
    /// Longer than allowed.
    TooLong {
        /// The limit (characters; bytes for secrets).
        max: i64,
    },
    /// Shorter than allowed.
    TooShort {
        /// The minimum.
        min: i64,
    },
    /// Control characters where none are allowed.
    ControlCharacters,
    /// Characters not allowed in this field.
    BadCharacters,
    /// Not a date.
    NotADate,
    /// A date that does not exist.
    NoSuchDay,
    /// An implausible year.
    YearOutOfRange,
    /// A two-digit year: ambiguous, so refused (type four digits).
    AmbiguousYear,
    /// The expiry is not after the issue date.
    ExpiryNotAfterIssue,
    /// This kind of document has no expiry.
    NoExpiryForKind,
    /// The 90-day report needs the date of entry.
    EntryDateMissing,
    /// This kind of document names no employer.
    EmployerNotForKind,
    /// A document cannot link to itself.
    SelfLink,
    /// Renewal and replacement links are set by their own events.
    ReservedLink,
    /// A linked document does not exist or is someone else's.
    BadLink,
    /// The id is already used.
    DuplicateId,
    /// Not an ISO 3166 code.
    UnknownCountry,
    /// Not a cohort the rules in use know.
    UnknownCohort {
        /// The cohorts they know.
        known: Vec<String>,
    },
    /// Not a supported language.
    UnknownLanguage,
    /// Not a document kind.
    UnknownKind,
    /// Not an id.
    NotAnId,
    /// Not the expected length.
    WrongLength {
        /// Expected bytes.
        expected: i64,
    },
    /// More than allowed (e.g. key slots).
    TooMany {
        /// The most allowed.
        limit: i64,
    },
    /// Larger than the limit.
    TooLarge {
        /// The limit in bytes.
        limit: i64,
    },
    /// Not a MIME type.
    NotAMimeType,
    /// The last key slot cannot be removed.
    LastKeySlot,
    /// The event does not apply to this kind of document.
    EventNotForKind {
        /// The event.
        event: EventName,
    },
    /// The event is dated before the document's latest event.
    EventOutOfOrder {
        /// The event.
        event: EventName,
    },
    /// The event belongs to another document.
    EventForOtherDocument,
    /// The event cannot be taken back.
    NotRetractable {
        /// The event.
        event: EventName,
    },
    /// Later events depend on the event: take them back first.
    LaterEventsDepend {
        /// The event.
        event: EventName,
    },
    /// The new document is not of the same person and kind.
    SuccessorMismatch,
    /// A document cannot succeed itself.
    SelfSuccessor,
    /// The person is archived.
    PersonArchived,
    /// The event is made with its own call.
    UseDedicatedCall {
        /// The event.
        event: EventName,
    },
    /// Not a usable path.
    NotAPath,
    /// The file cannot be read.
    FileUnreadable,
    /// The folder does not exist.
    FolderMissing,
    /// The day must come later (a reminder is snoozed to a later day).
    NotLater,
    /// Not a time of day (hours 0–23, minutes 0–59).
    NotATime,
    /// Not a key doctrack can use (a rule-pack public key must be
    /// `ed25519:` and 64 hex digits).
    NotAKey,
    /// Something else (English, for developers).
    Other {
        /// What is wrong.
        reason: String,
    },
}

fn signed(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

fn unsigned(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

impl From<Core> for Problem {
    fn from(p: Core) -> Self {
        match p {
            Core::Empty => Problem::Empty,
            Core::TooLong { max } => Problem::TooLong { max: signed(max) },
            Core::TooShort { min } => Problem::TooShort { min: signed(min) },
            Core::ControlCharacters => Problem::ControlCharacters,
            Core::BadCharacters => Problem::BadCharacters,
            Core::NotADate => Problem::NotADate,
            Core::NoSuchDay => Problem::NoSuchDay,
            Core::YearOutOfRange => Problem::YearOutOfRange,
            Core::AmbiguousYear => Problem::AmbiguousYear,
            Core::ExpiryNotAfterIssue => Problem::ExpiryNotAfterIssue,
            Core::NoExpiryForKind => Problem::NoExpiryForKind,
            Core::EntryDateMissing => Problem::EntryDateMissing,
            Core::EmployerNotForKind => Problem::EmployerNotForKind,
            Core::SelfLink => Problem::SelfLink,
            Core::ReservedLink => Problem::ReservedLink,
            Core::BadLink => Problem::BadLink,
            Core::DuplicateId => Problem::DuplicateId,
            Core::UnknownCountry => Problem::UnknownCountry,
            Core::UnknownCohort { known } => Problem::UnknownCohort { known },
            Core::UnknownLanguage => Problem::UnknownLanguage,
            Core::UnknownKind => Problem::UnknownKind,
            Core::NotAnId => Problem::NotAnId,
            Core::WrongLength { expected } => Problem::WrongLength {
                expected: signed(expected),
            },
            Core::TooMany { limit } => Problem::TooMany {
                limit: signed(limit),
            },
            Core::TooLarge { limit } => Problem::TooLarge {
                limit: signed(limit),
            },
            Core::NotAMimeType => Problem::NotAMimeType,
            Core::LastKeySlot => Problem::LastKeySlot,
            Core::EventNotForKind { event } => Problem::EventNotForKind {
                event: event.into(),
            },
            Core::EventOutOfOrder { event } => Problem::EventOutOfOrder {
                event: event.into(),
            },
            Core::EventForOtherDocument => Problem::EventForOtherDocument,
            Core::NotRetractable { event } => Problem::NotRetractable {
                event: event.into(),
            },
            Core::LaterEventsDepend { event } => Problem::LaterEventsDepend {
                event: event.into(),
            },
            Core::SuccessorMismatch => Problem::SuccessorMismatch,
            Core::SelfSuccessor => Problem::SelfSuccessor,
            Core::PersonArchived => Problem::PersonArchived,
            Core::UseDedicatedCall { event } => Problem::UseDedicatedCall {
                event: event.into(),
            },
            Core::NotAPath => Problem::NotAPath,
            Core::FileUnreadable => Problem::FileUnreadable,
            Core::FolderMissing => Problem::FolderMissing,
            Core::NotLater => Problem::NotLater,
            Core::NotATime => Problem::NotATime,
            Core::NotAKey => Problem::NotAKey,
            Core::Other { reason } => Problem::Other { reason },
        }
    }
}

impl From<Problem> for Core {
    fn from(p: Problem) -> Self {
        match p {
            Problem::Empty => Core::Empty,
            Problem::TooLong { max } => Core::TooLong { max: unsigned(max) },
            Problem::TooShort { min } => Core::TooShort { min: unsigned(min) },
            Problem::ControlCharacters => Core::ControlCharacters,
            Problem::BadCharacters => Core::BadCharacters,
            Problem::NotADate => Core::NotADate,
            Problem::NoSuchDay => Core::NoSuchDay,
            Problem::YearOutOfRange => Core::YearOutOfRange,
            Problem::AmbiguousYear => Core::AmbiguousYear,
            Problem::ExpiryNotAfterIssue => Core::ExpiryNotAfterIssue,
            Problem::NoExpiryForKind => Core::NoExpiryForKind,
            Problem::EntryDateMissing => Core::EntryDateMissing,
            Problem::EmployerNotForKind => Core::EmployerNotForKind,
            Problem::SelfLink => Core::SelfLink,
            Problem::ReservedLink => Core::ReservedLink,
            Problem::BadLink => Core::BadLink,
            Problem::DuplicateId => Core::DuplicateId,
            Problem::UnknownCountry => Core::UnknownCountry,
            Problem::UnknownCohort { known } => Core::UnknownCohort { known },
            Problem::UnknownLanguage => Core::UnknownLanguage,
            Problem::UnknownKind => Core::UnknownKind,
            Problem::NotAnId => Core::NotAnId,
            Problem::WrongLength { expected } => Core::WrongLength {
                expected: unsigned(expected),
            },
            Problem::TooMany { limit } => Core::TooMany {
                limit: unsigned(limit),
            },
            Problem::TooLarge { limit } => Core::TooLarge {
                limit: unsigned(limit),
            },
            Problem::NotAMimeType => Core::NotAMimeType,
            Problem::LastKeySlot => Core::LastKeySlot,
            Problem::EventNotForKind { event } => Core::EventNotForKind {
                event: event.into(),
            },
            Problem::EventOutOfOrder { event } => Core::EventOutOfOrder {
                event: event.into(),
            },
            Problem::EventForOtherDocument => Core::EventForOtherDocument,
            Problem::NotRetractable { event } => Core::NotRetractable {
                event: event.into(),
            },
            Problem::LaterEventsDepend { event } => Core::LaterEventsDepend {
                event: event.into(),
            },
            Problem::SuccessorMismatch => Core::SuccessorMismatch,
            Problem::SelfSuccessor => Core::SelfSuccessor,
            Problem::PersonArchived => Core::PersonArchived,
            Problem::UseDedicatedCall { event } => Core::UseDedicatedCall {
                event: event.into(),
            },
            Problem::NotAPath => Core::NotAPath,
            Problem::FileUnreadable => Core::FileUnreadable,
            Problem::FolderMissing => Core::FolderMissing,
            Problem::NotLater => Core::NotLater,
            Problem::NotATime => Core::NotATime,
            Problem::NotAKey => Core::NotAKey,
            Problem::Other { reason } => Core::Other { reason },
        }
    }
}
