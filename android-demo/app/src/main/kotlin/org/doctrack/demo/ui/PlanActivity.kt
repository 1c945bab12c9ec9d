package org.doctrack.demo.ui

import android.os.Bundle
import org.doctrack.core.HelpTopic
import org.doctrack.core.ReviewState
import org.doctrack.demo.R

/**
 * The renewal plan: what to do, in order, by when, with the official fees
 * and the fines owed so far, and each step's guidance (what to bring, where
 * to go) with the review state of its translation.
 *
 * A step whose document is held by someone else says whom to ask for it
 * back, and by when (in its `why` lines). A step with a checklist shows how
 * much is ready ("3 of 7 ready") and opens [ChecklistActivity] (a document's
 * renewal checklist, or a route back's steps); a step with help suggestions
 * (late, or no way known) opens [HelpActivity] with them.
 */
class PlanActivity : BaseActivity() {
    private lateinit var ui: Column

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        title = getString(R.string.plan_title)
        ui = Column(this)
        ui.show()
    }

    override fun onResume() {
        super.onResume()
        if (repo.isOpen) act { show() }
    }

    private suspend fun show() {
        val dashboard = repo.dashboard()
        ui.clear()
        val steps = dashboard.people.flatMap { part -> part.plan.map { part.person to it } }
        if (steps.isEmpty()) ui.text(getString(R.string.plan_empty))
        for ((index, personStep) in steps.withIndex()) {
            val (person, step) = personStep
            ui.heading("${index + 1}. " + say(step.headline))
            ui.note(person.displayName)
            ui.chip(Terms.status(step.status, language), StatusColours.of(step.status))
            step.`when`?.let { ui.text(say(it)) }
            for (why in step.why) ui.note(say(why))
            if (step.fees.isNotEmpty()) {
                ui.text(getString(R.string.fees), 14f)
                for (due in step.fees) ui.note(due.fee.label + ": " + Amounts.format(due.fee.amount, due.fee.currency))
            }
            if (step.fines.isNotEmpty()) {
                ui.text(getString(R.string.fines), 14f)
                // The amount owed so far (days late, less waived days), not the rate.
                for (due in step.fines) ui.note(due.fine.label + ": " + Amounts.format(due.amount, due.fine.currency))
            }
            for (ruleId in step.guidance) {
                repo.guidance(ruleId, language)?.let { g ->
                    ui.text(g.guidance, 14f)
                    if (g.review == ReviewState.DRAFT) ui.note(getString(R.string.draft_text))
                }
            }
            // A route back: its name (its steps and checklists are on the checklist screen).
            step.route?.takeIf { it !in step.guidance }?.let { route ->
                repo.guidance(route, language)?.let { g -> ui.text(g.name, 14f) }
            }
            if (step.advisory) ui.note(getString(R.string.advisory))
            step.checklist?.let { progress ->
                ui.text(getString(R.string.checklist_progress, progress.ready.toInt(), progress.total.toInt()), 14f)
            }
            if (step.route != null || (step.document != null && step.checklist != null)) {
                ui.button(getString(R.string.what_to_bring)) {
                    startActivity(ChecklistActivity.intent(this, person.id, step.document, step.route))
                }
            }
            if (step.help.isNotEmpty()) {
                ui.button(getString(R.string.get_help)) {
                    startActivity(HelpActivity.intent(this, person.id, HelpTopic.DOCUMENTS, step.help))
                }
            }
        }
    }
}

/** Money as people read it. */
object Amounts {
    /** An amount in whole units of [currency] with its currency: "1,900 THB". */
    fun format(amount: ULong, currency: String): String =
        String.format(java.util.Locale.ROOT, "%,d %s", java.math.BigInteger(amount.toString()), currency)
}
