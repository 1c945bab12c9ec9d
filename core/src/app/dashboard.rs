//! What a screen shows, computed once for every front end: the dashboard
//! (each person's rows, one per document, and plan) and, on demand, one document's full
//! status with every reason and source. Shells only render: the CLI, the
//! FFI and the demo apps read these records and add nothing.

use super::{by_person, RulesInfo};
use crate::domain::{
    DocumentId, DocumentKind, DocumentRecord, IdMap, Person, PersonId, PersonRecord, StateName,
};
use crate::messages::Message;
use crate::plan::{person_plan, plan_by_person, Flag, PersonInput, Situation, Step};
use crate::rules::evaluate::{Basis, DateKind, DocumentStatus, Evaluation, Evaluator, TimeStatus};
use crate::rules::model::{SituationKind, Source};
use crate::rules::RuleSet;
use crate::store::{Snapshot, Unreadable};
use chrono::NaiveDate;
use std::collections::HashMap;

pub use crate::plan::PLAN_HORIZON;

/// The next date to act by, as a list row shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Deadline {
    /// Which date it is (a deadline, a report's due date, a job-change
    /// deadline, the end of a grace period, the day to ask about a decision).
    pub kind: DateKind,
    /// The date as the rules give it.
    pub date: NaiveDate,
    /// The last office working day before it, when `date` is a weekend or
    /// a holiday (the reasons are in the document's detail).
    pub act_by: Option<NaiveDate>,
    /// Days from the evaluation date to `date`; negative when it is past.
    pub days_left: i64,
}

/// One document as a list screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentCard {
    /// The document.
    pub document: DocumentId,
    /// What it is.
    pub kind: DocumentKind,
    /// The expiry printed on it, if any.
    pub expires_on: Option<NaiveDate>,
    /// Its lifecycle state on the date.
    pub lifecycle: StateName,
    /// Its time status on the date.
    pub status: TimeStatus,
    /// The status by dates alone (what to show beside advice, see `advisory`).
    pub phase: TimeStatus,
    /// Blocked only by maintainers' defaults, not by law: show `phase` with
    /// "doctrack suggests …", not alarm colours.
    pub advisory: bool,
    /// The next date to act by.
    pub next_deadline: Option<Deadline>,
    /// What blocks a renewal, one short line each ("needs a passport valid
    /// until …").
    pub blocked_by: Vec<Message>,
}

/// One person's part of the dashboard: where they stand, their documents,
/// their plan and private flags.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PersonDashboard {
    /// The person.
    pub person: Person,
    /// Where they stand (in status, out of status since …, nothing
    /// recorded), and what unknown would change the plan.
    pub situation: Situation,
    /// One row per document, most urgent first.
    pub documents: Vec<DocumentCard>,
    /// What to do, in order: a lapsed document first, then the routes
    /// back (or where to get help), then renewals.
    pub plan: Vec<Step>,
    /// Private warnings: a document held too long by someone else, a
    /// payment far above the official fees. Never on a lock screen.
    pub flags: Vec<Flag>,
}

/// What the people of a store need to see for one date.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Dashboard {
    /// The date evaluated.
    pub as_of: NaiveDate,
    /// Each person (not archived) with their situation, rows, plan and
    /// flags: the most at risk first (out of status, ending soon, nothing
    /// recorded, unknown, in status), then by name.
    pub people: Vec<PersonDashboard>,
    /// Problems with the data (e.g. a document whose holder is unknown).
    pub warnings: Vec<Message>,
    /// Records that could not be read (and are not shown).
    pub unreadable: Vec<Unreadable>,
    /// The rules that produced it.
    pub rules: RulesInfo,
}

/// Everything about one document for a detail screen: its record, its
/// row as the list shows it, its status with every date, reason, blocker,
/// fee and fine, and the sources of every rule a reason names. A document
/// of an archived person has a record but no status (nothing is evaluated
/// for archived people).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentDetail {
    /// The document as its events left it.
    pub record: DocumentRecord,
    /// Its row: the next date to act by, advice, what blocks it.
    pub card: Option<DocumentCard>,
    /// Its status on the date, with reasons.
    pub status: Option<DocumentStatus>,
    /// Where each rule named by a reason gets its facts, by rule id.
    #[serde(serialize_with = "crate::app::ordered_map")]
    pub rule_sources: HashMap<String, Vec<Source>>,
}

/// A list row for one status on `as_of`: the next date to act by is the
/// deadline (or a report's due date, a job-change deadline), the end of
/// the grace period while in grace, or the day to ask about a pending
/// decision.
pub fn card(st: &DocumentStatus, expires_on: Option<NaiveDate>, as_of: NaiveDate) -> DocumentCard {
    let next = st.next_deadline().map(|d| Deadline {
        kind: d.kind,
        date: d.date,
        act_by: st.date(DateKind::ActBy).map(|a| a.date),
        days_left: (d.date - as_of).num_days(),
    });
    let blocked_by = if st.status == TimeStatus::Blocked {
        st.blockers.iter().map(|b| b.summary()).collect()
    } else {
        Vec::new()
    };
    DocumentCard {
        document: st.document,
        kind: st.kind.clone(),
        expires_on,
        lifecycle: st.lifecycle,
        status: st.status,
        phase: st.phase,
        advisory: st.advisory(),
        next_deadline: next,
        blocked_by,
    }
}

impl Dashboard {
    /// Finishes an evaluation for screens: each person's situation, rows,
    /// plan and flags.
    pub fn compute(
        people: Vec<PersonRecord>,
        expiries: &HashMap<DocumentId, Option<NaiveDate>>,
        evaluation: &Evaluation,
        unreadable: Vec<Unreadable>,
        (rules, info): (&RuleSet, RulesInfo),
    ) -> Dashboard {
        let mut statuses: IdMap<PersonId, Vec<&DocumentStatus>> = IdMap::default();
        for st in &evaluation.documents {
            statuses.entry(st.holder).or_default().push(st);
        }
        let mut plans = plan_by_person(evaluation, PLAN_HORIZON);
        let label = info.short_label();
        let people: Vec<PersonDashboard> = people
            .iter()
            .map(|record| {
                person_part(
                    record,
                    statuses.remove(&record.person.id).unwrap_or_default(),
                    plans.remove(&record.person.id).unwrap_or_default(),
                    &|id| expiries.get(&id).copied().flatten(),
                    (rules, &label),
                    evaluation.as_of,
                )
            })
            .collect();
        Dashboard::finish(
            people,
            evaluation.as_of,
            evaluation.warnings.clone(),
            unreadable,
            info,
        )
    }

    /// Orders the people (the most at risk first, then by name) and wraps
    /// them with the date, warnings and rules.
    fn finish(
        mut people: Vec<PersonDashboard>,
        as_of: NaiveDate,
        warnings: Vec<Message>,
        unreadable: Vec<Unreadable>,
        rules: RulesInfo,
    ) -> Dashboard {
        // The person most at risk first, then by name (stable across runs).
        people.sort_by(|a, b| {
            let rank = |p: &PersonDashboard| match p.situation.kind {
                SituationKind::OutOfStatus => 0,
                SituationKind::EndingSoon => 1,
                SituationKind::NothingRecorded => 2,
                SituationKind::Unknown => 3,
                SituationKind::InStatus => 4,
            };
            (rank(a), &a.person.display_name, a.person.id).cmp(&(
                rank(b),
                &b.person.display_name,
                b.person.id,
            ))
        });
        Dashboard {
            as_of,
            people,
            warnings,
            unreadable,
            rules,
        }
    }

    /// Evaluates a snapshot of the store as of `as_of` and finishes it;
    /// pure (what [`crate::app::App::dashboard`] does after reading).
    ///
    /// Person by person: documents interact only within one person, so
    /// each person's documents are evaluated, planned and turned into rows
    /// on their own, and their evaluation is dropped before the next
    /// person's (memory holds one person's evaluation, and a small index is
    /// quicker to search than the whole store's). Equal to
    /// [`Dashboard::compute`] over one evaluation of the whole snapshot
    /// (tested), except that warnings come person by person.
    pub fn from_snapshot(
        snapshot: Snapshot,
        rules: &RuleSet,
        info: RulesInfo,
        as_of: NaiveDate,
    ) -> Dashboard {
        Dashboard::from_snapshot_on(snapshot, rules, info, as_of, 1)
    }

    /// [`Dashboard::from_snapshot`] with people evaluated on up to
    /// `threads` threads (1: the calling thread only, as on phones; at
    /// most [`super::MAX_THREADS`]). The
    /// result is the same whatever the number of threads (tested); if the
    /// threads cannot be started, the calling thread does the work.
    pub fn from_snapshot_on(
        snapshot: Snapshot,
        rules: &RuleSet,
        info: RulesInfo,
        as_of: NaiveDate,
        threads: u32,
    ) -> Dashboard {
        let Snapshot {
            people,
            records,
            documents,
            events,
            unreadable,
        } = snapshot;
        let split = by_person::split(&people, documents, events);
        let label = info.short_label();
        let each: Vec<_> = records.iter().zip(split.people).collect();
        let threads = threads.min(super::MAX_THREADS);
        let pool = (threads > 1 && each.len() > 1)
            .then(|| {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(threads as usize)
                    .build()
                    .ok()
            })
            .flatten();
        let mut done: Vec<Option<(PersonDashboard, Vec<Message>)>> = Vec::new();
        done.resize_with(each.len(), || None);
        // A run of people into their own slots, with one evaluator.
        let label = &label;
        let fill = |people: &[(&PersonRecord, by_person::PersonDocuments)],
                    slots: &mut [Option<(PersonDashboard, Vec<Message>)>]| {
            let ev = Evaluator::new(rules);
            for ((record, (docs, events)), slot) in people.iter().zip(slots) {
                *slot = Some(one_person(&ev, record, docs, events, label, as_of));
            }
        };
        match pool {
            // Runs of people go to the pool as tasks, each filling its own
            // slots of `done`, so the order is the people's whatever the
            // threads (not a parallel iterator: 11 KB less library).
            Some(pool) => {
                let run = each.len().div_ceil(threads as usize * 4).max(1);
                let fill = &fill;
                pool.scope(|scope| {
                    for (people, slots) in each.chunks(run).zip(done.chunks_mut(run)) {
                        scope.spawn(move |_| fill(people, slots));
                    }
                });
            }
            None => fill(&each, &mut done),
        }
        let done: Vec<(PersonDashboard, Vec<Message>)> = done.into_iter().flatten().collect();
        let mut warnings = Vec::new();
        let mut parts = Vec::with_capacity(done.len());
        for (part, warned) in done {
            parts.push(part);
            warnings.extend(warned);
        }
        // Documents of nobody in the snapshot: evaluated only for the
        // warnings they raise (their holder is unknown).
        if !split.orphans.0.is_empty() {
            let (docs, events) = split.orphans;
            let ev = Evaluator::new(rules);
            warnings.extend(ev.evaluate(&[], &docs, &events, as_of).warnings);
        }
        Dashboard::finish(parts, as_of, warnings, unreadable, info)
    }

    /// One person's part of [`Dashboard::from_snapshot`], evaluating only
    /// their documents: the per-person detail a caseload opens on demand.
    /// Equal to the whole dashboard kept to that person
    /// ([`Dashboard::keep_person`]), with only their warnings. No part for
    /// a person who is not in the snapshot (archived or unreadable).
    pub fn for_person(
        snapshot: Snapshot,
        person: PersonId,
        rules: &RuleSet,
        info: RulesInfo,
        as_of: NaiveDate,
    ) -> Dashboard {
        let Snapshot {
            people: _,
            records,
            documents,
            events,
            unreadable,
        } = snapshot;
        let mut parts = Vec::new();
        let mut warnings = Vec::new();
        if let Some(record) = records.iter().find(|r| r.person.id == person) {
            let (docs, events) = by_person::theirs(person, documents, events);
            let evaluator = Evaluator::new(rules);
            let label = info.short_label();
            let (part, warned) = one_person(&evaluator, record, &docs, &events, &label, as_of);
            parts.push(part);
            warnings = warned;
        }
        Dashboard::finish(parts, as_of, warnings, unreadable, info)
    }

    /// A person's part by id.
    pub fn person(&self, id: PersonId) -> Option<&PersonDashboard> {
        self.people.iter().find(|p| p.person.id == id)
    }

    /// Keeps one person's part.
    pub fn keep_person(&mut self, id: PersonId) {
        self.people.retain(|p| p.person.id == id);
    }

    /// Every document row, person by person.
    pub fn cards(&self) -> impl Iterator<Item = (&Person, &DocumentCard)> {
        self.people
            .iter()
            .flat_map(|p| p.documents.iter().map(move |c| (&p.person, c)))
    }

    /// Every plan step, person by person.
    pub fn steps(&self) -> impl Iterator<Item = (&Person, &Step)> {
        self.people
            .iter()
            .flat_map(|p| p.plan.iter().map(move |s| (&p.person, s)))
    }
}

/// One person evaluated (with explanations), planned and turned into
/// their part of the dashboard, with the warnings their documents raised.
fn one_person(
    evaluator: &Evaluator,
    record: &PersonRecord,
    docs: &[crate::domain::Document],
    events: &[crate::domain::DocumentEvent],
    label: &str,
    as_of: NaiveDate,
) -> (PersonDashboard, Vec<Message>) {
    let evaluation = evaluator.evaluate(std::slice::from_ref(&record.person), docs, events, as_of);
    let statuses: Vec<&DocumentStatus> = evaluation.documents.iter().collect();
    let steps = plan_by_person(&evaluation, PLAN_HORIZON)
        .remove(&record.person.id)
        .unwrap_or_default();
    let expires = |id: DocumentId| docs.iter().find(|d| d.id == id).and_then(|d| d.expires_on);
    let part = person_part(
        record,
        statuses,
        steps,
        &expires,
        (evaluator.rules(), label),
        as_of,
    );
    (part, evaluation.warnings)
}

/// One person's part: rows, situation, plan and flags, from their
/// statuses and their steps of the plan.
fn person_part(
    record: &PersonRecord,
    statuses: Vec<&DocumentStatus>,
    steps: Vec<Step>,
    expires: &dyn Fn(DocumentId) -> Option<NaiveDate>,
    (rules, label): (&RuleSet, &str),
    as_of: NaiveDate,
) -> PersonDashboard {
    let documents = statuses
        .iter()
        .map(|st| card(st, expires(st.document), as_of))
        .collect();
    let plan = person_plan(PersonInput {
        record,
        statuses,
        steps,
        rules,
        rules_label: label,
        as_of,
    });
    PersonDashboard {
        person: record.person.clone(),
        situation: plan.situation,
        documents,
        plan: plan.steps,
        flags: plan.flags,
    }
}

/// The sources of every rule a status's reasons name.
pub fn sources_of(st: &DocumentStatus, rules: &RuleSet) -> HashMap<String, Vec<Source>> {
    let mut out = HashMap::new();
    for reason in st.all_reasons() {
        if let Basis::Rule { id, .. } = &reason.basis {
            if !out.contains_key(id) {
                if let Some(rule) = rules.get(id) {
                    out.insert(id.clone(), rule.sources.to_vec());
                }
            }
        }
    }
    out
}
