package org.doctrack.demo.reminders

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import org.doctrack.demo.DoctrackApp

/**
 * Fires one reminder: posts its notification. The text was fixed when the
 * alarm was set (private by default), so the store need not be opened here.
 */
class ReminderAlarmReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != ACTION_FIRE) return
        val id = intent.getStringExtra(EXTRA_ID) ?: return
        val content = NotificationContent(
            title = intent.getStringExtra(EXTRA_TITLE).orEmpty(),
            text = intent.getStringExtra(EXTRA_TEXT).orEmpty(),
            documentId = intent.getStringExtra(EXTRA_DOCUMENT).orEmpty(),
            detailed = false,
        )
        Notifications(context).post(id, content)
    }

    companion object {
        const val ACTION_FIRE = "org.doctrack.demo.action.REMINDER"
        const val EXTRA_ID = "org.doctrack.demo.extra.REMINDER_ID"
        const val EXTRA_TITLE = "org.doctrack.demo.extra.TITLE"
        const val EXTRA_TEXT = "org.doctrack.demo.extra.TEXT"
        const val EXTRA_DOCUMENT = "org.doctrack.demo.extra.DOCUMENT"
    }
}

/**
 * Re-arms the remembered alarms when Android dropped or shifted them: after
 * a reboot (`BOOT_COMPLETED`; alarms do not survive it), when the clock was
 * set (`TIME_SET`), when the time zone changed (`TIMEZONE_CHANGED`: a
 * reminder is for 09:00 local time wherever the person is) and after an app
 * update (`MY_PACKAGE_REPLACED`). Works without opening the store.
 */
class RearmReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action !in REARM_ACTIONS) return
        DoctrackApp.scheduler(context).rearm()
    }

    companion object {
        /** The broadcasts that re-arm (declared in AndroidManifest.xml). */
        val REARM_ACTIONS = setOf(
            Intent.ACTION_BOOT_COMPLETED,
            Intent.ACTION_TIME_CHANGED,
            Intent.ACTION_TIMEZONE_CHANGED,
            Intent.ACTION_MY_PACKAGE_REPLACED,
        )
    }
}
