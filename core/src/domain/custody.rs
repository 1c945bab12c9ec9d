//! Who holds a document now, and what a worker paid or was asked to pay.
//! Both are events in the sealed history: custody on the document, money
//! on the person. Never shown on a lock screen, in errors or in logs.

use super::ids::{DocumentId, EventId};
use super::text::{TextError, TextProblem, NOTES};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Who holds a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Custodian {
    /// The worker.
    Worker,
    /// The employer.
    Employer,
    /// A broker or recruitment agency.
    Broker,
    /// A government office, while it is processed.
    Office,
    /// Someone else.
    Other,
    /// Not known.
    Unknown,
}

impl Custodian {
    /// Every custodian.
    pub const ALL: [Custodian; 6] = [
        Custodian::Worker,
        Custodian::Employer,
        Custodian::Broker,
        Custodian::Office,
        Custodian::Other,
        Custodian::Unknown,
    ];

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Custodian::Worker => "worker",
            Custodian::Employer => "employer",
            Custodian::Broker => "broker",
            Custodian::Office => "office",
            Custodian::Other => "other",
            Custodian::Unknown => "unknown",
        }
    }

    /// Parses the snake_case name.
    pub fn parse(s: &str) -> Option<Custodian> {
        Custodian::ALL.into_iter().find(|c| c.as_str() == s.trim())
    }

    /// Whether someone other than the worker has it (an office while it is
    /// processed counts: the worker must ask for it back).
    pub fn is_someone_else(self) -> bool {
        !matches!(self, Custodian::Worker)
    }

    /// Whether keeping it is what the law on holding workers' documents is
    /// about: an employer, a broker, or someone else (not an office, not
    /// unknown).
    pub fn may_be_withholding(self) -> bool {
        matches!(
            self,
            Custodian::Employer | Custodian::Broker | Custodian::Other
        )
    }
}

/// Who holds a document, since when, with an optional private note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Custody {
    /// Who holds it.
    pub holder: Custodian,
    /// Since when.
    #[serde(deserialize_with = "super::wire::date")]
    pub since: NaiveDate,
    /// A private note ("kept in the boat owner's office").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Custody {
    /// Checks the note (trimmed; empty becomes none).
    pub fn validated(mut self) -> Result<Custody, TextError> {
        self.note = match self.note.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(n) => Some(NOTES.check(n)?),
        };
        Ok(self)
    }
}

/// Whom a payment went to (or who asked for it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Payee {
    /// The employer.
    Employer,
    /// A broker.
    Broker,
    /// A recruitment agency.
    Agency,
    /// A government office (with an official receipt).
    Office,
    /// Someone else.
    Other,
}

impl Payee {
    /// Every payee.
    pub const ALL: [Payee; 5] = [
        Payee::Employer,
        Payee::Broker,
        Payee::Agency,
        Payee::Office,
        Payee::Other,
    ];

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Payee::Employer => "employer",
            Payee::Broker => "broker",
            Payee::Agency => "agency",
            Payee::Office => "office",
            Payee::Other => "other",
        }
    }

    /// Parses the snake_case name.
    pub fn parse(s: &str) -> Option<Payee> {
        Payee::ALL.into_iter().find(|c| c.as_str() == s.trim())
    }
}

/// What a payment was for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PaymentFor {
    /// Renewing (or replacing) one of the person's documents.
    Document {
        /// The document.
        document: DocumentId,
    },
    /// A route back to legal status (a registration round, a new MOU).
    Route {
        /// The route's id in the rules.
        route: String,
    },
}

/// Money a worker paid, or was asked to pay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Payment {
    /// Amount in whole currency units.
    pub amount: u64,
    /// ISO 4217 code (`THB`).
    pub currency: String,
    /// To whom (or who asked).
    pub payee: Payee,
    /// What for.
    pub purpose: PaymentFor,
    /// The day it was paid (or asked for).
    #[serde(deserialize_with = "super::wire::date")]
    pub paid_on: NaiveDate,
    /// Only asked for, not (yet) paid.
    #[serde(default)]
    pub asked_only: bool,
    /// A private note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Payment {
    /// Checks the currency and the note.
    pub fn validated(mut self) -> Result<Payment, TextError> {
        let code = self.currency.trim().to_ascii_uppercase();
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(TextError {
                field: "currency",
                problem: TextProblem::BadCharacters,
            });
        }
        self.currency = code;
        self.note = match self.note.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(n) => Some(NOTES.check(n)?),
        };
        Ok(self)
    }
}

/// A payment as recorded, with the event that recorded it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RecordedPayment {
    /// The event (to take it back).
    pub event: EventId,
    /// The payment.
    pub payment: Payment,
}

/// A checklist item the person ticked themselves (items satisfied by a
/// recorded document are ticked without it).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChecklistTick {
    /// The checklist (`renew:<document id>` or `route:<route id>/<step id>`).
    pub list: String,
    /// The item's id in it.
    pub item: String,
}

/// A tick as the person's record keeps it: the item and the day it was
/// ticked (a plan for an earlier day leaves it out).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TickedItem {
    /// The item.
    pub tick: ChecklistTick,
    /// The day it was ticked.
    #[serde(deserialize_with = "super::wire::date")]
    pub on: NaiveDate,
}
