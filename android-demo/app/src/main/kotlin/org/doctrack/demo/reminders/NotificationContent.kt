package org.doctrack.demo.reminders

import org.doctrack.core.NoticeReminder
import org.doctrack.core.ScheduledReminder

/**
 * What a reminder's notification says.
 *
 * By default it is the core's private lock-screen text ("You have a document
 * deadline in 7 days"): no document kind, country, person, number or date,
 * because lock screens are seen by employers, brokers and police. The detail
 * is shown inside the app after the store is unlocked (tapping the
 * notification opens the document). Only when the person opts in
 * ([detailed]) does the notification carry the detailed text; the app then
 * also syncs with `ReminderOptions(detailedLockScreen = true)`.
 *
 * [documentId] is doctrack's random id of the document, used to open it
 * (empty for a notice that the rules changed: tapping opens the home
 * screen, which lists the person's unread notices).
 */
data class NotificationContent(
    val title: String,
    val text: String,
    val documentId: String,
    val detailed: Boolean,
) {
    companion object {
        /** The notification for [reminder]; private unless [detailed]. */
        fun of(reminder: ScheduledReminder, detailed: Boolean): NotificationContent = NotificationContent(
            title = reminder.titleText,
            text = if (detailed) reminder.detailText else reminder.lockScreenText,
            documentId = reminder.document,
            detailed = detailed,
        )

        /**
         * The notification that the rules changed something for a person:
         * always the private text ("The rules for your documents changed…"),
         * even with a detailed lock screen, since it stands for several
         * changes that only the app can show.
         */
        fun of(reminder: NoticeReminder): NotificationContent = NotificationContent(
            title = reminder.titleText,
            text = reminder.lockScreenText,
            documentId = "",
            detailed = false,
        )
    }
}
