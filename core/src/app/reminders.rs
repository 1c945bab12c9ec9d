//! Reminders for the phone's scheduler: planned from an evaluation
//! (`crate::plan::reminders`), given opaque ids and the person's
//! states by the store, rendered in the person's language, and kept in
//! step with what the phone has scheduled. See `docs/adr/0013-reminders.md`.

use super::{App, AppError, AppResult};
use crate::domain::{DocumentId, DocumentKind, Language, PersonId};
use crate::messages::{DateStyle, Localizer, Message, MessageId as M, ReviewState};
use crate::plan::reminders::{
    plan_reminders, LadderSource, PlannedReminder, ReminderKind, ReminderState,
};
use crate::rules::evaluate::{DateKind, Reason};
use crate::store::{RecordKind, SyncedReminder};
use chrono::{NaiveDate, NaiveTime};
use std::collections::HashMap;

/// The local time of day reminders fire at unless an app chooses another.
pub const DEFAULT_REMINDER_TIME: (u8, u8) = (9, 0);

/// States of reminders about dates this long past are forgotten at a sync
/// (such reminders can no longer be planned: the last one fires 30 days
/// after a grace period).
pub const KEEP_STATES_DAYS: u64 = 400;

/// How to plan and word reminders.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderOptions {
    /// The language of the texts; `None`: each document holder's language.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub language: Option<Language>,
    /// How dates are written; `None`: the language's default.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub date_style: Option<DateStyle>,
    /// Show the detailed text (document and dates) on the lock screen.
    /// Off by default: the lock-screen text then names no document,
    /// country, person or date.
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub detailed_lock_screen: bool,
    /// The local hour they fire at, 0–23 (default 9).
    #[cfg_attr(feature = "uniffi", uniffi(default = 9))]
    pub hour: u8,
    /// The local minute they fire at, 0–59 (default 0).
    #[cfg_attr(feature = "uniffi", uniffi(default = 0))]
    pub minute: u8,
    /// Schedule at most this many (the soonest); `None`: all. iOS keeps at
    /// most 64 pending notifications per app: pass 60 or less there.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub limit: Option<u32>,
}

impl Default for ReminderOptions {
    fn default() -> Self {
        let (hour, minute) = DEFAULT_REMINDER_TIME;
        ReminderOptions {
            language: None,
            date_style: None,
            detailed_lock_screen: false,
            hour,
            minute,
            limit: None,
        }
    }
}

impl ReminderOptions {
    /// The time of day they fire, or `Validation` on `reminder_time`.
    pub fn time(&self) -> AppResult<NaiveTime> {
        NaiveTime::from_hms_opt(u32::from(self.hour), u32::from(self.minute), 0).ok_or(
            AppError::validation(super::Field::ReminderTime, super::Problem::NotATime),
        )
    }

    fn limit(&self) -> Option<usize> {
        self.limit.map(|l| usize::try_from(l).unwrap_or(usize::MAX))
    }
}

/// A reminder ready for the phone's scheduler (or the app's list).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScheduledReminder {
    /// Opaque and stable: use it as the notification's identifier.
    pub id: String,
    /// The document it is about.
    pub document: DocumentId,
    /// The document's holder.
    pub holder: PersonId,
    /// The document's kind.
    pub document_kind: DocumentKind,
    /// What it is about.
    pub kind: ReminderKind,
    /// The day it fires (the snooze day for a snoozed one).
    pub fire_on: NaiveDate,
    /// The local hour it fires.
    pub hour: u8,
    /// The local minute it fires.
    pub minute: u8,
    /// The day it was planned for, before any snooze.
    pub planned_on: NaiveDate,
    /// The date it reminds of.
    pub target: DateKind,
    /// That date.
    pub target_date: NaiveDate,
    /// What the person did with it.
    pub state: ReminderState,
    /// The language of its texts.
    pub language: Language,
    /// The notification's title: "Document reminder", or the document's
    /// kind with a detailed lock screen.
    pub title_text: String,
    /// What the lock screen shows: [`ScheduledReminder::short`] unless the
    /// app opted in to detail.
    pub lock_screen: Message,
    /// It as text.
    pub lock_screen_text: String,
    /// The short text, naming no document, country, person or date.
    pub short: Message,
    /// The detailed text, for inside the app.
    pub detail: Message,
    /// It as text.
    pub detail_text: String,
    /// The least reviewed of its texts.
    pub review: ReviewState,
    /// Whether some of its text is English because the language lacks it.
    pub english_fallback: bool,
    /// Where its timing comes from.
    pub source: LadderSource,
    /// Why the target date is what it is.
    pub reasons: Vec<Reason>,
}

impl ScheduledReminder {
    /// A digest of what the phone shows and when: a change means the
    /// notification must be replaced.
    fn fingerprint(&self) -> String {
        let text = format!(
            "{}\u{1f}{:02}:{:02}:00\u{1f}{}\u{1f}{}\u{1f}{}",
            self.fire_on,
            self.hour,
            self.minute,
            self.title_text,
            self.lock_screen_text,
            self.detail_text
        );
        let digest = ring::digest::digest(&ring::digest::SHA256, text.as_bytes());
        crate::crypto::hex(&digest.as_ref()[..12])
    }
}

/// What an app must change in the phone's scheduler.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderSync {
    /// Notifications to schedule (after cancelling `to_cancel`).
    pub to_add: Vec<ScheduledReminder>,
    /// Ids of notifications to cancel first (an id also in `to_add` is
    /// being replaced).
    pub to_cancel: Vec<String>,
    /// Everything that should now be scheduled, soonest first (to
    /// re-schedule from scratch, e.g. after a reboot cleared Android alarms).
    pub scheduled: Vec<ScheduledReminder>,
    /// Reminders in the range left out by the limit; they come in later
    /// syncs as earlier ones fire.
    pub left_out: u32,
    /// One reminder per person with unread notices of a change of rules
    /// (docs/adr/0023), firing on the day of the latest one.
    pub notices: Vec<NoticeReminder>,
    /// Of those, the ones to schedule now (new, or with new unread
    /// notices; the same id replaces the one scheduled before). When all
    /// of a person's notices are read, its id is in `to_cancel`.
    pub notices_to_add: Vec<NoticeReminder>,
}

/// A reminder that the rules changed something for a person: unread
/// notices whose dates are within a year.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NoticeReminder {
    /// Opaque and stable while the same notices are unread.
    pub id: String,
    /// Whose notices.
    pub person: PersonId,
    /// How many are unread.
    pub unread: u32,
    /// The day it fires: the day the latest unread notice was made.
    pub fire_on: NaiveDate,
    /// The local hour it fires.
    pub hour: u8,
    /// The local minute it fires.
    pub minute: u8,
    /// The language of its texts.
    pub language: Language,
    /// The notification's title ("Document reminder").
    pub title_text: String,
    /// For the lock screen: names no document, person or date.
    pub lock_screen: Message,
    /// It as text.
    pub lock_screen_text: String,
    /// For inside the app: how many changes there are to read.
    pub detail: Message,
    /// It as text.
    pub detail_text: String,
}

impl NoticeReminder {
    /// Marked `n-`: a notice reminder is cancelled when its notices are
    /// read, whatever its day (a date's reminder only before its day).
    fn fingerprint(&self) -> String {
        let text = format!(
            "{}\u{1f}{:02}:{:02}\u{1f}{}\u{1f}{}",
            self.fire_on, self.hour, self.minute, self.lock_screen_text, self.detail_text
        );
        let digest = ring::digest::digest(&ring::digest::SHA256, text.as_bytes());
        format!("n-{}", crate::crypto::hex(&digest.as_ref()[..12]))
    }
}

impl App {
    /// The reminders that fire from `from` to `to` (both included), soonest
    /// first, with their states; done and dismissed ones are included (an
    /// app's list may show them), snoozed ones on their snooze day.
    /// Documents are evaluated as of `from`.
    pub fn reminders(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        options: &ReminderOptions,
    ) -> AppResult<Vec<ScheduledReminder>> {
        options.time()?;
        let (all, _) = self.all_reminders(from, options)?;
        let mut out: Vec<ScheduledReminder> = all
            .into_iter()
            .filter(|r| (from..=to).contains(&r.fire_on))
            .collect();
        out.sort_by(|a, b| {
            (a.fire_on, a.hour, a.minute)
                .cmp(&(b.fire_on, b.hour, b.minute))
                .then(b.kind.cmp(&a.kind))
                .then(a.id.cmp(&b.id))
        });
        Ok(out)
    }

    /// Every reminder of the evaluation as of `as_of`, whatever its day,
    /// with its state and texts; and the planned reminders by id.
    fn all_reminders(
        &self,
        as_of: NaiveDate,
        options: &ReminderOptions,
    ) -> AppResult<(Vec<ScheduledReminder>, HashMap<String, PlannedReminder>)> {
        let (people, evaluation) = self.evaluate(as_of)?;
        let planned = plan_reminders(&evaluation, NaiveDate::MIN, NaiveDate::MAX);
        let (states, _) = self.store.reminder_states()?;
        let languages: HashMap<PersonId, Language> =
            people.iter().map(|p| (p.id, p.language)).collect();
        let mut localizers: HashMap<Language, Localizer> = HashMap::new();
        let mut out = Vec::with_capacity(planned.len());
        let mut by_id = HashMap::with_capacity(planned.len());
        for p in planned {
            let id = self.store.reminder_id(&p.key);
            let state = states.get(&id).copied().unwrap_or(ReminderState::Pending);
            let language = options
                .language
                .or_else(|| languages.get(&p.holder).copied())
                .unwrap_or(Language::En);
            let l = localizers.entry(language).or_insert_with(|| {
                let style = options
                    .date_style
                    .unwrap_or_else(|| DateStyle::default_for(language));
                Localizer::with_style(language, style)
            });
            out.push(scheduled(&p, id.clone(), state, language, l, options));
            by_id.insert(id, p);
        }
        Ok((out, by_id))
    }

    /// Plans the reminders from `today` to `until` and says what changed
    /// since the last sync: which notifications to cancel and which to add.
    /// Done and dismissed reminders are left out; snoozed ones fire on their
    /// snooze day. With a limit, only the soonest are scheduled.
    pub fn sync_reminders(
        &mut self,
        today: NaiveDate,
        until: NaiveDate,
        options: &ReminderOptions,
    ) -> AppResult<ReminderSync> {
        // New rules since the last use (e.g. an app update) first.
        self.notice_rule_changes(today)?;
        let notices = self.notice_reminders(today, options)?;
        let mut firing: Vec<ScheduledReminder> = self
            .reminders(today, until, options)?
            .into_iter()
            .filter(|r| r.state.fires())
            .collect();
        let left_out = options
            .limit()
            .map_or(0, |limit| firing.len().saturating_sub(limit));
        if let Some(limit) = options.limit() {
            firing.truncate(limit);
        }
        let last = self.store.last_reminder_sync()?;
        let now: HashMap<&str, String> = firing
            .iter()
            .map(|r| (r.id.as_str(), r.fingerprint()))
            .chain(notices.iter().map(|n| (n.id.as_str(), n.fingerprint())))
            .collect();
        let before: HashMap<&str, &str> = last
            .iter()
            .map(|s| (s.id.as_str(), s.fingerprint.as_str()))
            .collect();
        let to_cancel: Vec<String> = last
            .iter()
            .filter(|s| s.fire_on >= today || s.fingerprint.starts_with("n-"))
            .filter(|s| now.get(s.id.as_str()).map(String::as_str) != Some(s.fingerprint.as_str()))
            .map(|s| s.id.clone())
            .collect();
        let to_add: Vec<ScheduledReminder> = firing
            .iter()
            .filter(|r| {
                before.get(r.id.as_str()).copied() != now.get(r.id.as_str()).map(String::as_str)
            })
            .cloned()
            .collect();
        let notices_to_add: Vec<NoticeReminder> = notices
            .iter()
            .filter(|n| before.get(n.id.as_str()).copied() != Some(n.fingerprint().as_str()))
            .cloned()
            .collect();
        let synced: Vec<SyncedReminder> = firing
            .iter()
            .map(|r| SyncedReminder {
                id: r.id.clone(),
                fire_on: r.fire_on,
                fingerprint: r.fingerprint(),
            })
            .chain(notices.iter().map(|n| SyncedReminder {
                id: n.id.clone(),
                fire_on: n.fire_on,
                fingerprint: n.fingerprint(),
            }))
            .collect();
        self.store.save_reminder_sync(&synced)?;
        if let Some(cutoff) = today.checked_sub_days(chrono::Days::new(KEEP_STATES_DAYS)) {
            self.store.forget_reminder_states_before(cutoff)?;
        }
        Ok(ReminderSync {
            to_add,
            to_cancel,
            scheduled: firing,
            left_out: u32::try_from(left_out).unwrap_or(u32::MAX),
            notices,
            notices_to_add,
        })
    }

    /// One reminder per person (not archived) with unread notices that
    /// are not low priority, firing on the day of the latest (never
    /// after `today`).
    pub fn notice_reminders(
        &self,
        today: NaiveDate,
        options: &ReminderOptions,
    ) -> AppResult<Vec<NoticeReminder>> {
        options.time()?;
        let mut out = Vec::new();
        for record in self.people()?.items {
            let unread: Vec<_> = record
                .notices
                .iter()
                .filter(|n| !n.read && !n.notice.later)
                .collect();
            let Some(last) = unread.last() else {
                continue;
            };
            let language = options.language.unwrap_or(record.person.language);
            let l = Localizer::shared(language);
            let count = unread.len();
            let lock_screen = Message::new(M::ReminderShortNotice);
            let detail = Message::new(M::ReminderDetailNotice).number(
                crate::messages::ArgName::Count,
                i64::try_from(count).unwrap_or(i64::MAX),
            );
            out.push(NoticeReminder {
                id: self
                    .store
                    .reminder_id_for(&format!("notice-v1|{}|{}", record.person.id, last.event)),
                person: record.person.id,
                unread: u32::try_from(count).unwrap_or(u32::MAX),
                fire_on: last.on.min(today),
                hour: options.hour,
                minute: options.minute,
                language,
                title_text: l.render(&Message::new(M::ReminderTitle)),
                lock_screen_text: l.render(&lock_screen),
                lock_screen,
                detail_text: l.render(&detail),
                detail,
            });
        }
        Ok(out)
    }

    /// Records what the person did with reminder `id` on `on`: done (it
    /// never comes back), dismissed, snoozed until a later day, or pending
    /// again. The reminder must be one of the current plan (evaluated as of
    /// `on`), or already have a state; otherwise `NotFound`.
    pub fn set_reminder_state(
        &mut self,
        id: &str,
        state: ReminderState,
        on: NaiveDate,
    ) -> AppResult<()> {
        if let ReminderState::Snoozed { until } = state {
            if until <= on {
                return Err(AppError::validation(
                    super::Field::SnoozeUntil,
                    super::Problem::NotLater,
                ));
            }
        }
        let (_, by_id) = self.all_reminders(on, &ReminderOptions::default())?;
        let (key, target_date) = match by_id.get(id) {
            Some(p) => (Some(&p.key), p.key.target_date),
            None => {
                let (states, _) = self.store.reminder_states()?;
                if !states.contains_key(id) {
                    return Err(AppError::NotFound {
                        record: RecordKind::Reminder,
                    });
                }
                // A reminder no longer planned can only be reset.
                if state != ReminderState::Pending {
                    return Err(AppError::NotFound {
                        record: RecordKind::Reminder,
                    });
                }
                (None, on)
            }
        };
        Ok(self
            .store
            .set_reminder_state(id, key, state, target_date, on)?)
    }

    /// Forgets what was last handed to the phone's scheduler: the next sync
    /// adds every reminder (after a reinstall, or when the app cleared its
    /// notifications).
    pub fn forget_reminder_sync(&mut self) -> AppResult<()> {
        Ok(self.store.forget_reminder_sync()?)
    }
}

fn scheduled(
    p: &PlannedReminder,
    id: String,
    state: ReminderState,
    language: Language,
    l: &Localizer,
    options: &ReminderOptions,
) -> ScheduledReminder {
    let fire_on = match state {
        ReminderState::Snoozed { until } => until,
        _ => p.key.fire_on,
    };
    let title = Message::new(M::ReminderTitle);
    let (title_text, title_review) = if options.detailed_lock_screen {
        let kind_id = match &p.document_kind {
            DocumentKind::Other { .. } => None,
            k => Some(format!("kind-{}", k.code())),
        };
        let review = kind_id
            .and_then(|id| l.review_of(&id))
            .map_or(ReviewState::Reviewed, |(r, _)| r);
        (l.kind_name(&p.document_kind), review)
    } else {
        let r = l.render_reviewed(&title);
        (r.text, r.review)
    };
    let lock_screen = if options.detailed_lock_screen {
        p.detail.clone()
    } else {
        p.short.clone()
    };
    let lock = l.render_reviewed(&lock_screen);
    let detail = l.render_reviewed(&p.detail);
    ScheduledReminder {
        id,
        document: p.key.document,
        holder: p.holder,
        document_kind: p.document_kind.clone(),
        kind: p.key.kind,
        fire_on,
        hour: options.hour,
        minute: options.minute,
        planned_on: p.key.fire_on,
        target: p.key.target,
        target_date: p.key.target_date,
        state,
        language,
        title_text,
        lock_screen,
        lock_screen_text: lock.text,
        short: p.short.clone(),
        detail: p.detail.clone(),
        detail_text: detail.text,
        review: title_review.min(lock.review).min(detail.review),
        english_fallback: lock.english_fallback || detail.english_fallback,
        source: p.source.clone(),
        reasons: p.reasons.clone(),
    }
}
