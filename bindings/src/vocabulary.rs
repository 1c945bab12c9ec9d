//! Closed vocabularies mirrored for the bindings: document kinds, statuses,
//! states, events, lengths of time, money. Each converts to and from the
//! core type it mirrors, so the two cannot drift apart silently (a new core
//! variant fails to compile here).

use doctrack_core::domain as core_domain;
use doctrack_core::domain::dates::Span as CoreSpan;
use doctrack_core::rules::evaluate as core_eval;
use doctrack_core::rules::model as core_model;
use doctrack_core::rules::planner as core_plan;

/// Declares a field-less enum that mirrors a core enum, with conversions.
macro_rules! mirror_enum {
    ($(#[$m:meta])* $name:ident <=> $core:ty { $($(#[$vm:meta])* $v:ident),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
        pub enum $name { $($(#[$vm])* $v),* }

        impl From<$core> for $name {
            fn from(v: $core) -> Self {
                match v { $(<$core>::$v => $name::$v),* }
            }
        }

        impl From<$name> for $core {
            fn from(v: $name) -> Self {
                match v { $($name::$v => <$core>::$v),* }
            }
        }
    };
}

mirror_enum! {
    /// A language doctrack speaks.
    Language <=> core_domain::Language {
        /// English.
        En,
        /// Thai.
        Th,
        /// Burmese.
        My,
        /// Khmer.
        Km,
        /// Lao.
        Lo,
    }
}

mirror_enum! {
    /// A document's time status on a date, least urgent first.
    TimeStatus <=> core_eval::TimeStatus {
        /// Nothing to evaluate (superseded, lost, archived, no rule and no date).
        NotApplicable,
        /// Valid; the renewal window is not open yet.
        Valid,
        /// A renewal was handed in: waiting for a decision (the receipt
        /// covers the worker; no deadline alarm).
        AwaitingDecision,
        /// The renewal (or filing) window is open.
        WindowOpen,
        /// The worker left the employer: the job-change period is running.
        JobChange,
        /// The deadline is close: act now.
        DueSoon,
        /// A renewal is needed but a prerequisite is not satisfied.
        Blocked,
        /// The deadline passed; the grace period is running.
        InGrace,
        /// The deadline (and any grace) passed.
        Expired,
    }
}

mirror_enum! {
    /// A computed date.
    DateKind <=> core_eval::DateKind {
        /// The document stops being valid after this day.
        ValidUntil,
        /// The renewal window opens.
        WindowOpens,
        /// "Due soon" starts.
        DueSoonFrom,
        /// The deadline for acting.
        Deadline,
        /// The grace period ends.
        GraceEnds,
        /// No renewal beyond this date (e.g. the MOU 4-year limit).
        TermLimit,
        /// The next 90-day report is due.
        ReportDue,
        /// Filing the next report opens.
        ReportWindowOpens,
        /// Filing the next report closes.
        ReportWindowCloses,
        /// A new employer must be found by this date.
        JobChangeDeadline,
        /// Ask about a pending renewal from this date if no decision came.
        DecisionFollowUp,
        /// The next date to act by is not an office working day: the last
        /// working day before it.
        ActBy,
    }
}

mirror_enum! {
    /// A document's lifecycle state, without its data.
    StateName <=> core_domain::StateName {
        /// Not recorded yet.
        Unrecorded,
        /// In force.
        Active,
        /// A renewal is being prepared or was handed in.
        RenewalInProgress,
        /// Replaced by a newer document.
        Superseded,
        /// Reported lost or stolen.
        Lost,
        /// Stopped being valid before its time.
        Cancelled,
        /// Hidden by the person.
        Archived,
    }
}

mirror_enum! {
    /// The name of an event in a document's history.
    EventName <=> core_domain::EventName {
        /// The document was entered.
        Recorded,
        /// Printed details were corrected.
        DetailsCorrected,
        /// A renewal is being prepared.
        RenewalStarted,
        /// A renewal was handed in.
        RenewalSubmitted,
        /// The renewal was approved.
        RenewalApproved,
        /// The renewal was refused.
        RenewalRejected,
        /// Reported lost or stolen.
        ReportedLost,
        /// A replacement arrived.
        ReplacementReceived,
        /// Cancelled before its time.
        Cancelled,
        /// The employer changed.
        EmployerChanged,
        /// A 90-day report was filed.
        ReportFiled,
        /// Hidden by the person.
        Archived,
        /// An event recorded by mistake was taken back.
        EventRetracted,
    }
}

mirror_enum! {
    /// Why a document was cancelled.
    CancelReason <=> core_domain::CancelReason {
        /// The worker left (or lost) the employer; the job-change period starts.
        LeftEmployer,
        /// An authority revoked it.
        Revoked,
        /// The worker left the country.
        LeftCountry,
        /// Another reason.
        Other,
    }
}

mirror_enum! {
    /// How one document relates to another.
    LinkKind <=> core_domain::LinkKind {
        /// This visa or stay stamp is in the target passport or CI.
        StampedIn,
        /// This Seabook or crew permission is tied to the target work permit.
        TiedTo,
        /// This document renews the target (set by renewal approval).
        Renews,
        /// The target renews this document (set by renewal approval).
        RenewedBy,
        /// This document replaces the lost target.
        Replaces,
        /// The target replaces this lost document.
        ReplacedBy,
    }
}

mirror_enum! {
    /// How a document came to be superseded.
    SupersededVia <=> core_domain::SupersededVia {
        /// By an approved renewal.
        Renewal,
        /// By a replacement for a lost document.
        Replacement,
    }
}

mirror_enum! {
    /// The kind of a stored record.
    RecordKind <=> doctrack_core::store::RecordKind {
        /// A person.
        Person,
        /// A document.
        Document,
        /// An event of the log.
        Event,
        /// A photo's metadata.
        Attachment,
        /// One chunk of a photo.
        AttachmentChunk,
        /// A key slot.
        KeySlot,
        /// The store's metadata.
        Meta,
        /// A reminder's state or the last reminder plan.
        Reminder,
        /// The event log as a whole (its sealed head and hash chain).
        Log,
        /// The installed rule pack.
        RulePack,
    }
}

mirror_enum! {
    /// What a reminder is about, least urgent first.
    ReminderKind <=> doctrack_core::reminders::ReminderKind {
        /// The renewal window opens: the person can start.
        WindowOpens,
        /// The 90-day report's filing window opens.
        ReportWindow,
        /// A step of the ladder before the deadline.
        DueSoon,
        /// The deadline is today.
        Deadline,
        /// The deadline passed; a grace period is running.
        Grace,
        /// The last day passed.
        Overdue,
    }
}

mirror_enum! {
    /// Whether a native speaker has reviewed a text.
    ReviewState <=> doctrack_core::messages::ReviewState {
        /// Draft: not yet reviewed by a native speaker.
        Draft,
        /// Reviewed by a native speaker (or the English source text).
        Reviewed,
    }
}

mirror_enum! {
    /// The era of a year: Common Era, or Thai Buddhist Era (CE + 543).
    Era <=> core_domain::Era {
        /// Common Era (2026).
        Ce,
        /// Thai Buddhist Era (2569).
        Be,
    }
}

mirror_enum! {
    /// The shape of a shown date.
    DateForm <=> doctrack_core::messages::DateForm {
        /// `2026-03-31`.
        Iso,
        /// `31/03/2026`.
        Numeric,
        /// `31 Mar 2026`, `31 มี.ค. 2569`.
        DayMonthName,
    }
}

mirror_enum! {
    /// The digits numbers are written with.
    Digits <=> doctrack_core::messages::Digits {
        /// 0–9, as on the papers.
        Latin,
        /// The language's own digits (Thai, Myanmar, Khmer, Lao).
        Native,
    }
}

/// How dates are shown: era, shape and digits (the digits also apply to
/// counts and amounts in messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Record)]
pub struct DateStyle {
    /// Common Era or Thai Buddhist Era years.
    pub era: Era,
    /// The shape.
    pub form: DateForm,
    /// The digits.
    pub digits: Digits,
}

impl From<doctrack_core::messages::DateStyle> for DateStyle {
    fn from(s: doctrack_core::messages::DateStyle) -> Self {
        DateStyle {
            era: s.era.into(),
            form: s.form.into(),
            digits: s.digits.into(),
        }
    }
}

impl From<DateStyle> for doctrack_core::messages::DateStyle {
    fn from(s: DateStyle) -> Self {
        doctrack_core::messages::DateStyle {
            era: s.era.into(),
            form: s.form.into(),
            digits: s.digits.into(),
        }
    }
}

mirror_enum! {
    /// The kind of a key slot.
    SlotKind <=> doctrack_core::crypto::SlotKind {
        /// Wrapped by the platform keystore through a `KeyWrapper`.
        Platform,
        /// Derived from a passphrase.
        Passphrase,
        /// A raw 32-byte key.
        Raw,
    }
}

mirror_enum! {
    /// How sure the rule maintainers are of a rule's facts.
    Confidence <=> core_model::Confidence {
        /// Several consistent sources, or an official text.
        High,
        /// One reputable source.
        Medium,
        /// A secondary or conflicting source.
        Low,
        /// Not a legal fact: a default chosen by rule maintainers.
        Setting,
    }
}

mirror_enum! {
    /// What a plan step asks for.
    Action <=> core_plan::Action {
        /// Renew the document.
        Renew,
        /// File the 90-day report.
        FileReport,
        /// Find a new employer.
        FindEmployer,
        /// Get a document that is missing.
        Obtain,
        /// The total term is used up: return home and re-apply.
        ReapplyFromHome,
        /// A renewal was handed in: wait for the decision with the receipt.
        AwaitDecision,
    }
}

mirror_enum! {
    /// When a fee is paid.
    FeeWhen <=> core_model::FeeWhen {
        /// When applying for a new document or a renewal.
        Renewal,
        /// When registering.
        Registration,
        /// A refundable guarantee or deposit.
        Deposit,
    }
}

mirror_enum! {
    /// An input field an error can be about.
    Field <=> doctrack_core::app::Field {
        /// A person's name.
        DisplayName,
        /// A document number.
        Number,
        /// An issuing authority.
        IssuingAuthority,
        /// An employer's name.
        Employer,
        /// Free notes.
        Notes,
        /// The label of an `other` document.
        Label,
        /// Any other short text.
        Text,
        /// A calendar date.
        Date,
        /// A date of issue (for the 90-day report: the date of entry).
        IssuedOn,
        /// A printed expiry date.
        ExpiresOn,
        /// The date an event happened.
        On,
        /// A nationality or issuing country.
        Country,
        /// A cohort.
        Cohort,
        /// A language.
        Language,
        /// A document kind.
        Kind,
        /// Links between documents.
        Links,
        /// An event.
        Event,
        /// A person (as a whole).
        Person,
        /// A record id.
        Id,
        /// A passphrase.
        Passphrase,
        /// A raw key.
        Key,
        /// A key slot.
        KeySlot,
        /// A photo.
        Photo,
        /// A MIME type.
        Mime,
        /// A file path.
        Path,
        /// A message given back to the library.
        Message,
        /// A rule pack or rule file.
        Rules,
        /// The day a reminder is snoozed to.
        SnoozeUntil,
        /// The time of day reminders fire.
        ReminderTime,
    }
}

/// What a document is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum DocumentKind {
    /// National passport.
    Passport,
    /// Certificate of identity (a passport substitute).
    CertificateOfIdentity,
    /// Visa or permission to stay.
    Visa,
    /// Thai work permit.
    WorkPermit,
    /// Non-Thai identification card ("pink card").
    PinkCard,
    /// Department of Fisheries Seabook.
    Seabook,
    /// Marine Department permission to work on a fishing vessel.
    FishingCrewPermission,
    /// Health insurance.
    HealthInsurance,
    /// Health check certificate.
    HealthCheck,
    /// The 90-day report (a recurring obligation; its issue date is the date of entry).
    NinetyDayReport,
    /// Anything else, with the person's label.
    Other {
        /// The label (1–200 characters).
        label: String,
    },
}

impl From<core_domain::DocumentKind> for DocumentKind {
    fn from(k: core_domain::DocumentKind) -> Self {
        use core_domain::DocumentKind as K;
        match k {
            K::Passport => DocumentKind::Passport,
            K::CertificateOfIdentity => DocumentKind::CertificateOfIdentity,
            K::Visa => DocumentKind::Visa,
            K::WorkPermit => DocumentKind::WorkPermit,
            K::PinkCard => DocumentKind::PinkCard,
            K::Seabook => DocumentKind::Seabook,
            K::FishingCrewPermission => DocumentKind::FishingCrewPermission,
            K::HealthInsurance => DocumentKind::HealthInsurance,
            K::HealthCheck => DocumentKind::HealthCheck,
            K::NinetyDayReport => DocumentKind::NinetyDayReport,
            K::Other(label) => DocumentKind::Other { label },
        }
    }
}

impl From<DocumentKind> for core_domain::DocumentKind {
    fn from(k: DocumentKind) -> Self {
        use core_domain::DocumentKind as K;
        match k {
            DocumentKind::Passport => K::Passport,
            DocumentKind::CertificateOfIdentity => K::CertificateOfIdentity,
            DocumentKind::Visa => K::Visa,
            DocumentKind::WorkPermit => K::WorkPermit,
            DocumentKind::PinkCard => K::PinkCard,
            DocumentKind::Seabook => K::Seabook,
            DocumentKind::FishingCrewPermission => K::FishingCrewPermission,
            DocumentKind::HealthInsurance => K::HealthInsurance,
            DocumentKind::HealthCheck => K::HealthCheck,
            DocumentKind::NinetyDayReport => K::NinetyDayReport,
            DocumentKind::Other { label } => K::Other(label),
        }
    }
}

/// The unit of a length of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum SpanUnit {
    /// Days.
    Days,
    /// Weeks (7 days).
    Weeks,
    /// Calendar months (end-of-month clamped).
    Months,
    /// Calendar years (29 Feb + 1 year = 28 Feb).
    Years,
}

/// A length of time in calendar units ("90 days", "2 years").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Record)]
pub struct Span {
    /// How many units.
    pub count: i32,
    /// Which unit.
    pub unit: SpanUnit,
}

impl From<CoreSpan> for Span {
    fn from(s: CoreSpan) -> Self {
        let (count, unit) = match s {
            CoreSpan::Days(n) => (n, SpanUnit::Days),
            CoreSpan::Weeks(n) => (n, SpanUnit::Weeks),
            CoreSpan::Months(n) => (n, SpanUnit::Months),
            CoreSpan::Years(n) => (n, SpanUnit::Years),
        };
        Span {
            count: i32::try_from(count).unwrap_or(i32::MAX),
            unit,
        }
    }
}

/// A negative count is read as 0.
impl From<Span> for CoreSpan {
    fn from(s: Span) -> Self {
        let n = u32::try_from(s.count).unwrap_or(0);
        match s.unit {
            SpanUnit::Days => CoreSpan::Days(n),
            SpanUnit::Weeks => CoreSpan::Weeks(n),
            SpanUnit::Months => CoreSpan::Months(n),
            SpanUnit::Years => CoreSpan::Years(n),
        }
    }
}

/// An amount of money in whole units of its currency.
#[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Record)]
pub struct Money {
    /// The amount (never negative).
    pub amount: i64,
    /// ISO 4217 code, e.g. `THB`.
    pub currency: String,
}
