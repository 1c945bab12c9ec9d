package org.doctrack.demo.reminders

import android.app.AlarmManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.os.Build

/**
 * [AlarmSink] over `AlarmManager`. Each reminder is one `PendingIntent` to
 * [ReminderAlarmReceiver] whose request code comes from the reminder id.
 *
 * Timing policy: reminders are about days, not minutes, so the app does not
 * need the exact-alarm permission. When the person has granted it
 * (`canScheduleExactAlarms()`, Android 12+ `SCHEDULE_EXACT_ALARM`), alarms are
 * exact; otherwise `setAndAllowWhileIdle`, which still fires in Doze, a few
 * minutes late at most. `USE_EXACT_ALARM` is not requested: Google Play keeps
 * it for alarm-clock and calendar apps.
 */
class AndroidAlarmSink(private val context: Context) : AlarmSink {
    private val alarms: AlarmManager = context.getSystemService(AlarmManager::class.java)

    override fun set(request: AlarmRequest) {
        val pending = pendingIntent(request.reminderId, request.requestCode, request.content)
        val exact = Build.VERSION.SDK_INT < Build.VERSION_CODES.S || alarms.canScheduleExactAlarms()
        if (exact) {
            alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, request.triggerAtMillis, pending)
        } else {
            alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, request.triggerAtMillis, pending)
        }
    }

    override fun cancel(reminderId: String, requestCode: Int) {
        val intent = Intent(context, ReminderAlarmReceiver::class.java).setAction(ReminderAlarmReceiver.ACTION_FIRE)
        val pending = PendingIntent.getBroadcast(
            context,
            requestCode,
            intent,
            PendingIntent.FLAG_NO_CREATE or PendingIntent.FLAG_IMMUTABLE,
        ) ?: return
        alarms.cancel(pending)
        pending.cancel()
    }

    private fun pendingIntent(id: String, requestCode: Int, content: NotificationContent): PendingIntent {
        val intent = Intent(context, ReminderAlarmReceiver::class.java)
            .setAction(ReminderAlarmReceiver.ACTION_FIRE)
            .putExtra(ReminderAlarmReceiver.EXTRA_ID, id)
            .putExtra(ReminderAlarmReceiver.EXTRA_TITLE, content.title)
            .putExtra(ReminderAlarmReceiver.EXTRA_TEXT, content.text)
            .putExtra(ReminderAlarmReceiver.EXTRA_DOCUMENT, content.documentId)
        return PendingIntent.getBroadcast(
            context,
            requestCode,
            intent,
            PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
        )
    }
}
