package org.doctrack.demo.ui

import android.content.Context
import android.content.Intent
import android.graphics.Bitmap
import android.os.Bundle
import android.widget.CheckBox
import android.widget.EditText
import android.widget.ImageView
import org.doctrack.core.LifecycleState
import org.doctrack.core.ShareForm
import org.doctrack.core.ShareRecipient
import org.doctrack.demo.R
import org.doctrack.documentKindName
import org.doctrack.shareKeyFingerprint
import org.doctrack.shareQrMatrix

/**
 * Share with an organisation, for one person. Before anything is chosen,
 * the screen says what sharing cannot do: a share cannot be taken back once
 * sent, and its end date is kept by the organisation's software.
 *
 * The person ticks the documents to share (all that are not archived, at
 * first), whether to include their histories, and until when (7, 30 or 90
 * days); picks an organisation of the help directory that gave a sharing
 * key (`shareRecipients`) or pastes a key the organisation gave them, with
 * its name. Then either:
 * - **Show as QR code** (no photos): `createShare(QR_CODE)`, drawn with
 *   `shareQrMatrix` for the caseworker's camera, with the key's fingerprint
 *   to compare with what the organisation shows; or
 * - **Send as file** (photos if ticked): `createShare(FILE)`, written to
 *   [ShareFileProvider]'s one file and handed to a messenger (`ACTION_SEND`
 *   with a read grant).
 * Every share is recorded; the screen ends with what the person ever
 * shared (`sharesMade`).
 */
class ShareActivity : BaseActivity() {
    private lateinit var ui: Column

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        title = getString(R.string.share_title)
        ui = Column(this)
        ui.show()
    }

    override fun onResume() {
        super.onResume()
        // The last file sent is not kept: the messenger has read it.
        ShareFileProvider.file(this).delete()
        val personId = intent.getStringExtra(EXTRA_PERSON) ?: return finish()
        if (repo.isOpen) act { show(personId) }
    }

    private suspend fun show(personId: String) {
        val person = repo.person(personId)
        val documents = repo.documentsOf(personId).filter { it.state !is LifecycleState.Archived }
        val recipients = repo.shareRecipients(language)
        ui.clear()
        ui.heading(person.person.displayName)
        ui.text(getString(R.string.share_limits), 14f)

        ui.text(getString(R.string.share_what))
        val boxes = documents.map { doc ->
            doc.document.id to ui.add(CheckBox(this).apply {
                text = BurmeseScript.forScreen(documentKindName(doc.document.kind, language) + " · " + doc.document.number)
                isChecked = true
            })
        }
        val history = ui.add(CheckBox(this).apply { text = getString(R.string.share_history) })
        val photos = ui.add(CheckBox(this).apply { text = getString(R.string.share_photos) })

        ui.text(getString(R.string.share_until))
        var days = 30L
        val untilLabel = ui.note(getString(R.string.share_until_day, day(repo.currentDay().plusDays(days))))
        for (choice in listOf(7L, 30L, 90L)) {
            ui.button(getString(R.string.share_days, choice)) {
                days = choice
                untilLabel.text = getString(R.string.share_until_day, day(repo.currentDay().plusDays(days)))
            }
        }

        ui.text(getString(R.string.share_to))
        var chosen: ShareRecipient? = null
        val chosenLabel = ui.note(getString(R.string.share_no_recipient))
        for (r in recipients) {
            ui.button(r.name) {
                chosen = r
                chosenLabel.text = getString(R.string.share_recipient, r.name, r.fingerprint)
            }
        }
        if (recipients.isEmpty()) ui.note(getString(R.string.share_no_directory_key))
        val pastedKey: EditText = ui.field(getString(R.string.share_key_hint))
        val pastedName: EditText = ui.field(getString(R.string.share_name_hint))

        val result = ui.add(ImageView(this))
        val resultNote = ui.note("")

        fun recipient(): Pair<String, String>? {
            val typed = pastedKey.text.toString().trim()
            if (typed.isNotEmpty()) {
                val name = pastedName.text.toString().trim().ifEmpty { getString(R.string.share_unnamed, shareKeyFingerprint(typed)) }
                return typed to name
            }
            return chosen?.let { it.key to it.name }
        }

        fun create(form: ShareForm) = act {
            val (key, name) = recipient() ?: run {
                chosenLabel.text = getString(R.string.share_no_recipient)
                return@act
            }
            val made = repo.createShare(
                personId = personId,
                documents = boxes.filter { it.second.isChecked }.map { it.first },
                history = history.isChecked,
                photos = form == ShareForm.FILE && photos.isChecked,
                until = repo.currentDay().plusDays(days),
                recipientName = name,
                recipientKey = key,
                form = form,
            )
            resultNote.text = getString(R.string.share_made, made.share.recipient, made.share.recipientKey, day(made.share.until))
            when (form) {
                ShareForm.QR_CODE -> made.qrText?.let { showQr(result, it) }
                ShareForm.FILE -> sendFile(made.bytes)
            }
        }
        ui.button(getString(R.string.share_as_qr)) { create(ShareForm.QR_CODE) }
        ui.button(getString(R.string.share_as_file)) { create(ShareForm.FILE) }

        val made = repo.sharesOf(personId)
        if (made.isNotEmpty()) ui.text(getString(R.string.share_history_title))
        for (m in made) {
            ui.note(
                getString(R.string.share_made, m.share.recipient, m.share.recipientKey, day(m.share.until)) +
                    " · " + day(m.share.madeOn) + " · " + getString(R.string.share_documents_count, m.share.documents.size),
            )
        }
    }

    /** Draws the QR code as large as the screen allows. */
    private fun showQr(view: ImageView, text: String) {
        val matrix = shareQrMatrix(text)
        val scale = QrPixels.scaleFor(matrix, resources.displayMetrics.widthPixels - ui.dp(32))
        val side = QrPixels.side(matrix, scale)
        view.setImageBitmap(Bitmap.createBitmap(QrPixels.pixels(matrix, scale), side, side, Bitmap.Config.ARGB_8888))
    }

    /** Hands the sealed file to a messenger. */
    private fun sendFile(bytes: ByteArray) {
        val file = ShareFileProvider.file(this)
        file.parentFile?.mkdirs()
        file.writeBytes(bytes)
        val send = Intent(Intent.ACTION_SEND)
            .setType(ShareFileProvider.MIME)
            .putExtra(Intent.EXTRA_STREAM, ShareFileProvider.uri())
            .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
        startActivity(Intent.createChooser(send, getString(R.string.share_as_file)))
    }

    companion object {
        const val EXTRA_PERSON = "person"

        /** The screen for one person. */
        fun intent(context: Context, personId: String): Intent =
            Intent(context, ShareActivity::class.java).putExtra(EXTRA_PERSON, personId)
    }
}
