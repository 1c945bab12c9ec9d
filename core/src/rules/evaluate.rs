//! The evaluator: for a date, what is the time status of each document,
//! which dates matter, what blocks a renewal, which reminders are due, what
//! it costs — and, for every date and status, the reasons (rule + source, or
//! the document or event it comes from).
//!
//! Pure and deterministic: the same input gives the same output, in the
//! same order. Which rules apply is decided as of the evaluation date, and
//! only events on or before that date count.

use super::model::{Confidence, Fee, Fine, FineFrom, Prerequisite, Rule, RuleSet, Slot, Source};
use crate::domain::dates::Span;
use crate::domain::{
    CancelReason, Document, DocumentEvent, DocumentId, DocumentKind, DocumentRecord, EventName,
    LifecycleState, LinkKind, Person, PersonId, StateName,
};
use crate::messages::{AsTerm, Message, MessageId as M};
use chrono::NaiveDate;
use serde::Serialize;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

/// A document's time status on the evaluation date, most urgent last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeStatus {
    /// Nothing to evaluate (superseded, lost, archived, or no rule and no date).
    NotApplicable,
    /// Valid; the renewal window is not open yet.
    Valid,
    /// The renewal (or filing) window is open.
    WindowOpen,
    /// The deadline is close: act now.
    DueSoon,
    /// A renewal is needed but a prerequisite is not satisfied.
    Blocked,
    /// The deadline passed; the grace period is running.
    InGrace,
    /// The deadline (and any grace) passed.
    Expired,
}

impl TimeStatus {
    /// Every status, least urgent first.
    pub const ALL: [TimeStatus; 7] = [
        TimeStatus::NotApplicable,
        TimeStatus::Valid,
        TimeStatus::WindowOpen,
        TimeStatus::DueSoon,
        TimeStatus::Blocked,
        TimeStatus::InGrace,
        TimeStatus::Expired,
    ];

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeStatus::NotApplicable => "not_applicable",
            TimeStatus::Valid => "valid",
            TimeStatus::WindowOpen => "window_open",
            TimeStatus::DueSoon => "due_soon",
            TimeStatus::Blocked => "blocked",
            TimeStatus::InGrace => "in_grace",
            TimeStatus::Expired => "expired",
        }
    }

    /// Words for people.
    pub fn label(self) -> &'static str {
        match self {
            TimeStatus::NotApplicable => "not applicable",
            TimeStatus::Valid => "valid",
            TimeStatus::WindowOpen => "renewal window open",
            TimeStatus::DueSoon => "due soon",
            TimeStatus::Blocked => "blocked",
            TimeStatus::InGrace => "in grace period",
            TimeStatus::Expired => "expired",
        }
    }

    /// Parses the snake_case name.
    pub fn parse(s: &str) -> Option<TimeStatus> {
        TimeStatus::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// What a reason rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "basis", rename_all = "snake_case")]
pub enum Basis {
    /// A rule, with its sources.
    Rule {
        /// Rule id.
        id: String,
        /// Confidence in the rule's facts.
        confidence: Confidence,
        /// Where the facts come from.
        sources: std::sync::Arc<Vec<Source>>,
    },
    /// A field printed on (or entered for) this document.
    Document {
        /// The field, e.g. `expires_on`.
        field: &'static str,
    },
    /// An event in the document's history.
    Event {
        /// Which event.
        event: EventName,
        /// Its date.
        on: NaiveDate,
    },
    /// Another of the person's documents.
    Related {
        /// That document.
        document: DocumentId,
        /// Its kind.
        kind: DocumentKind,
    },
}

/// Why a date or status is what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// What it rests on.
    #[serde(flatten)]
    pub basis: Basis,
    /// What to tell a person (a message id with typed arguments).
    pub message: Message,
}

impl Reason {
    /// A reason resting on a field of the document itself.
    pub fn document(field: &'static str, message: Message) -> Reason {
        Reason {
            basis: Basis::Document { field },
            message,
        }
    }

    /// A reason resting on an event of the document's history.
    pub fn event(event: EventName, on: NaiveDate, message: Message) -> Reason {
        Reason {
            basis: Basis::Event { event, on },
            message,
        }
    }
}

/// The dates the evaluator computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// The date the document stops being valid (printed, or as overridden).
    ValidUntil,
    /// The renewal window opens.
    WindowOpens,
    /// "Due soon" starts.
    DueSoonFrom,
    /// The deadline for acting.
    Deadline,
    /// The grace period ends.
    GraceEnds,
    /// No renewal beyond this date (e.g. the MOU 4-year limit).
    TermLimit,
    /// The next 90-day report is due.
    ReportDue,
    /// Filing the next report opens.
    ReportWindowOpens,
    /// Filing the next report closes.
    ReportWindowCloses,
    /// A new employer must be found by this date.
    JobChangeDeadline,
}

impl DateKind {
    /// Every kind of computed date.
    pub const ALL: [DateKind; 10] = [
        DateKind::ValidUntil,
        DateKind::WindowOpens,
        DateKind::DueSoonFrom,
        DateKind::Deadline,
        DateKind::GraceEnds,
        DateKind::TermLimit,
        DateKind::ReportDue,
        DateKind::ReportWindowOpens,
        DateKind::ReportWindowCloses,
        DateKind::JobChangeDeadline,
    ];

    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            DateKind::ValidUntil => "valid_until",
            DateKind::WindowOpens => "window_opens",
            DateKind::DueSoonFrom => "due_soon_from",
            DateKind::Deadline => "deadline",
            DateKind::GraceEnds => "grace_ends",
            DateKind::TermLimit => "term_limit",
            DateKind::ReportDue => "report_due",
            DateKind::ReportWindowOpens => "report_window_opens",
            DateKind::ReportWindowCloses => "report_window_closes",
            DateKind::JobChangeDeadline => "job_change_deadline",
        }
    }

    /// Words for people.
    pub fn label(self) -> &'static str {
        match self {
            DateKind::ValidUntil => "valid until",
            DateKind::WindowOpens => "renewal window opens",
            DateKind::DueSoonFrom => "due soon from",
            DateKind::Deadline => "deadline",
            DateKind::GraceEnds => "grace period ends",
            DateKind::TermLimit => "no renewal beyond",
            DateKind::ReportDue => "90-day report due",
            DateKind::ReportWindowOpens => "report filing opens",
            DateKind::ReportWindowCloses => "report filing closes",
            DateKind::JobChangeDeadline => "find a new employer by",
        }
    }
}

/// A computed date and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyDate {
    /// Which date.
    pub kind: DateKind,
    /// The date.
    pub date: NaiveDate,
    /// Why (at least one reason).
    pub reasons: Vec<Reason>,
}

/// A document the person has that was considered for a prerequisite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Found {
    /// The document.
    pub document: DocumentId,
    /// Its kind.
    pub kind: DocumentKind,
    /// Until when it is valid (if known).
    pub valid_until: Option<NaiveDate>,
}

/// Something that stops a renewal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Blocker {
    /// A prerequisite document is missing or will not be valid long enough.
    Prerequisite {
        /// Kinds that would satisfy it.
        kinds: Vec<DocumentKind>,
        /// The day it is needed.
        needed_on: NaiveDate,
        /// It must be valid at least until this day.
        required_until: NaiveDate,
        /// The best candidate the person has, if any.
        found: Option<Found>,
        /// The rule that requires it.
        reason: Reason,
    },
    /// The longest total term is reached: no further renewal.
    TermLimit {
        /// The limit.
        limit: NaiveDate,
        /// The rule that sets it.
        reason: Reason,
    },
}

impl Blocker {
    /// A short summary for dashboards ("blocked: needs a passport valid until …").
    pub fn summary(&self) -> Message {
        match self {
            Blocker::Prerequisite {
                kinds,
                required_until,
                ..
            } => Message::new(M::BlockerNeeds)
                .kinds("kinds", kinds)
                .date("date", *required_until),
            Blocker::TermLimit { limit, .. } => {
                Message::new(M::BlockerTermLimit).date("date", *limit)
            }
        }
    }

    /// The rule behind the blocker.
    pub fn reason(&self) -> &Reason {
        match self {
            Blocker::Prerequisite { reason, .. } | Blocker::TermLimit { reason, .. } => reason,
        }
    }
}

/// A reminder from the ladder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reminder {
    /// When to remind.
    pub date: NaiveDate,
    /// How long before the target date.
    pub before: Span,
    /// The date it reminds of.
    pub target: DateKind,
    /// The rule that sets the ladder.
    pub reason: Reason,
}

/// An official fee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeeDue {
    /// The fee.
    pub fee: Fee,
    /// The rule that sets it.
    pub reason: Reason,
}

/// A fine owed on the evaluation date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FineDue {
    /// The fine.
    pub fine: Fine,
    /// Days late.
    pub days_late: u64,
    /// Amount owed on the evaluation date.
    pub amount: u64,
    /// The rule that sets it.
    pub reason: Reason,
}

/// Everything computed for one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentStatus {
    /// The document.
    pub document: DocumentId,
    /// Its holder.
    pub holder: PersonId,
    /// Its kind.
    pub kind: DocumentKind,
    /// Its lifecycle state on the evaluation date.
    pub lifecycle: StateName,
    /// Time status on the evaluation date.
    pub status: TimeStatus,
    /// The status by dates alone, before a missing prerequisite turns it
    /// into `Blocked` (e.g. `InGrace` for a blocked document past its
    /// deadline). Used to sort by urgency and to pick the next deadline.
    pub phase: TimeStatus,
    /// Why.
    pub status_reasons: Vec<Reason>,
    /// Key dates, in date order.
    pub dates: Vec<KeyDate>,
    /// What blocks a renewal (also listed before the window opens, as an early warning).
    pub blockers: Vec<Blocker>,
    /// The full reminder ladder.
    pub reminders: Vec<Reminder>,
    /// Reminders due on the evaluation date.
    pub reminders_due: Vec<Reminder>,
    /// Fees for the next renewal.
    pub fees: Vec<FeeDue>,
    /// Fines owed on the evaluation date.
    pub fines: Vec<FineDue>,
    /// Ids of the rules that decided something for this document.
    pub rules: Vec<String>,
    /// Notes (e.g. "renewal submitted on …", missing related documents).
    pub notes: Vec<Message>,
}

impl DocumentStatus {
    /// A key date by kind.
    pub fn date(&self, kind: DateKind) -> Option<&KeyDate> {
        self.dates.iter().find(|d| d.kind == kind)
    }

    /// The next date to act by: the deadline (or report due / job-change
    /// deadline), or the grace end while in grace.
    pub fn next_deadline(&self) -> Option<&KeyDate> {
        let order: &[DateKind] = match self.phase {
            TimeStatus::InGrace => &[DateKind::GraceEnds, DateKind::ReportWindowCloses],
            _ => &[
                DateKind::Deadline,
                DateKind::ReportDue,
                DateKind::JobChangeDeadline,
            ],
        };
        order
            .iter()
            .find_map(|k| self.date(*k))
            .or_else(|| self.date(DateKind::Deadline))
    }
}

/// The result of an evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    /// The evaluation date.
    pub as_of: NaiveDate,
    /// One entry per document that exists on that date, most urgent first.
    pub documents: Vec<DocumentStatus>,
    /// Problems with the input (e.g. a document whose holder is unknown).
    pub warnings: Vec<Message>,
}

impl Evaluation {
    /// The status of one document.
    pub fn get(&self, id: DocumentId) -> Option<&DocumentStatus> {
        self.documents.iter().find(|d| d.document == id)
    }
}

/// Evaluates `documents` (current details) with their `events` for `as_of`.
///
/// Documents with no events count as recorded and active. Only events on or
/// before `as_of` count; a document recorded after `as_of` is left out.
pub fn evaluate(
    people: &[Person],
    documents: &[Document],
    events: &[DocumentEvent],
    rules: &RuleSet,
    as_of: NaiveDate,
) -> Evaluation {
    let ctx = Context::new(people, documents, events, rules, as_of);
    let mut out: Vec<DocumentStatus> = Vec::new();
    for doc in documents {
        if let Some(status) = ctx.status(doc.id) {
            out.push((*status).clone());
        }
    }
    out.sort_by(|a, b| {
        b.phase
            .cmp(&a.phase)
            .then_with(|| (b.status == TimeStatus::Blocked).cmp(&(a.status == TimeStatus::Blocked)))
            .then_with(|| sort_date(a).cmp(&sort_date(b)))
            .then_with(|| a.kind.cmp(&b.kind))
            .then_with(|| a.document.cmp(&b.document))
    });
    Evaluation {
        as_of,
        documents: out,
        warnings: ctx.warnings.into_inner(),
    }
}

fn sort_date(s: &DocumentStatus) -> NaiveDate {
    s.next_deadline().map(|d| d.date).unwrap_or(NaiveDate::MAX)
}

fn rule_reason(rule: &Rule, message: Message) -> Reason {
    Reason {
        basis: Basis::Rule {
            id: rule.id.clone(),
            confidence: rule.confidence,
            sources: rule.sources.clone(),
        },
        message,
    }
}

/// The winning rule for each slot among those that apply to one document.
struct Resolved<'r> {
    slots: BTreeMap<&'r Slot, &'r Rule>,
    /// Slots several rules fill: (rule ids, slot name, chosen rule).
    ambiguous: Vec<(String, String, String)>,
}

impl<'r> Resolved<'r> {
    /// `applicable` holds indices into `rules`.
    fn new(applicable: &[usize], rules: &'r RuleSet) -> Self {
        let mut candidates: BTreeMap<&'r Slot, Vec<usize>> = BTreeMap::new();
        for &i in applicable {
            for slot in rules.slots_of(i) {
                candidates.entry(slot).or_default().push(i);
            }
        }
        let all = rules.rules();
        let mut slots = BTreeMap::new();
        let mut ambiguous = Vec::new();
        for (slot, list) in candidates {
            let winners: Vec<usize> = list
                .iter()
                .copied()
                .filter(|&r| !list.iter().any(|&o| rules.beats(o, r)))
                .collect();
            if winners.len() > 1 {
                let ids: Vec<&str> = winners.iter().map(|&r| all[r].id.as_str()).collect();
                ambiguous.push((ids.join(", "), slot.to_string(), ids[0].to_string()));
            }
            if let Some(&w) = winners.first().or(list.first()) {
                slots.insert(slot, &all[w]);
            }
        }
        Resolved { slots, ambiguous }
    }

    fn get<T>(&self, slot: Slot, pick: impl Fn(&'r Rule) -> Option<T>) -> Option<(T, &'r Rule)> {
        let rule = self.slots.get(&&slot)?;
        pick(rule).map(|v| (v, *rule))
    }

    fn span(
        &self,
        slot: Slot,
        pick: impl Fn(&'r Rule) -> Option<Span>,
    ) -> Option<(Span, &'r Rule)> {
        self.get(slot, pick)
    }

    fn prerequisites(&self) -> Vec<(&'r Prerequisite, &'r Rule)> {
        self.slots
            .iter()
            .filter_map(|(slot, rule)| match slot {
                Slot::Prerequisite(key) => rule
                    .effect
                    .prerequisites
                    .iter()
                    .find(|p| &super::model::prerequisite_key(&p.kinds) == key)
                    .map(|p| (p, *rule)),
                _ => None,
            })
            .collect()
    }

    fn fees(&self) -> Vec<(&'r Fee, &'r Rule)> {
        self.slots
            .iter()
            .filter_map(|(slot, rule)| match slot {
                Slot::Fee(id) => rule
                    .effect
                    .fees
                    .iter()
                    .find(|f| &f.id == id)
                    .map(|f| (f, *rule)),
                _ => None,
            })
            .collect()
    }

    fn fines(&self) -> Vec<(&'r Fine, &'r Rule)> {
        self.slots
            .iter()
            .filter_map(|(slot, rule)| match slot {
                Slot::Fine(id) => rule
                    .effect
                    .fines
                    .iter()
                    .find(|f| &f.id == id)
                    .map(|f| (f, *rule)),
                _ => None,
            })
            .collect()
    }

    fn rule_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.slots.values().map(|r| r.id.clone()).collect();
        ids.sort();
        ids.dedup();
        ids
    }
}

struct Context<'a> {
    as_of: NaiveDate,
    rules: &'a RuleSet,
    people: HashMap<PersonId, &'a Person>,
    documents: HashMap<DocumentId, &'a Document>,
    by_holder: HashMap<PersonId, Vec<DocumentId>>,
    records: HashMap<DocumentId, DocumentRecord>,
    memo: RefCell<HashMap<DocumentId, Option<Rc<DocumentStatus>>>>,
    visiting: RefCell<HashSet<DocumentId>>,
    warnings: RefCell<Vec<Message>>,
}

impl<'a> Context<'a> {
    fn new(
        people: &'a [Person],
        documents: &'a [Document],
        events: &'a [DocumentEvent],
        rules: &'a RuleSet,
        as_of: NaiveDate,
    ) -> Self {
        let mut warnings = Vec::new();
        let mut per_doc: HashMap<DocumentId, Vec<&DocumentEvent>> = HashMap::new();
        for e in events.iter().filter(|e| e.on <= as_of) {
            per_doc.entry(e.document).or_default().push(e);
        }
        let has_events: HashSet<DocumentId> = events.iter().map(|e| e.document).collect();
        let mut records = HashMap::new();
        let mut by_holder: HashMap<PersonId, Vec<DocumentId>> = HashMap::new();
        let mut docs = HashMap::new();
        for doc in documents {
            let record = if has_events.contains(&doc.id) {
                match DocumentRecord::fold(per_doc.remove(&doc.id).unwrap_or_default()) {
                    Ok(Some(r)) => Some(r),
                    Ok(None) => None, // recorded after as_of
                    Err(_) => {
                        warnings.push(
                            Message::new(M::WarningEventsDoNotFold)
                                .text("document", doc.id.to_string()),
                        );
                        None
                    }
                }
            } else {
                Some(DocumentRecord {
                    document: doc.clone(),
                    state: LifecycleState::Active,
                    recorded_on: as_of,
                    last_event_on: as_of,
                    filings: Vec::new(),
                    event_count: 0,
                })
            };
            if let Some(r) = record {
                records.insert(doc.id, r);
                by_holder.entry(doc.holder).or_default().push(doc.id);
                docs.insert(doc.id, doc);
            }
        }
        Context {
            as_of,
            rules,
            people: people.iter().map(|p| (p.id, p)).collect(),
            documents: docs,
            by_holder,
            records,
            memo: RefCell::new(HashMap::new()),
            visiting: RefCell::new(HashSet::new()),
            warnings: RefCell::new(warnings),
        }
    }

    fn warn(&self, w: Message) {
        self.warnings.borrow_mut().push(w);
    }

    /// The status of one document (memoised; `None` if it cannot be evaluated).
    fn status(&self, id: DocumentId) -> Option<Rc<DocumentStatus>> {
        if let Some(done) = self.memo.borrow().get(&id) {
            return done.clone();
        }
        if !self.visiting.borrow_mut().insert(id) {
            self.warn(Message::new(M::WarningRuleCycle).text("document", id.to_string()));
            return None;
        }
        let result = self.compute(id).map(Rc::new);
        self.visiting.borrow_mut().remove(&id);
        self.memo.borrow_mut().insert(id, result.clone());
        result
    }

    fn compute(&self, id: DocumentId) -> Option<DocumentStatus> {
        let doc = *self.documents.get(&id)?;
        let record = self.records.get(&id)?;
        let Some(person) = self.people.get(&doc.holder) else {
            self.warn(Message::new(M::WarningHolderUnknown).text("document", id.to_string()));
            return None;
        };
        let applicable: Vec<usize> = self
            .rules
            .rules()
            .iter()
            .enumerate()
            .filter(|(_, r)| r.in_force_on(self.as_of) && r.applies.matches(person, doc))
            .map(|(i, _)| i)
            .collect();
        let resolved = Resolved::new(&applicable, self.rules);
        for (rules, slot, chosen) in &resolved.ambiguous {
            self.warn(
                Message::new(M::WarningAmbiguousRules)
                    .text("document", id.to_string())
                    .text("rules", rules.clone())
                    .text("slot", slot.clone())
                    .rule("chosen", chosen),
            );
        }
        let mut st = DocumentStatus {
            document: id,
            holder: doc.holder,
            kind: doc.kind.clone(),
            lifecycle: record.state.name(),
            status: TimeStatus::NotApplicable,
            phase: TimeStatus::NotApplicable,
            status_reasons: Vec::new(),
            dates: Vec::new(),
            blockers: Vec::new(),
            reminders: Vec::new(),
            reminders_due: Vec::new(),
            fees: Vec::new(),
            fines: Vec::new(),
            rules: resolved.rule_ids(),
            notes: Vec::new(),
        };
        match &record.state {
            LifecycleState::Active | LifecycleState::RenewalInProgress { .. } => {
                if doc.kind.is_recurring_obligation() {
                    self.recurring(doc, record, &resolved, &mut st);
                } else {
                    self.renewable(doc, record, &resolved, &mut st);
                }
            }
            LifecycleState::Cancelled {
                on,
                reason: CancelReason::LeftEmployer,
            } if resolved.slots.contains_key(&Slot::JobChangePeriod) => {
                self.job_change(*on, &resolved, &mut st);
            }
            other => {
                st.status_reasons.push(lifecycle_reason(other));
            }
        }
        st.dates.sort_by_key(|d| (d.date, d.kind));
        Some(st)
    }

    /// The date `id` stops being valid, for other documents' caps, lapses and prerequisites.
    fn valid_until(&self, id: DocumentId) -> Option<NaiveDate> {
        let st = self.status(id)?;
        st.date(DateKind::ValidUntil)
            .or_else(|| st.date(DateKind::JobChangeDeadline))
            .map(|d| d.date)
    }

    /// The holder's current document of one of `kinds`, preferring one linked
    /// from `from` with `link`, then the one valid longest.
    fn governing(
        &self,
        from: &Document,
        kinds: &[DocumentKind],
        link: Option<LinkKind>,
    ) -> Option<DocumentId> {
        let current = |id: &DocumentId| {
            self.records
                .get(id)
                .is_some_and(|r| r.state.is_current() && kinds.contains(&r.document.kind))
        };
        if let Some(target) = link.and_then(|l| from.link(l)) {
            if current(&target) {
                return Some(target);
            }
        }
        let mut best: Option<(Option<NaiveDate>, DocumentId)> = None;
        for id in self.by_holder.get(&from.holder).into_iter().flatten() {
            if *id == from.id || !current(id) {
                continue;
            }
            let until = self.valid_until(*id);
            if best
                .as_ref()
                .is_none_or(|(b, bid)| (until, *id) > (*b, *bid))
            {
                best = Some((until, *id));
            }
        }
        best.map(|(_, id)| id)
    }

    /// If `doc` is stamped in a document of `kinds` that is no longer
    /// current (renewed, replaced, lost), that document's printed expiry.
    fn replaced_stamp_target(
        &self,
        doc: &Document,
        kinds: &[DocumentKind],
    ) -> Option<(NaiveDate, DocumentId)> {
        let target = doc.link(LinkKind::StampedIn)?;
        let record = self.records.get(&target)?;
        if record.state.is_current() || !kinds.contains(&record.document.kind) {
            return None;
        }
        record.document.expires_on.map(|d| (d, target))
    }

    /// If `doc` is tied to a document of `kinds` that was cancelled, the
    /// cancellation date.
    fn cancelled_tie_target(
        &self,
        doc: &Document,
        kinds: &[DocumentKind],
    ) -> Option<(NaiveDate, DocumentId)> {
        let target = doc.link(LinkKind::TiedTo)?;
        let record = self.records.get(&target)?;
        match record.state {
            LifecycleState::Cancelled { on, .. } if kinds.contains(&record.document.kind) => {
                Some((on, target))
            }
            _ => None,
        }
    }

    /// The most recent cancellation among the holder's documents of `kinds`
    /// that happened while `from` existed (not before it was issued).
    fn last_cancelled(
        &self,
        from: &Document,
        kinds: &[DocumentKind],
    ) -> Option<(DocumentId, NaiveDate)> {
        self.by_holder
            .get(&from.holder)
            .into_iter()
            .flatten()
            .filter_map(|id| {
                let r = self.records.get(id)?;
                match r.state {
                    LifecycleState::Cancelled { on, .. }
                        if kinds.contains(&r.document.kind)
                            && from.issued_on.is_none_or(|i| on >= i) =>
                    {
                        Some((*id, on))
                    }
                    _ => None,
                }
            })
            .max_by_key(|(id, on)| (*on, *id))
    }

    fn renewable(
        &self,
        doc: &Document,
        record: &DocumentRecord,
        res: &Resolved,
        st: &mut DocumentStatus,
    ) {
        // 1. Valid until: printed expiry, or issue date + validity term.
        let mut valid: Option<(NaiveDate, Vec<Reason>)> = match (
            doc.expires_on,
            res.span(Slot::Validity, |r| r.effect.validity),
        ) {
            (Some(exp), _) => Some((
                exp,
                vec![Reason::document(
                    "expires_on",
                    Message::new(M::ReasonPrintedExpiry).date("date", exp),
                )],
            )),
            (None, Some((term, rule))) => doc
                .issued_on
                .and_then(|i| term.after(i).map(|d| (i, d)))
                .map(|(issued, until)| {
                    (
                        until,
                        vec![
                            Reason::document(
                                "issued_on",
                                Message::new(M::ReasonIssuedOn).date("date", issued),
                            ),
                            rule_reason(
                                rule,
                                Message::new(M::ReasonValidityTerm).span("span", term),
                            ),
                        ],
                    )
                }),
            (None, None) => None,
        };
        // 2. A fixed end of authorisation set by a resolution overrides it.
        if let Some((end, rule)) =
            res.get(Slot::EndOfAuthorisation, |r| r.effect.end_of_authorisation)
        {
            let mut reasons = vec![rule_reason(
                rule,
                Message::new(M::ReasonEndOfAuthorisation).date("date", end),
            )];
            if let Some((printed, _)) = &valid {
                if *printed != end {
                    reasons.push(Reason::document(
                        "expires_on",
                        Message::new(M::ReasonReplacesPrintedDate).date("date", *printed),
                    ));
                }
            }
            valid = Some((end, reasons));
        }
        let Some((mut until, mut until_reasons)) = valid else {
            st.status_reasons.push(Reason::document(
                "expires_on",
                Message::new(M::ReasonNoExpiry),
            ));
            return;
        };
        // 3. Caps (stay never beyond the passport) and lapses (Seabook with the work permit).
        let linked = [
            (
                Slot::CappedBy,
                M::ReasonCappedBy,
                M::NoteCappedByMissing,
                Some(LinkKind::StampedIn),
            ),
            (
                Slot::LapsesWith,
                M::ReasonLapsesWith,
                M::NoteLapsesWithMissing,
                Some(LinkKind::TiedTo),
            ),
        ];
        for (slot, verb, missing, link) in linked {
            let Some((kinds, rule)) = res.get(slot.clone(), |r| match slot {
                Slot::CappedBy => r.effect.capped_by.clone(),
                _ => r.effect.lapses_with.clone(),
            }) else {
                continue;
            };
            let fixed_end = if slot == Slot::CappedBy {
                self.replaced_stamp_target(doc, &kinds)
            } else {
                self.cancelled_tie_target(doc, &kinds)
            };
            let limit = match (fixed_end, self.governing(doc, &kinds, link)) {
                // A stay stamped in a passport that was since replaced is not
                // transferred to the new one: it stays capped by the old one.
                // A document tied to a cancelled one ends with it.
                (Some(old), _) => Some(old),
                (None, Some(other)) => self.valid_until(other).map(|d| (d, other)),
                (None, None) if slot == Slot::LapsesWith => {
                    self.last_cancelled(doc, &kinds).map(|(id, on)| (on, id))
                }
                (None, None) => None,
            };
            match limit {
                Some((date, other)) if date < until => {
                    let other_kind = self
                        .documents
                        .get(&other)
                        .map(|d| d.kind.clone())
                        .unwrap_or(DocumentKind::Other("?".into()));
                    until = date;
                    until_reasons = vec![
                        rule_reason(rule, Message::new(verb).kinds("kinds", &kinds)),
                        Reason {
                            basis: Basis::Related {
                                document: other,
                                kind: other_kind.clone(),
                            },
                            message: Message::new(M::ReasonRelatedEnds)
                                .kind("kind", &other_kind)
                                .date("date", date),
                        },
                    ];
                }
                Some(_) => {}
                None => st.notes.push(
                    Message::new(missing)
                        .kinds("kinds", &kinds)
                        .rule("rule", &rule.id),
                ),
            }
        }
        st.dates.push(KeyDate {
            kind: DateKind::ValidUntil,
            date: until,
            reasons: until_reasons.clone(),
        });
        // 4. Deadline, window, due soon, grace.
        let (deadline, deadline_reasons) = match res.span(Slot::DeadlineAfterExpiry, |r| {
            r.effect.deadline_after_expiry
        }) {
            Some((after, rule)) => match after.after(until) {
                Some(d) => (
                    d,
                    vec![rule_reason(
                        rule,
                        Message::new(M::ReasonDeadlineAfterExpiry).span("span", after),
                    )],
                ),
                None => (until, until_reasons.clone()),
            },
            None => (until, until_reasons.clone()),
        };
        st.dates.push(KeyDate {
            kind: DateKind::Deadline,
            date: deadline,
            reasons: deadline_reasons.clone(),
        });
        let deadline_date = KeyDate {
            kind: DateKind::Deadline,
            date: deadline,
            reasons: deadline_reasons,
        };
        let submitted = match record.state {
            LifecycleState::RenewalInProgress {
                submitted_on: Some(on),
                ..
            } => {
                st.notes
                    .push(Message::new(M::NoteRenewalSubmitted).date("date", on));
                Some(on)
            }
            LifecycleState::RenewalInProgress { started_on, .. } => {
                st.notes
                    .push(Message::new(M::NoteRenewalStarted).date("date", started_on));
                None
            }
            _ => None,
        };
        let window = self.windows(&deadline_date, res, st);
        // 5. Term limit (MOU 4 years) and prerequisites.
        if let Some((term, rule)) = res.span(Slot::MaxTotalTerm, |r| r.effect.max_total_term) {
            if let Some((first_issue, first)) = self.chain_start(doc) {
                if let Some(limit) = term.after(first_issue) {
                    let reason = rule_reason(
                        rule,
                        Message::new(M::ReasonTermLimit)
                            .span("span", term)
                            .date("date", first_issue),
                    );
                    let mut reasons = vec![reason.clone()];
                    if first != doc.id {
                        reasons.push(Reason {
                            basis: Basis::Related {
                                document: first,
                                kind: doc.kind.clone(),
                            },
                            message: Message::new(M::ReasonChainStart)
                                .kind("kind", &doc.kind)
                                .date("date", first_issue),
                        });
                    }
                    st.dates.push(KeyDate {
                        kind: DateKind::TermLimit,
                        date: limit,
                        reasons,
                    });
                    if deadline >= limit && submitted.is_none() {
                        st.blockers.push(Blocker::TermLimit { limit, reason });
                    }
                }
            }
        }
        if submitted.is_none() {
            let needed_on = window
                .map_or(self.as_of, |w| w.max(self.as_of))
                .min(deadline.max(self.as_of));
            for (p, rule) in res.prerequisites() {
                if let Some(b) = self.prerequisite(doc, p, rule, needed_on) {
                    st.blockers.push(b);
                }
            }
        }
        // 6. Status.
        let grace_end = st.date(DateKind::GraceEnds).map(|d| d.date);
        self.set_status(st, deadline, grace_end, submitted.is_none());
        self.money(res, st, deadline, grace_end);
        if submitted.is_none() {
            self.reminders(res, st, DateKind::Deadline, deadline);
        }
    }

    /// Adds window, due-soon and grace dates around `deadline`; returns the window opening.
    fn windows(
        &self,
        deadline: &KeyDate,
        res: &Resolved,
        st: &mut DocumentStatus,
    ) -> Option<NaiveDate> {
        let d = deadline.date;
        let mut opens = None;
        if let Some((span, rule)) = res.span(Slot::RenewalWindow, |r| r.effect.renewal_window) {
            if let Some(date) = span.before(d) {
                opens = Some(date);
                st.dates.push(KeyDate {
                    kind: DateKind::WindowOpens,
                    date,
                    reasons: vec![rule_reason(
                        rule,
                        Message::new(M::ReasonWindowOpens)
                            .span("span", span)
                            .date("date", d),
                    )],
                });
            }
        }
        let soon = res
            .span(Slot::DueSoon, |r| r.effect.due_soon)
            .map(|(s, r)| (s, r, M::ReasonDueSoon))
            .or_else(|| {
                res.span(Slot::ProcessingTime, |r| r.effect.processing_time)
                    .map(|(s, r)| (s, r, M::ReasonProcessingTime))
            });
        if let Some((span, rule, what)) = soon {
            if let Some(date) = span.before(d) {
                st.dates.push(KeyDate {
                    kind: DateKind::DueSoonFrom,
                    date,
                    reasons: vec![rule_reason(
                        rule,
                        Message::new(what).span("span", span).date("date", d),
                    )],
                });
            }
        }
        if let Some((span, rule)) = res.span(Slot::Grace, |r| r.effect.grace) {
            if let Some(date) = span.after(d) {
                st.dates.push(KeyDate {
                    kind: DateKind::GraceEnds,
                    date,
                    reasons: vec![rule_reason(
                        rule,
                        Message::new(M::ReasonGrace)
                            .span("span", span)
                            .date("date", d),
                    )],
                });
            }
        }
        opens
    }

    fn set_status(
        &self,
        st: &mut DocumentStatus,
        deadline: NaiveDate,
        grace_end: Option<NaiveDate>,
        may_block: bool,
    ) {
        let t = self.as_of;
        let date_reasons = |st: &DocumentStatus, k: DateKind| {
            st.date(k).map(|d| d.reasons.clone()).unwrap_or_default()
        };
        let (status, from) = if t > grace_end.unwrap_or(deadline) {
            (
                TimeStatus::Expired,
                if grace_end.is_some() {
                    DateKind::GraceEnds
                } else {
                    deadline_kind(st)
                },
            )
        } else if t > deadline {
            (TimeStatus::InGrace, DateKind::GraceEnds)
        } else if st.date(DateKind::DueSoonFrom).is_some_and(|d| t >= d.date) {
            (TimeStatus::DueSoon, DateKind::DueSoonFrom)
        } else if st.date(DateKind::WindowOpens).is_some_and(|d| t >= d.date) {
            (TimeStatus::WindowOpen, DateKind::WindowOpens)
        } else if st
            .date(DateKind::ReportWindowOpens)
            .is_some_and(|d| t >= d.date)
        {
            (TimeStatus::WindowOpen, DateKind::ReportWindowOpens)
        } else {
            (TimeStatus::Valid, deadline_kind(st))
        };
        st.status = status;
        st.phase = status;
        st.status_reasons = date_reasons(st, from);
        if status == TimeStatus::InGrace {
            st.status_reasons
                .extend(date_reasons(st, deadline_kind(st)));
        }
        let acting = matches!(
            status,
            TimeStatus::WindowOpen | TimeStatus::DueSoon | TimeStatus::InGrace
        );
        if may_block && acting && !st.blockers.is_empty() {
            st.status = TimeStatus::Blocked;
            for b in &st.blockers {
                st.status_reasons.push(match b {
                    Blocker::Prerequisite { reason, .. } | Blocker::TermLimit { reason, .. } => {
                        reason.clone()
                    }
                });
            }
        }
    }

    fn prerequisite(
        &self,
        doc: &Document,
        p: &Prerequisite,
        rule: &Rule,
        needed_on: NaiveDate,
    ) -> Option<Blocker> {
        let required_until = p
            .min_remaining
            .and_then(|m| m.after(needed_on))
            .unwrap_or(needed_on);
        let link = match doc.kind {
            DocumentKind::Visa => Some(LinkKind::StampedIn),
            _ => Some(LinkKind::TiedTo),
        };
        let best = self.governing(doc, &p.kinds, link);
        let found = best.map(|id| Found {
            document: id,
            kind: self
                .documents
                .get(&id)
                .map(|d| d.kind.clone())
                .unwrap_or(DocumentKind::Other("?".into())),
            valid_until: self.valid_until(id),
        });
        let ok = found
            .as_ref()
            .and_then(|f| f.valid_until)
            .is_some_and(|u| u >= required_until);
        if ok {
            return None;
        }
        let message = match &found {
            Some(Found {
                kind,
                valid_until: Some(u),
                ..
            }) => Message::new(M::ReasonPrerequisiteEnds)
                .kind("found", kind)
                .date("found_until", *u),
            Some(Found { kind, .. }) => {
                Message::new(M::ReasonPrerequisiteNoExpiry).kind("found", kind)
            }
            None => Message::new(M::ReasonPrerequisiteMissing),
        };
        let mut message = message
            .kinds("kinds", &p.kinds)
            .date("needed", needed_on)
            .date("until", required_until);
        if let Some(m) = p.min_remaining {
            message = message.span("min_remaining", m);
        }
        Some(Blocker::Prerequisite {
            kinds: p.kinds.clone(),
            needed_on,
            required_until,
            found,
            reason: rule_reason(rule, message),
        })
    }

    fn chain_start(&self, doc: &Document) -> Option<(NaiveDate, DocumentId)> {
        let mut current = doc;
        let mut seen = HashSet::new();
        while let Some(prev) = current.link(LinkKind::Renews) {
            if !seen.insert(prev) {
                break;
            }
            match self.documents.get(&prev) {
                Some(p) => current = p,
                None => break,
            }
        }
        current.issued_on.map(|d| (d, current.id))
    }

    fn recurring(
        &self,
        doc: &Document,
        record: &DocumentRecord,
        res: &Resolved,
        st: &mut DocumentStatus,
    ) {
        let Some((rec, rule)) = res.get(Slot::Recurring, |r| r.effect.recurring) else {
            st.status_reasons.push(Reason::document(
                "kind",
                Message::new(M::ReasonNoRecurringRule),
            ));
            return;
        };
        let (anchor, anchor_reason) = match (
            record
                .filings
                .iter()
                .copied()
                .filter(|d| *d <= self.as_of)
                .max(),
            doc.issued_on,
        ) {
            (Some(last), _) => (
                last,
                Reason::event(
                    EventName::ReportFiled,
                    last,
                    Message::new(M::ReasonLastReportFiled).date("date", last),
                ),
            ),
            (None, Some(entry)) => (
                entry,
                Reason::document(
                    "issued_on",
                    Message::new(M::ReasonDateOfEntry).date("date", entry),
                ),
            ),
            (None, None) => {
                st.status_reasons.push(Reason::document(
                    "issued_on",
                    Message::new(M::ReasonEntryDateMissing),
                ));
                return;
            }
        };
        let (Some(due), Some(opens), Some(closes)) = (
            rec.every.after(anchor),
            rec.every
                .after(anchor)
                .and_then(|d| rec.window_before.before(d)),
            rec.every
                .after(anchor)
                .and_then(|d| rec.window_after.after(d)),
        ) else {
            return;
        };
        let why = |m: Message| vec![anchor_reason.clone(), rule_reason(rule, m)];
        st.dates.push(KeyDate {
            kind: DateKind::ReportDue,
            date: due,
            reasons: why(Message::new(M::ReasonReportDue).span("span", rec.every)),
        });
        st.dates.push(KeyDate {
            kind: DateKind::ReportWindowOpens,
            date: opens,
            reasons: why(Message::new(M::ReasonReportWindowOpens)
                .span("span", rec.window_before)
                .date("date", due)),
        });
        st.dates.push(KeyDate {
            kind: DateKind::ReportWindowCloses,
            date: closes,
            reasons: why(Message::new(M::ReasonReportWindowCloses)
                .span("span", rec.window_after)
                .date("date", due)),
        });
        if let Some((span, r)) = res.span(Slot::DueSoon, |r| r.effect.due_soon) {
            if let Some(date) = span.before(due) {
                st.dates.push(KeyDate {
                    kind: DateKind::DueSoonFrom,
                    date,
                    reasons: vec![rule_reason(
                        r,
                        Message::new(M::ReasonDueSoon)
                            .span("span", span)
                            .date("date", due),
                    )],
                });
            }
        }
        self.set_status(st, due, Some(closes), false);
        if st.status == TimeStatus::InGrace {
            st.status_reasons = st
                .date(DateKind::ReportWindowCloses)
                .map(|d| d.reasons.clone())
                .unwrap_or_default();
        } else if st.status == TimeStatus::Expired {
            st.status_reasons = st
                .date(DateKind::ReportWindowCloses)
                .map(|d| d.reasons.clone())
                .unwrap_or_default();
        }
        self.money(res, st, due, Some(closes));
        self.reminders(res, st, DateKind::ReportDue, due);
    }

    fn job_change(&self, left_on: NaiveDate, res: &Resolved, st: &mut DocumentStatus) {
        let Some((period, rule)) = res.span(Slot::JobChangePeriod, |r| r.effect.job_change_period)
        else {
            return;
        };
        let Some(deadline) = period.after(left_on) else {
            return;
        };
        let reasons = vec![
            Reason::event(
                EventName::Cancelled,
                left_on,
                Message::new(M::ReasonLeftEmployer).date("date", left_on),
            ),
            rule_reason(
                rule,
                Message::new(M::ReasonJobChangePeriod).span("span", period),
            ),
        ];
        st.dates.push(KeyDate {
            kind: DateKind::JobChangeDeadline,
            date: deadline,
            reasons: reasons.clone(),
        });
        st.dates.push(KeyDate {
            kind: DateKind::WindowOpens,
            date: left_on,
            reasons: vec![reasons[0].clone()],
        });
        if let Some((span, r)) = res.span(Slot::DueSoon, |r| r.effect.due_soon) {
            if let Some(date) = span.before(deadline) {
                st.dates.push(KeyDate {
                    kind: DateKind::DueSoonFrom,
                    date,
                    reasons: vec![rule_reason(
                        r,
                        Message::new(M::ReasonDueSoon)
                            .span("span", span)
                            .date("date", deadline),
                    )],
                });
            }
        }
        self.set_status(st, deadline, None, false);
        self.reminders(res, st, DateKind::JobChangeDeadline, deadline);
    }

    fn money(
        &self,
        res: &Resolved,
        st: &mut DocumentStatus,
        deadline: NaiveDate,
        grace_end: Option<NaiveDate>,
    ) {
        for (fee, rule) in res.fees() {
            st.fees.push(FeeDue {
                fee: fee.clone(),
                reason: rule_reason(
                    rule,
                    Message::new(M::ReasonFee)
                        .text("label", fee.label.clone())
                        .money("amount", fee.amount, &fee.currency),
                ),
            });
        }
        for (fine, rule) in res.fines() {
            let from = match fine.from {
                FineFrom::Deadline => Some(deadline),
                FineFrom::GraceEnd => Some(grace_end.unwrap_or(deadline)),
            };
            let Some(from) = from else { continue };
            let days_late = (self.as_of - from).num_days();
            if days_late <= 0 {
                continue;
            }
            let days_late = days_late as u64;
            let amount = fine.amount_after(days_late);
            st.fines.push(FineDue {
                fine: fine.clone(),
                days_late,
                amount,
                reason: rule_reason(
                    rule,
                    Message::new(M::ReasonFine)
                        .text("label", fine.label.clone())
                        .money("amount", amount, &fine.currency)
                        .number("days", i64::try_from(days_late).unwrap_or(i64::MAX))
                        .date("date", from),
                ),
            });
        }
    }

    fn reminders(
        &self,
        res: &Resolved,
        st: &mut DocumentStatus,
        target: DateKind,
        date: NaiveDate,
    ) {
        let Some((ladder, rule)) =
            res.get(Slot::ReminderLadder, |r| r.effect.reminder_ladder.clone())
        else {
            return;
        };
        for step in ladder {
            if let Some(on) = step.before(date) {
                let reminder = Reminder {
                    date: on,
                    before: step,
                    target,
                    reason: rule_reason(
                        rule,
                        Message::new(M::ReasonReminder)
                            .span("span", step)
                            .term("target", target.term())
                            .date("date", date),
                    ),
                };
                if on == self.as_of {
                    st.reminders_due.push(reminder.clone());
                }
                st.reminders.push(reminder);
            }
        }
    }
}

fn deadline_kind(st: &DocumentStatus) -> DateKind {
    [
        DateKind::Deadline,
        DateKind::ReportDue,
        DateKind::JobChangeDeadline,
    ]
    .into_iter()
    .find(|k| st.date(*k).is_some())
    .unwrap_or(DateKind::Deadline)
}

fn lifecycle_reason(state: &LifecycleState) -> Reason {
    use crate::domain::SupersededVia;
    let (event, on, id) = match state {
        LifecycleState::Superseded {
            on,
            via: SupersededVia::Renewal,
            ..
        } => (EventName::RenewalApproved, *on, M::ReasonSuperseded),
        LifecycleState::Superseded {
            on,
            via: SupersededVia::Replacement,
            ..
        } => (EventName::ReplacementReceived, *on, M::ReasonReplaced),
        LifecycleState::Lost { on } => (EventName::ReportedLost, *on, M::ReasonLost),
        LifecycleState::Cancelled { on, .. } => (EventName::Cancelled, *on, M::ReasonCancelled),
        LifecycleState::Archived { on, .. } => (EventName::Archived, *on, M::ReasonArchived),
        LifecycleState::Active | LifecycleState::RenewalInProgress { .. } => {
            return Reason::document("state", Message::new(M::ReasonCurrent));
        }
    };
    Reason::event(event, on, Message::new(id).date("date", on))
}
