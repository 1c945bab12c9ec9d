//! Reminders an app schedules with the platform (Android `AlarmManager` /
//! `WorkManager`, iOS `UNUserNotificationCenter`): planned by doctrack,
//! worded in the person's language, private on the lock screen by default,
//! and kept in step with what the phone has scheduled by
//! `syncReminders`, which says what to cancel and what to add.

use crate::store::DoctrackStore;
use chrono::NaiveDate;
use doctrack_core::app::{AppError, ReminderOptions, ReminderSync, ScheduledReminder};
use doctrack_core::plan::ReminderState;

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
    ) -> Result<Vec<ScheduledReminder>, AppError> {
        self.with_app(move |app| app.reminders(from, to, &options))
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
    ) -> Result<ReminderSync, AppError> {
        self.with_app(move |app| app.sync_reminders(today, until, &options))
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
    ) -> Result<(), AppError> {
        self.with_app(move |app| app.set_reminder_state(&reminder_id, state, on))
            .await
    }

    /// Forgets what was last handed to the scheduler (after a reinstall, or
    /// when the app cleared its notifications): the next sync adds all.
    pub async fn forget_reminder_sync(&self) -> Result<(), AppError> {
        self.with_app(|app| app.forget_reminder_sync()).await
    }
}
