//! Reminders an app schedules with the platform (Android `AlarmManager` /
//! `WorkManager`, iOS `UNUserNotificationCenter`): planned by doctrack,
//! worded in the person's language, private on the lock screen by default,
//! and kept in step with what the phone has scheduled by
//! `syncReminders`, which says what to cancel and what to add.

use crate::dashboard::Reason;
use crate::messages::Message;
use crate::store::DoctrackStore;
use crate::vocabulary::{DateKind, DateStyle, DocumentKind, Language, ReminderKind, ReviewState};
use crate::ApiError;
use chrono::{NaiveDate, NaiveTime, Timelike};
use doctrack_core::app as core_app;
use doctrack_core::reminders as core;

/// What the person did with a reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ReminderState {
    /// Nothing yet: it fires as planned.
    Pending,
    /// Done: it never fires or comes back.
    Done,
    /// Dismissed without acting: it does not fire again.
    Dismissed,
    /// Fires again on `until` instead.
    Snoozed {
        /// The day it fires instead.
        until: NaiveDate,
    },
}

impl From<core::ReminderState> for ReminderState {
    fn from(s: core::ReminderState) -> Self {
        match s {
            core::ReminderState::Pending => ReminderState::Pending,
            core::ReminderState::Done => ReminderState::Done,
            core::ReminderState::Dismissed => ReminderState::Dismissed,
            core::ReminderState::Snoozed { until } => ReminderState::Snoozed { until },
        }
    }
}

impl From<ReminderState> for core::ReminderState {
    fn from(s: ReminderState) -> Self {
        match s {
            ReminderState::Pending => core::ReminderState::Pending,
            ReminderState::Done => core::ReminderState::Done,
            ReminderState::Dismissed => core::ReminderState::Dismissed,
            ReminderState::Snoozed { until } => core::ReminderState::Snoozed { until },
        }
    }
}

/// Where a reminder's timing comes from.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum LadderSource {
    /// The `reminder_ladder` of this rule.
    Rule {
        /// The rule id.
        id: String,
    },
    /// No rule sets one: doctrack's default ladder (30, 7 and 1 days before).
    Default,
    /// A reminder every plan has (window opens, deadline day, grace, overdue).
    Fixed,
}

impl From<core::LadderSource> for LadderSource {
    fn from(s: core::LadderSource) -> Self {
        match s {
            core::LadderSource::Rule { id } => LadderSource::Rule { id },
            core::LadderSource::Default => LadderSource::Default,
            core::LadderSource::Fixed => LadderSource::Fixed,
        }
    }
}

/// How to plan and word reminders. `ReminderOptions(...)` with every field
/// at its default: the holder's language, its date style, a private lock
/// screen, 09:00, no limit.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReminderOptions {
    /// The language of the texts; none: each document holder's language.
    #[uniffi(default = None)]
    pub language: Option<Language>,
    /// How dates are written; none: the language's default.
    #[uniffi(default = None)]
    pub date_style: Option<DateStyle>,
    /// Show the detailed text (document and dates) on the lock screen. Off
    /// by default: the lock-screen text names no document, country, person
    /// or date.
    #[uniffi(default = false)]
    pub detailed_lock_screen: bool,
    /// Local hour they fire at (0–23).
    #[uniffi(default = 9)]
    pub hour: u8,
    /// Local minute they fire at (0–59).
    #[uniffi(default = 0)]
    pub minute: u8,
    /// Schedule at most this many, the soonest first; none: all. iOS keeps
    /// at most 64 pending notifications per app: pass 60 or less there.
    #[uniffi(default = None)]
    pub limit: Option<u32>,
}

impl TryFrom<ReminderOptions> for core_app::ReminderOptions {
    type Error = ApiError;
    fn try_from(o: ReminderOptions) -> Result<Self, ApiError> {
        let time = NaiveTime::from_hms_opt(u32::from(o.hour), u32::from(o.minute), 0).ok_or(
            ApiError::Validation {
                field: crate::vocabulary::Field::ReminderTime,
                problem: crate::problems::Problem::NotATime,
            },
        )?;
        Ok(core_app::ReminderOptions {
            language: o.language.map(Into::into),
            date_style: o.date_style.map(Into::into),
            detailed_lock_screen: o.detailed_lock_screen,
            time,
            limit: o.limit.map(|l| usize::try_from(l).unwrap_or(usize::MAX)),
        })
    }
}

/// A reminder ready for the platform's scheduler (or the app's list).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ScheduledReminder {
    /// Opaque and stable: the notification's identifier.
    pub id: String,
    /// The document it is about.
    pub document: String,
    /// The document's holder.
    pub holder: String,
    /// The document's kind.
    pub document_kind: DocumentKind,
    /// What it is about.
    pub kind: ReminderKind,
    /// The day it fires (the snooze day for a snoozed one).
    pub fire_on: NaiveDate,
    /// Local hour it fires.
    pub hour: u8,
    /// Local minute it fires.
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
    /// The notification's title.
    pub title_text: String,
    /// What the lock screen shows (the short text unless detail was asked for).
    pub lock_screen: Message,
    /// It as text.
    pub lock_screen_text: String,
    /// The short text: names no document, country, person or date.
    pub short: Message,
    /// The detailed text, for inside the app.
    pub detail: Message,
    /// It as text.
    pub detail_text: String,
    /// The least reviewed of its texts (Burmese, Khmer, Lao and Thai are drafts).
    pub review: ReviewState,
    /// Whether some of its text is English because the language lacks it.
    pub english_fallback: bool,
    /// Where its timing comes from.
    pub source: LadderSource,
    /// Why the date it reminds of is what it is (rules and sources).
    pub reasons: Vec<Reason>,
}

impl From<core_app::ScheduledReminder> for ScheduledReminder {
    fn from(r: core_app::ScheduledReminder) -> Self {
        ScheduledReminder {
            id: r.id,
            document: r.document.to_string(),
            holder: r.holder.to_string(),
            document_kind: r.document_kind.into(),
            kind: r.kind.into(),
            fire_on: r.fire_on,
            hour: u8::try_from(r.time.hour()).unwrap_or(0),
            minute: u8::try_from(r.time.minute()).unwrap_or(0),
            planned_on: r.planned_on,
            target: r.target.into(),
            target_date: r.target_date,
            state: r.state.into(),
            language: r.language.into(),
            title_text: r.title_text,
            lock_screen: r.lock_screen.into(),
            lock_screen_text: r.lock_screen_text,
            short: r.short.into(),
            detail: r.detail.into(),
            detail_text: r.detail_text,
            review: r.review.into(),
            english_fallback: r.english_fallback,
            source: r.source.into(),
            reasons: r.reasons.into_iter().map(Into::into).collect(),
        }
    }
}

/// What to change in the platform's scheduler: cancel `to_cancel` first,
/// then add `to_add`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReminderSync {
    /// Notifications to schedule.
    pub to_add: Vec<ScheduledReminder>,
    /// Ids of notifications to cancel (an id also in `to_add` is replaced).
    pub to_cancel: Vec<String>,
    /// Everything that should now be scheduled, soonest first (to schedule
    /// from scratch, e.g. after a reboot cleared Android's alarms).
    pub scheduled: Vec<ScheduledReminder>,
    /// Reminders left out by the limit; later syncs add them.
    pub left_out: u32,
}

impl From<core_app::ReminderSync> for ReminderSync {
    fn from(s: core_app::ReminderSync) -> Self {
        ReminderSync {
            to_add: s.to_add.into_iter().map(Into::into).collect(),
            to_cancel: s.to_cancel,
            scheduled: s.scheduled.into_iter().map(Into::into).collect(),
            left_out: u32::try_from(s.left_out).unwrap_or(u32::MAX),
        }
    }
}

#[uniffi::export]
impl DoctrackStore {
    /// The reminders that fire from `from` to `to` (both included), soonest
    /// first, with their states (done and dismissed ones too, for the app's
    /// list; snoozed ones on their snooze day).
    pub async fn reminders(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        options: ReminderOptions,
    ) -> Result<Vec<ScheduledReminder>, ApiError> {
        let options = options.try_into()?;
        self.with_app(move |app| {
            Ok(crate::store::api(app.reminders(from, to, &options))?
                .into_iter()
                .map(Into::into)
                .collect())
        })
        .await
    }

    /// Plans the reminders from `today` to `until` and says what changed
    /// since the last sync: cancel `toCancel`, then add `toAdd`. Call it when
    /// the app starts, after every change, and in background refresh.
    pub async fn sync_reminders(
        &self,
        today: NaiveDate,
        until: NaiveDate,
        options: ReminderOptions,
    ) -> Result<ReminderSync, ApiError> {
        let options = options.try_into()?;
        self.with_app(move |app| {
            Ok(crate::store::api(app.sync_reminders(today, until, &options))?.into())
        })
        .await
    }

    /// Records what the person did with reminder `reminder_id` on `on`:
    /// done, dismissed, snoozed until a later day, or pending again. Stored
    /// encrypted; the next sync cancels or moves the notification.
    pub async fn set_reminder_state(
        &self,
        reminder_id: String,
        state: ReminderState,
        on: NaiveDate,
    ) -> Result<(), ApiError> {
        self.with_app(move |app| {
            crate::store::api(app.set_reminder_state(&reminder_id, state.into(), on))
        })
        .await
    }

    /// Forgets what was last handed to the scheduler (after a reinstall, or
    /// when the app cleared its notifications): the next sync adds all.
    pub async fn forget_reminder_sync(&self) -> Result<(), ApiError> {
        self.with_app(|app| crate::store::api(app.forget_reminder_sync()))
            .await
    }
}
