//! Notices when the rules change (docs/adr/0023): whenever the rules in use
//! differ from those this store was last evaluated with — a pack installed,
//! a pack removed or refused so the bundled rules are back, an app update
//! with newer bundled rules — each person's documents and plan are
//! evaluated under both, today and on each day within a year on which a
//! changed rule starts or stops, and every difference becomes a notice in
//! that person's sealed history (never the same change twice).
//!
//! The same comparison, without writing anything, tells maintainers what a
//! pack would change in a caseload before they publish it
//! ([`App::rules_impact`]).

use super::dashboard::Dashboard;
use super::{App, AppError, AppResult, RulesInfo, RulesOrigin};
use crate::domain::{
    DocumentId, EventId, Notice, NoticeChange, PersonChange, PersonId, ReceivedNotice,
};
use crate::messages::{ArgName as A, AsTerm, Localizer, Message, MessageId as M};
use crate::plan::notices::{changes, days_of_change, rules_differ, Days, Side};
use crate::plan::Action;
use crate::rules::compiled::read_bundle;
use crate::rules::evaluate::{evaluate, DateKind, DocumentStatus, TimeStatus};
use crate::rules::pack;
use crate::rules::RuleSet;
use crate::store::UsedRules;
use chrono::NaiveDate;
use std::collections::HashMap;

/// How many later days (on which a changed rule starts or stops) are
/// compared besides today.
pub const MAX_LATER_DAYS: usize = 12;

/// A notice as an app lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NoticeView {
    /// Its id (to mark it read).
    pub id: EventId,
    /// Whose.
    pub person: PersonId,
    /// The day it was noticed.
    pub on: NaiveDate,
    /// Read.
    pub read: bool,
    /// What changed, as data.
    pub notice: Notice,
    /// The message, with typed arguments (for an app's own rendering).
    pub message: Message,
    /// The whole notice in the person's language: the change, from when,
    /// and the rule's source.
    pub text: String,
    /// The other changes to the same document, one line each.
    pub also_texts: Vec<String>,
}

/// The identity of a rule set for notices: `set@version`
/// (`set@unversioned` for rule files without `pack.toml`).
pub fn rules_identity(info: &RulesInfo) -> String {
    match info.version {
        Some(v) => format!("{}@{v}", info.set_id),
        None => format!("{}@unversioned", info.set_id),
    }
}

impl App {
    /// Compares the rules in use with those this store was last evaluated
    /// with and keeps what changed for each person (not archived) as
    /// notices dated `today` (or the person's latest event, if later).
    /// Returns the notices created; none when the rules are the same, when
    /// nothing changes for anyone, the first time (nothing to compare), or
    /// in a read-only store.
    pub fn notice_rule_changes(&mut self, today: NaiveDate) -> AppResult<Vec<NoticeView>> {
        // Nothing can be kept in a read-only store: the change is noticed
        // the next time it is opened writable.
        if self.is_read_only() {
            return Ok(Vec::new());
        }
        let identity = rules_identity(self.rules_info());
        // Called at every sync and open: the sealed row (the whole rule
        // set) is read once per session while the rules stay the same.
        if self.rules_noticed.as_deref() == Some(identity.as_str()) {
            return Ok(Vec::new());
        }
        let used = self.store().rules_used()?;
        if used.as_ref().is_some_and(|u| u.identity == identity) {
            self.rules_noticed = Some(identity);
            return Ok(Vec::new());
        }
        let mut created = Vec::new();
        if let Some(used) = used {
            // Rules this library can no longer read (a future format) give
            // no notices; the new rules are recorded all the same.
            let old = match &used.rules {
                UsedRules::Bundle(bytes) => read_bundle(bytes, false).ok().map(|(r, _)| r),
                UsedRules::Pack(bytes) => pack::inspect(bytes).ok().and_then(|p| p.rule_set().ok()),
            };
            if let Some(old) = old {
                let rules = self.rules().clone();
                let found = self.compare_rules(&old, &used.identity, &rules, &identity, today)?;
                for (person, notice) in found {
                    if let Some(view) = self.keep_notice(person, notice, today)? {
                        created.push(view);
                    }
                }
            }
        }
        let rules = self.rules_in_use_as_recorded()?;
        self.store_mut().save_rules_used(&identity, &rules)?;
        self.rules_noticed = Some(identity);
        Ok(created)
    }

    /// At the opening of a store (`today`: the device's date): notices a
    /// library update whose built-in rules differ from those last used.
    /// Not when a rule pack is installed: which rules are in use is known
    /// only once the app configures the packs it trusts
    /// ([`App::configure_rule_packs`], then [`App::notice_rule_changes`]).
    /// Best effort: a store that cannot be written now (read-only medium)
    /// still opens, and the change is noticed at the next comparison.
    pub fn notice_rule_changes_at_open(&mut self, today: NaiveDate) -> Vec<NoticeView> {
        match self.store().installed_rule_pack() {
            Ok(None) => self.notice_rule_changes(today).unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// What going from `old` to `new` rules would change for each person of
    /// this store, on `today` and the year after. Nothing is
    /// written (for `pack show --store` and `rules diff`).
    pub fn rules_impact(
        &self,
        (old, old_label): (&RuleSet, &str),
        (new, new_label): (&RuleSet, &str),
        today: NaiveDate,
    ) -> AppResult<Vec<(PersonId, Notice)>> {
        self.compare_rules(old, old_label, new, new_label, today)
    }

    /// Every notice, of one person or of everyone, newest first.
    pub fn notices(&self, person: Option<PersonId>) -> AppResult<Vec<NoticeView>> {
        let people = match person {
            Some(id) => vec![self.person(id)?],
            None => self.people()?.items,
        };
        let mut out: Vec<NoticeView> = people
            .iter()
            .flat_map(|r| {
                let language = r.person.language;
                r.notices
                    .iter()
                    .map(move |n| view(r.person.id, n, Localizer::shared(language)))
            })
            .collect();
        out.sort_by(|a, b| b.on.cmp(&a.on).then(b.id.cmp(&a.id)));
        Ok(out)
    }

    /// Marks a notice read (on `today`, or the person's latest event if
    /// later). `NotFound` for no such notice; marking it again changes
    /// nothing.
    pub fn mark_notice_read(&mut self, id: EventId, today: NaiveDate) -> AppResult<()> {
        let people = self.people()?.items;
        let Some(record) = people
            .iter()
            .find(|r| r.notices.iter().any(|n| n.event == id))
        else {
            return Err(AppError::NotFound {
                record: crate::store::RecordKind::Event,
            });
        };
        if record.notices.iter().any(|n| n.event == id && n.read) {
            return Ok(());
        }
        let on = today.max(record.last_event_on);
        self.store_mut().person_event(
            record.person.id,
            PersonChange::NoticeRead { event: id },
            on,
        )?;
        Ok(())
    }

    /// Keeps one notice in the person's history unless they are archived
    /// or the same change was noticed before.
    fn keep_notice(
        &mut self,
        person: PersonId,
        notice: Notice,
        today: NaiveDate,
    ) -> AppResult<Option<NoticeView>> {
        let record = self.person(person)?;
        if record.archived || record.notices.iter().any(|n| n.notice.same_change(&notice)) {
            return Ok(None);
        }
        let on = today.max(record.last_event_on);
        let (next, event) =
            self.store_mut()
                .person_event(person, PersonChange::NoticeReceived { notice }, on)?;
        let kept = next.notices.iter().find(|n| n.event == event);
        Ok(kept.map(|n| view(person, n, Localizer::shared(next.person.language))))
    }

    /// The rules in use in the form they came in: the built-in compiled
    /// bytes, or the installed pack file (nothing is serialised again in
    /// the shipped library); rules loaded from files (tools) compiled.
    fn rules_in_use_as_recorded(&self) -> AppResult<UsedRules> {
        match self.rules_info().origin {
            RulesOrigin::Pack => {
                if let Some(installed) = self.store().installed_rule_pack()? {
                    return Ok(UsedRules::Pack(installed.bytes));
                }
            }
            RulesOrigin::Bundled => {
                if let Some(bytes) = self.bundled_rules().compiled() {
                    return Ok(UsedRules::Bundle(bytes.to_vec()));
                }
            }
            RulesOrigin::Files => {}
        }
        Ok(UsedRules::Bundle(compile(self.rules())))
    }

    /// Every change from `old` to `new` for each person, found today or on
    /// a later day of change (then with its day).
    fn compare_rules(
        &self,
        old: &RuleSet,
        old_label: &str,
        new: &RuleSet,
        new_label: &str,
        today: NaiveDate,
    ) -> AppResult<Vec<(PersonId, Notice)>> {
        if !rules_differ(old, new) {
            return Ok(Vec::new());
        }
        let snapshot = self.store().snapshot()?;
        let expiries: HashMap<DocumentId, Option<NaiveDate>> = snapshot
            .documents
            .iter()
            .map(|d| (d.id, d.expires_on))
            .collect();
        let info = |rules: &RuleSet| RulesInfo::new(rules, None, RulesOrigin::Files, None);
        let mut days = vec![today];
        days.extend(days_of_change(old, new, today, MAX_LATER_DAYS));
        let mut found: Vec<(PersonId, Notice)> = Vec::new();
        for on in days {
            let side = |rules: &RuleSet| {
                let ev = evaluate(
                    &snapshot.people,
                    &snapshot.documents,
                    &snapshot.events,
                    rules,
                    on,
                );
                let dash = Dashboard::compute(
                    snapshot.records.clone(),
                    &expiries,
                    &ev,
                    Vec::new(),
                    (rules, info(rules)),
                );
                (ev, dash)
            };
            let (old_ev, old_dash) = side(old);
            let (new_ev, new_dash) = side(new);
            for person in &snapshot.people {
                let old_st: Vec<&DocumentStatus> = old_ev
                    .documents
                    .iter()
                    .filter(|s| s.holder == person.id)
                    .collect();
                let new_st: Vec<&DocumentStatus> = new_ev
                    .documents
                    .iter()
                    .filter(|s| s.holder == person.id)
                    .collect();
                let steps = |d: &Dashboard| d.person(person.id).map(|p| p.plan.clone());
                let (old_steps, new_steps) = (
                    steps(&old_dash).unwrap_or_default(),
                    steps(&new_dash).unwrap_or_default(),
                );
                let before = Side {
                    rules: old,
                    statuses: &old_st,
                    steps: &old_steps,
                    label: old_label,
                };
                let after = Side {
                    rules: new,
                    statuses: &new_st,
                    steps: &new_steps,
                    label: new_label,
                };
                for notice in changes(before, after, Days { today, on }) {
                    let seen = found.iter().any(|(p, n)| {
                        *p == person.id
                            && n.document == notice.document
                            && n.change == notice.change
                    });
                    if !seen {
                        found.push((person.id, notice));
                    }
                }
            }
        }
        Ok(found)
    }
}

/// The whole text of a notice in `loc`'s language: the change, from when
/// (if later), and the rule's source.
pub fn notice_text(notice: &Notice, loc: &Localizer) -> String {
    let mut text = loc.render(&message_of(notice));
    if let Some(from) = notice.from {
        text.push(' ');
        text.push_str(&loc.render(&Message::new(M::NoticeFrom).date(A::Date, from)));
    }
    if let Some(source) = &notice.source {
        text.push(' ');
        text.push_str(&loc.render(&Message::new(M::NoticeSource).text(A::Source, source.clone())));
    }
    text
}

/// Rules loaded from files, compiled (tools only: the shipped library has
/// no rule files and no serialiser for rules).
#[cfg(feature = "rule-files")]
fn compile(rules: &RuleSet) -> Vec<u8> {
    crate::rules::compiled::write_bundle(rules, None)
}

/// Without rule files every rule set is built in or a pack.
#[cfg(not(feature = "rule-files"))]
fn compile(_: &RuleSet) -> Vec<u8> {
    Vec::new()
}

/// A kept notice as an app lists it, in `loc`'s language.
fn view(person: PersonId, n: &ReceivedNotice, loc: &Localizer) -> NoticeView {
    let message = message_of(&n.notice);
    let text = notice_text(&n.notice, loc);
    let also_texts = n
        .notice
        .also
        .iter()
        .map(|c| {
            let mut other = n.notice.clone();
            other.change = c.clone();
            loc.render(&message_of(&other))
        })
        .collect();
    NoticeView {
        also_texts,
        id: n.event,
        person,
        on: n.on,
        read: n.read,
        notice: n.notice.clone(),
        message,
        text,
    }
}

/// The message of a notice's change.
pub fn message_of(notice: &Notice) -> Message {
    let with_kind = |m: Message| match &notice.kind {
        Some(k) => m.kind(A::Kind, k),
        None => m.text(A::Kind, String::new()),
    };
    match &notice.change {
        NoticeChange::Status { before, after } => {
            let term = |code: &str| TimeStatus::parse(code).map(|s| s.term());
            let mut m = with_kind(Message::new(M::NoticeStatus));
            m = match term(after) {
                Some(t) => m.term(A::Status, t),
                None => m.text(A::Status, after.clone()),
            };
            match term(before) {
                Some(t) => m.term(A::Was, t),
                None => m.text(A::Was, before.clone()),
            }
        }
        NoticeChange::Date {
            date_kind,
            before,
            after,
        } => {
            let which = DateKind::ALL.iter().find(|k| k.as_str() == date_kind);
            let id = match (before, after) {
                (Some(_), Some(_)) => M::NoticeDateMoved,
                (None, _) => M::NoticeDateAdded,
                (Some(_), None) => M::NoticeDateRemoved,
            };
            let mut m = with_kind(Message::new(id));
            m = match which {
                Some(k) => m.term(A::Which, k.term()),
                None => m.text(A::Which, date_kind.clone()),
            };
            if let Some(d) = after {
                m = m.date(A::Date, *d);
            }
            if let Some(d) = before {
                m = m.date(A::Was, *d);
            }
            m
        }
        NoticeChange::Fees {
            currency,
            before,
            after,
        } => with_kind(Message::new(M::NoticeFees))
            .money(A::Amount, *after, currency)
            .money(A::Was, *before, currency),
        NoticeChange::Fines {
            currency,
            before,
            after,
        } => with_kind(Message::new(M::NoticeFines))
            .money(A::Amount, *after, currency)
            .money(A::Was, *before, currency),
        NoticeChange::Blocked { now: true } => with_kind(Message::new(M::NoticeBlocked)),
        NoticeChange::Blocked { now: false } => with_kind(Message::new(M::NoticeUnblocked)),
        NoticeChange::Step { action, added } => {
            let id = if *added {
                M::NoticeStepAdded
            } else {
                M::NoticeStepRemoved
            };
            let m = Message::new(id);
            match Action::ALL.iter().find(|a| a.as_str() == action) {
                Some(a) => m.term(A::Action, a.term()),
                None => m.text(A::Action, action.clone()),
            }
        }
    }
}
