//! Renewal rules as versioned, sourced data: the file format, the loader and
//! validator, the evaluator ("as of" a date), rule packs and scenario
//! tests; what to do next is [`crate::plan`]. Pure: files come in as
//! text, nothing is read from disk here.

pub mod calendar;
pub mod diagnostics;
pub mod embedded;
pub mod evaluate;
pub mod loader;
pub mod model;
pub mod pack;
pub mod scenario;
pub mod schema;
pub mod set_meta;
pub mod text_numbers;

pub use diagnostics::{Diagnostic, Location, Severity};
pub use evaluate::{
    evaluate, Basis, Blocker, DateKind, DocumentStatus, Evaluation, KeyDate, Reason, TimeStatus,
};
pub use loader::{load, LoadReport, RuleFile};
pub use model::{Rule, RuleSet};
pub use scenario::{Scenario, ScenarioResult};
pub use set_meta::{LibraryVersion, SetMeta};
