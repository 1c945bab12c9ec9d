//! Validated rules, ready for the evaluator: what a rule applies to
//! (`applies`), what it says (`effect`), and the rule and rule set
//! themselves (here).

mod applies;
mod checklist;
mod effect;
mod guidance;
mod route;
mod vocab;

pub use super::source::Source;

pub use applies::{Applies, Condition};
pub use checklist::{ChecklistItem, ItemWhat, Supplier, Thing};
pub use effect::{
    prerequisite_key, Effect, Fee, Fine, Prerequisite, Recurring, Renewable, Slot, Upstream,
    Waiver, WaiverPeriod,
};
pub use guidance::{text_coverage, GuidanceSource, RuleGuidance, TextCoverage};
pub use route::{Audience, Need, Opening, Route, RouteStep, SituationKind, Window};
pub use vocab::{Confidence, FeeWhen, FineFrom, OnLeavingEmployer, Status, WaiverWhile};

use super::calendar::Calendar;
use super::diagnostics::Location;
use crate::domain::Language;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Text for people in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", content = "text", rename_all = "snake_case")]
pub enum RuleText {
    /// Translated.
    Present {
        /// Short name.
        name: String,
        /// What to bring, where to go.
        guidance: String,
        /// Whether a native speaker reviewed it.
        review: crate::messages::ReviewState,
        /// The language it was translated from (none for English, the source).
        from: Option<Language>,
    },
    /// Marked as deliberately absent.
    Missing {
        /// Why.
        why: String,
    },
}

/// A validated rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    /// Unique id.
    pub id: String,
    /// One line for maintainers.
    pub title: String,
    /// Legal status.
    pub status: Status,
    /// First day it applies.
    pub effective_from: NaiveDate,
    /// Last day it applies (as written).
    pub effective_to: Option<NaiveDate>,
    /// First day it no longer applies because it was suspended.
    pub suspended_from: Option<NaiveDate>,
    /// Rules it replaces.
    pub supersedes: Vec<String>,
    /// Rules it wins over.
    pub overrides: Vec<String>,
    /// How sure we are.
    pub confidence: Confidence,
    /// Why maintainers chose the value (settings).
    pub rationale: Option<String>,
    /// Maintainers' notes.
    pub notes: Option<String>,
    /// Sources (shared with every reason that cites the rule).
    pub sources: std::sync::Arc<Vec<Source>>,
    /// What it applies to.
    pub applies: Applies,
    /// What it says.
    pub effect: Effect,
    /// It does not apply when this holds.
    pub unless: Option<Condition>,
    /// Texts for people.
    pub texts: BTreeMap<Language, RuleText>,
    /// Where it is written.
    pub location: Location,
    /// The first day a later rule replaces it (computed from `supersedes`).
    pub superseded_from: Option<NaiveDate>,
}

impl Rule {
    /// The last day the rule applies, all things considered, or `None` if open-ended.
    pub fn last_day(&self) -> Option<NaiveDate> {
        let before = |d: Option<NaiveDate>| d.and_then(|d| d.pred_opt());
        let earlier = |a: Option<NaiveDate>, b: Option<NaiveDate>| match (a, b) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        earlier(
            earlier(self.effective_to, before(self.suspended_from)),
            before(self.superseded_from),
        )
    }

    /// Whether the rule is in force on `date`. Proposed rules never are; a
    /// rule suspended or superseded later still applies to earlier dates.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.status != Status::Proposed
            && date >= self.effective_from
            && self.last_day().is_none_or(|last| date <= last)
    }

    /// Whether the rule's and `other`'s periods in force share a day.
    pub fn period_overlaps(&self, other: &Rule) -> bool {
        if self.status == Status::Proposed || other.status == Status::Proposed {
            return false;
        }
        let start = self.effective_from.max(other.effective_from);
        match applies::min_opt(self.last_day(), other.last_day()) {
            Some(end) => start <= end,
            None => true,
        }
    }

    /// The text in `language`, falling back to English.
    pub fn text(&self, language: Language) -> Option<(&str, &str)> {
        text_in(&self.texts, language)
    }
}

/// The name and guidance of `texts` in `language`, falling back to English.
pub fn text_in(texts: &BTreeMap<Language, RuleText>, language: Language) -> Option<(&str, &str)> {
    [language, Language::En]
        .into_iter()
        .find_map(|l| match texts.get(&l) {
            Some(RuleText::Present { name, guidance, .. }) => {
                Some((name.as_str(), guidance.as_str()))
            }
            _ => None,
        })
}

/// A loaded, validated set of rules.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleSet {
    rules: Vec<Rule>,
    index: HashMap<String, usize>,
    /// For each document kind, the rules whose case names it, in rule
    /// order (the evaluator looks only at these for a document). A list:
    /// a set names a few dozen kinds at most.
    by_kind: Vec<(crate::domain::DocumentKind, Vec<usize>)>,
    /// The slots each rule fills, computed once.
    slots: Vec<Vec<Slot>>,
    /// `beats[w][l]`: rule `w` wins over rule `l` through `overrides` (transitively).
    beats: Vec<Vec<bool>>,
    /// Office working days: holidays and closures from the set's holiday files.
    calendar: Calendar,
    /// Routes back to a document or to legal status, most direct first.
    routes: Vec<Route>,
    /// What someone of a cohort needs to hold.
    needs: Vec<Need>,
    /// The directory of help.
    directory: std::sync::Arc<crate::rules::directory::Directory>,
}

impl RuleSet {
    /// Builds a set from validated rules (ids must be unique).
    pub(crate) fn from_rules(rules: Vec<Rule>) -> Self {
        let index: HashMap<String, usize> = rules
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        let mut by_kind: Vec<(crate::domain::DocumentKind, Vec<usize>)> = Vec::new();
        for (i, rule) in rules.iter().enumerate() {
            for kind in &rule.applies.kinds {
                let at = match by_kind.iter().position(|(k, _)| k == kind) {
                    Some(at) => at,
                    None => {
                        by_kind.push((kind.clone(), Vec::new()));
                        by_kind.len() - 1
                    }
                };
                if let Some((_, list)) = by_kind.get_mut(at) {
                    // A kind named twice in one rule lists the rule once.
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
        }
        let slots = rules.iter().map(|r| r.effect.slots()).collect();
        let by_id: HashMap<&str, &Rule> = rules.iter().map(|r| (r.id.as_str(), r)).collect();
        let beats = rules
            .iter()
            .map(|w| {
                rules
                    .iter()
                    .map(|l| w.id != l.id && overrides(&by_id, w, &l.id))
                    .collect()
            })
            .collect();
        RuleSet {
            rules,
            index,
            by_kind,
            slots,
            beats,
            calendar: Calendar::default(),
            routes: Vec::new(),
            needs: Vec::new(),
            directory: Default::default(),
        }
    }

    /// The same rules with these routes (sorted most direct first) and needs.
    pub(crate) fn with_routes(mut self, mut routes: Vec<Route>, needs: Vec<Need>) -> Self {
        routes.sort_by(|a, b| a.order.cmp(&b.order).then_with(|| a.id.cmp(&b.id)));
        self.routes = routes;
        self.needs = needs;
        self
    }

    /// The same rules with this directory of help.
    pub(crate) fn with_directory(mut self, directory: crate::rules::directory::Directory) -> Self {
        self.directory = std::sync::Arc::new(directory);
        self
    }

    /// Routes back to a document or to legal status, most direct first.
    pub fn routes(&self) -> &[Route] {
        &self.routes
    }

    /// A route by id.
    pub fn route(&self, id: &str) -> Option<&Route> {
        self.routes.iter().find(|r| r.id == id)
    }

    /// What someone of a cohort needs to hold.
    pub fn needs(&self) -> &[Need] {
        &self.needs
    }

    /// The directory of help.
    pub fn directory(&self) -> &crate::rules::directory::Directory {
        &self.directory
    }

    /// The same rules with this calendar of office working days.
    pub(crate) fn with_calendar(mut self, calendar: Calendar) -> Self {
        self.calendar = calendar;
        self
    }

    /// Office working days: the holidays and closures of the set.
    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    /// The slots rule `i` fills.
    pub(crate) fn slots_of(&self, i: usize) -> &[Slot] {
        &self.slots[i]
    }

    /// Whether rule `winner` takes precedence over rule `loser`.
    pub(crate) fn beats(&self, winner: usize, loser: usize) -> bool {
        self.beats[winner][loser]
    }

    /// All rules, in file order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The rules whose case names `kind`, as indexes into
    /// [`RuleSet::rules`] in rule order: the only ones that can apply to
    /// a document of that kind.
    pub fn rules_naming(&self, kind: &crate::domain::DocumentKind) -> &[usize] {
        self.by_kind
            .iter()
            .find(|(k, _)| k == kind)
            .map_or(&[], |(_, list)| list.as_slice())
    }

    /// A rule by id.
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.index.get(id).map(|&i| &self.rules[i])
    }

    /// Number of rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// Whether there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

/// Whether `winner` takes precedence over `loser` through `overrides`,
/// directly or through a chain.
pub(crate) fn overrides(rules_by_id: &HashMap<&str, &Rule>, winner: &Rule, loser: &str) -> bool {
    let mut stack: Vec<&str> = winner.overrides.iter().map(String::as_str).collect();
    let mut seen = BTreeSet::new();
    while let Some(id) = stack.pop() {
        if id == loser {
            return true;
        }
        if seen.insert(id) {
            if let Some(r) = rules_by_id.get(id) {
                stack.extend(r.overrides.iter().map(String::as_str));
            }
        }
    }
    false
}
