//! The default Thai rule set, embedded at build time from `rules/th/`.

use super::loader::{load, LoadReport, RuleFile};

mod files {
    include!(concat!(env!("OUT_DIR"), "/embedded_rules.rs"));
}

/// The embedded rule files.
pub fn files() -> Vec<RuleFile> {
    files::FILES
        .iter()
        .map(|(name, text)| RuleFile {
            name: (*name).to_string(),
            text: (*text).to_string(),
        })
        .collect()
}

/// Loads the embedded default rule set. A test checks it loads without errors.
pub fn load_default() -> LoadReport {
    load(&files())
}
