//! The offline directory of help: services a migrant worker can turn to
//! (hotlines, NGOs and legal aid, unions, labour and immigration offices,
//! embassies, shelters, health), the provinces they serve, and how to rank
//! them for a person and a problem.
//!
//! Maintainers keep it beside the rules (`rules/th/directory/`), with a
//! source and a verified date for every entry; it is compiled and signed
//! with the rules. Entries withheld by maintainers (an unconfirmed number,
//! a single weak source) are never shown.
//!
//! - [`model`]: provinces, services, contacts, problems;
//! - [`help`]: which one to three entries to name for a person and a problem;
//! - `load` (with `rule-files`): the TOML files and their checks.

pub mod help;
#[cfg(feature = "rule-files")]
pub mod load;
pub mod model;

pub use help::{help_for, HelpMatch, HELP_NAMED};
pub use model::{
    Contact, ContactKind, Directory, HelpTopic, LocalName, Province, Service, ServiceKind,
    ServiceStatus,
};
