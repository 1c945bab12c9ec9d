//! What the directory holds: provinces, services and their contacts, and
//! the problems a service helps with. Closed vocabularies are words of the
//! catalogs (`problem-…`, `service-kind-…`).

use crate::messages::{AsTerm, Term, TermGroup};
use crate::rules::model::{Confidence, Source};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A problem a service helps with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum HelpTopic {
    /// Documents and renewals.
    Documents,
    /// Job loss and job change.
    JobChange,
    /// Wages, contracts and labour complaints.
    Wages,
    /// Documents held by an employer, a broker or someone else.
    DocumentsHeld,
    /// Exploitation and trafficking.
    Trafficking,
    /// Arrest and detention.
    Arrest,
    /// Health, injury and compensation.
    Health,
}

impl HelpTopic {
    /// Every problem.
    pub const ALL: [HelpTopic; 7] = [
        HelpTopic::Documents,
        HelpTopic::JobChange,
        HelpTopic::Wages,
        HelpTopic::DocumentsHeld,
        HelpTopic::Trafficking,
        HelpTopic::Arrest,
        HelpTopic::Health,
    ];

    /// The snake_case name, as files write it.
    pub fn as_str(self) -> &'static str {
        match self {
            HelpTopic::Documents => "documents",
            HelpTopic::JobChange => "job_change",
            HelpTopic::Wages => "wages",
            HelpTopic::DocumentsHeld => "documents_held",
            HelpTopic::Trafficking => "trafficking",
            HelpTopic::Arrest => "arrest",
            HelpTopic::Health => "health",
        }
    }

    /// Parses the snake_case name.
    pub fn parse(s: &str) -> Option<HelpTopic> {
        HelpTopic::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// Problems close enough that a service for them is the next best
    /// help: keeping a worker's documents is a labour-rights violation and
    /// an indicator of forced labour (ILO), so unions and anti-trafficking
    /// services come next for documents held.
    pub fn related(self) -> &'static [HelpTopic] {
        match self {
            HelpTopic::DocumentsHeld => &[HelpTopic::Trafficking, HelpTopic::Wages],
            HelpTopic::JobChange => &[HelpTopic::Documents],
            HelpTopic::Documents => &[HelpTopic::JobChange],
            HelpTopic::Arrest => &[HelpTopic::Trafficking],
            HelpTopic::Wages | HelpTopic::Trafficking | HelpTopic::Health => &[],
        }
    }
}

impl AsTerm for HelpTopic {
    fn term(&self) -> Term {
        Term::new(TermGroup::HelpTopic, self.as_str())
    }
}

/// What kind of service it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ServiceKind {
    /// A telephone hotline.
    Hotline,
    /// A non-governmental organisation.
    Ngo,
    /// Legal aid.
    LegalAid,
    /// A union or workers' network.
    Union,
    /// A Thai labour or employment office.
    LabourOffice,
    /// A Thai immigration office.
    ImmigrationOffice,
    /// An embassy or consular service point.
    Embassy,
    /// A shelter.
    Shelter,
    /// A health service.
    Health,
    /// The police.
    Police,
    /// A radio programme for migrants.
    Radio,
}

impl ServiceKind {
    /// Every kind.
    pub const ALL: [ServiceKind; 11] = [
        ServiceKind::Hotline,
        ServiceKind::Ngo,
        ServiceKind::LegalAid,
        ServiceKind::Union,
        ServiceKind::LabourOffice,
        ServiceKind::ImmigrationOffice,
        ServiceKind::Embassy,
        ServiceKind::Shelter,
        ServiceKind::Health,
        ServiceKind::Police,
        ServiceKind::Radio,
    ];

    /// The snake_case name, as files write it.
    pub fn as_str(self) -> &'static str {
        match self {
            ServiceKind::Hotline => "hotline",
            ServiceKind::Ngo => "ngo",
            ServiceKind::LegalAid => "legal_aid",
            ServiceKind::Union => "union",
            ServiceKind::LabourOffice => "labour_office",
            ServiceKind::ImmigrationOffice => "immigration_office",
            ServiceKind::Embassy => "embassy",
            ServiceKind::Shelter => "shelter",
            ServiceKind::Health => "health",
            ServiceKind::Police => "police",
            ServiceKind::Radio => "radio",
        }
    }
}

impl AsTerm for ServiceKind {
    fn term(&self) -> Term {
        Term::new(TermGroup::ServiceKind, self.as_str())
    }
}

/// How to reach a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ContactKind {
    /// A telephone number (dial it as written).
    Phone,
    /// A LINE id.
    Line,
    /// A web address.
    Web,
    /// An e-mail address.
    Email,
    /// A Facebook page.
    Facebook,
    /// A radio frequency.
    Radio,
}

impl ContactKind {
    /// Every kind.
    pub const ALL: [ContactKind; 6] = [
        ContactKind::Phone,
        ContactKind::Line,
        ContactKind::Web,
        ContactKind::Email,
        ContactKind::Facebook,
        ContactKind::Radio,
    ];

    /// The snake_case name, as files write it.
    pub fn as_str(self) -> &'static str {
        match self {
            ContactKind::Phone => "phone",
            ContactKind::Line => "line",
            ContactKind::Web => "web",
            ContactKind::Email => "email",
            ContactKind::Facebook => "facebook",
            ContactKind::Radio => "radio",
        }
    }
}

/// One way to reach a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Contact {
    /// Phone, LINE, web, …
    pub kind: ContactKind,
    /// The number, id or address, as written.
    pub value: String,
    /// What it is for ("Khmer line", "press 5 for complaints"), in English.
    pub label: Option<String>,
    /// How sure the sources are of it.
    pub confidence: Confidence,
}

/// Whether a service is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ServiceStatus {
    /// Shown to people.
    Active,
    /// Kept for maintainers only (unconfirmed, a single weak source).
    Withheld,
}

/// A province of Thailand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Province {
    /// Id (`surat_thani`).
    pub id: String,
    /// Official number (1–77).
    pub number: u32,
    /// English name.
    pub en: String,
    /// Thai name.
    pub th: String,
    /// Other spellings in common use.
    pub variants: Vec<String>,
}

impl Province {
    /// Whether `text` names this province: its id, English or Thai name,
    /// or a variant, ignoring case, spaces, dashes and underscores.
    pub fn is_named(&self, text: &str) -> bool {
        let key = fold(text);
        [&self.id, &self.en, &self.th]
            .into_iter()
            .chain(self.variants.iter())
            .any(|n| fold(n) == key)
    }
}

/// Lower-case letters and digits only (Thai letters kept).
fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_' | '.' | '\''))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A service's name in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LocalName {
    /// Language code (`en`, `th`, `my`, …).
    pub language: String,
    /// The name.
    pub name: String,
}

/// A service that helps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Service {
    /// Id (`doe-hotline-1694`).
    pub id: String,
    /// Shown or withheld.
    pub status: ServiceStatus,
    /// What it is.
    pub kind: ServiceKind,
    /// Names by language (English always first; others when a source
    /// gives them).
    pub names: Vec<LocalName>,
    /// What it helps with (only what a source says).
    pub helps_with: Vec<HelpTopic>,
    /// Province ids it serves; empty: the whole country.
    pub provinces: Vec<String>,
    /// Languages it speaks (ISO 639 codes), when a source says.
    pub languages: Vec<String>,
    /// How to reach it.
    pub contacts: Vec<Contact>,
    /// Where it is, as the sources give it.
    pub address: Option<String>,
    /// Opening hours, as the sources give them.
    pub hours: Option<String>,
    /// Notes for people (English).
    pub notes: Option<String>,
    /// How sure the sources are.
    pub confidence: Confidence,
    /// When maintainers last checked it.
    pub verified: NaiveDate,
    /// Where the facts come from.
    pub sources: Vec<Source>,
    /// The organisation's public sharing key (`x25519:…`), when it gave
    /// one: workers can then share documents sealed for it alone
    /// (docs/adr/0027).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub share_key: Option<String>,
}

impl Service {
    /// The name in `language` (a code such as `my`), falling back to English.
    pub fn name(&self, language: &str) -> &str {
        let named = |l: &str| self.names.iter().find(|n| n.language == l);
        named(language)
            .or_else(|| named("en"))
            .map_or(self.id.as_str(), |n| n.name.as_str())
    }

    /// Whether it serves the whole country.
    pub fn is_national(&self) -> bool {
        self.provinces.is_empty()
    }
}

/// The directory: provinces and services.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Directory {
    /// The provinces (all 77 when the directory is loaded from files).
    pub provinces: Vec<Province>,
    /// Every service, shown or withheld.
    pub services: Vec<Service>,
    /// Entries verified longer ago than this are stale (`rules check`
    /// warns; a maintainers' limit from `services.toml`).
    #[serde(default)]
    pub stale_after: Option<crate::domain::dates::Span>,
}

impl Directory {
    /// Whether there is nothing in it.
    pub fn is_empty(&self) -> bool {
        self.provinces.is_empty() && self.services.is_empty()
    }

    /// The services shown to people.
    pub fn active(&self) -> impl Iterator<Item = &Service> {
        self.services
            .iter()
            .filter(|s| s.status == ServiceStatus::Active)
    }

    /// A service by id.
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// The province `text` names (id, English or Thai name, a variant).
    pub fn province(&self, text: &str) -> Option<&Province> {
        self.provinces.iter().find(|p| p.is_named(text))
    }

    /// What is wrong with a directory that did not come from checked files
    /// (a rule pack): duplicate ids, provinces it does not list, entries
    /// without a source or a problem.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut ids = std::collections::HashSet::new();
        for s in &self.services {
            if !ids.insert(s.id.as_str()) {
                out.push(format!("directory entry \"{}\" is listed twice", s.id));
            }
            if s.sources.is_empty() {
                out.push(format!("directory entry \"{}\" has no source", s.id));
            }
            for p in &s.provinces {
                if !self.provinces.iter().any(|x| &x.id == p) {
                    out.push(format!(
                        "directory entry \"{}\" serves an unknown province \"{p}\"",
                        s.id
                    ));
                }
            }
        }
        out
    }
}
