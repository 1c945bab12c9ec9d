//! Routes back to a document or to legal status, and what a person of a
//! cohort needs to hold. Both are maintainers' data beside the rules
//! (`[[route]]`, `[[need]]`), with sources, confidence and texts.

use super::{ChecklistItem, Confidence, Fee, RuleText, Source, Status, Supplier};
use crate::domain::{Cohort, Country, DocumentKind, Language, Person};
use crate::messages::{AsTerm, Term, TermGroup};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Where a person stands, judged from what is recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SituationKind {
    /// Every document that gives legal status is in order.
    InStatus,
    /// A document that gives legal status ends soon or must be acted on.
    EndingSoon,
    /// A document that gave legal status ended (and is not being renewed).
    OutOfStatus,
    /// Nothing is recorded for the person.
    NothingRecorded,
    /// Not enough is known (no document that gives status, or an unknown
    /// cohort with documents that depend on it).
    Unknown,
}

impl SituationKind {
    /// Every situation.
    pub const ALL: [SituationKind; 5] = [
        SituationKind::InStatus,
        SituationKind::EndingSoon,
        SituationKind::OutOfStatus,
        SituationKind::NothingRecorded,
        SituationKind::Unknown,
    ];

    /// The snake_case name, as rule files write it.
    pub fn as_str(self) -> &'static str {
        match self {
            SituationKind::InStatus => "in_status",
            SituationKind::EndingSoon => "ending_soon",
            SituationKind::OutOfStatus => "out_of_status",
            SituationKind::NothingRecorded => "nothing_recorded",
            SituationKind::Unknown => "unknown",
        }
    }

    /// Parses the snake_case name.
    pub fn parse(s: &str) -> Option<SituationKind> {
        SituationKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl AsTerm for SituationKind {
    fn term(&self) -> Term {
        Term::new(TermGroup::Situation, self.as_str())
    }
}

/// Who a route or a need is for. Every field that is set must match.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    /// Starting situations (routes only; empty for needs).
    pub situations: Vec<SituationKind>,
    /// Nationalities; `None` means all.
    pub nationalities: Option<Vec<Country>>,
    /// Cohorts; `None` means all (`Cohort::Unknown` may be named).
    pub cohorts: Option<Vec<Cohort>>,
    /// Only fishers or only others.
    pub fishers: Option<bool>,
    /// The person holds no current document of any of these kinds.
    pub lacking: Vec<DocumentKind>,
}

impl Audience {
    /// Whether the person fits, leaving out the cohort when `cohort_known`
    /// is false (an unknown cohort is then a question, not a mismatch).
    pub fn fits(&self, person: &Person, cohort_known: bool) -> bool {
        let nationality = self
            .nationalities
            .as_ref()
            .is_none_or(|n| n.contains(&person.nationality));
        let cohort = !cohort_known
            || self
                .cohorts
                .as_ref()
                .is_none_or(|c| c.contains(&person.cohort));
        let fisher = self
            .fishers
            .is_none_or(|f| f == person.works_on_fishing_vessel);
        nationality && cohort && fisher
    }
}

/// A period in which applications are taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    /// First day.
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// Only for these nationalities (`None`: everyone the route is for).
    pub nationalities: Option<Vec<Country>>,
}

/// One step of a route, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RouteStep {
    /// Id, unique within the route.
    pub id: String,
    /// Who acts.
    pub by: Supplier,
    /// Official fees of the step.
    pub fees: Vec<Fee>,
    /// What to bring.
    pub checklist: Vec<ChecklistItem>,
    /// Texts for people.
    pub texts: BTreeMap<Language, RuleText>,
}

/// A way back to a document or to legal status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Route {
    /// Unique id (among rules and routes).
    pub id: String,
    /// One line for maintainers.
    pub title: String,
    /// Legal status.
    pub status: Status,
    /// How sure we are.
    pub confidence: Confidence,
    /// First day the route exists.
    pub effective_from: NaiveDate,
    /// Last day it exists.
    pub effective_to: Option<NaiveDate>,
    /// What the person holds at its end.
    pub gives: Vec<DocumentKind>,
    /// Most direct first: lower comes first.
    pub order: u32,
    /// Who it is for.
    pub audience: Audience,
    /// When applications are taken (none: while it exists).
    pub windows: Vec<Window>,
    /// The steps, in order.
    pub steps: Vec<RouteStep>,
    /// Where the facts come from.
    pub sources: Arc<Vec<Source>>,
    /// Texts for people.
    pub texts: BTreeMap<Language, RuleText>,
}

/// When a route takes applications from a person, seen from a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// Open now, until this day (`None`: no end known).
    Open(Option<NaiveDate>),
    /// Opens on this day.
    Opens(NaiveDate),
    /// Closed for good (as far as the rules know).
    Closed,
}

impl Route {
    /// Whether the route exists on `date`. Proposed routes never do.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.status != Status::Proposed
            && date >= self.effective_from
            && self.effective_to.is_none_or(|to| date <= to)
    }

    /// Whether it is only advice: its facts rest on a low-confidence
    /// source or on maintainers' choice.
    pub fn advisory(&self) -> bool {
        matches!(self.confidence, Confidence::Low | Confidence::Setting)
    }

    /// When it takes applications from someone of `nationality`, seen
    /// from `date`.
    pub fn opening(&self, nationality: &Country, date: NaiveDate) -> Opening {
        // A route the rules already know but that starts later is
        // announced with its first day (a rule set only holds what was
        // decided when it was built).
        if self.status == Status::Proposed || self.effective_to.is_some_and(|to| date > to) {
            return Opening::Closed;
        }
        let windows: Vec<&Window> = self
            .windows
            .iter()
            .filter(|w| {
                w.nationalities
                    .as_ref()
                    .is_none_or(|n| n.contains(nationality))
            })
            .collect();
        if self.windows.is_empty() {
            return if date >= self.effective_from {
                Opening::Open(self.effective_to)
            } else {
                Opening::Opens(self.effective_from)
            };
        }
        if let Some(w) = windows.iter().find(|w| w.from <= date && date <= w.to) {
            return Opening::Open(Some(w.to));
        }
        match windows
            .iter()
            .filter(|w| w.from > date)
            .map(|w| w.from)
            .min()
        {
            Some(next) => Opening::Opens(next),
            None => Opening::Closed,
        }
    }

    /// A step by id.
    pub fn step(&self, id: &str) -> Option<&RouteStep> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// The name and guidance in `language`, falling back to English.
    pub fn text(&self, language: Language) -> Option<(&str, &str)> {
        super::text_in(&self.texts, language)
    }
}

impl RouteStep {
    /// The name and guidance in `language`, falling back to English.
    pub fn text(&self, language: Language) -> Option<(&str, &str)> {
        super::text_in(&self.texts, language)
    }
}

/// What someone of a cohort (nationality, work) needs to hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Need {
    /// Unique id (among rules, routes and needs).
    pub id: String,
    /// One line for maintainers.
    pub title: String,
    /// Legal status.
    pub status: Status,
    /// How sure we are.
    pub confidence: Confidence,
    /// First day it applies.
    pub effective_from: NaiveDate,
    /// Last day it applies.
    pub effective_to: Option<NaiveDate>,
    /// Who it is for.
    pub audience: Audience,
    /// The documents: each entry is any one of its kinds.
    pub documents: Vec<Vec<DocumentKind>>,
    /// Where the facts come from.
    pub sources: Arc<Vec<Source>>,
}

impl Need {
    /// Whether it applies on `date`.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.status != Status::Proposed
            && date >= self.effective_from
            && self.effective_to.is_none_or(|to| date <= to)
    }
}
