package org.doctrack.demo.ui

import android.content.Intent
import android.net.Uri
import android.os.Bundle
import org.doctrack.demo.R
import org.doctrack.demo.data.OpenResult
import java.io.File

/**
 * Unlocking: first with the platform key (no typing); on failure the
 * screen says why and offers what works — never deleting the store:
 * - no store yet: set one up with a recovery passphrase;
 * - key invalidated (new fingerprint, screen lock removed, data reset):
 *   the recovery passphrase (a new platform key is enrolled then) or a
 *   backup restore;
 * - key unavailable now: try again, or the passphrase;
 * - damaged file: a backup restore into a new file beside it;
 * - an older copy put back in place of the store: a backup restore, or
 *   keeping this copy on purpose.
 */
class UnlockActivity : BaseActivity() {
    override val needsStore = false
    private lateinit var ui: Column
    private var pendingBackup: File? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        title = getString(R.string.unlock_title)
        ui = Column(this)
        ui.show()
        act { show(repo.unlock()) }
    }

    private fun show(result: OpenResult) {
        ui.clear()
        when (result) {
            OpenResult.Opened -> {
                startActivity(Intent(this, MainActivity::class.java).putExtras(intent))
                finish()
            }
            OpenResult.NoStore -> setup()
            OpenResult.KeyInvalidated -> recover(getString(R.string.key_invalidated))
            OpenResult.KeyUnavailable -> {
                recover(getString(R.string.key_unavailable))
                ui.button(getString(R.string.unlock_retry)) { act { show(repo.unlock()) } }
            }
            OpenResult.WrongPassphrase -> recover(getString(R.string.wrong_passphrase))
            is OpenResult.Damaged -> {
                ui.text(getString(R.string.store_damaged))
                ui.button(getString(R.string.restore_backup)) { pickBackup() }
            }
            OpenResult.RolledBack -> {
                ui.text(getString(R.string.store_rolled_back))
                ui.button(getString(R.string.restore_backup)) { pickBackup() }
                ui.button(getString(R.string.keep_older_copy)) { act { show(repo.keepOlderCopy()) } }
            }
            is OpenResult.Failed -> {
                showError(result.error)
                ui.button(getString(R.string.unlock_retry)) { act { show(repo.unlock()) } }
            }
        }
    }

    private fun setup() {
        ui.heading(getString(R.string.setup_title))
        ui.text(getString(R.string.setup_explain))
        val first = ui.field(getString(R.string.passphrase_hint), password = true)
        val second = ui.field(getString(R.string.passphrase_again_hint), password = true)
        ui.button(getString(R.string.setup_create)) {
            val problem = Passphrases.problem(first.text.toString(), second.text.toString())
            if (problem != null) {
                toast(getString(if (problem == Passphrases.Problem.MISMATCH) R.string.passphrase_mismatch else R.string.passphrase_too_short))
            } else {
                act { show(repo.create(first.text.toString())) }
            }
        }
        ui.button(getString(R.string.restore_backup)) { pickBackup() }
    }

    private fun recover(explanation: String) {
        ui.text(explanation)
        val passphrase = ui.field(getString(R.string.passphrase_hint), password = true)
        ui.button(getString(R.string.unlock_with_passphrase)) {
            act { show(repo.unlockWithPassphrase(passphrase.text.toString())) }
        }
        ui.button(getString(R.string.restore_backup)) { pickBackup() }
    }

    private fun pickBackup() {
        val pick = Intent(Intent.ACTION_OPEN_DOCUMENT)
            .addCategory(Intent.CATEGORY_OPENABLE)
            .setType("*/*")
        startActivityForResult(pick, PICK_BACKUP)
    }

    @Deprecated("Platform Activity result API (no AndroidX here)")
    override fun onActivityResult(requestCode: Int, resultCode: Int, data: Intent?) {
        super.onActivityResult(requestCode, resultCode, data)
        val uri: Uri = data?.data ?: return
        if (requestCode != PICK_BACKUP || resultCode != RESULT_OK) return
        // The core reads files: copy the picked backup into the cache (it is
        // encrypted) and delete the copy afterwards.
        val copy = File(cacheDir, "restore.backup")
        contentResolver.openInputStream(uri)?.use { input -> copy.outputStream().use { input.copyTo(it) } } ?: return
        pendingBackup = copy
        askRestorePassphrases()
    }

    private fun askRestorePassphrases() {
        ui.clear()
        ui.heading(getString(R.string.restore_backup))
        val backupPass = ui.field(getString(R.string.backup_passphrase_hint), password = true)
        ui.text(getString(R.string.setup_explain))
        val first = ui.field(getString(R.string.passphrase_hint), password = true)
        val second = ui.field(getString(R.string.passphrase_again_hint), password = true)
        ui.button(getString(R.string.restore_backup)) {
            val problem = Passphrases.problem(first.text.toString(), second.text.toString())
            val backup = pendingBackup ?: return@button
            if (problem != null) {
                toast(getString(if (problem == Passphrases.Problem.MISMATCH) R.string.passphrase_mismatch else R.string.passphrase_too_short))
                return@button
            }
            act {
                try {
                    val (result, _) = repo.restoreBackup(backup, backupPass.text.toString(), first.text.toString())
                    if (result == OpenResult.Opened) toast(getString(R.string.restored))
                    show(result)
                } finally {
                    backup.delete()
                }
            }
        }
    }

    private companion object {
        const val PICK_BACKUP = 1
    }
}

/** Checks a new passphrase typed twice. */
object Passphrases {
    /** What is wrong with a new passphrase. */
    enum class Problem { MISMATCH, TOO_SHORT }

    /** Minimum length of a recovery passphrase. */
    const val MIN_LENGTH = 8

    /** The problem with [first] typed again as [second], or null. */
    fun problem(first: String, second: String): Problem? = when {
        first != second -> Problem.MISMATCH
        first.length < MIN_LENGTH -> Problem.TOO_SHORT
        else -> null
    }
}
