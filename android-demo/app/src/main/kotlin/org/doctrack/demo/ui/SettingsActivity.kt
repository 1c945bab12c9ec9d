package org.doctrack.demo.ui

import android.Manifest
import android.app.AlertDialog
import android.app.LocaleManager
import android.content.Intent
import android.os.Build
import android.os.Bundle
import android.os.LocaleList
import android.widget.CheckBox
import android.widget.RadioButton
import android.widget.RadioGroup
import org.doctrack.catalogInfo
import org.doctrack.core.Language
import org.doctrack.core.ReviewState
import org.doctrack.demo.DoctrackApp
import org.doctrack.demo.Languages
import org.doctrack.demo.R
import org.doctrack.demo.reminders.Notifications
import java.io.File

/**
 * Settings: the language (five; drafts are marked as such), whether the
 * lock screen may show details (off by default, with a warning), the
 * notification state, and backups through the system file picker (export
 * to a file the person chooses; merge a backup into this store).
 */
class SettingsActivity : BaseActivity() {
    private lateinit var ui: Column

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        title = getString(R.string.settings_title)
        ui = Column(this)
        ui.show()
        build()
    }

    private fun build() {
        val settings = app.settings
        ui.clear()
        ui.heading(getString(R.string.language))
        val group = ui.add(RadioGroup(this))
        for ((index, lang) in Languages.all.withIndex()) {
            val info = catalogInfo(lang)
            val label = if (info.review == ReviewState.DRAFT) getString(R.string.draft_language, Languages.ownName(lang)) else Languages.ownName(lang)
            group.addView(RadioButton(this).apply {
                id = index + 1
                text = label
                isChecked = lang == language
            })
        }
        group.setOnCheckedChangeListener { _, checkedId -> choose(Languages.all[checkedId - 1]) }

        ui.heading(getString(R.string.settings))
        val details = ui.add(CheckBox(this).apply {
            text = getString(R.string.lock_screen_details)
            isChecked = settings.detailedLockScreen
        })
        ui.note(getString(R.string.lock_screen_warning))
        details.setOnCheckedChangeListener { _, on ->
            settings.detailedLockScreen = on
            resync()
        }
        val notifications = Notifications(this)
        ui.text(getString(if (notifications.enabled()) R.string.notifications_on else R.string.notifications_off))
        if (!notifications.enabled()) {
            ui.button(getString(R.string.allow_notifications)) {
                if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
                    requestPermissions(arrayOf(Manifest.permission.POST_NOTIFICATIONS), ASK_NOTIFICATIONS)
                } else {
                    startActivity(Intent(android.provider.Settings.ACTION_APP_NOTIFICATION_SETTINGS)
                        .putExtra(android.provider.Settings.EXTRA_APP_PACKAGE, packageName))
                }
            }
        }

        ui.heading(getString(R.string.backup_export).trimEnd('…'))
        ui.note(getString(R.string.backup_explain))
        ui.button(getString(R.string.backup_export)) {
            val create = Intent(Intent.ACTION_CREATE_DOCUMENT)
                .addCategory(Intent.CATEGORY_OPENABLE)
                .setType("application/octet-stream")
                .putExtra(Intent.EXTRA_TITLE, "doctrack.backup")
            startActivityForResult(create, EXPORT)
        }
        ui.button(getString(R.string.backup_import)) {
            val open = Intent(Intent.ACTION_OPEN_DOCUMENT).addCategory(Intent.CATEGORY_OPENABLE).setType("*/*")
            startActivityForResult(open, IMPORT)
        }
    }

    private fun choose(lang: Language) {
        if (lang == language) return
        app.settings.language = lang
        // Android 13+: also the system's per-app language (Settings → Apps → Language).
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
            getSystemService(LocaleManager::class.java).applicationLocales = LocaleList.forLanguageTags(Languages.code(lang))
        }
        resync()
        recreate()
    }

    /** Re-words scheduled reminders after a language or lock-screen change. */
    private fun resync() {
        if (!repo.isOpen) return
        act {
            val settings = app.settings
            val scheduler = DoctrackApp.scheduler(this)
            // Every text changes: cancel all and add all again.
            scheduler.cancelAll()
            repo.open().forgetReminderSync()
            scheduler.apply(repo.syncReminders(repo.reminderOptions(settings.language, settings.detailedLockScreen)))
        }
    }

    @Deprecated("Platform Activity result API (no AndroidX here)")
    override fun onActivityResult(requestCode: Int, resultCode: Int, data: Intent?) {
        super.onActivityResult(requestCode, resultCode, data)
        val uri = data?.data ?: return
        if (resultCode != RESULT_OK) return
        askPassphrase { passphrase ->
            act {
                // The core reads and writes files: go through an encrypted
                // file in the cache, deleted afterwards.
                val temp = File(cacheDir, "transfer.backup")
                temp.delete()
                try {
                    when (requestCode) {
                        EXPORT -> {
                            repo.exportBackup(temp, passphrase)
                            contentResolver.openOutputStream(uri)?.use { out -> temp.inputStream().use { it.copyTo(out) } }
                            toast(getString(R.string.backup_saved))
                        }
                        IMPORT -> {
                            contentResolver.openInputStream(uri)?.use { input -> temp.outputStream().use { input.copyTo(it) } }
                            val report = repo.open().mergeBackup(temp.path, passphrase)
                            // What did not fit this store's history was left out, and
                            // the backup file is unchanged: say so, never silently.
                            toast(
                                if (report.conflicts.isEmpty()) getString(R.string.restored)
                                else getString(R.string.merge_conflicts, report.conflicts.size),
                            )
                        }
                    }
                } finally {
                    temp.delete()
                }
            }
        }
    }

    private fun askPassphrase(then: (String) -> Unit) {
        val form = Column(this)
        val field = form.field(getString(R.string.backup_passphrase_hint), password = true)
        AlertDialog.Builder(this)
            .setView(form.layout)
            .setPositiveButton(R.string.ok) { _, _ -> then(field.text.toString()) }
            .setNegativeButton(R.string.cancel, null)
            .show()
    }

    override fun onRequestPermissionsResult(requestCode: Int, permissions: Array<out String>, grantResults: IntArray) {
        super.onRequestPermissionsResult(requestCode, permissions, grantResults)
        build()
    }

    private companion object {
        const val EXPORT = 3
        const val IMPORT = 4
        const val ASK_NOTIFICATIONS = 11
    }
}
