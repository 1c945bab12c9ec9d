//! Why an input was refused, as typed codes: which field ([`Field`]) and
//! what is wrong with it ([`Problem`]). Apps highlight the field; people
//! read the problem's message in their language; nothing English is locked
//! into the API.

use crate::domain::text::{TextError, TextProblem};
use crate::domain::{DateError, DetailsError, EventName};
use crate::messages::ArgName as A;
use crate::messages::{AsTerm, Message, MessageId as M, Term, TermGroup};
use serde::Serialize;

macro_rules! fields {
    ($( $(#[doc = $doc:literal])+ $variant:ident = $code:literal ),* $(,)?) => {
        /// An input field an error can be about.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        #[serde(rename_all = "snake_case")]
        #[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
        pub enum Field {
            $( $(#[doc = $doc])+ $variant, )*
        }

        impl Field {
            /// Every field.
            pub const ALL: &'static [Field] = &[ $(Field::$variant),* ];

            /// The snake_case code.
            pub fn as_str(self) -> &'static str {
                match self { $(Field::$variant => $code),* }
            }

            /// The field named `code` (the core's own field names); `None`
            /// for a name this list does not know.
            pub fn parse(code: &str) -> Option<Field> {
                match code { $($code => Some(Field::$variant),)* _ => None }
            }
        }
    };
}

fields! {
    /// A person's name.
    DisplayName = "display_name",
    /// A document number.
    Number = "number",
    /// An issuing authority.
    IssuingAuthority = "issuing_authority",
    /// An employer's name.
    Employer = "employer",
    /// Free notes.
    Notes = "notes",
    /// The label of an `other` document.
    Label = "label",
    /// Any other short text.
    Text = "text",
    /// A calendar date.
    Date = "date",
    /// A date of issue (for the 90-day report: the date of entry).
    IssuedOn = "issued_on",
    /// A printed expiry date.
    ExpiresOn = "expires_on",
    /// The date an event happened.
    On = "on",
    /// A nationality or issuing country.
    Country = "country",
    /// A cohort.
    Cohort = "cohort",
    /// A language.
    Language = "language",
    /// A document kind.
    Kind = "kind",
    /// Links between documents.
    Links = "links",
    /// An event.
    Event = "event",
    /// A person (as a whole).
    Person = "person",
    /// A record id.
    Id = "id",
    /// A passphrase.
    Passphrase = "passphrase",
    /// A raw key.
    Key = "key",
    /// A key slot.
    KeySlot = "key_slot",
    /// A photo.
    Photo = "photo",
    /// A MIME type.
    Mime = "mime",
    /// A file path.
    Path = "path",
    /// A message given back to the library.
    Message = "message",
    /// A rule pack or rule file.
    Rules = "rules",
    /// The day a reminder is snoozed to.
    SnoozeUntil = "snooze_until",
    /// The time of day reminders fire.
    ReminderTime = "reminder_time",
    /// A currency code.
    Currency = "currency",
    /// An amount of money.
    Amount = "amount",
    /// A province.
    Province = "province",
    /// Who holds a document.
    Custodian = "custodian",
    /// Whom a payment went to.
    Payee = "payee",
    /// A checklist item.
    ChecklistItem = "checklist_item",
    /// A route of the rules.
    Route = "route",
    /// What kind of help is needed.
    HelpTopic = "problem",
}

impl AsTerm for Field {
    fn term(&self) -> Term {
        Term {
            group: TermGroup::Field,
            code: self.as_str(),
        }
    }
}

/// What is wrong with an input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Problem {
    /// Empty, or only white space.
    Empty,
    /// Longer than allowed.
    TooLong {
        /// The limit (characters, or bytes for secrets).
        max: u64,
    },
    /// Shorter than allowed.
    TooShort {
        /// The minimum.
        min: u64,
    },
    /// Control characters (or NUL) where none are allowed.
    ControlCharacters,
    /// Characters not allowed in this field.
    BadCharacters,
    /// Not a date at all.
    NotADate,
    /// A date that does not exist (30 February).
    NoSuchDay,
    /// A year neither plausible in the Common nor the Buddhist Era.
    YearOutOfRange,
    /// A year written with two digits: ambiguous (century and era), so
    /// refused rather than guessed.
    AmbiguousYear,
    /// The expiry is not after the issue date.
    ExpiryNotAfterIssue,
    /// This kind of document has no expiry date.
    NoExpiryForKind,
    /// The 90-day report needs the date of entry.
    EntryDateMissing,
    /// This kind of document names no employer.
    EmployerNotForKind,
    /// A document cannot link to itself.
    SelfLink,
    /// Renewal and replacement links are set by their own events.
    ReservedLink,
    /// A linked document does not exist or belongs to someone else.
    BadLink,
    /// The id is already used.
    DuplicateId,
    /// Not an ISO 3166 country code.
    UnknownCountry,
    /// Not a cohort the rules in use know.
    UnknownCohort {
        /// The cohorts they know.
        known: Vec<String>,
    },
    /// Not a language doctrack speaks.
    UnknownLanguage,
    /// Not a document kind.
    UnknownKind,
    /// Not an id.
    NotAnId,
    /// Not the expected length.
    WrongLength {
        /// The expected length in bytes.
        expected: u64,
    },
    /// More than allowed (e.g. key slots).
    TooMany {
        /// The most allowed.
        limit: u64,
    },
    /// Larger than the limit.
    TooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// Not a MIME type such as `image/jpeg`.
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
    /// The event is made with its own call (renewal approval, replacement).
    UseDedicatedCall {
        /// The event.
        event: EventName,
    },
    /// Not a usable file path.
    NotAPath,
    /// The file cannot be read.
    FileUnreadable,
    /// The folder does not exist.
    FolderMissing,
    /// The day must come later (a reminder is snoozed to a later day).
    NotLater,
    /// Not a time of day (hours 0–23, minutes 0–59).
    NotATime,
    /// Not a key doctrack can use (e.g. a rule-pack public key that is not
    /// `ed25519:` and 64 hex digits).
    NotAKey,
    /// Not a province of Thailand (the directory's provinces).
    UnknownProvince,
    /// Not an item of that checklist (or not a checklist of this person).
    UnknownChecklistItem,
    /// Not a route of the rules in use.
    UnknownRoute,
    /// Something else (English text for developers; rare).
    Other {
        /// What is wrong.
        reason: String,
    },
}

impl Problem {
    /// What to tell a person about `field`.
    pub fn message(&self, field: Field) -> Message {
        let m = |id: M| Message::new(id).term(A::Field, field.term());
        let n = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
        match self {
            Problem::Empty => m(M::ProblemEmpty),
            Problem::TooLong { max } => m(M::ProblemTooLong).number(A::Max, n(*max)),
            Problem::TooShort { min } => m(M::ProblemTooShort).number(A::Min, n(*min)),
            Problem::ControlCharacters => m(M::ProblemControlCharacters),
            Problem::BadCharacters => m(M::ProblemBadCharacters),
            Problem::NotADate => m(M::ProblemNotADate),
            Problem::NoSuchDay => m(M::ProblemNoSuchDay),
            Problem::YearOutOfRange => m(M::ProblemYearOutOfRange),
            Problem::AmbiguousYear => m(M::ProblemAmbiguousYear),
            Problem::ExpiryNotAfterIssue => m(M::ProblemExpiryNotAfterIssue),
            Problem::NoExpiryForKind => m(M::ProblemNoExpiryForKind),
            Problem::EntryDateMissing => m(M::ProblemEntryDateMissing),
            Problem::EmployerNotForKind => m(M::ProblemEmployerNotForKind),
            Problem::SelfLink => m(M::ProblemSelfLink),
            Problem::ReservedLink => m(M::ProblemReservedLink),
            Problem::BadLink => m(M::ProblemBadLink),
            Problem::DuplicateId => m(M::ProblemDuplicateId),
            Problem::UnknownCountry => m(M::ProblemUnknownCountry),
            Problem::UnknownCohort { known } => {
                m(M::ProblemUnknownCohort).text(A::Known, known.join(", "))
            }
            Problem::UnknownLanguage => m(M::ProblemUnknownLanguage),
            Problem::UnknownKind => m(M::ProblemUnknownKind),
            Problem::NotAnId => m(M::ProblemNotAnId),
            Problem::WrongLength { expected } => {
                m(M::ProblemWrongLength).number(A::Expected, n(*expected))
            }
            Problem::TooMany { limit } => m(M::ProblemTooMany).number(A::Limit, n(*limit)),
            Problem::TooLarge { limit } => m(M::ProblemTooLarge).number(A::Limit, n(*limit)),
            Problem::NotAMimeType => m(M::ProblemNotAMimeType),
            Problem::LastKeySlot => m(M::ProblemLastKeySlot),
            Problem::EventNotForKind { event } => {
                m(M::ProblemEventNotForKind).term(A::Event, event.term())
            }
            Problem::EventOutOfOrder { event } => {
                m(M::ProblemEventOutOfOrder).term(A::Event, event.term())
            }
            Problem::EventForOtherDocument => m(M::ProblemEventForOtherDocument),
            Problem::NotRetractable { event } => {
                m(M::ProblemNotRetractable).term(A::Event, event.term())
            }
            Problem::LaterEventsDepend { event } => {
                m(M::ProblemLaterEventsDepend).term(A::Event, event.term())
            }
            Problem::SuccessorMismatch => m(M::ProblemSuccessorMismatch),
            Problem::SelfSuccessor => m(M::ProblemSelfSuccessor),
            Problem::PersonArchived => m(M::ProblemPersonArchived),
            Problem::UseDedicatedCall { event } => {
                m(M::ProblemUseDedicatedCall).term(A::Event, event.term())
            }
            Problem::NotAPath => m(M::ProblemNotAPath),
            Problem::FileUnreadable => m(M::ProblemFileUnreadable),
            Problem::FolderMissing => m(M::ProblemFolderMissing),
            Problem::NotLater => m(M::ProblemNotLater),
            Problem::NotATime => m(M::ProblemNotATime),
            Problem::NotAKey => m(M::ProblemNotAKey),
            Problem::UnknownProvince => m(M::ProblemUnknownProvince),
            Problem::UnknownChecklistItem => m(M::ProblemUnknownChecklistItem),
            Problem::UnknownRoute => m(M::ProblemUnknownRoute),
            Problem::Other { reason } => m(M::ProblemOther).text(A::Reason, reason.clone()),
        }
    }
}

impl From<TextProblem> for Problem {
    fn from(p: TextProblem) -> Self {
        match p {
            TextProblem::Empty => Problem::Empty,
            TextProblem::TooLong { max } => Problem::TooLong {
                max: u64::try_from(max).unwrap_or(u64::MAX),
            },
            TextProblem::ControlCharacters => Problem::ControlCharacters,
            TextProblem::BadCharacters => Problem::BadCharacters,
        }
    }
}

/// The field and problem of a refused text.
pub fn text_error(e: &TextError) -> (Field, Problem) {
    (
        Field::parse(e.field).unwrap_or(Field::Text),
        e.problem.into(),
    )
}

/// The field and problem of refused document details.
pub fn details_error(e: &DetailsError) -> (Field, Problem) {
    match e {
        DetailsError::Text(t) => text_error(t),
        DetailsError::ExpiryNotAfterIssue => (Field::ExpiresOn, Problem::ExpiryNotAfterIssue),
        DetailsError::ExpiryNotApplicable(_) => (Field::ExpiresOn, Problem::NoExpiryForKind),
        DetailsError::EntryDateMissing => (Field::IssuedOn, Problem::EntryDateMissing),
        DetailsError::EmployerNotApplicable => (Field::Employer, Problem::EmployerNotForKind),
        DetailsError::SelfLink => (Field::Links, Problem::SelfLink),
        DetailsError::ReservedLink => (Field::Links, Problem::ReservedLink),
    }
}

/// The problem of a refused typed date.
pub fn date_problem(e: &DateError) -> Problem {
    match e {
        DateError::Format { .. } => Problem::NotADate,
        DateError::NoSuchDay { .. } => Problem::NoSuchDay,
        DateError::AmbiguousYear { .. } => Problem::AmbiguousYear,
        DateError::YearOutOfRange { .. } => Problem::YearOutOfRange,
    }
}
