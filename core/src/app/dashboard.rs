//! The dashboard: every document's status for a date, the renewal plan,
//! and the records that could not be read — computed in one place.

use super::RulesInfo;
use crate::domain::dates::Span;
use crate::domain::{Document, DocumentId, Person, PersonId};
use crate::plan::{plan_steps, Step};
use crate::rules::{evaluate, Evaluation, RuleSet};
use crate::store::{Snapshot, Unreadable};
use chrono::NaiveDate;

/// How far ahead the plan looks for renewal windows that open.
pub const PLAN_HORIZON: Span = Span::Months(6);

/// What a person needs to see for one date.
#[derive(Debug, Clone)]
pub struct Dashboard {
    /// The date evaluated.
    pub as_of: NaiveDate,
    /// The people (not archived).
    pub people: Vec<Person>,
    /// Their documents, as currently recorded.
    pub documents: Vec<Document>,
    /// Every document's status, most urgent first, with reasons.
    pub evaluation: Evaluation,
    /// What to do, in order.
    pub plan: Vec<Step>,
    /// Records that could not be read (and are not shown).
    pub unreadable: Vec<Unreadable>,
    /// The rules that produced it.
    pub rules: RulesInfo,
    /// The rule set itself (for the texts of the rules a step cites).
    pub rule_set: std::sync::Arc<RuleSet>,
}

impl Dashboard {
    /// Evaluates a snapshot and plans; pure.
    pub fn compute(
        snapshot: Snapshot,
        rules: &std::sync::Arc<RuleSet>,
        info: RulesInfo,
        as_of: NaiveDate,
    ) -> Dashboard {
        let evaluation = evaluate(
            &snapshot.people,
            &snapshot.documents,
            &snapshot.events,
            rules,
            as_of,
        );
        let plan = plan_steps(&evaluation, PLAN_HORIZON);
        Dashboard {
            as_of,
            people: snapshot.people,
            documents: snapshot.documents,
            evaluation,
            plan,
            unreadable: snapshot.unreadable,
            rules: info,
            rule_set: rules.clone(),
        }
    }

    /// A person by id.
    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// A rule's name and guidance ("what to bring, where to go") in
    /// `language`, falling back to English; `None` if it has no text.
    pub fn guidance(
        &self,
        rule_id: &str,
        language: crate::domain::Language,
    ) -> Option<(&str, &str)> {
        self.rule_set.get(rule_id)?.text(language)
    }

    /// A document by id.
    pub fn document(&self, id: DocumentId) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }
}
