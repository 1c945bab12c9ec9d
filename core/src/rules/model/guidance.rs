//! A rule's name and guidance for people, in their language, with the
//! review state of the translation and — for a draft — the text it was
//! drawn from, so an app can show both.

use super::{Rule, RuleText};
use crate::domain::Language;
use crate::messages::ReviewState;
use serde::Serialize;
use std::collections::BTreeMap;

/// The text a draft was translated from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GuidanceSource {
    /// Its language (English or Thai).
    pub language: Language,
    /// Short name.
    pub name: String,
    /// What to bring, where to go.
    pub guidance: String,
}

/// A rule's text for people in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RuleGuidance {
    /// The rule.
    pub rule: String,
    /// The language of `name` and `guidance` (English when the language
    /// asked for has no text).
    pub language: Language,
    /// Short name.
    pub name: String,
    /// What to bring, where to go.
    pub guidance: String,
    /// Whether a native speaker reviewed it.
    pub review: ReviewState,
    /// The language asked for has no text (missing or not yet written):
    /// this is the English text.
    pub english_fallback: bool,
    /// For a draft: the text it was drawn from.
    pub drawn_from: Option<GuidanceSource>,
}

impl Rule {
    /// The rule's name and guidance in `language`, falling back to English.
    /// A draft comes with the text it was drawn from.
    pub fn guidance(&self, language: Language) -> Option<RuleGuidance> {
        guidance_of(&self.id, &self.texts, language)
    }
}

impl super::RuleSet {
    /// The name and guidance of a rule, a route, or a route's step
    /// (`<route id>/<step id>`) in `language`, falling back to English.
    pub fn guidance(&self, id: &str, language: Language) -> Option<RuleGuidance> {
        if let Some(rule) = self.get(id) {
            return rule.guidance(language);
        }
        if let Some(route) = self.route(id) {
            return guidance_of(id, &route.texts, language);
        }
        let (route, step) = id.split_once('/')?;
        let step = self.route(route)?.step(step)?;
        guidance_of(id, &step.texts, language)
    }
}

/// The text of `texts` in `language` (or English), with its review state
/// and, for a draft, the text it was drawn from.
fn guidance_of(
    id: &str,
    texts: &BTreeMap<Language, RuleText>,
    language: Language,
) -> Option<RuleGuidance> {
    let present = |l: Language| match texts.get(&l) {
        Some(RuleText::Present {
            name,
            guidance,
            review,
            from,
        }) => Some((name, guidance, *review, *from)),
        _ => None,
    };
    let (shown, (name, guidance, review, from)) = match present(language) {
        Some(t) => (language, t),
        None => (Language::En, present(Language::En)?),
    };
    let drawn_from = match (review, from) {
        (ReviewState::Draft, Some(source)) => {
            present(source).map(|(name, guidance, _, _)| GuidanceSource {
                language: source,
                name: name.clone(),
                guidance: guidance.clone(),
            })
        }
        _ => None,
    };
    Some(RuleGuidance {
        rule: id.to_string(),
        language: shown,
        name: name.clone(),
        guidance: guidance.clone(),
        review,
        english_fallback: shown != language,
        drawn_from,
    })
}

/// Which rules have a reviewed text, a draft, or none in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextCoverage {
    /// The language.
    pub language: Language,
    /// Rules whose text a native speaker reviewed.
    pub reviewed: Vec<String>,
    /// Rules whose text is a draft.
    pub drafts: Vec<String>,
    /// Rules with no text (marked `missing`, or not written): people see English.
    pub missing: Vec<String>,
}

/// The texts of `rules` per language, English first.
pub fn text_coverage(rules: &super::RuleSet) -> Vec<TextCoverage> {
    Language::ALL
        .into_iter()
        .map(|language| {
            let mut c = TextCoverage {
                language,
                reviewed: Vec::new(),
                drafts: Vec::new(),
                missing: Vec::new(),
            };
            let texts = rules
                .rules()
                .iter()
                .map(|r| (r.id.clone(), &r.texts))
                .chain(rules.routes().iter().flat_map(|route| {
                    std::iter::once((route.id.clone(), &route.texts)).chain(
                        route
                            .steps
                            .iter()
                            .map(move |s| (format!("{}/{}", route.id, s.id), &s.texts)),
                    )
                }));
            for (id, t) in texts {
                match t.get(&language) {
                    Some(RuleText::Present {
                        review: ReviewState::Reviewed,
                        ..
                    }) => c.reviewed.push(id),
                    Some(RuleText::Present { .. }) => c.drafts.push(id),
                    _ => c.missing.push(id),
                }
            }
            c
        })
        .collect()
}
