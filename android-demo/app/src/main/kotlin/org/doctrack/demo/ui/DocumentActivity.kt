package org.doctrack.demo.ui

import android.os.Bundle
import android.widget.ArrayAdapter
import android.widget.Spinner
import org.doctrack.core.Basis
import org.doctrack.core.Blocker
import org.doctrack.core.Custodian
import org.doctrack.core.Custody
import org.doctrack.core.DateKind
import org.doctrack.core.KeyDate
import org.doctrack.core.Reason
import org.doctrack.core.ReviewState
import org.doctrack.core.Source
import org.doctrack.demo.R
import org.doctrack.documentKindName

/**
 * One document: its details and status, "why this deadline" (each reason
 * with its rule, sources, confidence and the review state of the text), who
 * holds it (and a way to record that someone else keeps it, or that the
 * person has it back: a custody event, dated today), and its history (the
 * event list, mistaken events marked as taken back).
 *
 * The reasons and sources come from `documentDetail`; the next deadline and
 * whether only advice blocks it come from the document's card on the
 * dashboard, as on the list screen.
 */
class DocumentActivity : BaseActivity() {
    private lateinit var ui: Column

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        title = getString(R.string.document_title)
        ui = Column(this)
        ui.show()
    }

    override fun onResume() {
        super.onResume()
        val id = intent.getStringExtra(EXTRA_ID) ?: return finish()
        if (repo.isOpen) act { show(id) }
    }

    private suspend fun show(id: String) {
        // One call: the record, the list's row (next date, advice) and the
        // status with its reasons; no status for an archived person's document.
        val detail = repo.documentDetail(id)
        val record = detail.record
        val card = detail.card
        sources = detail.ruleSources
        val history = repo.history(id)
        val photos = repo.photos(id)
        val doc = record.document
        ui.clear()
        ui.heading(documentKindName(doc.kind, language))
        ui.text(doc.number + " · " + doc.issuingCountry)
        doc.issuedOn?.let { ui.text(getString(R.string.issued_hint).substringBefore(',') + ": " + day(it)) }
        doc.expiresOn?.let { ui.text(getString(R.string.expires_hint).substringBefore(',') + ": " + day(it)) }
        ui.note(getString(R.string.photos_count, photos.size))
        val status = detail.status
        if (status != null) {
            // Blocked by advice only: the status by dates, with the advice note.
            val advisory = card?.advisory == true
            val shown = if (advisory) status.phase else status.status
            ui.chip(Terms.status(shown, language), StatusColours.of(shown))
            for (reason in status.statusReasons) ui.text(say(reason.message))
            for (blocker in status.blockers) showReason(reasonOf(blocker))
            if (advisory) ui.note(getString(R.string.advisory))

            ui.heading(getString(R.string.why_deadline))
            val next = card?.nextDeadline
            val date = next?.let { n -> status.dates.firstOrNull { it.kind == n.kind && it.date == n.date } }
            if (date == null) {
                ui.text(getString(R.string.no_deadline))
            } else {
                showDate(date)
                // A deadline on a weekend or holiday: the last office day before it, and why.
                if (next?.actBy != null) status.dates.firstOrNull { it.kind == DateKind.ACT_BY }?.let { showDate(it) }
            }
        }

        showCustody(id, record.custody)

        ui.heading(getString(R.string.history))
        for (entry in history) {
            val line = day(entry.on) + " — " + Terms.event(entry.event, language)
            ui.text(if (entry.retracted) line + " " + getString(R.string.retracted) else line)
        }
    }

    /**
     * Who holds the document since when (as recorded), and a choice of
     * holder to record from today: the person themselves when someone else
     * has it, else their employer (the usual case), any other from the list.
     */
    private fun showCustody(id: String, custody: Custody?) {
        ui.heading(getString(R.string.custody_title))
        if (custody == null) {
            ui.text(getString(R.string.custody_unknown))
        } else {
            ui.text(getString(R.string.custody_since, Terms.custodian(custody.holder, language), day(custody.since)))
            custody.note?.let { ui.note(it) }
        }
        val holders = Custodian.entries
        val suggested = if (custody?.holder == Custodian.WORKER) Custodian.EMPLOYER else Custodian.WORKER
        val picker = Spinner(this).apply {
            adapter = ArrayAdapter(this@DocumentActivity, android.R.layout.simple_spinner_dropdown_item, holders.map { Terms.custodian(it, language) })
            setSelection(holders.indexOf(suggested))
        }
        ui.add(picker)
        ui.button(getString(R.string.custody_record)) {
            val holder = holders[picker.selectedItemPosition]
            act {
                repo.recordCustody(id, holder)
                toast(getString(R.string.custody_saved))
                show(id)
            }
        }
    }

    /** Why [blocker] blocks a renewal (a missing prerequisite, the term limit). */
    private fun reasonOf(blocker: Blocker): Reason = when (blocker) {
        is Blocker.Prerequisite -> blocker.reason
        is Blocker.TermLimit -> blocker.reason
    }

    private suspend fun showDate(date: KeyDate) {
        ui.text(Terms.dateKind(date.kind, language) + ": " + day(date.date), 18f)
        for (reason in date.reasons) showReason(reason)
    }

    /** Each rule's sources, from the document's detail this screen shows. */
    private var sources: Map<String, List<Source>> = emptyMap()

    /** A reason with its basis: the rule (id, confidence, sources, guidance) or the field or event. */
    private suspend fun showReason(reason: Reason) {
        val (text, review) = sayWithReview(reason.message)
        ui.text("• $text")
        review?.let { ui.note(it) }
        when (val basis = reason.basis) {
            is Basis.Rule -> {
                ui.note(getString(R.string.rule, basis.id))
                ui.note(getString(R.string.confidence, Terms.confidence(basis.confidence, language)))
                for (source in sources[basis.id].orEmpty()) {
                    val dated = source.date?.let { " (" + day(it) + ")" }.orEmpty()
                    ui.note(getString(R.string.source, source.title + dated + " " + source.url))
                }
                repo.guidance(basis.id, language)?.let { g ->
                    ui.text(g.name + ": " + g.guidance, 14f)
                    if (g.review == ReviewState.DRAFT) {
                        ui.note(getString(R.string.draft_text))
                        g.drawnFrom?.let { ui.note(it.name + ": " + it.guidance) }
                    }
                }
            }
            is Basis.OfficeClosed -> for (source in basis.sources) ui.note(getString(R.string.source, source.title + " " + source.url))
            is Basis.Event -> ui.note(Terms.event(basis.event, language) + " " + day(basis.on))
            is Basis.Document -> Unit
            is Basis.Related -> ui.note(documentKindName(basis.kind, language))
        }
    }

    companion object {
        /** The document's id. */
        const val EXTRA_ID = "org.doctrack.demo.extra.DOCUMENT_ID"
    }
}
