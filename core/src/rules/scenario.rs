//! Scenario files: people, documents and events on a timeline, and what the
//! rules must say about them on given dates. Maintainers write them in
//! `rules/tests/`; `doctrack rules test` runs them. The format is documented
//! in `rules/README.md`.

use super::diagnostics::{humanise_serde_message, Diagnostic, SourceMap};
use super::evaluate::{evaluate, Blocker, DateKind, DocumentStatus, Evaluation, TimeStatus};
use super::model::RuleSet;
use super::schema::{KindRef, SpanText, TomlDate};
use crate::domain::{
    CancelReason, Cohort, Country, Document, DocumentChange, DocumentEvent, DocumentId, EventName,
    Language, Ledger, Link, LinkKind, Person, PersonDraft, PersonId, SimpleEventOptions,
};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_spanned::Spanned;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

/// A scenario file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    description: String,
    #[serde(default)]
    as_of: Option<TomlDate>,
    #[serde(default)]
    person: Vec<Spanned<RawPerson>>,
    #[serde(default)]
    document: Vec<Spanned<RawDocument>>,
    #[serde(default)]
    event: Vec<Spanned<RawEvent>>,
    #[serde(default)]
    check: Vec<Spanned<RawCheck>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerson {
    id: String,
    nationality: String,
    cohort: String,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    fisher: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLink {
    kind: LinkKind,
    to: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument {
    id: String,
    holder: String,
    kind: KindRef,
    #[serde(default)]
    number: Option<String>,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    issued: Option<TomlDate>,
    #[serde(default)]
    expires: Option<TomlDate>,
    #[serde(default)]
    employer: Option<String>,
    #[serde(default)]
    links: Vec<RawLink>,
    #[serde(default)]
    recorded: Option<TomlDate>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    document: String,
    on: TomlDate,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    successor: Option<String>,
    #[serde(default)]
    reason: Option<CancelReason>,
    #[serde(default)]
    employer: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCheck {
    as_of: TomlDate,
    #[serde(default)]
    expect: Vec<Spanned<RawExpect>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExpect {
    document: String,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    valid_until: Option<TomlDate>,
    #[serde(default)]
    deadline: Option<TomlDate>,
    #[serde(default)]
    window_opens: Option<TomlDate>,
    #[serde(default)]
    due_soon_from: Option<TomlDate>,
    #[serde(default)]
    grace_ends: Option<TomlDate>,
    #[serde(default)]
    term_limit: Option<TomlDate>,
    #[serde(default)]
    report_due: Option<TomlDate>,
    #[serde(default)]
    report_window_opens: Option<TomlDate>,
    #[serde(default)]
    report_window_closes: Option<TomlDate>,
    #[serde(default)]
    job_change_deadline: Option<TomlDate>,
    #[serde(default)]
    absent: Vec<String>,
    #[serde(default)]
    reminders_due: Option<Vec<SpanText>>,
    #[serde(default)]
    blocked_by: Option<Vec<String>>,
    #[serde(default)]
    fines: Option<BTreeMap<String, u64>>,
    #[serde(default)]
    fees: Option<BTreeMap<String, u64>>,
    #[serde(default)]
    rules_include: Vec<String>,
    #[serde(default)]
    deadline_rule: Option<String>,
    #[serde(default)]
    ended_by: Option<String>,
}

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

/// Expected values of one document (owned copy of the file's table).
#[derive(Debug, Clone, Default)]
struct RawExpectOwned {
    status: Option<String>,
    dates: Vec<(DateKind, NaiveDate)>,
    absent: Vec<String>,
    reminders_due: Option<Vec<String>>,
    blocked_by: Option<Vec<String>>,
    fines: Option<BTreeMap<String, u64>>,
    fees: Option<BTreeMap<String, u64>>,
    rules_include: Vec<String>,
    deadline_rule: Option<String>,
    ended_by: Option<DocumentId>,
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

fn date_kind_by_name(name: &str) -> Option<DateKind> {
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
                    if let Err(msg) = apply_event(&mut ledger, e.get_ref(), &doc_ids, &built) {
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
                    Some(st) => compare(expect, st, self),
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
                        let _ = writeln!(text, "    (actual: {})", summary(st));
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

fn owned(re: &RawExpect) -> RawExpectOwned {
    let dates = [
        (DateKind::ValidUntil, re.valid_until),
        (DateKind::Deadline, re.deadline),
        (DateKind::WindowOpens, re.window_opens),
        (DateKind::DueSoonFrom, re.due_soon_from),
        (DateKind::GraceEnds, re.grace_ends),
        (DateKind::TermLimit, re.term_limit),
        (DateKind::ReportDue, re.report_due),
        (DateKind::ReportWindowOpens, re.report_window_opens),
        (DateKind::ReportWindowCloses, re.report_window_closes),
        (DateKind::JobChangeDeadline, re.job_change_deadline),
    ]
    .into_iter()
    .filter_map(|(k, d)| d.map(|d| (k, d.0)))
    .collect();
    RawExpectOwned {
        status: re.status.clone(),
        dates,
        absent: re.absent.clone(),
        reminders_due: re
            .reminders_due
            .as_ref()
            .map(|v| v.iter().map(|s| s.0.to_string()).collect()),
        blocked_by: re.blocked_by.clone(),
        fines: re.fines.clone(),
        fees: re.fees.clone(),
        rules_include: re.rules_include.clone(),
        deadline_rule: re.deadline_rule.clone(),
        ended_by: None,
    }
}

fn apply_event(
    ledger: &mut Ledger,
    e: &RawEvent,
    ids: &HashMap<String, DocumentId>,
    built: &HashMap<String, (Document, NaiveDate, std::ops::Range<usize>)>,
) -> Result<(), String> {
    let doc = *ids.get(&e.document).ok_or_else(|| {
        format!(
            "event for \"{}\", which is not a [[document]] of this file",
            e.document
        )
    })?;
    let on = e.on.0;
    let successor = || -> Result<Document, String> {
        let name = e
            .successor
            .as_deref()
            .ok_or("this event needs successor = \"<document id>\"")?;
        built
            .get(name)
            .map(|(d, _, _)| d.clone())
            .ok_or_else(|| format!("successor \"{name}\" is not a [[document]] of this file"))
    };
    let fail = |err: crate::domain::DomainError| format!("event cannot be applied: {err}");
    let name = event_type(&e.kind)?;
    if name.needs_successor() {
        let successor = successor()?;
        let done = if name == EventName::RenewalApproved {
            ledger.approve_renewal(doc, successor, on)
        } else {
            ledger.receive_replacement(doc, successor, on)
        };
        return done.map(drop).map_err(fail);
    }
    let options = SimpleEventOptions {
        reason: e.reason,
        employer: e.employer.clone(),
    };
    let change = DocumentChange::simple(name, options).map_err(|err| err.to_string())?;
    ledger.change(doc, change, on).map(drop).map_err(fail)
}

/// The event type written in a scenario: an event recorded by name, or a
/// renewal approval or replacement (which name their `successor`).
fn event_type(written: &str) -> Result<EventName, String> {
    let allowed: Vec<EventName> = EventName::SIMPLE
        .into_iter()
        .chain([EventName::RenewalApproved, EventName::ReplacementReceived])
        .collect();
    match EventName::parse(written) {
        Some(name) if allowed.contains(&name) => Ok(name),
        _ => {
            let names: Vec<&str> = allowed.iter().map(|e| e.as_str()).collect();
            let hint = super::diagnostics::closest(written, names.iter().copied())
                .map(|c| format!(", did you mean \"{c}\"?"))
                .unwrap_or_default();
            Err(format!(
                "unknown event type \"{written}\"{hint} Expected one of: {}.",
                names.join(", ")
            ))
        }
    }
}

fn compare(
    want: &RawExpectOwned,
    st: &DocumentStatus,
    scenario: &Scenario,
) -> Vec<(String, String, String)> {
    let mut diffs = Vec::new();
    if let Some(s) = &want.status {
        if s != st.status.as_str() {
            diffs.push(("status".into(), s.clone(), st.status.as_str().to_string()));
        }
    }
    for (kind, date) in &want.dates {
        let got = st
            .date(*kind)
            .map(|d| d.date.to_string())
            .unwrap_or_else(|| "(none)".into());
        if got != date.to_string() {
            diffs.push((kind.as_str().to_string(), date.to_string(), got));
        }
    }
    for a in &want.absent {
        if let Some(d) = date_kind_by_name(a).and_then(|k| st.date(k)) {
            diffs.push((a.clone(), "(none)".into(), d.date.to_string()));
        }
    }
    if let Some(r) = &want.reminders_due {
        let got: Vec<String> = st
            .reminders_due
            .iter()
            .map(|r| r.before.to_string())
            .collect();
        if &got != r {
            diffs.push(("reminders_due".into(), format!("{r:?}"), format!("{got:?}")));
        }
    }
    if let Some(b) = &want.blocked_by {
        let mut want_b = b.clone();
        want_b.sort();
        let got = blocker_names(st);
        if got != want_b {
            diffs.push((
                "blocked_by".into(),
                format!("{want_b:?}"),
                format!("{got:?}"),
            ));
        }
    }
    if let Some(f) = &want.fines {
        let got: BTreeMap<String, u64> = st
            .fines
            .iter()
            .map(|f| (f.fine.id.clone(), f.amount))
            .collect();
        if &got != f {
            diffs.push(("fines".into(), format!("{f:?}"), format!("{got:?}")));
        }
    }
    if let Some(f) = &want.fees {
        let got: BTreeMap<String, u64> = st
            .fees
            .iter()
            .map(|f| (f.fee.id.clone(), f.fee.amount))
            .collect();
        if &got != f {
            diffs.push(("fees".into(), format!("{f:?}"), format!("{got:?}")));
        }
    }
    for r in &want.rules_include {
        if !st.rules.contains(r) {
            diffs.push((
                "rules_include".into(),
                r.clone(),
                format!("not applied; applied: {:?}", st.rules),
            ));
        }
    }
    if let Some(id) = want.ended_by {
        // The first related document behind the valid-until date.
        let got = st
            .date(DateKind::ValidUntil)
            .and_then(|d| {
                d.reasons.iter().find_map(|r| match &r.basis {
                    super::evaluate::Basis::Related { document, .. } => Some(*document),
                    _ => None,
                })
            })
            .map_or_else(|| "(none)".to_string(), |d| scenario.name(d).to_string());
        let name = scenario.name(id).to_string();
        if got != name {
            diffs.push(("ended_by".into(), name, got));
        }
    }
    if let Some(r) = &want.deadline_rule {
        let got: Vec<String> = st
            .next_deadline()
            .map(|d| {
                d.reasons
                    .iter()
                    .filter_map(|r| match &r.basis {
                        super::evaluate::Basis::Rule { id, .. } => Some(id.clone()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        if !got.contains(r) {
            diffs.push(("deadline_rule".into(), r.clone(), format!("{got:?}")));
        }
    }
    diffs
}

/// Names of what blocks a document: prerequisite kinds, or `term_limit`.
pub fn blocker_names(st: &DocumentStatus) -> Vec<String> {
    let mut out: Vec<String> = st
        .blockers
        .iter()
        .map(|b| match b {
            Blocker::Prerequisite { kinds, .. } => {
                let mut codes: Vec<String> = kinds.iter().map(|k| k.code()).collect();
                codes.sort();
                codes.join("|")
            }
            Blocker::TermLimit { .. } => "term_limit".into(),
        })
        .collect();
    out.sort();
    out
}

fn summary(st: &DocumentStatus) -> String {
    let dates: Vec<String> = st
        .dates
        .iter()
        .map(|d| format!("{}={}", d.kind.as_str(), d.date))
        .collect();
    format!("status={}, {}", st.status.as_str(), dates.join(", "))
}
