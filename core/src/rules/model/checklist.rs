//! Checklists: what to bring for a renewal or a step of a route, and who
//! supplies each item (the worker, the employer, an embassy, an office).
//! Rule files name items by document kind or by a closed list of things;
//! both vocabularies are words of the catalogs.

use crate::domain::DocumentKind;
use crate::messages::{AsTerm, Term, TermGroup};
use serde::{Deserialize, Serialize};

/// Who supplies an item, or who acts in a step of a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Supplier {
    /// The worker.
    Worker,
    /// The employer.
    Employer,
    /// The worker's embassy or its service point.
    Embassy,
    /// A Thai employment office (Department of Employment).
    EmploymentOffice,
    /// Thai immigration.
    Immigration,
    /// A hospital or clinic (health check).
    Hospital,
    /// An insurer (health insurance).
    Insurer,
    /// A district office (Department of Provincial Administration).
    DistrictOffice,
}

impl Supplier {
    /// Every supplier.
    pub const ALL: [Supplier; 8] = [
        Supplier::Worker,
        Supplier::Employer,
        Supplier::Embassy,
        Supplier::EmploymentOffice,
        Supplier::Immigration,
        Supplier::Hospital,
        Supplier::Insurer,
        Supplier::DistrictOffice,
    ];

    /// The snake_case name, as rule files write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Supplier::Worker => "worker",
            Supplier::Employer => "employer",
            Supplier::Embassy => "embassy",
            Supplier::EmploymentOffice => "employment_office",
            Supplier::Immigration => "immigration",
            Supplier::Hospital => "hospital",
            Supplier::Insurer => "insurer",
            Supplier::DistrictOffice => "district_office",
        }
    }
}

impl AsTerm for Supplier {
    fn term(&self) -> Term {
        Term::new(TermGroup::Supplier, self.as_str())
    }
}

/// A checklist item that is not a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Thing {
    /// Photos of the worker.
    Photos,
    /// The fee (in cash or as the office asks).
    Fee,
    /// The application form.
    ApplicationForm,
    /// Fingerprints and photo taken at the office.
    Biometrics,
    /// The employer's name-list submission (or its receipt).
    NameList,
    /// The renewal receipt and fee slip.
    Receipt,
    /// The Myanmar income-tax receipt.
    TaxReceipt,
    /// A power of attorney for someone filing for the worker.
    PowerOfAttorney,
    /// Social-security documents.
    SocialSecurity,
}

impl Thing {
    /// Every thing.
    pub const ALL: [Thing; 9] = [
        Thing::Photos,
        Thing::Fee,
        Thing::ApplicationForm,
        Thing::Biometrics,
        Thing::NameList,
        Thing::Receipt,
        Thing::TaxReceipt,
        Thing::PowerOfAttorney,
        Thing::SocialSecurity,
    ];

    /// The snake_case name, as rule files write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Thing::Photos => "photos",
            Thing::Fee => "fee",
            Thing::ApplicationForm => "application_form",
            Thing::Biometrics => "biometrics",
            Thing::NameList => "name_list",
            Thing::Receipt => "receipt",
            Thing::TaxReceipt => "tax_receipt",
            Thing::PowerOfAttorney => "power_of_attorney",
            Thing::SocialSecurity => "social_security",
        }
    }
}

impl AsTerm for Thing {
    fn term(&self) -> Term {
        Term::new(TermGroup::Thing, self.as_str())
    }
}

/// What an item is: a document (any one of some kinds) or a thing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ItemWhat {
    /// A document: any one of these kinds.
    Document {
        /// The kinds.
        kinds: Vec<DocumentKind>,
    },
    /// Something that is not a document.
    Thing {
        /// Which.
        thing: Thing,
    },
}

/// One item of a checklist, as the rules write it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChecklistItem {
    /// Id, unique within its checklist (ticks are kept by it).
    pub id: String,
    /// What it is.
    pub what: ItemWhat,
    /// Who supplies it.
    pub supplier: Supplier,
    /// An ended document of its kinds counts too (the old passport is what
    /// the embassy asks for).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ended_ok: bool,
}

impl ChecklistItem {
    /// The document kinds that satisfy it (none for a thing).
    pub fn kinds(&self) -> &[DocumentKind] {
        match &self.what {
            ItemWhat::Document { kinds } => kinds,
            ItemWhat::Thing { .. } => &[],
        }
    }
}
