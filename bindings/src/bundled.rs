//! The rules built into the library: `rules/th` compiled by `build.rs`
//! into the form rule packs carry, read once per process.

use doctrack_core::app::{known_cohorts, AppConfig, AppError, BundledRules};
use doctrack_core::domain::Cohort;
use std::sync::OnceLock;

/// The compiled bundled rules, zlib-compressed (see `build.rs`).
static BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundled-rules.json.z"));

/// The bundled rules, read once per process.
pub(crate) fn bundled() -> Result<BundledRules, AppError> {
    static READ: OnceLock<Result<BundledRules, AppError>> = OnceLock::new();
    READ.get_or_init(|| BundledRules::from_compiled(BUNDLE))
        .clone()
}

/// How every store of this library is opened: the bundled rules, no pack
/// trusted until the app calls `configureRulePacks`.
pub(crate) fn app_config() -> Result<AppConfig, AppError> {
    Ok(AppConfig::new(bundled()?))
}

/// The cohorts the bundled rules know (`mou`, `unknown`, `cr:…`), for a
/// person form.
#[uniffi::export]
pub fn bundled_cohorts() -> Result<Vec<Cohort>, AppError> {
    Ok(known_cohorts(bundled()?.rules()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_rules_read_and_match_the_rule_files() {
        let bundled = bundled().expect("the compiled bundle reads");
        let embedded = BundledRules::embedded().expect("rules/th loads");
        // The same rules, without the maintainers' notes (see CompiledRules::of).
        let expected = doctrack_core::rules::compiled::CompiledRules::of(embedded.rules());
        assert_eq!(bundled.rules().rules(), expected.rules.as_slice());
        assert_eq!(bundled.rules().calendar(), embedded.rules().calendar());
        assert_eq!(bundled.meta(), embedded.meta());
        assert!(bundled_cohorts().unwrap().contains(&Cohort::Mou));
    }
}
