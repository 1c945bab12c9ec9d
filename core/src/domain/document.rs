//! Documents: what they are, what is printed on them, and how they relate.

use super::ids::{DocumentId, PersonId};
use super::person::Country;
use super::text::{TextError, DOCUMENT_NUMBER, NOTES, SHORT_TEXT};
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// The kinds of document doctrack knows. Rule files refer to them by
/// [`DocumentKind::code`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DocumentKind {
    /// National passport (including Myanmar "PJ" passports).
    Passport,
    /// Certificate of identity (CI), a passport substitute.
    CertificateOfIdentity,
    /// Visa or permission to stay (extension stamp).
    Visa,
    /// Thai work permit (including e-work permits).
    WorkPermit,
    /// Non-Thai identification card ("pink card").
    PinkCard,
    /// Department of Fisheries Seabook.
    Seabook,
    /// Marine Department permission to work on board a fishing vessel (s.285).
    FishingCrewPermission,
    /// Health insurance card or policy.
    HealthInsurance,
    /// Health check (medical) certificate.
    HealthCheck,
    /// The 90-day report (TM.47): a recurring obligation, not a document
    /// with an expiry. Its `issued_on` is the date of entry the count starts from.
    NinetyDayReport,
    /// The employer's ID card or company registration certificate (only
    /// the employer can supply it; a worker may keep a copy or photo).
    EmployerId,
    /// The employer's approved demand (quota) letter.
    QuotaLetter,
    /// The employment contract (for fishers, on the Department of Labour
    /// Protection and Welfare's form).
    EmploymentContract,
    /// The fishing vessel's registration.
    VesselRegistration,
    /// The vessel's crew list.
    CrewList,
    /// Anything else, with the label the person gave it.
    Other {
        /// The label (1–200 characters).
        label: String,
    },
}

/// A string is not a document kind.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown document kind: use one of {}, or other:<label>", DocumentKind::KNOWN_CODES.join(", "))]
pub struct KindParseError;

impl DocumentKind {
    /// Codes of the named kinds, as written in rule files.
    pub const KNOWN_CODES: [&'static str; 15] = [
        "passport",
        "certificate_of_identity",
        "visa",
        "work_permit",
        "pink_card",
        "seabook",
        "fishing_crew_permission",
        "health_insurance",
        "health_check",
        "ninety_day_report",
        "employer_id",
        "quota_letter",
        "employment_contract",
        "vessel_registration",
        "crew_list",
    ];

    /// The kinds only an employer can supply (a worker keeps a copy).
    pub const FROM_EMPLOYER: [DocumentKind; 5] = [
        DocumentKind::EmployerId,
        DocumentKind::QuotaLetter,
        DocumentKind::EmploymentContract,
        DocumentKind::VesselRegistration,
        DocumentKind::CrewList,
    ];

    /// The kind's code (`work_permit`, `other:boat pass`).
    pub fn code(&self) -> String {
        match self {
            DocumentKind::Passport => "passport".into(),
            DocumentKind::CertificateOfIdentity => "certificate_of_identity".into(),
            DocumentKind::Visa => "visa".into(),
            DocumentKind::WorkPermit => "work_permit".into(),
            DocumentKind::PinkCard => "pink_card".into(),
            DocumentKind::Seabook => "seabook".into(),
            DocumentKind::FishingCrewPermission => "fishing_crew_permission".into(),
            DocumentKind::HealthInsurance => "health_insurance".into(),
            DocumentKind::HealthCheck => "health_check".into(),
            DocumentKind::NinetyDayReport => "ninety_day_report".into(),
            DocumentKind::EmployerId => "employer_id".into(),
            DocumentKind::QuotaLetter => "quota_letter".into(),
            DocumentKind::EmploymentContract => "employment_contract".into(),
            DocumentKind::VesselRegistration => "vessel_registration".into(),
            DocumentKind::CrewList => "crew_list".into(),
            DocumentKind::Other { label } => format!("other:{label}"),
        }
    }

    /// An English name for people (apps localise through rule texts).
    pub fn english_name(&self) -> String {
        match self {
            DocumentKind::Passport => "Passport".into(),
            DocumentKind::CertificateOfIdentity => "Certificate of identity".into(),
            DocumentKind::Visa => "Visa / permission to stay".into(),
            DocumentKind::WorkPermit => "Work permit".into(),
            DocumentKind::PinkCard => "Pink card".into(),
            DocumentKind::Seabook => "Seabook".into(),
            DocumentKind::FishingCrewPermission => "Fishing-crew permission".into(),
            DocumentKind::HealthInsurance => "Health insurance".into(),
            DocumentKind::HealthCheck => "Health check".into(),
            DocumentKind::NinetyDayReport => "90-day report".into(),
            DocumentKind::EmployerId => "Employer's ID or company registration".into(),
            DocumentKind::QuotaLetter => "Quota (demand) letter".into(),
            DocumentKind::EmploymentContract => "Employment contract".into(),
            DocumentKind::VesselRegistration => "Vessel registration".into(),
            DocumentKind::CrewList => "Crew list".into(),
            DocumentKind::Other { label } => label.clone(),
        }
    }

    /// Whether this is a recurring obligation rather than a document.
    pub fn is_recurring_obligation(&self) -> bool {
        matches!(self, DocumentKind::NinetyDayReport)
    }

    /// Whether the document names an employer.
    pub fn has_employer(&self) -> bool {
        matches!(
            self,
            DocumentKind::WorkPermit | DocumentKind::Seabook | DocumentKind::FishingCrewPermission
        )
    }

    /// Whether documents of this kind carry a printed number. The 90-day
    /// report has none; health check certificates often have none.
    pub fn has_number(&self) -> bool {
        !matches!(
            self,
            DocumentKind::NinetyDayReport | DocumentKind::HealthCheck
        )
    }

    /// Whether only an employer can supply documents of this kind.
    pub fn is_from_employer(&self) -> bool {
        DocumentKind::FROM_EMPLOYER.contains(self)
    }

    /// Whether the document is renewed (the 90-day report is filed instead).
    pub fn is_renewable(&self) -> bool {
        !self.is_recurring_obligation()
    }
}

impl FromStr for DocumentKind {
    type Err = KindParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        Ok(match s {
            "passport" => DocumentKind::Passport,
            "certificate_of_identity" => DocumentKind::CertificateOfIdentity,
            "visa" => DocumentKind::Visa,
            "work_permit" => DocumentKind::WorkPermit,
            "pink_card" => DocumentKind::PinkCard,
            "seabook" => DocumentKind::Seabook,
            "fishing_crew_permission" => DocumentKind::FishingCrewPermission,
            "health_insurance" => DocumentKind::HealthInsurance,
            "health_check" => DocumentKind::HealthCheck,
            "ninety_day_report" => DocumentKind::NinetyDayReport,
            "employer_id" => DocumentKind::EmployerId,
            "quota_letter" => DocumentKind::QuotaLetter,
            "employment_contract" => DocumentKind::EmploymentContract,
            "vessel_registration" => DocumentKind::VesselRegistration,
            "crew_list" => DocumentKind::CrewList,
            other => match other.strip_prefix("other:") {
                Some(label) => DocumentKind::Other {
                    label: SHORT_TEXT.check(label).map_err(|_| KindParseError)?,
                },
                None => return Err(KindParseError),
            },
        })
    }
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}

impl Serialize for DocumentKind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.code())
    }
}

impl<'de> Deserialize<'de> for DocumentKind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(KindVisitor)
    }
}

/// Reads a kind's code without copying it ([`FromStr`] allocates only
/// for `other:` labels).
struct KindVisitor;

impl serde::de::Visitor<'_> for KindVisitor {
    type Value = DocumentKind;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a document kind code")
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<DocumentKind, E> {
        s.parse().map_err(E::custom)
    }
}

/// How one document relates to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LinkKind {
    /// This visa or stay stamp is stamped in the target passport or CI.
    StampedIn,
    /// This Seabook or crew permission is tied to the target work permit.
    TiedTo,
    /// This document is the renewal of the target (set by renewal approval).
    Renews,
    /// The target is this document's renewal (set by renewal approval).
    RenewedBy,
    /// This document replaces the target, which was lost.
    Replaces,
    /// The target replaces this lost document.
    ReplacedBy,
}

/// A link from one document to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Link {
    /// How they relate.
    pub kind: LinkKind,
    /// The other document.
    pub target: DocumentId,
}

/// A document's details as printed and as known to the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Document {
    /// Random id.
    pub id: DocumentId,
    /// The person it belongs to.
    pub holder: PersonId,
    /// What it is.
    pub kind: DocumentKind,
    /// The number as printed (empty for the 90-day report).
    pub number: String,
    /// The issuing country.
    pub issuing_country: Country,
    /// The issuing authority, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuing_authority: Option<String>,
    /// Date of issue (for the 90-day report: the date of entry).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::wire::opt_date"
    )]
    pub issued_on: Option<NaiveDate>,
    /// Printed expiry date, if the kind has one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::wire::opt_date"
    )]
    pub expires_on: Option<NaiveDate>,
    /// Employer (work permits, Seabooks, crew permissions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer: Option<String>,
    /// Links to related documents.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// Why document details were refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DetailsError {
    /// A text field is invalid.
    #[error(transparent)]
    Text(#[from] TextError),
    /// The expiry date is not after the issue date.
    #[error("expires_on must be after issued_on")]
    ExpiryNotAfterIssue,
    /// The kind has no expiry date (the 90-day report).
    #[error("a {0} has no expiry date")]
    ExpiryNotApplicable(&'static str),
    /// The 90-day report needs the date of entry.
    #[error("a 90-day report needs issued_on (the date of entry)")]
    EntryDateMissing,
    /// The kind names no employer.
    #[error("employer only applies to work permits, Seabooks and fishing-crew permissions")]
    EmployerNotApplicable,
    /// A document cannot link to itself.
    #[error("a document cannot link to itself")]
    SelfLink,
    /// Renewal and replacement links are set by their own events only.
    #[error("renews / renewed_by / replaces / replaced_by links are set by renewal and replacement events, not by corrections")]
    ReservedLink,
}

impl Document {
    /// Checks and normalises the details: trims text, checks limits and
    /// the consistency of dates, employer and kind.
    pub fn validated(mut self) -> Result<Self, DetailsError> {
        if let DocumentKind::Other { label } = &self.kind {
            // Read back through `FromStr`, which refuses what this refuses.
            self.kind = DocumentKind::Other {
                label: SHORT_TEXT.named("label").check(label)?,
            };
        }
        if self.kind.is_recurring_obligation() {
            if self.expires_on.is_some() {
                return Err(DetailsError::ExpiryNotApplicable("90-day report"));
            }
            if self.issued_on.is_none() {
                return Err(DetailsError::EntryDateMissing);
            }
        }
        self.number = if self.kind.has_number() {
            DOCUMENT_NUMBER.check(&self.number)?
        } else {
            DOCUMENT_NUMBER
                .check_optional(Some(&self.number))?
                .unwrap_or_default()
        };
        if let (Some(issued), Some(expires)) = (self.issued_on, self.expires_on) {
            if expires <= issued {
                return Err(DetailsError::ExpiryNotAfterIssue);
            }
        }
        self.issuing_authority = SHORT_TEXT
            .named("issuing_authority")
            .check_optional(self.issuing_authority.as_deref())?;
        self.employer = SHORT_TEXT
            .named("employer")
            .check_optional(self.employer.as_deref())?;
        if self.employer.is_some() && !self.kind.has_employer() {
            return Err(DetailsError::EmployerNotApplicable);
        }
        if self.links.iter().any(|l| l.target == self.id) {
            return Err(DetailsError::SelfLink);
        }
        self.notes = if self.notes.trim().is_empty() {
            String::new()
        } else {
            NOTES.check(&self.notes)?
        };
        Ok(self)
    }

    /// The first target linked with `kind`.
    pub fn link(&self, kind: LinkKind) -> Option<DocumentId> {
        self.links.iter().find(|l| l.kind == kind).map(|l| l.target)
    }
}

/// A new document's details, as an app or a person enters them; the
/// library gives it a random id ([`NewDocument::into_document`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NewDocument {
    /// The person it belongs to.
    pub holder: PersonId,
    /// What it is.
    pub kind: DocumentKind,
    /// The number as printed (may be empty only for kinds without one).
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    pub number: String,
    /// The issuing country (`TH` for Thai documents, `MM` for a Myanmar
    /// passport, …).
    pub issuing_country: Country,
    /// The issuing authority, if known.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub issuing_authority: Option<String>,
    /// Date of issue (for the 90-day report: the date of entry).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub issued_on: Option<NaiveDate>,
    /// Printed expiry date.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub expires_on: Option<NaiveDate>,
    /// Employer (work permits, Seabooks, crew permissions).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub employer: Option<String>,
    /// Links to the holder's other documents (`StampedIn`, `TiedTo`).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub links: Vec<Link>,
    /// Free notes.
    #[cfg_attr(feature = "uniffi", uniffi(default = ""))]
    pub notes: String,
}

impl NewDocument {
    /// The document with a new random id (not validated yet).
    pub fn into_document(self) -> Document {
        Document {
            id: DocumentId::new_random(),
            holder: self.holder,
            kind: self.kind,
            number: self.number,
            issuing_country: self.issuing_country,
            issuing_authority: self.issuing_authority,
            issued_on: self.issued_on,
            expires_on: self.expires_on,
            employer: self.employer,
            links: self.links,
            notes: self.notes,
        }
    }
}

/// A change to an optional date: set it, or clear it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DateEdit {
    /// Set to this date.
    Set {
        /// The date.
        date: NaiveDate,
    },
    /// Clear the field.
    Clear,
}

impl DateEdit {
    /// The field's value after the edit.
    pub fn value(self) -> Option<NaiveDate> {
        match self {
            DateEdit::Set { date } => Some(date),
            DateEdit::Clear => None,
        }
    }
}

/// A change to an optional text: set it, or clear it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TextEdit {
    /// Set to this text.
    Set {
        /// The text.
        text: String,
    },
    /// Clear the field.
    Clear,
}

impl TextEdit {
    /// The field's value after the edit.
    pub fn value(&self) -> Option<String> {
        match self {
            TextEdit::Set { text } => Some(text.clone()),
            TextEdit::Clear => None,
        }
    }
}

/// On disk an edit is the field's new value: `null` clears it. A key that
/// is absent changes nothing.
mod edit_wire {
    use super::{DateEdit, TextEdit};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn ser_date<S: Serializer>(e: &Option<DateEdit>, s: S) -> Result<S::Ok, S::Error> {
        e.and_then(DateEdit::value).serialize(s)
    }

    pub fn de_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateEdit>, D::Error> {
        let v: Option<String> = Option::deserialize(d)?;
        Ok(Some(match v {
            Some(text) => DateEdit::Set {
                date: text.parse().map_err(serde::de::Error::custom)?,
            },
            None => DateEdit::Clear,
        }))
    }

    pub fn ser_text<S: Serializer>(e: &Option<TextEdit>, s: S) -> Result<S::Ok, S::Error> {
        e.as_ref().and_then(TextEdit::value).serialize(s)
    }

    pub fn de_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<TextEdit>, D::Error> {
        let v: Option<String> = Option::deserialize(d)?;
        Ok(Some(match v {
            Some(text) => TextEdit::Set { text },
            None => TextEdit::Clear,
        }))
    }
}

/// A correction of printed details (a typo in the number, a misread date).
/// `None` fields stay as they are; an edit sets or clears an optional field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DetailsCorrection {
    /// Corrected number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub number: Option<String>,
    /// Corrected issuing country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub issuing_country: Option<Country>,
    /// Corrected issuing authority.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "edit_wire::ser_text",
        deserialize_with = "edit_wire::de_text"
    )]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub issuing_authority: Option<TextEdit>,
    /// Corrected issue date.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "edit_wire::ser_date",
        deserialize_with = "edit_wire::de_date"
    )]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub issued_on: Option<DateEdit>,
    /// Corrected expiry date.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "edit_wire::ser_date",
        deserialize_with = "edit_wire::de_date"
    )]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub expires_on: Option<DateEdit>,
    /// Corrected notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: Option<String>,
    /// Links to add (`StampedIn`, `TiedTo`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub add_links: Vec<Link>,
}

impl DetailsCorrection {
    /// Whether the correction changes nothing.
    pub fn is_empty(&self) -> bool {
        *self == DetailsCorrection::default()
    }

    /// Applies the correction to a copy of `doc` and validates the result.
    pub fn apply_to(&self, doc: &Document) -> Result<Document, DetailsError> {
        let mut out = doc.clone();
        if let Some(v) = &self.number {
            out.number = v.clone();
        }
        if let Some(v) = &self.issuing_country {
            out.issuing_country = v.clone();
        }
        if let Some(v) = &self.issuing_authority {
            out.issuing_authority = v.value();
        }
        if let Some(v) = self.issued_on {
            out.issued_on = v.value();
        }
        if let Some(v) = self.expires_on {
            out.expires_on = v.value();
        }
        if let Some(v) = &self.notes {
            out.notes = v.clone();
        }
        for link in &self.add_links {
            if !matches!(link.kind, LinkKind::StampedIn | LinkKind::TiedTo) {
                return Err(DetailsError::ReservedLink);
            }
            if !out.links.contains(link) {
                out.links.push(*link);
            }
        }
        out.validated()
    }
}

/// Checks a new employer for a document of `kind` (trimmed; empty means none).
pub fn check_employer(
    kind: &DocumentKind,
    employer: Option<&str>,
) -> Result<Option<String>, DetailsError> {
    if !kind.has_employer() {
        return Err(DetailsError::EmployerNotApplicable);
    }
    let checked = SHORT_TEXT.named("employer").check_optional(employer)?;
    Ok(checked)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(kind: DocumentKind) -> Document {
        Document {
            id: DocumentId::new_random(),
            holder: PersonId::new_random(),
            kind,
            number: " mc123 ".into(),
            issuing_country: Country::Myanmar,
            issuing_authority: None,
            issued_on: NaiveDate::from_ymd_opt(2024, 1, 1),
            expires_on: NaiveDate::from_ymd_opt(2026, 1, 1),
            employer: None,
            links: vec![],
            notes: String::new(),
        }
    }

    #[test]
    fn kinds_round_trip() {
        for code in DocumentKind::KNOWN_CODES {
            assert_eq!(code.parse::<DocumentKind>().unwrap().code(), code);
        }
        assert_eq!(
            "other:boat pass".parse::<DocumentKind>().unwrap(),
            DocumentKind::Other {
                label: "boat pass".into()
            }
        );
        assert!("spaceship".parse::<DocumentKind>().is_err());
        assert!("other:".parse::<DocumentKind>().is_err());
    }

    #[test]
    fn validation() {
        let ok = sample(DocumentKind::Passport).validated().unwrap();
        assert_eq!(ok.number, "mc123");
        let mut bad = sample(DocumentKind::Passport);
        bad.expires_on = bad.issued_on;
        assert_eq!(bad.validated(), Err(DetailsError::ExpiryNotAfterIssue));
        let mut bad = sample(DocumentKind::Passport);
        bad.employer = Some("Boat Co".into());
        assert_eq!(bad.validated(), Err(DetailsError::EmployerNotApplicable));
        let mut report = sample(DocumentKind::NinetyDayReport);
        assert!(matches!(
            report.clone().validated(),
            Err(DetailsError::ExpiryNotApplicable(_))
        ));
        report.expires_on = None;
        report.number.clear();
        assert!(report.validated().is_ok());
    }

    #[test]
    fn correction_revalidates() {
        let doc = sample(DocumentKind::Passport).validated().unwrap();
        let fix = DetailsCorrection {
            expires_on: NaiveDate::from_ymd_opt(2023, 1, 1).map(|date| DateEdit::Set { date }),
            ..Default::default()
        };
        assert_eq!(fix.apply_to(&doc), Err(DetailsError::ExpiryNotAfterIssue));
        let fix = DetailsCorrection {
            number: Some("MC999".into()),
            ..Default::default()
        };
        assert_eq!(fix.apply_to(&doc).unwrap().number, "MC999");
    }
}
