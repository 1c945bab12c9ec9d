//! Scenario files: people, documents and events on a timeline, and what the
//! rules must say about them on given dates. Maintainers write them in
//! `rules/tests/`; `doctrack rules test` runs them. The format is documented
//! in `rules/README.md`.

mod compare;
mod diff;
mod events;
mod plan;
mod raw;

pub use compare::blocker_names;

use crate::domain::{
    Cohort, Country, Document, DocumentEvent, DocumentId, Language, Ledger, Link, Person,
    PersonDraft, PersonId, PersonRecord,
};
use crate::plan::{person_plan, plan_by_person, PersonInput, PersonPlan, PLAN_HORIZON};
use crate::rules::diagnostics::{humanise_serde_message, Diagnostic, SourceMap};
use crate::rules::evaluate::{evaluate, DateKind, Evaluation, TimeStatus};
use crate::rules::model::RuleSet;
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
    /// The people's records (their ticks and payments).
    pub records: Vec<PersonRecord>,
    checks: Vec<Check>,
}

#[derive(Debug, Clone)]
struct Check {
    as_of: NaiveDate,
    expects: Vec<(String, RawExpectOwned)>,
    plans: Vec<plan::RawPlanCheck>,
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

/// What a scenario can check, as the engine knows it: statuses, the date
/// fields of `[[check.expect]]`, plan actions, situations and flags. The
/// maintainers' guide (rules/README.md) carries this text between
/// `<!-- vocabulary:begin -->` and `<!-- vocabulary:end -->`; a test fails
/// when the two drift apart, and `rules test` prints it.
pub fn vocabulary() -> String {
    fn list(words: impl IntoIterator<Item = &'static str>) -> String {
        words
            .into_iter()
            .map(|w| format!("`{w}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "- statuses (`status`, `status_not`): {}",
        list(TimeStatus::ALL.iter().map(|s| s.as_str()))
    );
    let _ = writeln!(
        out,
        "- dates (`<name> = DATE`, `absent = [\"<name>\"]`): {}",
        list(DateKind::ALL.iter().map(|d| d.as_str()))
    );
    let _ = writeln!(
        out,
        "- plan actions (`action`, `action_not`): {}",
        list(crate::plan::Action::ALL.iter().map(|a| a.as_str()))
    );
    let _ = writeln!(
        out,
        "- situations (`situation`): {}",
        list(
            crate::rules::model::SituationKind::ALL
                .iter()
                .map(|s| s.as_str())
        )
    );
    let _ = writeln!(
        out,
        "- flags (`flags`): {}",
        list(["document_held", "overcharged"])
    );
    out
}

pub(super) fn date_kind_by_name(name: &str) -> Option<DateKind> {
    DateKind::ALL.into_iter().find(|k| k.as_str() == name)
}

impl Scenario {
    /// The dates the scenario checks.
    pub fn check_dates(&self) -> Vec<NaiveDate> {
        self.checks.iter().map(|c| c.as_of).collect()
    }

    /// The dates the scenario checks, and every 45 days for 18 months on
    /// either side of the first: where the other statuses of its documents
    /// show (what whole-engine tests evaluate each scenario on).
    pub fn dates_around_checks(&self) -> Vec<NaiveDate> {
        let mut dates = self.check_dates();
        if let Some(first) = dates.first().copied() {
            for step in 1..=12u64 {
                let days = chrono::Days::new(step * 45);
                dates.extend(first.checked_add_days(days));
                dates.extend(first.checked_sub_days(days));
            }
        }
        dates
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
                province: rp.province.clone(),
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
        // Payments and ticks, in date order (a person's history only grows).
        let mut person_steps: Vec<(NaiveDate, usize, bool)> = raw
            .payment
            .iter()
            .enumerate()
            .map(|(i, p)| (p.get_ref().on.0, i, true))
            .chain(
                raw.tick
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (t.get_ref().on.0, i, false)),
            )
            .collect();
        person_steps.sort();
        for (_, i, is_payment) in person_steps {
            let (span, result) = if is_payment {
                let p = &raw.payment[i];
                (
                    p.span(),
                    events::payment(&mut ledger, p.get_ref(), &people, &doc_ids),
                )
            } else {
                let t = &raw.tick[i];
                (
                    t.span(),
                    events::tick(&mut ledger, t.get_ref(), &people, &doc_ids),
                )
            };
            if let Err(msg) = result {
                errors.push(map.error(&span, msg));
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
                for s in re.status.iter().chain(re.status_not.iter()) {
                    if TimeStatus::parse(s).is_none() {
                        let names: Vec<&str> = TimeStatus::ALL.iter().map(|t| t.as_str()).collect();
                        errors.push(map.error(
                            &e.span(),
                            format!(
                                "unknown status \"{s}\": expected one of {}",
                                names.join(", ")
                            ),
                        ));
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
            let mut plans = Vec::new();
            for p in &rc.plan {
                for problem in plan::check_words(p.get_ref(), &people, &doc_ids) {
                    errors.push(map.error(&p.span(), problem));
                }
                plans.push(p.get_ref().clone());
            }
            if expects.is_empty() && plans.is_empty() {
                errors.push(map.error(
                    &c.span(),
                    "a [[check]] needs at least one [[check.expect]] or [[check.plan]]",
                ));
            }
            checks.push(Check {
                as_of: rc.as_of.0,
                expects,
                plans,
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
            records: ledger.people().values().cloned().collect(),
            checks,
        })
    }

    /// The plan of one person (by their name in the file) on `as_of`.
    pub fn plan_for(&self, rules: &RuleSet, as_of: NaiveDate, person: &str) -> Option<PersonPlan> {
        let eval = self.evaluate(rules, as_of);
        self.plan_in(&eval, rules, person)
    }

    /// The plan of one person in an evaluation of this scenario.
    fn plan_in(&self, eval: &Evaluation, rules: &RuleSet, person: &str) -> Option<PersonPlan> {
        let id = self
            .person_names
            .iter()
            .find(|(_, n)| *n == person)
            .map(|(id, _)| *id)?;
        let record = self.records.iter().find(|r| r.person.id == id)?;
        let mut plans = plan_by_person(eval, PLAN_HORIZON);
        Some(person_plan(PersonInput {
            record,
            statuses: eval.documents.iter().filter(|s| s.holder == id).collect(),
            steps: plans.remove(&id).unwrap_or_default(),
            rules,
            rules_label: "in use",
            as_of: eval.as_of,
        }))
    }

    /// Evaluates the scenario on `as_of`.
    pub fn evaluate(&self, rules: &RuleSet, as_of: NaiveDate) -> Evaluation {
        evaluate(&self.people, &self.documents, &self.events, rules, as_of)
    }

    /// A person's id by their name in the file.
    pub fn person_id(&self, name: &str) -> Option<PersonId> {
        self.person_names
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(id, _)| *id)
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
        for check in self.checks.iter().filter(|c| !c.plans.is_empty()) {
            let eval = self.evaluate(rules, check.as_of);
            let ids: HashMap<String, DocumentId> =
                self.names.iter().map(|(id, n)| (n.clone(), *id)).collect();
            for want in &check.plans {
                count += 1;
                let diffs = match self.plan_in(&eval, rules, &want.person) {
                    Some(p) => {
                        let pid = self.person_id(&want.person);
                        let ctx = plan::PlanContext {
                            plan: &p,
                            statuses: eval
                                .documents
                                .iter()
                                .filter(|s| Some(s.holder) == pid)
                                .collect(),
                            record: match self.records.iter().find(|r| Some(r.person.id) == pid) {
                                Some(r) => r,
                                None => continue,
                            },
                            rules,
                            documents: &ids,
                            as_of: check.as_of,
                        };
                        plan::compare(want, &ctx)
                    }
                    None => vec![(
                        "person".into(),
                        want.person.clone(),
                        "not in the file".into(),
                    )],
                };
                if !diffs.is_empty() {
                    let mut text = format!("  on {} — plan of \"{}\":\n", check.as_of, want.person);
                    for (field, w, g) in diffs {
                        let _ = writeln!(
                            text,
                            "    {field}:\n      - expected: {w}\n      + actual:   {g}"
                        );
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
