//! A caseload at a glance (issue 27): an NGO caseworker's store of
//! thousands of people, evaluated person by person straight from the store
//! ([`crate::store::Store::for_each_person`]) into counts by status and by
//! situation, documents due per week, overdue and blocked counts, and the
//! N most urgent documents (a bounded heap). Memory is bounded by N and
//! the largest person, not by the caseload. Per-person detail is the
//! ordinary dashboard ([`App::dashboard`], [`App::document_detail`]).
//!
//! People are evaluated in parallel on a capped number of threads (rayon;
//! one by default, as on phones); the result is the same whatever the
//! number of threads: every sum is a sum, the urgent list is ordered by a
//! total order, and warnings are sorted.

use super::dashboard::{card, DocumentCard};
use super::{App, AppResult, RulesInfo};
use crate::domain::{Person, PersonId};
use crate::messages::Message;
use crate::plan::person::standing_kind;
use crate::rules::evaluate::{DocumentStatus, Evaluator, TimeStatus};
use crate::rules::model::SituationKind;
use crate::rules::RuleSet;
use crate::store::{PersonSlice, Unreadable};
use chrono::NaiveDate;
use std::collections::BinaryHeap;
use std::sync::Mutex;

/// How many urgent documents a caseload dashboard lists unless asked.
pub const DEFAULT_URGENT_LIMIT: u32 = 200;
/// Weeks ahead counted in [`CaseloadDashboard::weeks`].
pub const CASELOAD_WEEKS: u32 = 26;
/// The most warnings kept (the total is in `warnings_total`).
const MAX_WARNINGS: usize = 1_000;
/// People handed to a worker thread at a time.
const BATCH: usize = 64;
/// The most threads a dashboard or caseload starts, whatever is asked: a
/// pool starts all its threads at once, and a mistyped `--threads 100000`
/// must not try to start them.
pub const MAX_THREADS: u32 = 64;

/// How to compute a caseload dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CaseloadOptions {
    /// How many of the most urgent documents to list.
    pub limit: u32,
    /// Threads evaluating people (1: the calling thread only, as on
    /// phones; more on a caseworker's laptop; at most [`MAX_THREADS`]).
    pub threads: u32,
}

impl Default for CaseloadOptions {
    fn default() -> Self {
        CaseloadOptions {
            limit: DEFAULT_URGENT_LIMIT,
            threads: 1,
        }
    }
}

/// How many documents have one status.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StatusCount {
    /// The status.
    pub status: TimeStatus,
    /// How many documents have it.
    pub documents: u64,
}

/// How many people are in one situation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SituationCount {
    /// The situation.
    pub situation: SituationKind,
    /// How many people are in it.
    pub people: u64,
}

/// The documents whose next date to act by falls in one week.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct WeekCount {
    /// The week's first day (the evaluation date, then every 7 days).
    pub starts: NaiveDate,
    /// How many, by status (statuses with none left out).
    pub by_status: Vec<StatusCount>,
}

/// One of the most urgent documents of the caseload.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct UrgentDocument {
    /// Whose.
    pub person: PersonId,
    /// Their name as recorded.
    pub name: String,
    /// The document's row.
    pub card: DocumentCard,
}

/// A caseload at a glance for one date.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CaseloadDashboard {
    /// The date evaluated.
    pub as_of: NaiveDate,
    /// People evaluated (not archived).
    pub people: u64,
    /// Documents evaluated.
    pub documents: u64,
    /// Documents by status, every status in order (none: 0).
    pub by_status: Vec<StatusCount>,
    /// People by situation, every situation in order.
    pub by_situation: Vec<SituationCount>,
    /// Documents whose next date to act by is already past.
    pub overdue: u64,
    /// Documents whose renewal is blocked.
    pub blocked: u64,
    /// Documents due in each of the next [`CASELOAD_WEEKS`] weeks.
    pub weeks: Vec<WeekCount>,
    /// The most urgent documents, most urgent first (at most the limit
    /// asked): by status (lapsed, expired, in grace, blocked, job change,
    /// due soon …), then the nearest date, then name.
    pub urgent: Vec<UrgentDocument>,
    /// Problems with the data, sorted (at most 1,000).
    pub warnings: Vec<Message>,
    /// How many warnings there were in all.
    pub warnings_total: u64,
    /// Records that could not be read (and are not counted).
    pub unreadable: Vec<Unreadable>,
    /// The rules that produced it.
    pub rules: RulesInfo,
}

/// Most urgent first: the reverse of [`TimeStatus::ALL`]'s order.
fn status_rank(status: TimeStatus) -> usize {
    let at = TimeStatus::ALL
        .iter()
        .position(|s| *s == status)
        .unwrap_or(0);
    TimeStatus::ALL.len() - at
}

/// The total order of urgency (smaller is more urgent).
type UrgencyKey = (
    usize,
    NaiveDate,
    String,
    PersonId,
    crate::domain::DocumentId,
);

fn urgency(u: &UrgentDocument) -> UrgencyKey {
    (
        status_rank(u.card.status),
        u.card
            .next_deadline
            .as_ref()
            .map_or(NaiveDate::MAX, |d| d.date),
        u.name.clone(),
        u.person,
        u.card.document,
    )
}

/// An urgent document in the heap (ordered by urgency: the heap's top is
/// the least urgent one kept).
#[derive(Debug, PartialEq, Eq)]
struct Ranked(UrgencyKey, UrgentDocument);

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.cmp(&other.0)
    }
}

/// What has been counted so far (merged from every batch).
struct Tally {
    as_of: NaiveDate,
    limit: usize,
    people: u64,
    documents: u64,
    by_status: [u64; TimeStatus::ALL.len()],
    by_situation: [u64; SITUATIONS.len()],
    overdue: u64,
    blocked: u64,
    weeks: Vec<[u64; TimeStatus::ALL.len()]>,
    urgent: BinaryHeap<Ranked>,
    warnings: Vec<(PersonId, String, Message)>,
    warnings_total: u64,
}

const SITUATIONS: [SituationKind; 5] = [
    SituationKind::OutOfStatus,
    SituationKind::EndingSoon,
    SituationKind::NothingRecorded,
    SituationKind::Unknown,
    SituationKind::InStatus,
];

impl Tally {
    fn new(as_of: NaiveDate, limit: usize) -> Tally {
        Tally {
            as_of,
            limit,
            people: 0,
            documents: 0,
            by_status: [0; TimeStatus::ALL.len()],
            by_situation: [0; SITUATIONS.len()],
            overdue: 0,
            blocked: 0,
            weeks: vec![[0; TimeStatus::ALL.len()]; CASELOAD_WEEKS as usize],
            urgent: BinaryHeap::new(),
            warnings: Vec::new(),
            warnings_total: 0,
        }
    }

    fn keep_urgent(&mut self, doc: UrgentDocument) {
        if self.limit == 0 {
            return;
        }
        let ranked = Ranked(urgency(&doc), doc);
        if self.urgent.len() < self.limit {
            self.urgent.push(ranked);
        } else if self.urgent.peek().is_some_and(|top| ranked < *top) {
            self.urgent.pop();
            self.urgent.push(ranked);
        }
    }

    /// Counts one person's evaluated part.
    fn add_person(&mut self, part: PersonPart) {
        for w in part.warnings {
            self.warnings_total += 1;
            let key = format!("{w:?}");
            self.warnings.push((part.person.id, key, w));
        }
        self.people += 1;
        if let Some(i) = SITUATIONS.iter().position(|s| *s == part.situation) {
            self.by_situation[i] += 1;
        }
        for card in part.cards {
            self.documents += 1;
            let status_at = TimeStatus::ALL
                .iter()
                .position(|s| *s == card.status)
                .unwrap_or(0);
            self.by_status[status_at] += 1;
            if card.status == TimeStatus::Blocked {
                self.blocked += 1;
            }
            if let Some(next) = &card.next_deadline {
                if next.date < self.as_of {
                    self.overdue += 1;
                } else {
                    let week = (next.date - self.as_of).num_days() / 7;
                    if let Some(slot) = usize::try_from(week)
                        .ok()
                        .and_then(|w| self.weeks.get_mut(w))
                    {
                        slot[status_at] += 1;
                    }
                }
            }
            self.keep_urgent(UrgentDocument {
                person: part.person.id,
                name: part.person.display_name.clone(),
                card,
            });
        }
    }

    /// Adds another tally (from another thread).
    fn merge(&mut self, other: Tally) {
        self.people += other.people;
        self.documents += other.documents;
        for (a, b) in self.by_status.iter_mut().zip(other.by_status) {
            *a += b;
        }
        for (a, b) in self.by_situation.iter_mut().zip(other.by_situation) {
            *a += b;
        }
        self.overdue += other.overdue;
        self.blocked += other.blocked;
        for (week, theirs) in self.weeks.iter_mut().zip(other.weeks) {
            for (a, b) in week.iter_mut().zip(theirs) {
                *a += b;
            }
        }
        for Ranked(_, doc) in other.urgent {
            self.keep_urgent(doc);
        }
        self.warnings_total += other.warnings_total;
        self.warnings.extend(other.warnings);
        if self.warnings.len() > MAX_WARNINGS * 2 {
            self.trim_warnings();
        }
    }

    fn trim_warnings(&mut self) {
        self.warnings.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        self.warnings.truncate(MAX_WARNINGS);
    }

    fn finish(mut self, unreadable: Vec<Unreadable>, rules: RulesInfo) -> CaseloadDashboard {
        self.trim_warnings();
        let counts = |row: &[u64; TimeStatus::ALL.len()], keep_zero: bool| {
            TimeStatus::ALL
                .iter()
                .zip(row)
                .filter(|(_, n)| keep_zero || **n > 0)
                .map(|(s, n)| StatusCount {
                    status: *s,
                    documents: *n,
                })
                .collect::<Vec<_>>()
        };
        let mut urgent: Vec<Ranked> = self.urgent.into_vec();
        urgent.sort();
        CaseloadDashboard {
            as_of: self.as_of,
            people: self.people,
            documents: self.documents,
            by_status: counts(&self.by_status, true),
            by_situation: SITUATIONS
                .iter()
                .zip(self.by_situation)
                .map(|(s, n)| SituationCount {
                    situation: *s,
                    people: n,
                })
                .collect(),
            overdue: self.overdue,
            blocked: self.blocked,
            weeks: self
                .weeks
                .iter()
                .enumerate()
                .map(|(i, row)| WeekCount {
                    starts: self.as_of + chrono::Days::new(7 * i as u64),
                    by_status: counts(row, false),
                })
                .collect(),
            urgent: urgent.into_iter().map(|Ranked(_, d)| d).collect(),
            warnings: self.warnings.into_iter().map(|(_, _, w)| w).collect(),
            warnings_total: self.warnings_total,
            unreadable,
            rules,
        }
    }
}

/// What a caseload keeps of one person: their situation, one row per
/// document and the warnings — no plan (that is the person's own
/// dashboard, asked for when a caseworker opens them).
struct PersonPart {
    person: Person,
    situation: SituationKind,
    cards: Vec<DocumentCard>,
    warnings: Vec<Message>,
}

/// One person evaluated as the dashboard evaluates them (the same
/// statuses, rows and situation, without explanations or plan).
fn evaluate_person(slice: PersonSlice, evaluator: &Evaluator, as_of: NaiveDate) -> PersonPart {
    let PersonSlice {
        record,
        documents,
        events,
    } = slice;
    let person = record.person;
    let documents: Vec<_> = documents.into_iter().map(|r| r.document).collect();
    let evaluation =
        evaluator.evaluate_statuses(std::slice::from_ref(&person), &documents, &events, as_of);
    let statuses: Vec<&DocumentStatus> = evaluation.documents.iter().collect();
    let situation = standing_kind(&statuses);
    let cards = statuses
        .iter()
        .map(|st| {
            let expires = documents
                .iter()
                .find(|d| d.id == st.document)
                .and_then(|d| d.expires_on);
            card(st, expires, as_of)
        })
        .collect();
    PersonPart {
        person,
        situation,
        cards,
        warnings: evaluation.warnings,
    }
}

impl App {
    /// The caseload at a glance on `as_of` (see the module): counts, the
    /// weeks ahead and the most urgent documents, evaluated person by
    /// person straight from the store. `progress` is told how many people
    /// are done (of how many) now and then, from the calling thread.
    pub fn caseload_dashboard_with(
        &self,
        as_of: NaiveDate,
        options: CaseloadOptions,
        progress: &mut dyn FnMut(u64, u64),
    ) -> AppResult<CaseloadDashboard> {
        let limit = usize::try_from(options.limit).unwrap_or(usize::MAX);
        let rules: &RuleSet = &self.rules;
        let info = &self.rules_info;
        let total = self.store.people_count()?;
        let threads = options.threads.clamp(1, MAX_THREADS) as usize;
        if threads == 1 {
            let mut tally = Tally::new(as_of, limit);
            let mut done = 0u64;
            let evaluator = Evaluator::new(rules);
            let read = self.store.for_each_person(|slice| {
                tally.add_person(evaluate_person(slice, &evaluator, as_of));
                done += 1;
                if done.is_multiple_of(256) {
                    progress(done, total);
                }
                true
            })?;
            progress(done, total);
            return Ok(tally.finish(read.unreadable, info.clone()));
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| super::AppError::Internal {
                reason: format!("could not start {threads} threads: {e}"),
            })?;
        let merged = Mutex::new(Tally::new(as_of, limit));
        // Batches go to the pool through a bounded channel: the reader
        // waits when the workers are behind, so memory stays bounded.
        let (send, receive) = std::sync::mpsc::sync_channel::<Vec<PersonSlice>>(threads * 2);
        let mut done = 0u64;
        let merged_ref = &merged;
        let read = pool.in_place_scope(|scope| {
            scope.spawn(move |_| {
                use rayon::iter::{ParallelBridge, ParallelIterator};
                // An evaluator per worker (not per batch): what the rules
                // resolve to is shared by all the people it evaluates.
                let evaluator = || Evaluator::new(rules);
                receive
                    .into_iter()
                    .par_bridge()
                    .for_each_init(evaluator, |ev, batch| {
                        let mut tally = Tally::new(as_of, limit);
                        for slice in batch {
                            tally.add_person(evaluate_person(slice, ev, as_of));
                        }
                        if let Ok(mut all) = merged_ref.lock() {
                            all.merge(tally);
                        }
                    });
            });
            let mut batch = Vec::with_capacity(BATCH);
            let read = self.store.for_each_person(|slice| {
                batch.push(slice);
                done += 1;
                if batch.len() == BATCH {
                    if send.send(std::mem::take(&mut batch)).is_err() {
                        return false;
                    }
                    progress(done, total);
                }
                true
            });
            if !batch.is_empty() {
                let _ = send.send(batch);
            }
            drop(send);
            read
        })?;
        progress(done, total);
        let tally = merged.into_inner().map_err(|_| super::AppError::Internal {
            reason: "a caseload worker thread failed".into(),
        })?;
        Ok(tally.finish(read.unreadable, info.clone()))
    }

    /// [`App::caseload_dashboard_with`] without progress.
    pub fn caseload_dashboard(
        &self,
        as_of: NaiveDate,
        options: CaseloadOptions,
    ) -> AppResult<CaseloadDashboard> {
        self.caseload_dashboard_with(as_of, options, &mut |_, _| {})
    }
}
