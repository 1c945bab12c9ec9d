//! Renewal rules as versioned, sourced data: the file format, the loader and
//! validator, the evaluator ("as of" a date), compiled rule sets, rule
//! packs, and the offline directory of help that is carried and signed
//! with them ([`directory`]); what to do next is [`crate::plan`]. No I/O:
//! files come in as text, nothing is read from disk here (only a new pack
//! signing key draws random bytes).
//!
//! Reading rule files (TOML) — `schema`, `loader`, `embedded`,
//! `text_numbers` — needs the `rule-files` feature (maintainers' tools);
//! apps read compiled rules ([`compiled`], [`pack`]). Scenario files, which
//! test the rules and the plan together, are [`crate::scenario`].

pub mod calendar;
mod checks;
pub mod compiled;
pub mod diagnostics;
pub mod directory;
#[cfg(feature = "rule-files")]
pub mod embedded;
pub mod evaluate;
#[cfg(feature = "rule-files")]
pub mod loader;
pub mod model;
pub mod pack;
#[cfg(feature = "rule-files")]
pub mod schema;
pub mod set_meta;
mod source;
#[cfg(feature = "rule-files")]
pub mod text_numbers;

pub use diagnostics::{Diagnostic, Location, Severity};
pub use evaluate::{
    evaluate, Basis, Blocker, DateKind, DocumentStatus, Evaluation, KeyDate, Reason, TimeStatus,
};
#[cfg(feature = "rule-files")]
pub use loader::{load, LoadReport, RuleFile};
pub use model::{Rule, RuleSet};
pub use set_meta::{LibraryVersion, SetMeta};
