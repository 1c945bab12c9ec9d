//! `[[route]]`, `[[need]]` and checklist items as written in rule files.

use super::{KindRef, RawFee, RawSource, RawText, TomlDate};
use crate::rules::model::{Confidence, Status};
use serde::Deserialize;
use serde_spanned::Spanned;
use std::collections::BTreeMap;

/// One checklist item: `kinds` (a document) or `thing`, and who supplies it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChecklistItem {
    /// Id, unique within the checklist.
    pub id: Spanned<String>,
    /// A document: any one of these kinds.
    #[serde(default)]
    pub kinds: Option<Vec<Spanned<KindRef>>>,
    /// Something that is not a document (`photos`, `fee`, …).
    #[serde(default)]
    pub thing: Option<Spanned<String>>,
    /// Who supplies it (`worker`, `employer`, …).
    pub supplier: Spanned<String>,
    /// An ended document of its kinds counts too (the old one is asked for).
    #[serde(default)]
    pub ended_ok: Option<bool>,
}

/// `[route.for]` / `[need.for]`: who it is for.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAudience {
    /// Starting situations (routes).
    #[serde(default)]
    pub situations: Vec<Spanned<String>>,
    /// Nationalities (ISO alpha-2).
    #[serde(default)]
    pub nationalities: Option<Vec<Spanned<String>>>,
    /// Cohorts (`mou`, `unknown`, `cr:<resolution id>`).
    #[serde(default)]
    pub cohorts: Option<Vec<Spanned<String>>>,
    /// Only fishers (`true`) or only others (`false`).
    #[serde(default)]
    pub fishers: Option<bool>,
    /// The person holds no current document of any of these kinds.
    #[serde(default)]
    pub lacking: Vec<Spanned<KindRef>>,
}

/// `[[route.window]]`: when applications are taken.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWindow {
    /// First day.
    pub from: Spanned<TomlDate>,
    /// Last day.
    pub to: Spanned<TomlDate>,
    /// Only for these nationalities.
    #[serde(default)]
    pub nationalities: Option<Vec<Spanned<String>>>,
}

/// `[[route.step]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRouteStep {
    /// Id, unique within the route.
    pub id: Spanned<String>,
    /// Who acts.
    pub by: Spanned<String>,
    /// Official fees.
    #[serde(default)]
    pub fees: Vec<Spanned<RawFee>>,
    /// What to bring.
    #[serde(default)]
    pub item: Vec<Spanned<RawChecklistItem>>,
    /// Texts for people.
    #[serde(default)]
    pub text: Option<Spanned<BTreeMap<String, Spanned<RawText>>>>,
}

/// `[[route]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRoute {
    /// Unique id.
    pub id: Spanned<String>,
    /// One line for maintainers.
    pub title: String,
    /// Legal status.
    pub status: Spanned<Status>,
    /// How sure we are.
    pub confidence: Spanned<Confidence>,
    /// First day the route exists.
    pub effective_from: Spanned<TomlDate>,
    /// Last day it exists.
    #[serde(default)]
    pub effective_to: Option<Spanned<TomlDate>>,
    /// What the person holds at the end.
    pub gives: Spanned<Vec<Spanned<KindRef>>>,
    /// Most direct first (lower first; default 100).
    #[serde(default)]
    pub order: Option<u32>,
    /// Why maintainers chose what they did.
    #[serde(default)]
    pub rationale: Option<String>,
    /// Maintainers' notes.
    #[serde(default)]
    pub notes: Option<String>,
    /// Who it is for.
    #[serde(rename = "for")]
    pub audience: Spanned<RawAudience>,
    /// When applications are taken.
    #[serde(default)]
    pub window: Vec<Spanned<RawWindow>>,
    /// Where the facts come from.
    pub sources: Spanned<Vec<RawSource>>,
    /// The steps, in order.
    #[serde(default)]
    pub step: Vec<Spanned<RawRouteStep>>,
    /// Texts for people.
    #[serde(default)]
    pub text: Option<Spanned<BTreeMap<String, Spanned<RawText>>>>,
}

/// `[[need.document]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNeedDocument {
    /// Any one of these kinds.
    pub kinds: Vec<Spanned<KindRef>>,
}

/// `[[need]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNeed {
    /// Unique id.
    pub id: Spanned<String>,
    /// One line for maintainers.
    pub title: String,
    /// Legal status.
    pub status: Spanned<Status>,
    /// How sure we are.
    pub confidence: Spanned<Confidence>,
    /// First day it applies.
    pub effective_from: Spanned<TomlDate>,
    /// Last day it applies.
    #[serde(default)]
    pub effective_to: Option<Spanned<TomlDate>>,
    /// Maintainers' notes.
    #[serde(default)]
    pub notes: Option<String>,
    /// Why maintainers chose what they did.
    #[serde(default)]
    pub rationale: Option<String>,
    /// Who it is for (everyone when absent).
    #[serde(rename = "for", default)]
    pub audience: Option<Spanned<RawAudience>>,
    /// The documents.
    pub document: Vec<Spanned<RawNeedDocument>>,
    /// Where the facts come from.
    pub sources: Spanned<Vec<RawSource>>,
}
