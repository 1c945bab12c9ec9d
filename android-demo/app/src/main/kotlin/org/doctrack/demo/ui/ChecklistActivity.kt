package org.doctrack.demo.ui

import android.content.Context
import android.content.Intent
import android.os.Bundle
import android.widget.CheckBox
import org.doctrack.core.Checklist
import org.doctrack.core.ReviewState
import org.doctrack.demo.R
import org.doctrack.documentKindName

/**
 * What to bring, for a plan step: for renewing a document
 * (`renewalChecklist`), or for each step of a route back (`routeDetail`:
 * each step's name and guidance from `ruleGuidance("<route>/<step>")`, who
 * acts, its fees and its checklist).
 *
 * Each item says what it is (the document kinds it accepts, or the thing)
 * and who brings it, with a check box the person ticks
 * (`tickChecklistItem`, kept in their history). An item that is ready
 * because a recorded document covers it is checked and cannot be unticked.
 */
class ChecklistActivity : BaseActivity() {
    private lateinit var ui: Column

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        title = getString(R.string.checklist_title)
        ui = Column(this)
        ui.show()
    }

    override fun onResume() {
        super.onResume()
        if (intent.getStringExtra(EXTRA_PERSON) == null) return finish()
        if (repo.isOpen) act { show() }
    }

    private suspend fun show() {
        val personId = intent.getStringExtra(EXTRA_PERSON) ?: return
        val routeId = intent.getStringExtra(EXTRA_ROUTE)
        val documentId = intent.getStringExtra(EXTRA_DOCUMENT)
        when {
            routeId != null -> showRoute(personId, routeId)
            documentId != null -> showRenewal(personId, documentId)
            else -> finish()
        }
    }

    /** What to bring to renew one document. */
    private suspend fun showRenewal(personId: String, documentId: String) {
        val record = repo.document(documentId)
        val checklist = repo.renewalChecklist(documentId)
        ui.clear()
        ui.heading(documentKindName(record.document.kind, language))
        ui.note(record.document.number)
        if (checklist == null) {
            ui.text(getString(R.string.no_checklist))
            return
        }
        showGuidance(checklist.rule)
        ui.note(getString(R.string.confidence, Terms.confidence(checklist.confidence, language)))
        showChecklist(personId, checklist)
    }

    /** A route back: whether it is open, then each of its steps with its checklist. */
    private suspend fun showRoute(personId: String, routeId: String) {
        val detail = repo.routeDetail(personId, routeId)
        val guidance = repo.guidance(routeId, language)
        val steps = detail.steps.map { it to repo.guidance("$routeId/${it.id}", language) }
        ui.clear()
        ui.heading(guidance?.name ?: routeId)
        guidance?.let {
            ui.text(it.guidance, 14f)
            if (it.review == ReviewState.DRAFT) ui.note(getString(R.string.draft_text))
        }
        ui.text(
            when {
                detail.openNow -> detail.openUntil?.let { getString(R.string.route_open_until, day(it)) } ?: getString(R.string.route_open_now)
                else -> detail.opensOn?.let { getString(R.string.route_opens_on, day(it)) } ?: getString(R.string.route_closed)
            },
        )
        ui.note(getString(R.string.confidence, Terms.confidence(detail.confidence, language)))
        if (detail.advisory) ui.note(getString(R.string.advisory))
        for ((index, pair) in steps.withIndex()) {
            val (step, text) = pair
            ui.heading("${index + 1}. " + (text?.name ?: step.id))
            text?.let {
                ui.text(it.guidance, 14f)
                if (it.review == ReviewState.DRAFT) ui.note(getString(R.string.draft_text))
            }
            ui.note(getString(R.string.acts, Terms.supplier(step.by, language)))
            if (step.fees.isNotEmpty()) {
                ui.text(getString(R.string.fees), 14f)
                for (fee in step.fees) ui.note(fee.label + ": " + Amounts.format(fee.amount, fee.currency))
            }
            showChecklist(personId, step.checklist)
        }
        for (source in detail.sources) {
            val dated = source.date?.let { " (" + day(it) + ")" }.orEmpty()
            ui.note(getString(R.string.source, source.title + dated + " " + source.url))
        }
    }

    /** The name and guidance of the rule that lists a checklist. */
    private suspend fun showGuidance(ruleId: String) {
        repo.guidance(ruleId, language)?.let { g ->
            ui.text(g.name, 16f)
            ui.text(g.guidance, 14f)
            if (g.review == ReviewState.DRAFT) ui.note(getString(R.string.draft_text))
        }
    }

    /**
     * The items of [checklist], each with a check box. Ticking calls
     * `tickChecklistItem` with the checklist's key; the screen is then shown
     * again from the store (also when ticking failed, so no box shows a
     * state that was not kept).
     */
    private fun showChecklist(personId: String, checklist: Checklist) {
        val ready = checklist.items.count { it.ready }
        ui.text(getString(R.string.checklist_progress, ready, checklist.items.size), 14f)
        for (entry in checklist.items) {
            val box = ui.add(CheckBox(this).apply {
                text = Terms.what(entry.item.what, language)
                isChecked = entry.ready
                // Ready because a recorded document covers it: nothing to tick.
                isEnabled = entry.byDocument == null
            })
            ui.note(getString(R.string.supplied_by, Terms.supplier(entry.item.supplier, language)))
            if (entry.byDocument != null) ui.note(getString(R.string.ready_from_record))
            box.setOnCheckedChangeListener { _, checked ->
                act {
                    try {
                        repo.tickChecklistItem(personId, checklist.list, entry.item.id, checked)
                    } finally {
                        show()
                    }
                }
            }
        }
    }

    companion object {
        /** The person whose checklist it is. */
        const val EXTRA_PERSON = "org.doctrack.demo.extra.CHECKLIST_PERSON"

        /** A document to renew (its renewal checklist). */
        const val EXTRA_DOCUMENT = "org.doctrack.demo.extra.CHECKLIST_DOCUMENT"

        /** A route back (its steps' checklists); wins over [EXTRA_DOCUMENT]. */
        const val EXTRA_ROUTE = "org.doctrack.demo.extra.CHECKLIST_ROUTE"

        /** The checklist screen for a plan step: a route's, else a document's renewal checklist. */
        fun intent(context: Context, personId: String, documentId: String?, routeId: String?): Intent =
            Intent(context, ChecklistActivity::class.java)
                .putExtra(EXTRA_PERSON, personId)
                .putExtra(EXTRA_DOCUMENT, documentId)
                .putExtra(EXTRA_ROUTE, routeId)
    }
}
