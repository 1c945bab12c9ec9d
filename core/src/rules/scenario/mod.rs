//! Scenario files: people, documents and events on a timeline, and what the
//! rules must say about them on given dates. Maintainers write them in
//! `rules/tests/`; `doctrack rules test` runs them. The format is documented
//! in `rules/README.md`.

mod compare;
mod events;
mod raw;

pub use compare::blocker_names;

use super::diagnostics::{humanise_serde_message, Diagnostic, SourceMap};
use super::evaluate::{evaluate, DateKind, Evaluation, TimeStatus};
use super::model::RuleSet;
use crate::domain::{
    Cohort, Country, Document, DocumentEvent, DocumentId, Language, Ledger, Link, Person,
    PersonDraft, PersonId,
};
use chrono::NaiveDate;
use raw::{owned, RawEvent, RawExpectOwned, RawScenario};
use serde_spanned::Spanned;
use std::collections::HashMap;
use std::fmt::Write as _;

/// A loaded scenario: the people, documents and events, with the names
/// used in the file.
#[derive(Debug, Clone)]
pub struct Scenario {
    /// File name.
    pub file: String,
    /// What it tests.
    pub description: String,
    /// The default evaluation date (`as_of` at the top, else the first check's).
    pub as_of: Option<NaiveDate>,
    /// People.
    pub people: Vec<Person>,
    /// Documents (current details).
    pub documents: Vec<Document>,
    /// Document events, in log order.
    pub events: Vec<DocumentEvent>,
    /// Names of documents in the file, by id.
    pub names: HashMap<DocumentId, String>,
    /// Names of people in the file, by id.
    pub person_names: HashMap<PersonId, String>,
    checks: Vec<Check>,
}

#[derive(Debug, Clone)]
struct Check {
    as_of: NaiveDate,
    expects: Vec<(String, RawExpectOwned)>,
}

/// The outcome of one scenario.
#[derive(Debug, Clone)]
pub struct ScenarioResult {
    /// File name.
    pub file: String,
    /// What it tests.
    pub description: String,
    /// How many checks (dates) and expectations it had.
    pub expectations: usize,
    /// One readable diff per failed expectation.
    pub failures: Vec<String>,
}

pub(super) fn date_kind_by_name(name: &str) -> Option<DateKind> {
    DateKind::ALL.into_iter().find(|k| k.as_str() == name)
}

impl Scenario {
    /// The dates the scenario checks.
    pub fn check_dates(&self) -> Vec<NaiveDate> {
        self.checks.iter().map(|c| c.as_of).collect()
    }

    /// Parses a scenario file and replays its timeline through the
    /// lifecycle state machine. Errors come with file:line:column.
    pub fn parse(file: &str, text: &str) -> Result<Scenario, Vec<Diagnostic>> {
        let map = SourceMap::new(file, text);
        let raw: RawScenario = toml::from_str(text).map_err(|e| {
            vec![map.error(
                &e.span().unwrap_or(0..0),
                humanise_serde_message(e.message()),
            )]
        })?;
        let mut errors = Vec::new();
        let mut ledger = Ledger::new();
        let epoch = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap_or_default();
        let mut people: HashMap<String, PersonId> = HashMap::new();
        let mut person_names = HashMap::new();
        for p in &raw.person {
            let rp = p.get_ref();
            let parsed = (
                rp.nationality.parse::<Country>().map_err(|e| e.to_string()),
                rp.cohort.parse::<Cohort>().map_err(|e| e.to_string()),
                rp.language
                    .as_deref()
                    .unwrap_or("en")
                    .parse::<Language>()
                    .map_err(|e| e.to_string()),
            );
            let (nationality, cohort, language) = match parsed {
                (Ok(n), Ok(c), Ok(l)) => (n, c, l),
                (n, c, l) => {
                    for e in [n.err(), c.err(), l.err()].into_iter().flatten() {
                        errors.push(map.error(&p.span(), e));
                    }
                    continue;
                }
            };
            let draft = PersonDraft {
                display_name: format!("Scenario person {}", rp.id),
                nationality,
                language,
                cohort,
                works_on_fishing_vessel: rp.fisher,
            };
            match ledger.register_person(draft, epoch) {
                Ok(id) => {
                    if people.insert(rp.id.clone(), id).is_some() {
                        errors.push(
                            map.error(&p.span(), format!("person id \"{}\" is used twice", rp.id)),
                        );
                    }
                    person_names.insert(id, rp.id.clone());
                }
                Err(e) => errors.push(map.error(&p.span(), e.to_string())),
            }
        }
        // Documents recorded by a renewal approval or replacement event.
        let successors: HashMap<&str, usize> = raw
            .event
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.get_ref().successor.as_deref().map(|s| (s, i)))
            .collect();
        let mut doc_ids: HashMap<String, DocumentId> = HashMap::new();
        for d in &raw.document {
            doc_ids.insert(d.get_ref().id.clone(), DocumentId::new_random());
        }
        if doc_ids.len() != raw.document.len() {
            errors.push(map.error(&(0..0), "two documents share an id"));
        }
        let mut built: HashMap<String, (Document, NaiveDate, std::ops::Range<usize>)> =
            HashMap::new();
        for d in &raw.document {
            let rd = d.get_ref();
            let Some(&holder) = people.get(&rd.holder) else {
                errors.push(map.error(
                    &d.span(),
                    format!("holder \"{}\" is not a [[person]] of this file", rd.holder),
                ));
                continue;
            };
            let mut links = Vec::new();
            for l in &rd.links {
                match doc_ids.get(&l.to) {
                    Some(t) => links.push(Link {
                        kind: l.kind,
                        target: *t,
                    }),
                    None => errors.push(map.error(
                        &d.span(),
                        format!(
                            "link to \"{}\", which is not a [[document]] of this file",
                            l.to
                        ),
                    )),
                }
            }
            let kind = rd.kind.0.clone();
            let country = match rd.country.as_deref().map(str::parse::<Country>) {
                Some(Ok(c)) => c,
                Some(Err(e)) => {
                    errors.push(map.error(&d.span(), e.to_string()));
                    continue;
                }
                None => Country::Thailand,
            };
            let doc = Document {
                id: doc_ids[&rd.id],
                holder,
                number: rd.number.clone().unwrap_or_else(|| {
                    if kind.is_recurring_obligation() {
                        String::new()
                    } else {
                        format!("SAMPLE-{}", rd.id)
                    }
                }),
                kind,
                issuing_country: country,
                issuing_authority: None,
                issued_on: rd.issued.map(|t| t.0),
                expires_on: rd.expires.map(|t| t.0),
                employer: rd.employer.clone(),
                links,
                notes: String::new(),
            };
            let recorded = rd.recorded.map(|t| t.0).or(doc.issued_on).unwrap_or(epoch);
            built.insert(rd.id.clone(), (doc, recorded, d.span()));
        }
        // Timeline: recordings and events in date order (recordings first on a day).
        enum Step<'s> {
            Record(&'s str),
            Event(&'s Spanned<RawEvent>),
        }
        let mut steps: Vec<(NaiveDate, u8, usize, Step)> = Vec::new();
        for (i, d) in raw.document.iter().enumerate() {
            let id = d.get_ref().id.as_str();
            if !successors.contains_key(id) {
                if let Some((_, recorded, _)) = built.get(id) {
                    steps.push((*recorded, 0, i, Step::Record(id)));
                }
            }
        }
        for (i, e) in raw.event.iter().enumerate() {
            steps.push((e.get_ref().on.0, 1, i, Step::Event(e)));
        }
        steps.sort_by_key(|(d, order, i, _)| (*d, *order, *i));
        for (_, _, _, step) in steps {
            match step {
                Step::Record(id) => {
                    if let Some((doc, recorded, span)) = built.get(id) {
                        if let Err(e) = ledger.record_document(doc.clone(), *recorded) {
                            errors.push(
                                map.error(
                                    span,
                                    format!("document \"{id}\" cannot be recorded: {e}"),
                                ),
                            );
                        }
                    }
                }
                Step::Event(e) => {
                    if let Err(msg) =
                        events::apply_event(&mut ledger, e.get_ref(), &doc_ids, &built)
                    {
                        errors.push(map.error(&e.span(), msg));
                    }
                }
            }
        }
        let mut checks = Vec::new();
        for c in &raw.check {
            let rc = c.get_ref();
            let mut expects = Vec::new();
            for e in &rc.expect {
                let re = e.get_ref();
                if !doc_ids.contains_key(&re.document) {
                    errors.push(map.error(&e.span(), format!("expect names document \"{}\", which is not a [[document]] of this file", re.document)));
                    continue;
                }
                if let Some(s) = &re.status {
                    if TimeStatus::parse(s).is_none() {
                        errors.push(map.error(&e.span(), format!("unknown status \"{s}\": expected valid, window_open, due_soon, blocked, in_grace, expired or not_applicable")));
                    }
                }
                for a in &re.absent {
                    if date_kind_by_name(a).is_none() {
                        errors.push(map.error(
                            &e.span(),
                            format!("absent names \"{a}\", which is not a date name"),
                        ));
                    }
                }
                let mut want = owned(re);
                if let Some(name) = &re.ended_by {
                    match doc_ids.get(name) {
                        Some(id) => want.ended_by = Some(*id),
                        None => errors.push(map.error(&e.span(), format!("ended_by names \"{name}\", which is not a [[document]] of this file"))),
                    }
                }
                expects.push((re.document.clone(), want));
            }
            if expects.is_empty() {
                errors
                    .push(map.error(&c.span(), "a [[check]] needs at least one [[check.expect]]"));
            }
            checks.push(Check {
                as_of: rc.as_of.0,
                expects,
            });
        }
        if checks.is_empty() {
            errors.push(map.error(&(0..0), "a scenario needs at least one [[check]]"));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let names = doc_ids.iter().map(|(n, id)| (*id, n.clone())).collect();
        let events: Vec<DocumentEvent> = ledger.document_events();
        Ok(Scenario {
            file: file.to_string(),
            description: raw.description,
            as_of: raw.as_of.map(|d| d.0).or(checks.first().map(|c| c.as_of)),
            people: ledger.people().values().map(|p| p.person.clone()).collect(),
            documents: ledger
                .documents()
                .values()
                .map(|r| r.document.clone())
                .collect(),
            events,
            names,
            person_names,
            checks,
        })
    }

    /// Evaluates the scenario on `as_of`.
    pub fn evaluate(&self, rules: &RuleSet, as_of: NaiveDate) -> Evaluation {
        evaluate(&self.people, &self.documents, &self.events, rules, as_of)
    }

    /// The name a document has in the file.
    pub fn name(&self, id: DocumentId) -> &str {
        self.names.get(&id).map(String::as_str).unwrap_or("?")
    }

    /// Runs every check and compares with the expectations.
    pub fn run(&self, rules: &RuleSet) -> ScenarioResult {
        let mut failures = Vec::new();
        let mut count = 0;
        for check in &self.checks {
            let eval = self.evaluate(rules, check.as_of);
            for (name, expect) in &check.expects {
                count += 1;
                let id = self
                    .names
                    .iter()
                    .find(|(_, n)| *n == name)
                    .map(|(id, _)| *id);
                let status = id.and_then(|id| eval.get(id));
                let diffs = match status {
                    Some(st) => compare::compare(expect, st, self),
                    None => vec![(
                        "document".into(),
                        "evaluated".into(),
                        "left out of the evaluation (not recorded yet, or its holder is missing)"
                            .into(),
                    )],
                };
                if !diffs.is_empty() {
                    let mut text = format!("  on {} — document \"{name}\":\n", check.as_of);
                    for (field, want, got) in diffs {
                        let _ = writeln!(
                            text,
                            "    {field}:\n      - expected: {want}\n      + actual:   {got}"
                        );
                    }
                    if let Some(st) = status {
                        let _ = writeln!(text, "    (actual: {})", compare::summary(st));
                    }
                    failures.push(text);
                }
            }
        }
        ScenarioResult {
            file: self.file.clone(),
            description: self.description.clone(),
            expectations: count,
            failures,
        }
    }
}
