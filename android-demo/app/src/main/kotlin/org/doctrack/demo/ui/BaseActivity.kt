package org.doctrack.demo.ui

import android.app.Activity
import android.app.AlertDialog
import android.content.Context
import android.content.Intent
import android.content.res.Configuration
import android.widget.Toast
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.cancel
import kotlinx.coroutines.launch
import org.doctrack.core.AppException
import org.doctrack.core.Language
import org.doctrack.core.Message
import org.doctrack.core.ReviewState
import org.doctrack.demo.DoctrackApp
import org.doctrack.demo.Languages
import org.doctrack.demo.Settings
import org.doctrack.demo.data.DoctrackRepository
import org.doctrack.errorMessage
import org.doctrack.formatDate
import org.doctrack.localizeMessage
import org.doctrack.renderMessage
import java.time.LocalDate
import java.util.Locale

/**
 * What every screen shares: the chosen language (for the app's resources
 * and for doctrack's texts), a coroutine scope on the main thread, the
 * repository, and typed error display. Screens that need the store send the
 * person to [UnlockActivity] when it is locked (e.g. after Android ended
 * the process).
 */
abstract class BaseActivity : Activity() {
    protected val scope: CoroutineScope = screenScope()

    protected val app: DoctrackApp get() = DoctrackApp.of(this)

    protected val repo: DoctrackRepository get() = app.repository

    /** Whether this screen needs the unlocked store. */
    protected open val needsStore: Boolean = true

    /** The language of doctrack's texts: the chosen one, else the phone's, else English. */
    protected val language: Language
        get() = app.settings.language ?: Languages.fromCode(Locale.getDefault().language) ?: Language.EN

    override fun attachBaseContext(base: Context) {
        val chosen = Settings(base.getSharedPreferences("settings", MODE_PRIVATE)).language
        if (chosen == null) {
            super.attachBaseContext(base)
            return
        }
        val config = Configuration(base.resources.configuration)
        config.setLocale(Locale.forLanguageTag(Languages.code(chosen)))
        super.attachBaseContext(base.createConfigurationContext(config))
    }

    override fun onResume() {
        super.onResume()
        if (needsStore && !repo.isOpen) {
            startActivity(Intent(this, UnlockActivity::class.java).putExtras(intent))
            finish()
        }
    }

    override fun onDestroy() {
        scope.cancel()
        super.onDestroy()
    }

    /** Launches [work] on the main thread; a doctrack error is shown, typed, in the person's language. */
    protected fun act(work: suspend () -> Unit) {
        scope.launch {
            try {
                work()
            } catch (e: AppException) {
                showError(e)
            }
        }
    }

    /** Shows a doctrack error in the person's language (never the exception's field dump). */
    protected fun showError(e: AppException) {
        AlertDialog.Builder(this)
            .setMessage(renderMessage(errorMessage(e), language))
            .setPositiveButton(android.R.string.ok, null)
            .show()
    }

    /** A short message. */
    protected fun toast(text: CharSequence) = Toast.makeText(this, text, Toast.LENGTH_SHORT).show()

    /** [message] in the person's language. */
    protected fun say(message: Message): String = renderMessage(message, language)

    /** [message] in the person's language, with a note when the text is a draft or partly English. */
    protected fun sayWithReview(message: Message): Pair<String, String?> {
        val text = localizeMessage(message, language, null)
        val note = when {
            text.englishFallback -> getString(org.doctrack.demo.R.string.english_fallback)
            text.review == ReviewState.DRAFT -> getString(org.doctrack.demo.R.string.draft_text)
            else -> null
        }
        return text.text to note
    }

    /** A date as the person's papers print it (Buddhist Era in Thai). */
    protected fun day(date: LocalDate): String = formatDate(date, language, null)
}
