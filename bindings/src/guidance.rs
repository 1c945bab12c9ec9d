//! A rule's name and guidance in the person's language. Reasons name their
//! rule (`Basis.Rule`); an app shows what the rule says with
//! `ruleGuidance`. A draft translation comes with the text it was drawn
//! from, so the app can show both.

use crate::store::DoctrackStore;
use crate::vocabulary::{Language, ReviewState};
use crate::ApiError;
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

/// A rule's text for people.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RuleGuidance {
    /// The rule id.
    pub rule: String,
    /// The language of `name` and `guidance` (English when the language
    /// asked for has no text yet).
    pub language: Language,
    /// Short name.
    pub name: String,
    /// What to bring, where to go.
    pub guidance: String,
    /// `Draft` until a native speaker reviews the translation: show it as such.
    pub review: ReviewState,
    /// The language asked for has no text: this is English.
    pub english_fallback: bool,
    /// For a draft: the text it was drawn from, to show beside it.
    pub drawn_from: Option<GuidanceSource>,
}

impl From<core::RuleGuidance> for RuleGuidance {
    fn from(g: core::RuleGuidance) -> Self {
        RuleGuidance {
            rule: g.rule,
            language: g.language.into(),
            name: g.name,
            guidance: g.guidance,
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

#[uniffi::export]
impl DoctrackStore {
    /// What rule `rule_id` (of the rules in use) says, in `language`; none
    /// for a rule id the rules in use lack.
    pub async fn rule_guidance(
        &self,
        rule_id: String,
        language: Language,
    ) -> Result<Option<RuleGuidance>, ApiError> {
        self.with_app(move |app| Ok(app.rule_guidance(&rule_id, language.into()).map(Into::into)))
            .await
    }
}
