package org.doctrack.demo.ui

import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Bundle
import android.view.View
import android.widget.AdapterView
import android.widget.ArrayAdapter
import android.widget.Spinner
import org.doctrack.core.Contact
import org.doctrack.core.ContactKind
import org.doctrack.core.HelpMatch
import org.doctrack.core.HelpTopic
import org.doctrack.core.Language
import org.doctrack.core.Service
import org.doctrack.core.Span
import org.doctrack.demo.R
import java.time.LocalDate

/**
 * Where to get help, for one person: the services doctrack's directory
 * suggests for a flag or a plan step (when the screen was opened from one),
 * the best services for a topic (`helpFor`: this problem first, in their
 * province, speaking their language), and the whole directory for their
 * province (and the whole country).
 *
 * Each service: its name in the reader's language (else English), what it
 * is and helps with, hours and address, notes, its sources and when the
 * maintainers checked it; a "Call" button per phone number and a "LINE"
 * button per LINE id. Calls go to the dialer (`ACTION_DIAL`): the person
 * sees the number and presses call themselves; the app never calls
 * (`ACTION_CALL`) and asks for no `CALL_PHONE` permission. No `<queries>`
 * are needed for these intents: the app only starts them (it never asks
 * which apps would handle them) and says so when none does.
 */
class HelpActivity : BaseActivity() {
    private lateinit var ui: Column

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        title = getString(R.string.help_title)
        ui = Column(this)
        ui.show()
    }

    override fun onResume() {
        super.onResume()
        val personId = intent.getStringExtra(EXTRA_PERSON) ?: return finish()
        if (repo.isOpen) act { show(personId) }
    }

    /** The topic asked for (an intent extra, [HelpTopic.DOCUMENTS] when none). */
    private val topic: HelpTopic
        get() = intent.getStringExtra(EXTRA_TOPIC)?.let { name -> HelpTopic.entries.firstOrNull { it.name == name } }
            ?: HelpTopic.DOCUMENTS

    private suspend fun show(personId: String) {
        val topic = topic
        val person = repo.person(personId).person
        val directory = repo.directory()
        val best = repo.helpFor(personId, topic)
        val suggested = HelpLinks.byIds(directory.services, intent.getStringArrayExtra(EXTRA_SERVICES)?.toList().orEmpty())
        val today = repo.currentDay()
        val stale = directory.staleAfter
        ui.clear()
        ui.heading(person.displayName)

        // Another topic: the same screen, asked again.
        val topics = HelpTopic.entries
        val picker = Spinner(this).apply {
            adapter = ArrayAdapter(this@HelpActivity, android.R.layout.simple_spinner_dropdown_item, topics.map { Terms.helpTopic(it, language) })
            setSelection(topics.indexOf(topic))
        }
        ui.add(picker)
        picker.onItemSelectedListener = object : AdapterView.OnItemSelectedListener {
            override fun onItemSelected(parent: AdapterView<*>?, view: View?, position: Int, id: Long) {
                val chosen = topics[position]
                if (chosen == this@HelpActivity.topic) return
                intent.putExtra(EXTRA_TOPIC, chosen.name).removeExtra(EXTRA_SERVICES)
                act { show(personId) }
            }

            override fun onNothingSelected(parent: AdapterView<*>?) = Unit
        }

        if (suggested.isNotEmpty()) {
            ui.heading(getString(R.string.help_suggested))
            for (service in suggested) showService(service, null, stale, today)
        }

        ui.heading(getString(R.string.help_best, Terms.helpTopic(topic, language)))
        if (best.isEmpty()) ui.note(getString(R.string.help_none))
        for (entry in best) showService(entry.service, entry.matched, stale, today)

        ui.heading(getString(R.string.help_directory))
        val province = person.province
        if (province == null) {
            ui.note(getString(R.string.help_directory_all))
        } else {
            val known = directory.provinces.firstOrNull { it.id == province }
            val name = known?.let { if (language == Language.TH) it.th else it.en } ?: province
            ui.note(getString(R.string.help_directory_province, name))
        }
        val nearby = HelpLinks.nearby(directory.services, province)
        if (nearby.isEmpty()) ui.note(getString(R.string.help_none))
        for (service in nearby) showService(service, null, stale, today)
    }

    /** One service: name, kind, topics, hours, address, notes, contacts, sources, when it was checked. */
    private fun showService(service: Service, matched: HelpMatch?, staleAfter: Span?, today: LocalDate) {
        ui.text(HelpLinks.name(service, language), 18f)
        ui.note(Terms.serviceKind(service.kind, language))
        if (matched != null) {
            val why = listOfNotNull(
                getString(R.string.help_local).takeIf { matched.local },
                getString(R.string.help_speaks).takeIf { matched.speaksLanguage },
            )
            if (why.isNotEmpty()) ui.note(why.joinToString(" · "))
        }
        if (service.helpsWith.isNotEmpty()) {
            ui.note(getString(R.string.helps_with, service.helpsWith.joinToString(", ") { Terms.helpTopic(it, language) }))
        }
        // Hours, address and notes are in English, as the sources give them.
        service.hours?.let { ui.note(getString(R.string.hours, it)) }
        service.address?.let { ui.note(getString(R.string.address, it)) }
        service.notes?.let { ui.note(it) }
        for (contact in service.contacts) showContact(contact)
        for (source in service.sources) {
            val dated = source.date?.let { " (" + day(it) + ")" }.orEmpty()
            ui.note(getString(R.string.source, source.title + dated + " " + source.url))
        }
        val checked = if (HelpLinks.stale(service.verified, staleAfter, today)) R.string.verified_stale else R.string.verified
        ui.note(getString(checked, day(service.verified)))
    }

    /** A phone number opens the dialer, a LINE id opens LINE; anything else is shown as written. */
    private fun showContact(contact: Contact) {
        val label = contact.label?.let { " ($it)" }.orEmpty()
        val uri = when (contact.kind) {
            ContactKind.PHONE -> HelpLinks.telUri(contact.value)
            ContactKind.LINE -> HelpLinks.lineUrl(contact.value)
            else -> null
        }
        when {
            uri != null && contact.kind == ContactKind.PHONE ->
                ui.button(getString(R.string.call, contact.value) + label) { open(Intent(Intent.ACTION_DIAL, Uri.parse(uri))) }
            uri != null && contact.kind == ContactKind.LINE ->
                ui.button(getString(R.string.line, contact.value) + label) {
                    open(Intent(Intent.ACTION_VIEW, Uri.parse(uri)).addCategory(Intent.CATEGORY_BROWSABLE))
                }
            else -> ui.note(contact.value + label)
        }
    }

    private fun open(intent: Intent) {
        try {
            startActivity(intent)
        } catch (e: ActivityNotFoundException) {
            toast(getString(R.string.no_app))
        }
    }

    companion object {
        /** The person (id) to find help for. */
        const val EXTRA_PERSON = "org.doctrack.demo.extra.HELP_PERSON"

        /** The topic ([HelpTopic] name); [HelpTopic.DOCUMENTS] when absent. */
        const val EXTRA_TOPIC = "org.doctrack.demo.extra.HELP_TOPIC"

        /** Directory ids suggested by a flag or a plan step, best first (optional). */
        const val EXTRA_SERVICES = "org.doctrack.demo.extra.HELP_SERVICES"

        /** The help screen for [personId] and [topic], with [suggested] directory ids first. */
        fun intent(context: Context, personId: String, topic: HelpTopic = HelpTopic.DOCUMENTS, suggested: List<String> = emptyList()): Intent =
            Intent(context, HelpActivity::class.java)
                .putExtra(EXTRA_PERSON, personId)
                .putExtra(EXTRA_TOPIC, topic.name)
                .putExtra(EXTRA_SERVICES, suggested.toTypedArray())
    }
}
