//! People whose documents are kept.

use crate::error::invalid;
use crate::vocabulary::Field;
use crate::vocabulary::Language;
use crate::ApiError;
use chrono::NaiveDate;
use doctrack_core::app::Problem;
use doctrack_core::domain as core;

/// Reads a person id.
pub(crate) fn person_id(id: &str) -> Result<core::PersonId, ApiError> {
    id.parse().map_err(|_| invalid(Field::Id, Problem::NotAnId))
}

fn country(code: &str) -> Result<core::Country, ApiError> {
    code.parse()
        .map_err(|_| invalid(Field::Country, Problem::UnknownCountry))
}

fn cohort(code: &str) -> Result<core::Cohort, ApiError> {
    code.parse().map_err(|_| {
        invalid(
            Field::Cohort,
            Problem::UnknownCohort {
                known: vec!["mou".into(), "unknown".into(), "cr:<resolution id>".into()],
            },
        )
    })
}

/// A person.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Person {
    /// Random id.
    pub id: String,
    /// The name they want to see (any script).
    pub display_name: String,
    /// Nationality, ISO 3166-1 alpha-2 (`MM`, `KH`, `LA`, …).
    pub nationality: String,
    /// The language doctrack speaks to them.
    pub language: Language,
    /// Cohort: `mou`, `unknown`, or `cr:<resolution id>` (e.g. `cr:2024-09-24`).
    pub cohort: String,
    /// Whether they work on fishing vessels.
    pub works_on_fishing_vessel: bool,
}

impl From<core::Person> for Person {
    fn from(p: core::Person) -> Self {
        Person {
            id: p.id.to_string(),
            display_name: p.display_name,
            nationality: p.nationality.code().to_string(),
            language: p.language.into(),
            cohort: p.cohort.code(),
            works_on_fishing_vessel: p.works_on_fishing_vessel,
        }
    }
}

/// A person as their history left them.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PersonRecord {
    /// Current details.
    pub person: Person,
    /// Whether they were archived.
    pub archived: bool,
    /// Date of their latest event.
    pub last_event_on: NaiveDate,
}

impl From<core::PersonRecord> for PersonRecord {
    fn from(r: core::PersonRecord) -> Self {
        PersonRecord {
            person: r.person.into(),
            archived: r.archived,
            last_event_on: r.last_event_on,
        }
    }
}

/// What is needed to add a person.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PersonDraft {
    /// The name they want to see (1–200 characters).
    pub display_name: String,
    /// Nationality, ISO 3166-1 alpha-2.
    pub nationality: String,
    /// Preferred language.
    pub language: Language,
    /// Cohort: `mou`, `unknown`, or `cr:<resolution id>`.
    pub cohort: String,
    /// Whether they work on fishing vessels.
    pub works_on_fishing_vessel: bool,
}

impl TryFrom<PersonDraft> for core::PersonDraft {
    type Error = ApiError;
    fn try_from(d: PersonDraft) -> Result<Self, ApiError> {
        Ok(core::PersonDraft {
            display_name: d.display_name,
            nationality: country(&d.nationality)?,
            language: d.language.into(),
            cohort: cohort(&d.cohort)?,
            works_on_fishing_vessel: d.works_on_fishing_vessel,
        })
    }
}

/// A change to a person's details; `null`/`nil` fields stay as they are.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct PersonUpdate {
    /// New name.
    #[uniffi(default)]
    pub display_name: Option<String>,
    /// New nationality.
    #[uniffi(default)]
    pub nationality: Option<String>,
    /// New language.
    #[uniffi(default)]
    pub language: Option<Language>,
    /// New cohort.
    #[uniffi(default)]
    pub cohort: Option<String>,
    /// New fishing-vessel flag.
    #[uniffi(default)]
    pub works_on_fishing_vessel: Option<bool>,
}

impl TryFrom<PersonUpdate> for core::PersonUpdate {
    type Error = ApiError;
    fn try_from(u: PersonUpdate) -> Result<Self, ApiError> {
        Ok(core::PersonUpdate {
            display_name: u.display_name,
            nationality: u.nationality.as_deref().map(country).transpose()?,
            language: u.language.map(Into::into),
            cohort: u.cohort.as_deref().map(cohort).transpose()?,
            works_on_fishing_vessel: u.works_on_fishing_vessel,
        })
    }
}
