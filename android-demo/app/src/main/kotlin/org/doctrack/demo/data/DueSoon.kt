package org.doctrack.demo.data

import org.doctrack.core.ReminderState
import org.doctrack.core.ScheduledReminder
import java.time.LocalDate

/**
 * The in-app "due soon" list: what notifications would have said, for when
 * they are off (permission refused, channel muted) or missed. Pending and
 * snoozed reminders only (done and dismissed ones are gone), one per
 * document — the soonest — overdue first, then by day.
 */
object DueSoon {
    /** The list for [today] from the reminders of a window around it. */
    fun select(reminders: List<ScheduledReminder>, today: LocalDate): List<ScheduledReminder> =
        reminders
            .filter { it.state == ReminderState.Pending || it.state is ReminderState.Snoozed }
            .sortedWith(compareBy<ScheduledReminder> { it.targetDate }.thenBy { it.fireOn })
            .distinctBy { it.document }
            .sortedWith(compareBy<ScheduledReminder> { !it.targetDate.isBefore(today) }.thenBy { it.targetDate })
}
