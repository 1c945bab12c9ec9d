package org.doctrack.demo.ui

import android.content.ActivityNotFoundException
import android.content.Intent
import android.os.Bundle
import android.provider.MediaStore
import android.text.Editable
import android.text.TextWatcher
import android.widget.ArrayAdapter
import android.widget.EditText
import android.widget.Spinner
import android.widget.TextView
import org.doctrack.core.AppException
import org.doctrack.core.DocumentKind
import org.doctrack.core.Era
import org.doctrack.core.PersonRecord
import org.doctrack.demo.DoctrackApp
import org.doctrack.demo.R
import org.doctrack.demo.data.DocumentForm
import org.doctrack.documentKindName
import org.doctrack.errorMessage
import org.doctrack.parseTypedDateText
import org.doctrack.renderMessage

/**
 * Adding a document: whose, which kind, its number and country, the dates
 * typed as printed on the papers (Buddhist Era years accepted; each date is
 * echoed back as read, so a mistyped year shows before saving), and a photo
 * taken with the camera app.
 */
class AddDocumentActivity : BaseActivity() {
    private lateinit var ui: Column
    private var people: List<PersonRecord> = emptyList()
    private var photo: ByteArray? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        title = getString(R.string.add_document_title)
        ui = Column(this)
        ui.show()
        if (repo.isOpen) act { build() }
    }

    private suspend fun build() {
        people = repo.people().filter { !it.archived }
        ui.clear()
        if (people.isEmpty()) {
            ui.text(getString(R.string.add_person_first))
            return
        }
        ui.text(getString(R.string.person), 14f)
        val person = ui.add(Spinner(this).apply {
            adapter = ArrayAdapter(this@AddDocumentActivity, android.R.layout.simple_spinner_dropdown_item, people.map { it.person.displayName })
        })
        ui.text(getString(R.string.kind), 14f)
        val kinds = KINDS
        val kind = ui.add(Spinner(this).apply {
            adapter = ArrayAdapter(this@AddDocumentActivity, android.R.layout.simple_spinner_dropdown_item, kinds.map { documentKindName(it, language) })
        })
        val number = ui.field(getString(R.string.number_hint))
        val country = ui.field(getString(R.string.country_hint)).apply { setText("TH") }
        val issued = ui.field(getString(R.string.issued_hint))
        val issuedEcho = ui.note("")
        echo(issued, issuedEcho)
        val expires = ui.field(getString(R.string.expires_hint))
        val expiresEcho = ui.note("")
        echo(expires, expiresEcho)
        ui.button(getString(R.string.take_photo)) { takePhoto() }
        ui.button(getString(R.string.save)) {
            val form = DocumentForm(
                holder = people[person.selectedItemPosition].person.id,
                kind = kinds[kind.selectedItemPosition],
                number = number.text.toString(),
                issuingCountry = country.text.toString(),
                issuedOn = issued.text.toString(),
                expiresOn = expires.text.toString(),
            )
            val (checked, problems) = form.check()
            for (problem in problems) {
                val field = if (problem.field == org.doctrack.core.Field.ISSUED_ON) issued else expires
                field.error = renderMessage(errorMessage(problem.error), language)
            }
            if (checked != null) {
                act {
                    repo.addDocument(checked, photo)
                    photo = null
                    val settings = app.settings
                    DoctrackApp.scheduler(this).apply(repo.syncReminders(repo.reminderOptions(settings.language, settings.detailedLockScreen)))
                    finish()
                }
            }
        }
    }

    /** Shows how a typed date was read ("Read as 31 มี.ค. 2569 (Buddhist Era year)"). */
    private fun echo(input: EditText, out: TextView) {
        input.addTextChangedListener(object : TextWatcher {
            override fun beforeTextChanged(s: CharSequence?, start: Int, count: Int, after: Int) = Unit
            override fun onTextChanged(s: CharSequence?, start: Int, before: Int, count: Int) = Unit
            override fun afterTextChanged(s: Editable?) {
                val text = s?.toString()?.trim().orEmpty()
                out.text = if (text.isEmpty()) {
                    ""
                } else {
                    try {
                        val typed = parseTypedDateText(text)
                        getString(if (typed.era == Era.BE) R.string.read_as_be else R.string.read_as, day(typed.date))
                    } catch (e: AppException) {
                        renderMessage(errorMessage(e), language)
                    }
                }
            }
        })
    }

    private fun takePhoto() {
        val target = PhotoProvider.file(this)
        target.delete()
        val capture = Intent(MediaStore.ACTION_IMAGE_CAPTURE)
            .putExtra(MediaStore.EXTRA_OUTPUT, PhotoProvider.uri())
            .addFlags(Intent.FLAG_GRANT_WRITE_URI_PERMISSION or Intent.FLAG_GRANT_READ_URI_PERMISSION)
        try {
            startActivityForResult(capture, TAKE_PHOTO)
        } catch (e: ActivityNotFoundException) {
            toast(getString(R.string.no_camera))
        }
    }

    @Deprecated("Platform Activity result API (no AndroidX here)")
    override fun onActivityResult(requestCode: Int, resultCode: Int, data: Intent?) {
        super.onActivityResult(requestCode, resultCode, data)
        if (requestCode != TAKE_PHOTO || resultCode != RESULT_OK) return
        val file = PhotoProvider.file(this)
        if (file.isFile) {
            // Into memory, then off the disk at once: the photo is stored
            // encrypted in doctrack only.
            photo = file.readBytes()
            file.delete()
            toast(getString(R.string.photo_taken))
        }
    }

    private companion object {
        const val TAKE_PHOTO = 2

        /** The kinds offered, most common for fishers first. */
        val KINDS: List<DocumentKind> = listOf(
            DocumentKind.Passport,
            DocumentKind.CertificateOfIdentity,
            DocumentKind.Visa,
            DocumentKind.WorkPermit,
            DocumentKind.PinkCard,
            DocumentKind.Seabook,
            DocumentKind.FishingCrewPermission,
            DocumentKind.HealthInsurance,
            DocumentKind.HealthCheck,
            DocumentKind.NinetyDayReport,
        )
    }
}
