package org.doctrack.demo.ui

import android.Manifest
import android.app.AlertDialog
import android.content.Intent
import android.os.Build
import android.os.Bundle
import android.widget.ArrayAdapter
import android.widget.CheckBox
import android.widget.EditText
import android.widget.Spinner
import org.doctrack.core.DateKind
import org.doctrack.core.DocumentCard
import org.doctrack.core.Language
import org.doctrack.core.NoticeView
import org.doctrack.core.PersonDashboard
import org.doctrack.core.PersonDraft
import org.doctrack.demo.DoctrackApp
import org.doctrack.demo.Languages
import org.doctrack.demo.R
import org.doctrack.demo.reminders.Notifications
import org.doctrack.documentKindName

/**
 * Home: the people, each with where they stand (the dashboard's situation:
 * in status, out of status since …, and what unknown would change the
 * plan), their private flags (a document held by someone else too long, a
 * payment far above the official fees: only here, never in a notification)
 * with a way to help, what a change of the rules changed for them (unread
 * notices), and their documents with status colours (the
 * dashboard's cards: status, next deadline, blockers); the "due soon" list
 * when notifications are off, and the way to every other screen. Each time
 * it is shown it syncs reminders with the alarms.
 */
class MainActivity : BaseActivity() {
    private lateinit var ui: Column

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        title = getString(R.string.people_title)
        ui = Column(this)
        ui.show()
    }

    override fun onResume() {
        super.onResume()
        if (!repo.isOpen) return
        askForNotificationsOnce()
        // Opened from a notification: go to its document.
        intent.getStringExtra(EXTRA_DOCUMENT)?.takeIf { it.isNotEmpty() }?.let { id ->
            intent.removeExtra(EXTRA_DOCUMENT)
            startActivity(Intent(this, DocumentActivity::class.java).putExtra(DocumentActivity.EXTRA_ID, id))
        }
        act { refresh() }
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        setIntent(intent)
    }

    private suspend fun refresh() {
        val settings = app.settings
        val options = repo.reminderOptions(settings.language, settings.detailedLockScreen)
        // Keep the alarms in step with the documents (cancel, then add).
        DoctrackApp.scheduler(this).apply(repo.syncReminders(options))

        val dashboard = repo.dashboard()
        val people = repo.people()
        ui.clear()
        ui.button(getString(R.string.plan)) { startActivity(Intent(this, PlanActivity::class.java)) }
        ui.button(getString(R.string.add_document)) { startActivity(Intent(this, AddDocumentActivity::class.java)) }
        ui.button(getString(R.string.add_person)) { addPerson() }
        ui.button(getString(R.string.settings)) { startActivity(Intent(this, SettingsActivity::class.java)) }

        if (!Notifications(this).enabled()) {
            ui.heading(getString(R.string.due_soon_title))
            ui.note(getString(R.string.due_soon_off))
            if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
                ui.button(getString(R.string.allow_notifications)) {
                    requestPermissions(arrayOf(Manifest.permission.POST_NOTIFICATIONS), ASK_NOTIFICATIONS)
                }
            }
            val due = repo.dueSoon(options)
            if (due.isEmpty()) ui.text(getString(R.string.nothing_due))
            for (reminder in due) {
                ui.text(reminder.detailText)
                ui.button(getString(R.string.done)) { act { repo.reminderDone(reminder.id); refresh() } }
                ui.button(getString(R.string.snooze)) { act { repo.snooze(reminder.id, 2); refresh() } }
            }
        }

        val cards = dashboard.people.flatMap { it.documents }.associateBy { it.document }
        val parts = dashboard.people.associateBy { it.person.id }
        for (record in people) {
            val person = record.person
            ui.heading(person.displayName)
            // No part for an archived person: they left the dashboard.
            parts[person.id]?.let { showSituation(it) }
            showNotices(repo.notices(person.id).filter { !it.read })
            val documents = repo.documentsOf(person.id)
            if (documents.isEmpty()) ui.note(getString(R.string.no_documents))
            for (doc in documents) {
                val card = cards[doc.document.id]
                val line = documentKindName(doc.document.kind, language) + " · " + doc.document.number
                ui.button(line) {
                    startActivity(Intent(this, DocumentActivity::class.java).putExtra(DocumentActivity.EXTRA_ID, doc.document.id))
                }
                if (card != null) showCard(card)
            }
            if (!record.archived) {
                ui.button(getString(R.string.get_help)) { startActivity(HelpActivity.intent(this, person.id)) }
                ui.button(getString(R.string.share_button)) { startActivity(ShareActivity.intent(this, person.id)) }
            }
        }
    }

    /**
     * Where a person stands (its word and colour, what it means, and each
     * question whose answer would change the plan), then their private
     * flags, each with a button to the services that can help with it.
     */
    private fun showSituation(part: PersonDashboard) {
        val situation = part.situation
        ui.chip(Terms.situation(situation.kind, language), StatusColours.of(situation.kind))
        ui.text(say(situation.message), 14f)
        for (question in situation.questions) ui.note(say(question))
        if (part.flags.isEmpty()) return
        ui.text(getString(R.string.flags_title), 14f)
        for (flag in part.flags) {
            ui.text("• " + say(flag.message))
            ui.button(getString(R.string.get_help)) {
                startActivity(HelpActivity.intent(this, part.person.id, HelpLinks.topicOf(flag.kind), flag.help))
            }
        }
    }

    /**
     * What a change of the rules (a rule update, a new app version) changed
     * for this person, in their language, with the rule's source: each
     * unread notice with the changes that follow from it, and a button to
     * mark it read (its notification is then cancelled).
     */
    private fun showNotices(unread: List<NoticeView>) {
        if (unread.isEmpty()) return
        ui.text(getString(R.string.notices_title), 14f)
        for (notice in unread) {
            ui.text("• " + notice.text)
            for (line in notice.alsoTexts) ui.note(line)
            ui.button(getString(R.string.notice_read)) { act { repo.markNoticeRead(notice.id); refresh() } }
        }
    }

    /**
     * A document's card from the dashboard: its status colour and word, the
     * next date to act by, and one line for each thing that blocks a
     * renewal. When only the maintainers' advice blocks it, the status by
     * dates is shown with the advice note, not the alarm colour.
     */
    private fun showCard(card: DocumentCard) {
        val status = if (card.advisory) card.phase else card.status
        ui.chip(Terms.status(status, language), StatusColours.of(status))
        card.nextDeadline?.let { next ->
            val actBy = next.actBy?.let { " · " + Terms.dateKind(DateKind.ACT_BY, language) + ": " + day(it) }.orEmpty()
            ui.note(Terms.dateKind(next.kind, language) + ": " + day(next.date) + actBy)
        }
        for (line in card.blockedBy) ui.note(say(line))
        if (card.advisory) ui.note(getString(R.string.advisory))
    }

    private fun addPerson() {
        val form = Column(this)
        val name = form.field(getString(R.string.person_name_hint))
        val nationality = form.field(getString(R.string.nationality_hint)).apply { setText("MM") }
        val languages = Spinner(this).apply {
            adapter = ArrayAdapter(this@MainActivity, android.R.layout.simple_spinner_dropdown_item, Languages.all.map(Languages::ownName))
        }
        form.add(languages)
        val fishing = form.add(CheckBox(this).apply { text = getString(R.string.fishing_vessel); isChecked = true })
        AlertDialog.Builder(this)
            .setTitle(R.string.add_person)
            .setView(form.layout)
            .setPositiveButton(R.string.save) { _, _ ->
                act {
                    repo.addPerson(draft(name, nationality, Languages.all[languages.selectedItemPosition], fishing.isChecked))
                    refresh()
                }
            }
            .setNegativeButton(R.string.cancel, null)
            .show()
    }

    private fun draft(name: EditText, nationality: EditText, language: Language, fishing: Boolean) = PersonDraft(
        displayName = name.text.toString().trim(),
        nationality = nationality.text.toString().trim().uppercase(),
        language = language,
        cohort = "mou",
        worksOnFishingVessel = fishing,
    )

    private fun askForNotificationsOnce() {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.TIRAMISU || app.settings.askedForNotifications) return
        app.settings.askedForNotifications = true
        requestPermissions(arrayOf(Manifest.permission.POST_NOTIFICATIONS), ASK_NOTIFICATIONS)
    }

    override fun onRequestPermissionsResult(requestCode: Int, permissions: Array<out String>, grantResults: IntArray) {
        super.onRequestPermissionsResult(requestCode, permissions, grantResults)
        if (requestCode == ASK_NOTIFICATIONS && repo.isOpen) act { refresh() }
    }

    companion object {
        /** The document to open (from a notification). */
        const val EXTRA_DOCUMENT = "org.doctrack.demo.extra.OPEN_DOCUMENT"
        private const val ASK_NOTIFICATIONS = 10
    }
}
