package org.doctrack.demo.reminders

import android.Manifest
import android.app.Notification
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.os.Build
import org.doctrack.demo.R
import org.doctrack.demo.ui.MainActivity
import org.doctrack.demo.ui.BurmeseScript

/**
 * The app's notification channel and posting. Lock-screen privacy is the
 * default twice over: the text is the core's private text, and the channel
 * and notification are `VISIBILITY_PRIVATE` with a public version that only
 * says "open the app".
 */
class Notifications(private val context: Context) {
    private val manager: NotificationManager = context.getSystemService(NotificationManager::class.java)

    /** Creates the reminders channel (idempotent; called at app start). */
    fun createChannel() {
        val channel = NotificationChannel(
            CHANNEL_ID,
            context.getString(R.string.channel_reminders),
            NotificationManager.IMPORTANCE_DEFAULT,
        ).apply {
            description = context.getString(R.string.channel_reminders_description)
            lockscreenVisibility = Notification.VISIBILITY_PRIVATE
        }
        manager.createNotificationChannel(channel)
    }

    /**
     * Whether reminders can reach the person: the runtime permission
     * (Android 13+), the app's switch and the channel's. When false, the
     * app's home screen shows the "due soon" list instead.
     */
    fun enabled(): Boolean {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU &&
            context.checkSelfPermission(Manifest.permission.POST_NOTIFICATIONS) != PackageManager.PERMISSION_GRANTED
        ) {
            return false
        }
        if (!manager.areNotificationsEnabled()) return false
        val channel = manager.getNotificationChannel(CHANNEL_ID) ?: return true
        return channel.importance != NotificationManager.IMPORTANCE_NONE
    }

    /** Posts the notification of reminder [reminderId]. */
    fun post(reminderId: String, content: NotificationContent) {
        if (!enabled()) return
        val open = Intent(context, MainActivity::class.java)
            .setFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TOP)
            .putExtra(MainActivity.EXTRA_DOCUMENT, content.documentId)
        val code = ReminderScheduler.requestCodeOf(reminderId)
        val tap = PendingIntent.getActivity(
            context,
            code,
            open,
            PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
        )
        val public = Notification.Builder(context, CHANNEL_ID)
            .setSmallIcon(android.R.drawable.ic_popup_reminder)
            .setContentTitle(context.getString(R.string.app_name))
            .setContentText(BurmeseScript.forScreen(context.getString(R.string.notification_public_text)))
            .build()
        val notification = Notification.Builder(context, CHANNEL_ID)
            .setSmallIcon(android.R.drawable.ic_popup_reminder)
            .setContentTitle(BurmeseScript.forScreen(content.title))
            .setContentText(BurmeseScript.forScreen(content.text))
            .setStyle(Notification.BigTextStyle().bigText(BurmeseScript.forScreen(content.text)))
            .setVisibility(if (content.detailed) Notification.VISIBILITY_PUBLIC else Notification.VISIBILITY_PRIVATE)
            .setPublicVersion(public)
            .setCategory(Notification.CATEGORY_REMINDER)
            .setContentIntent(tap)
            .setAutoCancel(true)
            .build()
        manager.notify(code, notification)
    }

    companion object {
        /** The reminders channel. */
        const val CHANNEL_ID = "reminders"
    }
}
