package org.doctrack.demo.ui

import android.os.Bundle
import org.doctrack.Basis
import org.doctrack.KeyDate
import org.doctrack.Reason
import org.doctrack.demo.R
import org.doctrack.documentKindName

/**
 * One document: its details and status, "why this deadline" (each reason
 * with its rule, sources, confidence and the review state of the text), and
 * its history (the event list, mistaken events marked as taken back).
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
        val record = repo.document(id)
        val dashboard = repo.dashboard()
        sources = dashboard.ruleSources
        val status = dashboard.statuses.firstOrNull { it.document == id }
        val history = repo.history(id)
        val photos = repo.photos(id)
        val doc = record.document
        ui.clear()
        ui.heading(documentKindName(doc.kind, language))
        ui.text(doc.number + " · " + doc.issuingCountry)
        doc.issuedOn?.let { ui.text(getString(R.string.issued_hint).substringBefore(',') + ": " + day(it)) }
        doc.expiresOn?.let { ui.text(getString(R.string.expires_hint).substringBefore(',') + ": " + day(it)) }
        ui.note(getString(R.string.photos_count, photos.size))
        if (status != null) {
            ui.chip(Terms.status(status.status, language), StatusColours.of(status.status))
            for (reason in status.statusReasons) ui.text(say(reason.message))
            if (status.advisory) ui.note(getString(R.string.advisory))

            ui.heading(getString(R.string.why_deadline))
            val deadline = status.nextDeadline
            if (deadline == null) ui.text(getString(R.string.no_deadline)) else showDate(deadline)
        }

        ui.heading(getString(R.string.history))
        for (entry in history) {
            val line = day(entry.on) + " — " + Terms.event(entry.event, language)
            ui.text(if (entry.retracted) line + " " + getString(R.string.retracted) else line)
        }
    }

    private suspend fun showDate(date: KeyDate) {
        ui.text(day(date.date), 18f)
        for (reason in date.reasons) showReason(reason)
    }

    /** Each rule's sources, from the dashboard this screen shows. */
    private var sources: Map<String, List<org.doctrack.Source>> = emptyMap()

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
                    if (g.review == org.doctrack.ReviewState.DRAFT) {
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
