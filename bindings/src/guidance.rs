//! A rule's name and guidance in the person's language, with the review
//! state of the translation (`DoctrackStore.ruleGuidance`). A draft comes
//! with the text it was drawn from, so the app can show both.

use crate::rules::RuleGuidance;
use crate::vocabulary::Language;
use doctrack_core::rules::model as core;

/// The text a draft was translated from.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GuidanceSource {
    /// Its language (English or Thai).
    pub language: Language,
    /// Short name.
    pub name: String,
    /// What to bring, where to go.
    pub guidance: String,
}

impl From<core::RuleGuidance> for RuleGuidance {
    fn from(g: core::RuleGuidance) -> Self {
        RuleGuidance {
            rule_id: g.rule,
            name: g.name,
            guidance: g.guidance,
            language: g.language.into(),
            review: g.review.into(),
            english_fallback: g.english_fallback,
            drawn_from: g.drawn_from.map(|s| GuidanceSource {
                language: s.language.into(),
                name: s.name,
                guidance: s.guidance,
            }),
        }
    }
}
