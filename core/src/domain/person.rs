//! People whose documents are kept: a worker, or family and crew kept by a
//! volunteer or caseworker.

use super::ids::PersonId;
use super::text::{TextError, DISPLAY_NAME};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A country, by ISO 3166-1 alpha-2 code. The countries doctrack has rules
/// for are named; any other valid code is kept as [`Country::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Country {
    /// Myanmar (MM).
    Myanmar,
    /// Cambodia (KH).
    Cambodia,
    /// Laos (LA).
    Laos,
    /// Viet Nam (VN).
    VietNam,
    /// Thailand (TH).
    Thailand,
    /// Any other country, by its two upper-case letters.
    Other(String),
}

/// A string is not an ISO 3166-1 alpha-2 code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a country code: use the two letters of ISO 3166-1 (MM Myanmar, KH Cambodia, LA Laos, VN Viet Nam, TH Thailand, …)")]
pub struct CountryParseError;

impl Country {
    /// The ISO 3166-1 alpha-2 code, e.g. `MM`.
    pub fn code(&self) -> &str {
        match self {
            Country::Myanmar => "MM",
            Country::Cambodia => "KH",
            Country::Laos => "LA",
            Country::VietNam => "VN",
            Country::Thailand => "TH",
            Country::Other(code) => code,
        }
    }
}

impl FromStr for Country {
    type Err = CountryParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let code = s.trim().to_ascii_uppercase();
        Ok(match code.as_str() {
            "MM" => Country::Myanmar,
            "KH" => Country::Cambodia,
            "LA" => Country::Laos,
            "VN" => Country::VietNam,
            "TH" => Country::Thailand,
            _ if super::countries::is_assigned(&code) => Country::Other(code),
            _ => return Err(CountryParseError),
        })
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// Stored records are read leniently: any two upper-case letters, so a code
/// accepted by an older version (or withdrawn from ISO 3166) never makes a
/// record unreadable. New input goes through [`FromStr`], which is strict.
impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(StoredCountry)
    }
}

/// Reads a stored country code without allocating for the named ones.
struct StoredCountry;

impl serde::de::Visitor<'_> for StoredCountry {
    type Value = Country;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a two-letter country code")
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Country, E> {
        match s {
            "MM" => Ok(Country::Myanmar),
            "KH" => Ok(Country::Cambodia),
            "LA" => Ok(Country::Laos),
            "VN" => Ok(Country::VietNam),
            "TH" => Ok(Country::Thailand),
            _ => match s.parse() {
                Ok(c) => Ok(c),
                Err(_) if s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase()) => {
                    Ok(Country::Other(s.to_owned()))
                }
                Err(e) => Err(E::custom(e)),
            },
        }
    }
}

/// The languages doctrack speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Language {
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

impl Language {
    /// Every supported language, English first.
    pub const ALL: [Language; 5] = [
        Language::En,
        Language::Th,
        Language::My,
        Language::Km,
        Language::Lo,
    ];

    /// The BCP 47 code (`en`, `th`, `my`, `km`, `lo`).
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Th => "th",
            Language::My => "my",
            Language::Km => "km",
            Language::Lo => "lo",
        }
    }
}

/// A string is not a supported language code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unsupported language: use one of en, th, my, km, lo")]
pub struct LanguageParseError;

impl FromStr for Language {
    type Err = LanguageParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s.trim()))
            .ok_or(LanguageParseError)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The group whose rules apply to a worker.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cohort {
    /// Recruited through a bilateral MOU (passport + visa + work permit).
    Mou,
    /// Registered under a Cabinet resolution ("pink card" groups). The id
    /// names the resolution, e.g. `2024-09-24` for the 24 Sep 2024 resolution;
    /// rule files use the same id (`cohort = "cr:2024-09-24"`).
    CabinetResolution(String),
    /// Not yet known: only rules for every cohort apply.
    Unknown,
}

/// A string is not a cohort.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a cohort: use \"mou\", \"unknown\" or \"cr:<resolution id>\" (letters, digits and dashes, e.g. cr:2024-09-24)")]
pub struct CohortParseError;

impl Cohort {
    /// The cohort as written in rule files and storage.
    pub fn code(&self) -> String {
        match self {
            Cohort::Mou => "mou".into(),
            Cohort::Unknown => "unknown".into(),
            Cohort::CabinetResolution(id) => format!("cr:{id}"),
        }
    }
}

/// Whether `id` is a usable resolution id: 1–64 of `a-z 0-9 -`.
pub fn is_resolution_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl FromStr for Cohort {
    type Err = CohortParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "mou" => Ok(Cohort::Mou),
            "unknown" => Ok(Cohort::Unknown),
            other => match other.strip_prefix("cr:") {
                Some(id) if is_resolution_id(id) => Ok(Cohort::CabinetResolution(id.into())),
                _ => Err(CohortParseError),
            },
        }
    }
}

impl fmt::Display for Cohort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}

impl Serialize for Cohort {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.code())
    }
}

impl<'de> Deserialize<'de> for Cohort {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A person whose documents are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Person {
    /// Random id.
    pub id: PersonId,
    /// The name the person wants to see (any script).
    pub display_name: String,
    /// Nationality.
    pub nationality: Country,
    /// The language doctrack speaks to this person.
    pub language: Language,
    /// Which rules apply to them.
    pub cohort: Cohort,
    /// Whether they work on fishing vessels (Seabook and Marine Department rules).
    pub works_on_fishing_vessel: bool,
    /// The province where they live or work (an id of the directory's
    /// provinces, e.g. `surat_thani`), to find help near them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
}

/// What is needed to register a person; validated by [`PersonDraft::validate`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PersonDraft {
    /// The name the person wants to see.
    pub display_name: String,
    /// Nationality.
    pub nationality: Country,
    /// Preferred language.
    pub language: Language,
    /// Cohort.
    pub cohort: Cohort,
    /// Whether they work on fishing vessels.
    pub works_on_fishing_vessel: bool,
    /// The province where they live or work (a directory province id).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub province: Option<String>,
}

impl PersonDraft {
    /// Checks the text fields and gives the person a new random id.
    pub fn validate(self) -> Result<Person, TextError> {
        Ok(Person {
            id: PersonId::new_random(),
            display_name: DISPLAY_NAME.check(&self.display_name)?,
            nationality: self.nationality,
            language: self.language,
            cohort: self.cohort,
            works_on_fishing_vessel: self.works_on_fishing_vessel,
            province: self
                .province
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty()),
        })
    }
}

/// A change to a person's details; `None` fields stay as they are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PersonUpdate {
    /// New display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub display_name: Option<String>,
    /// New nationality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub nationality: Option<Country>,
    /// New language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub language: Option<Language>,
    /// New cohort.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub cohort: Option<Cohort>,
    /// New fishing-vessel flag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub works_on_fishing_vessel: Option<bool>,
    /// New province (a directory province id; an empty text clears it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub province: Option<String>,
}

impl PersonUpdate {
    /// Validates the text fields of the update (trimming them).
    pub fn validated(mut self) -> Result<Self, TextError> {
        if let Some(name) = &self.display_name {
            self.display_name = Some(DISPLAY_NAME.check(name)?);
        }
        Ok(self)
    }

    /// Applies the update to `person`.
    pub fn apply_to(&self, person: &mut Person) {
        if let Some(v) = &self.display_name {
            person.display_name = v.clone();
        }
        if let Some(v) = &self.nationality {
            person.nationality = v.clone();
        }
        if let Some(v) = self.language {
            person.language = v;
        }
        if let Some(v) = &self.cohort {
            person.cohort = v.clone();
        }
        if let Some(v) = self.works_on_fishing_vessel {
            person.works_on_fishing_vessel = v;
        }
        if let Some(v) = &self.province {
            let v = v.trim();
            person.province = (!v.is_empty()).then(|| v.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries() {
        assert_eq!("mm".parse::<Country>().unwrap(), Country::Myanmar);
        assert_eq!(
            "PH".parse::<Country>().unwrap(),
            Country::Other("PH".into())
        );
        assert!("Myanmar".parse::<Country>().is_err());
        assert!("XX".parse::<Country>().is_err());
        assert!("M1".parse::<Country>().is_err());
    }

    #[test]
    fn cohorts_round_trip() {
        for s in ["mou", "unknown", "cr:2024-09-24"] {
            assert_eq!(s.parse::<Cohort>().unwrap().to_string(), s);
        }
        assert!("cr:".parse::<Cohort>().is_err());
        assert!("cr:Feb 2025".parse::<Cohort>().is_err());
    }

    #[test]
    fn languages() {
        assert_eq!("MY".parse::<Language>().unwrap(), Language::My);
        assert!("fr".parse::<Language>().is_err());
    }
}
