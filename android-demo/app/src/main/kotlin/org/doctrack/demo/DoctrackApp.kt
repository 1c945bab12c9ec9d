package org.doctrack.demo

import android.app.Application
import android.content.Context
import org.doctrack.demo.data.DoctrackRepository
import org.doctrack.demo.keys.AndroidKeystoreAccess
import org.doctrack.demo.keys.KeystoreKeyWrapper
import org.doctrack.demo.reminders.AndroidAlarmSink
import org.doctrack.demo.reminders.FileScheduledSet
import org.doctrack.demo.reminders.Notifications
import org.doctrack.demo.reminders.ReminderScheduler
import org.doctrack.demo.ui.BurmeseScript
import java.io.File

/**
 * The application: one repository (one open store) for every screen, the
 * notification channel, and the reminder scheduler.
 */
class DoctrackApp : Application() {
    /** The store and everything the screens ask of it. */
    val repository: DoctrackRepository by lazy {
        DoctrackRepository(
            dir = File(noBackupFilesDir, "doctrack"),
            keyWrapper = KeystoreKeyWrapper(AndroidKeystoreAccess()),
            // Outside the stores' folder, never backed up (docs/adr/0024).
            anchorDir = File(noBackupFilesDir, "doctrack-anchors"),
        )
    }

    /** The person's choices. */
    val settings: Settings by lazy { Settings(getSharedPreferences("settings", MODE_PRIVATE)) }

    override fun onCreate() {
        super.onCreate()
        BurmeseScript.zawgyiFont = BurmeseScript.systemFontIsZawgyi()
        Notifications(this).createChannel()
    }

    companion object {
        /** The application object from any context. */
        fun of(context: Context): DoctrackApp = context.applicationContext as DoctrackApp

        /**
         * The reminder scheduler over `AlarmManager`, remembering its alarms
         * in `noBackupFilesDir` (alarms belong to this phone, not to backups).
         */
        fun scheduler(context: Context): ReminderScheduler {
            val app = context.applicationContext
            val settings = Settings(app.getSharedPreferences("settings", MODE_PRIVATE))
            return ReminderScheduler(
                sink = AndroidAlarmSink(app),
                store = FileScheduledSet(File(app.noBackupFilesDir, "alarms.txt")),
                detailedLockScreen = { settings.detailedLockScreen },
            )
        }
    }
}
