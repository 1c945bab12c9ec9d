package org.doctrack.demo.ui

import android.os.Bundle
import org.doctrack.Money
import org.doctrack.demo.R

/**
 * The renewal plan: what to do, in order, by when, with the official fees
 * and the fines owed so far, and each step's guidance (what to bring, where
 * to go) with the review state of its translation.
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
        val names = dashboard.people.associate { it.id to it.displayName }
        ui.clear()
        if (dashboard.plan.isEmpty()) ui.text(getString(R.string.plan_empty))
        for ((index, step) in dashboard.plan.withIndex()) {
            ui.heading("${index + 1}. " + say(step.headline))
            names[step.holder]?.let { ui.note(it) }
            ui.chip(Terms.status(step.status, language), StatusColours.of(step.status))
            step.`when`?.let { ui.text(say(it)) }
            for (why in step.why) ui.note(say(why))
            if (step.fees.isNotEmpty()) {
                ui.text(getString(R.string.fees), 14f)
                for (fee in step.fees) ui.note(fee.label + ": " + money(fee.amount))
            }
            if (step.fines.isNotEmpty()) {
                ui.text(getString(R.string.fines), 14f)
                for (fine in step.fines) ui.note(fine.label + ": " + money(fine.amount))
            }
            for (ruleId in step.guidance) {
                repo.guidance(ruleId, language)?.let { g ->
                    ui.text(g.guidance, 14f)
                    if (g.review == org.doctrack.ReviewState.DRAFT) ui.note(getString(R.string.draft_text))
                }
            }
            if (step.advisory) ui.note(getString(R.string.advisory))
        }
    }

    /** An amount with its currency ("1,900 THB"). */
    private fun money(m: Money): String = Amounts.format(m)
}

/** Money as people read it. */
object Amounts {
    /** "1,900 THB". */
    fun format(m: Money): String = String.format(java.util.Locale.ROOT, "%,d %s", m.amount, m.currency)
}
