package org.doctrack.demo.reminders

import org.doctrack.core.NoticeReminder
import org.doctrack.core.ReminderSync
import org.doctrack.core.ScheduledReminder
import java.time.Duration
import java.time.Instant
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneId
import java.time.ZonedDateTime

/**
 * One alarm for the platform: fire at [triggerAtMillis] (UTC epoch millis)
 * and show [content]. [requestCode] identifies the PendingIntent; it is
 * derived from the reminder's opaque id, so the same reminder always gets the
 * same code and can be cancelled after a restart of the app.
 */
data class AlarmRequest(
    val reminderId: String,
    val requestCode: Int,
    val triggerAtMillis: Long,
    val content: NotificationContent,
)

/** Where alarms go: `AlarmManager` on the phone ([AndroidAlarmSink]), a list in tests. */
interface AlarmSink {
    /** Sets (or replaces) the alarm of [request]'s reminder. */
    fun set(request: AlarmRequest)

    /** Cancels the alarm of reminder [reminderId] (nothing happens if there is none). */
    fun cancel(reminderId: String, requestCode: Int)
}

/**
 * Turns the core's reminder plan into alarms and keeps them armed.
 *
 * - [apply] hands a `syncReminders` result to the [sink]: cancel first, then
 *   add, and remembers the whole scheduled set in [store].
 * - [rearm] sets every remembered alarm again from its calendar day and local
 *   time in the *current* time zone: Android clears alarms at reboot, and a
 *   reminder "on 15 June at 09:00" must still fire at 09:00 after the person
 *   travelled from Thailand (UTC+7) to Myanmar (UTC+6:30). The store does not
 *   need to be open for that (after a reboot the Keystore key may need the
 *   person to unlock first).
 *
 * A reminder whose moment has passed fires at once if it was due today (the
 * phone was off at 09:00), and is skipped if it is older: the in-app "due
 * soon" list and the next sync (which plans overdue reminders) cover it.
 *
 * Never logs anything: reminder texts and dates are personal.
 */
class ReminderScheduler(
    private val sink: AlarmSink,
    private val store: ScheduledSetStore,
    private val zone: () -> ZoneId = { ZoneId.systemDefault() },
    private val now: () -> Instant = { Instant.now() },
    private val detailedLockScreen: () -> Boolean = { false },
) {
    /** Applies a sync result: cancels `toCancel`, sets `toAdd`, remembers `scheduled`. */
    fun apply(sync: ReminderSync): ApplyReport {
        val remembered = store.load().associateBy { it.id }
        for (id in sync.toCancel) {
            sink.cancel(id, requestCodeOf(id))
        }
        var set = 0
        var skipped = 0
        for (reminder in sync.toAdd) {
            val request = requestFor(PlannedAlarm.of(reminder, detailedLockScreen()))
            if (request == null) skipped++ else { sink.set(request); set++ }
        }
        // Unread notices that the rules changed: new ones are set (the same
        // id replaces one set before); read ones come in toCancel.
        for (notice in sync.noticesToAdd) {
            val request = requestFor(PlannedAlarm.of(notice))
            if (request == null) skipped++ else { sink.set(request); set++ }
        }
        // The full set replaces what was remembered: after a reboot it is re-armed.
        val planned = sync.scheduled.map { PlannedAlarm.of(it, detailedLockScreen()) } +
            sync.notices.map { PlannedAlarm.of(it) }
        store.save(planned)
        val dropped = remembered.keys - planned.map { it.id }.toSet() - sync.toCancel.toSet()
        // Anything remembered that the core no longer schedules (and did not
        // name in toCancel, e.g. after forgetReminderSync) is cancelled too.
        for (id in dropped) sink.cancel(id, requestCodeOf(id))
        return ApplyReport(set = set, cancelled = sync.toCancel.size + dropped.size, skipped = skipped)
    }

    /**
     * Sets every remembered alarm again (after BOOT_COMPLETED, TIME_SET,
     * TIMEZONE_CHANGED or an app update). Returns how many were set.
     */
    fun rearm(): Int {
        var set = 0
        for (alarm in store.load()) {
            val request = requestFor(alarm) ?: continue
            sink.set(request)
            set++
        }
        return set
    }

    /** Cancels every remembered alarm and forgets them (the person turned reminders off). */
    fun cancelAll() {
        for (alarm in store.load()) sink.cancel(alarm.id, requestCodeOf(alarm.id))
        store.save(emptyList())
    }

    /** The alarm for [alarm] now, or null if its moment passed before today. */
    fun requestFor(alarm: PlannedAlarm): AlarmRequest? {
        val zone = zone()
        val now = now()
        val at = fireInstant(alarm.fireOn, alarm.hour, alarm.minute, zone)
        val trigger = when {
            !at.isBefore(now) -> at
            alarm.fireOn == LocalDate.ofInstant(now, zone) -> now.plus(LATE_DELAY)
            else -> return null
        }
        return AlarmRequest(alarm.id, requestCodeOf(alarm.id), trigger.toEpochMilli(), alarm.content)
    }

    /** What [apply] did. */
    data class ApplyReport(val set: Int, val cancelled: Int, val skipped: Int)

    companion object {
        /** How long after a missed moment a late alarm fires (today only). */
        val LATE_DELAY: Duration = Duration.ofMinutes(1)

        /**
         * The instant of [date] at [hour]:[minute] in [zone]. In a daylight
         * saving gap the time moves forward (java.time's rule); Thailand,
         * Myanmar, Cambodia and Laos have none.
         */
        fun fireInstant(date: LocalDate, hour: Int, minute: Int, zone: ZoneId): Instant =
            ZonedDateTime.of(date, LocalTime.of(hour, minute), zone).toInstant()

        /**
         * A PendingIntent request code for a reminder id: the first 8 hex
         * digits of the id (ids are 128-bit HMACs in hex), or a hash of
         * another id.
         */
        fun requestCodeOf(id: String): Int =
            id.take(8).toLongOrNull(16)?.toInt() ?: id.hashCode()
    }
}

/**
 * A reminder as remembered for re-arming: its id, day, local time and the
 * notification text. Only what a lock screen may show is kept (the private
 * text unless the person opted in to details), because this file lives
 * outside doctrack's encryption.
 */
data class PlannedAlarm(
    val id: String,
    val fireOn: LocalDate,
    val hour: Int,
    val minute: Int,
    val content: NotificationContent,
) {
    companion object {
        /** From a reminder of the core's plan. */
        fun of(reminder: ScheduledReminder, detailedLockScreen: Boolean): PlannedAlarm = PlannedAlarm(
            id = reminder.id,
            fireOn = reminder.fireOn,
            hour = reminder.hour.toInt(),
            minute = reminder.minute.toInt(),
            content = NotificationContent.of(reminder, detailedLockScreen),
        )

        /** From a notice reminder (the rules changed something for a person). */
        fun of(reminder: NoticeReminder): PlannedAlarm = PlannedAlarm(
            id = reminder.id,
            fireOn = reminder.fireOn,
            hour = reminder.hour.toInt(),
            minute = reminder.minute.toInt(),
            content = NotificationContent.of(reminder),
        )
    }
}
