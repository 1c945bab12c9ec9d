//! The Fluent catalogs shipped with doctrack (`catalogs/<lang>.ftl`) and
//! their review states.
//!
//! A catalog states its review state in its first resource comment:
//!
//! ```text
//! ### review: draft
//! ```
//!
//! and one message may differ from it with a comment directly above it:
//!
//! ```text
//! # review: reviewed
//! status-valid = ...
//! ```
//!
//! `reviewed` means a native speaker checked the text; `draft` means nobody
//! has yet (machine help or a non-native writer). English is the source
//! text the others are translated from and is marked reviewed.

use crate::domain::Language;
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Whether a native speaker has reviewed a text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ReviewState {
    /// Draft: not yet reviewed by a native speaker. Ordered first, so the
    /// least reviewed part of a text is its minimum.
    Draft,
    /// Reviewed by a native speaker (or the English source text).
    Reviewed,
}

impl ReviewState {
    /// `reviewed` or `draft`, as written in catalogs and rule files.
    pub fn code(self) -> &'static str {
        match self {
            ReviewState::Reviewed => "reviewed",
            ReviewState::Draft => "draft",
        }
    }

    /// Parses `reviewed` or `draft`.
    pub fn parse(s: &str) -> Option<ReviewState> {
        match s.trim() {
            "reviewed" => Some(ReviewState::Reviewed),
            "draft" => Some(ReviewState::Draft),
            _ => None,
        }
    }

    /// The message id of the state's words for people
    /// (`review-draft`: "draft: not yet reviewed by a native speaker").
    pub fn message_id(self) -> &'static str {
        match self {
            ReviewState::Reviewed => "review-reviewed",
            ReviewState::Draft => "review-draft",
        }
    }
}

/// One parsed catalog.
pub(crate) struct Catalog {
    /// The parsed Fluent resource.
    pub(crate) resource: FluentResource,
    /// The catalog's own review state.
    pub(crate) review: ReviewState,
    /// Messages whose state differs from the catalog's.
    pub(crate) overrides: HashMap<String, ReviewState>,
    /// Who reviewed messages and when (`# reviewed-by: NAME, DATE` above a
    /// message, written by `doctrack messages import`), each once, sorted.
    pub(crate) reviewers: Vec<String>,
    /// Problems found while parsing (syntax errors, unknown review words);
    /// the catalog tests require none.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) problems: Vec<String>,
}

impl Catalog {
    /// The review state of message `id` in this catalog.
    pub(crate) fn review_of(&self, id: &str) -> ReviewState {
        self.overrides.get(id).copied().unwrap_or(self.review)
    }
}

/// A language's catalog as built into the library: `catalogs/<lang>.ftl`
/// zlib-compressed by `build.rs` (docs/adr/0022).
fn packed(language: Language) -> &'static [u8] {
    match language {
        Language::En => include_bytes!(concat!(env!("OUT_DIR"), "/catalogs/en.ftl.z")),
        Language::Th => include_bytes!(concat!(env!("OUT_DIR"), "/catalogs/th.ftl.z")),
        Language::My => include_bytes!(concat!(env!("OUT_DIR"), "/catalogs/my.ftl.z")),
        Language::Km => include_bytes!(concat!(env!("OUT_DIR"), "/catalogs/km.ftl.z")),
        Language::Lo => include_bytes!(concat!(env!("OUT_DIR"), "/catalogs/lo.ftl.z")),
    }
}

/// The source text of a language's catalog; `None` only if the copy built
/// into the library is damaged.
pub(crate) fn source(language: Language) -> Option<String> {
    let bytes = crate::deflated::inflate(packed(language))?;
    String::from_utf8(bytes).ok()
}

/// The review word in comment lines (`review: draft`), if any.
fn review_in(lines: &[&str], problems: &mut Vec<String>, what: &str) -> Option<ReviewState> {
    lines.iter().find_map(|line| {
        let word = line.trim().strip_prefix("review:")?;
        let state = ReviewState::parse(word);
        if state.is_none() {
            problems.push(format!(
                "{what}: review state \"{}\" is neither reviewed nor draft",
                word.trim()
            ));
        }
        state
    })
}

/// Parses a catalog's text.
pub(crate) fn parse(text: &str) -> Catalog {
    let mut problems = Vec::new();
    // A catalog that does not parse fully still gives its good messages; the
    // catalog tests make sure every shipped catalog parses cleanly.
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(r) => r,
        Err((r, errors)) => {
            problems.extend(errors.iter().map(|e| format!("syntax: {e:?}")));
            r
        }
    };
    // The runtime resource drops comments; read them from the full syntax tree.
    let full = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut review = None;
    let mut overrides = HashMap::new();
    let mut reviewers = std::collections::BTreeSet::new();
    let mut note_reviewers = |lines: &[&str]| {
        for line in lines {
            if let Some(who) = line.trim().strip_prefix("reviewed-by:") {
                reviewers.insert(who.trim().to_string());
            }
        }
    };
    for entry in &full.body {
        match entry {
            ast::Entry::ResourceComment(c) if review.is_none() => {
                review = review_in(&c.content, &mut problems, "catalog");
                note_reviewers(&c.content);
            }
            ast::Entry::Message(m) => {
                if let Some(c) = &m.comment {
                    note_reviewers(&c.content);
                    if let Some(state) = review_in(&c.content, &mut problems, m.id.name) {
                        overrides.insert(m.id.name.to_string(), state);
                    }
                }
            }
            _ => {}
        }
    }
    if review.is_none() {
        problems.push("the catalog does not state its review state (### review: …)".into());
    }
    Catalog {
        resource,
        // Unstated means nobody vouched for it.
        review: review.unwrap_or(ReviewState::Draft),
        overrides,
        reviewers: reviewers.into_iter().collect(),
        problems,
    }
}

/// The parsed catalog of `language`, parsed once.
pub(crate) fn catalog(language: Language) -> &'static Catalog {
    static CATALOGS: [OnceLock<Catalog>; 5] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    CATALOGS[index].get_or_init(|| match source(language) {
        Some(text) => parse(&text),
        // Messages then fall back to English (or to their ids); the catalog
        // tests read every built-in catalog, so a build never ships this.
        None => {
            let mut c = parse("### review: draft\n");
            c.problems
                .push("the catalog built into the library is damaged".into());
            c
        }
    })
}

/// What an app may show about a language's catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CatalogInfo {
    /// The language.
    pub language: Language,
    /// The catalog's review state.
    pub review: ReviewState,
    /// How many messages it has.
    pub messages: u32,
    /// How many of them are drafts.
    pub drafts: u32,
    /// The review state in the language's own words ("draft: not yet
    /// reviewed by a native speaker"), for a banner.
    pub review_text: String,
    /// Who reviewed messages of it and when ("NGO team, 2026-12-06"), as
    /// `doctrack messages import` records them; empty while nobody has.
    pub reviewed_by: Vec<String>,
}

/// The review state and size of a language's catalog.
pub fn catalog_info(language: Language) -> CatalogInfo {
    let c = catalog(language);
    let ids: Vec<&str> = c
        .resource
        .entries()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m.id.name),
            _ => None,
        })
        .collect();
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    CatalogInfo {
        language,
        review: c.review,
        messages: count(ids.len()),
        drafts: count(
            ids.iter()
                .filter(|id| c.review_of(id) == ReviewState::Draft)
                .count(),
        ),
        review_text: super::Localizer::shared(language).text(c.review.message_id(), &[]),
        reviewed_by: c.reviewers.clone(),
    }
}

/// The variables (`$name`) a pattern uses, in any variant of any selector.
#[cfg(test)]
pub(crate) fn variables<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    fn expression<'s>(e: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => inline(i, out),
        }
    }
    fn inline<'s>(e: &ast::InlineExpression<&'s str>, out: &mut Vec<&'s str>) {
        match e {
            ast::InlineExpression::VariableReference { id } => out.push(id.name),
            ast::InlineExpression::Placeable { expression: inner } => expression(inner, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            _ => {}
        }
    }
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression: e } = element {
            expression(e, out);
        }
    }
}

/// Every message of a catalog (and each attribute as `id.attr`) with the
/// sorted, deduplicated variables it uses.
#[cfg(test)]
pub(crate) fn placeholders(c: &Catalog) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let full = match fluent_syntax::parser::parse(c.resource.source()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    for entry in &full.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let mut vars = Vec::new();
        if let Some(v) = &m.value {
            variables(v, &mut vars);
        }
        out.push((m.id.name.to_string(), sorted(vars)));
        for a in &m.attributes {
            let mut vars = Vec::new();
            variables(&a.value, &mut vars);
            out.push((format!("{}.{}", m.id.name, a.id.name), sorted(vars)));
        }
    }
    out
}

#[cfg(test)]
fn sorted(vars: Vec<&str>) -> Vec<String> {
    let mut v: Vec<String> = vars.into_iter().map(String::from).collect();
    v.sort();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_states_are_read_from_comments() {
        let c = parse(
            "### review: draft\n\n## group\n\na = A\n# review: reviewed\nb = B\n# a note\nc = { $x }\n",
        );
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        assert_eq!(c.review, ReviewState::Draft);
        assert_eq!(c.review_of("a"), ReviewState::Draft);
        assert_eq!(c.review_of("b"), ReviewState::Reviewed);
        assert_eq!(c.review_of("c"), ReviewState::Draft);
        let reviewed = parse("### review: reviewed\na = A\n# review: draft\nb = B\n");
        assert_eq!(reviewed.review_of("a"), ReviewState::Reviewed);
        assert_eq!(reviewed.review_of("b"), ReviewState::Draft);
    }

    #[test]
    fn reviewers_are_read_from_comments_each_once() {
        let c = parse(
            "### review: draft\n# review: reviewed\n# reviewed-by: NGO team, 2026-12-06\na = A\n# review: reviewed\n# reviewed-by: NGO team, 2026-12-06\nb = B\nc = C\n",
        );
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        assert_eq!(c.reviewers, vec!["NGO team, 2026-12-06".to_string()]);
        assert_eq!(c.review_of("b"), ReviewState::Reviewed);
        assert!(parse("### review: draft\na = A\n").reviewers.is_empty());
    }

    #[test]
    fn an_unstated_or_unknown_state_is_a_draft_and_a_problem() {
        let c = parse("a = A\n");
        assert_eq!(c.review, ReviewState::Draft);
        assert_eq!(c.problems.len(), 1);
        let c = parse("### review: checked\na = A\n");
        assert_eq!(c.review, ReviewState::Draft);
        assert!(c.problems[0].contains("checked"), "{:?}", c.problems);
    }

    #[test]
    fn placeholders_cover_selectors_and_variants() {
        let c = parse(
            "### review: draft\nm = { $n ->\n    [one] { $n } day\n   *[other] { $n } days in { $place }\n}\nk = K\n    .inline = { $x }\n",
        );
        assert_eq!(
            placeholders(&c),
            vec![
                ("m".to_string(), vec!["n".to_string(), "place".to_string()]),
                ("k".to_string(), vec![]),
                ("k.inline".to_string(), vec!["x".to_string()]),
            ]
        );
    }
}
