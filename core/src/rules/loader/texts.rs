//! The review state of a rule's texts: `review = "draft"` or `"reviewed"`
//! and, for a draft, `from = "en"` or `"th"`, the text it was translated
//! from. Unstated, English (the source text) is reviewed and every other
//! language is a draft: nothing counts as reviewed unless a maintainer says
//! a native speaker reviewed it.

use super::RuleContext;
use crate::domain::Language;
use crate::messages::ReviewState;
use crate::rules::diagnostics::closest;
use crate::rules::model::RuleText;
use crate::rules::schema::RawText;
use serde_spanned::Spanned;

/// The texts of a rule, route or step as written: language code to text.
pub(super) type TextTable = Spanned<BTreeMap<String, Spanned<RawText>>>;
use std::collections::BTreeMap;

impl RuleContext<'_, '_> {
    /// The review state of one text and the language it was drawn from.
    pub(super) fn text_review(
        &mut self,
        language: Language,
        t: &RawText,
    ) -> (ReviewState, Option<Language>) {
        let review = match &t.review {
            None if language == Language::En => ReviewState::Reviewed,
            None => ReviewState::Draft,
            Some(word) => match ReviewState::parse(word.get_ref()) {
                Some(state) => state,
                None => {
                    let hint = closest(word.get_ref(), ["draft", "reviewed"])
                        .map(|c| format!(", did you mean \"{c}\"?"))
                        .unwrap_or_default();
                    self.error(
                        &word.span(),
                        format!(
                            "review is \"draft\" (not yet reviewed by a native speaker) or \"reviewed\", not \"{}\"{hint}",
                            word.get_ref()
                        ),
                    );
                    ReviewState::Draft
                }
            },
        };
        let from = match &t.from {
            None if language == Language::En => None,
            None => Some(Language::En),
            Some(code) => match code.get_ref().parse::<Language>() {
                Ok(_) if language == Language::En => {
                    self.error(
                        &code.span(),
                        "English is the source text: it is not drawn from another language",
                    );
                    None
                }
                Ok(l) if l == language => {
                    self.error(&code.span(), "a text cannot be drawn from itself");
                    None
                }
                Ok(l) => Some(l),
                Err(_) => {
                    self.error(
                        &code.span(),
                        format!(
                            "from names the language the text was translated from: en or th, not \"{}\"",
                            code.get_ref()
                        ),
                    );
                    None
                }
            },
        };
        (review, from)
    }

    /// A draft's source text must be there (and translated) in the same rule.
    pub(super) fn check_draft_sources(
        &mut self,
        table: Option<&TextTable>,
        what: &str,
        texts: &BTreeMap<Language, RuleText>,
    ) {
        let Some(table) = table else { return };
        for (code, text) in table.get_ref() {
            let Ok(language) = code.parse::<Language>() else {
                continue;
            };
            let Some(RuleText::Present {
                from: Some(from), ..
            }) = texts.get(&language)
            else {
                continue;
            };
            if !matches!(texts.get(from), Some(RuleText::Present { .. })) {
                let span = text
                    .get_ref()
                    .from
                    .as_ref()
                    .map_or_else(|| text.span(), |f| f.span());
                self.error(
                    &span,
                    format!(
                        "the {code} text is drawn from {from}, but this {what} has no {from} text to show beside the draft"
                    ),
                );
            }
        }
    }
}
