package org.doctrack.tests

import kotlinx.coroutines.runBlocking
import org.doctrack.Unlock
import org.doctrack.catalogInfo
import org.doctrack.core.AppException
import org.doctrack.core.Basis
import org.doctrack.core.DateForm
import org.doctrack.core.Digits
import org.doctrack.core.DocumentKind
import org.doctrack.core.Era
import org.doctrack.core.Field
import org.doctrack.core.LadderSource
import org.doctrack.core.Language
import org.doctrack.core.Problem
import org.doctrack.core.ReminderKind
import org.doctrack.core.ReminderOptions
import org.doctrack.core.ReminderState
import org.doctrack.core.ReviewState
import org.doctrack.createStore
import org.doctrack.defaultDateStyle
import org.doctrack.documentKindName
import org.doctrack.errorMessage
import org.doctrack.formatDate
import org.doctrack.localizeMessage
import org.doctrack.openStore
import org.doctrack.parseTypedDateText
import org.doctrack.renderMessage
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.LocalDate

/** Myanmar script (U+1000–U+109F). */
private fun burmese(text: String) = text.any { it in '\u1000'..'\u109F' }

class RemindersTest {
    @TempDir
    lateinit var dir: Path

    private fun path() = dir.resolve("store.doctrack").toString()

    private val until: LocalDate = Worker.AS_OF.plusDays(365)

    @Test
    fun `a Burmese reminder text arrives with its review state, and done stays done after reopening`() = runBlocking<Unit> {
        val wrapper = AesGcmKeyWrapper()
        val doneId: String
        createStore(path(), Unlock.Platform(wrapper)).use { store ->
            val ids = Worker.seed(store)
            val first = store.syncReminders(Worker.AS_OF, until, ReminderOptions())
            assertTrue(first.toCancel.isEmpty())
            assertEquals(first.scheduled, first.toAdd)

            // The 90-day report's filing window opens on 15 Jun 2026 (Worker.kt).
            val report = first.scheduled.first { it.document == ids.report }
            assertEquals(ReminderKind.REPORT_WINDOW, report.kind)
            assertEquals(Worker.REPORT_OPENS, report.fireOn)
            assertEquals(Worker.REPORT_DUE, report.targetDate)
            assertEquals(9, report.hour.toInt())
            assertEquals(32, report.id.length)

            // Ko Aung reads Burmese: the texts are Burmese, and drafts.
            assertEquals(Language.MY, report.language)
            assertTrue(burmese(report.lockScreenText), report.lockScreenText)
            assertTrue(burmese(report.detailText), report.detailText)
            assertEquals(ReviewState.DRAFT, report.review)
            val text = localizeMessage(report.short, Language.MY, null)
            assertEquals(text.text, report.lockScreenText)
            assertEquals(ReviewState.DRAFT, text.review)
            assertFalse(text.englishFallback)
            val english = localizeMessage(report.short, Language.EN, null)
            assertEquals("A report can be filed from today. Open the app for details.", english.text)
            assertEquals(ReviewState.REVIEWED, english.review)

            // The lock screen names no document and no date; the detail does.
            assertEquals(report.short, report.lockScreen)
            val kindName = documentKindName(DocumentKind.NinetyDayReport, Language.MY)
            val due = formatDate(report.targetDate, Language.MY, null)
            assertFalse(report.lockScreenText.contains(kindName), report.lockScreenText)
            assertFalse(report.lockScreenText.contains(due), report.lockScreenText)
            assertTrue(report.detailText.contains(due), report.detailText)

            // Done: the next sync cancels it and adds nothing.
            store.setReminderState(report.id, ReminderState.Done, Worker.AS_OF)
            val next = store.syncReminders(Worker.AS_OF, until, ReminderOptions())
            assertEquals(listOf(report.id), next.toCancel)
            assertTrue(next.toAdd.isEmpty())
            doneId = report.id

            // Why it is due: the rule behind the report's dates, and the rule
            // whose reminder ladder planned this reminder.
            val rule = report.reasons.map { it.basis }.filterIsInstance<Basis.Rule>().first().id
            assertEquals("th.immigration.90-day-report", rule)
            assertEquals(LadderSource.Rule("th.immigration.90-day-reminders"), report.source)
            // That rule in Burmese: a draft shown with the English it was drawn from.
            val guidance = store.ruleGuidance(rule, Language.MY)!!
            assertTrue(burmese(guidance.guidance), guidance.guidance)
            assertEquals(Language.MY, guidance.language)
            assertEquals(ReviewState.DRAFT, guidance.review)
            assertEquals(Language.EN, guidance.drawnFrom?.language)
            assertFalse(guidance.englishFallback)

            // Snoozed: replaced by one on the snooze day.
            val permit = next.scheduled.first { it.document == ids.permit }
            val snoozeTo = permit.fireOn.plusDays(2)
            store.setReminderState(permit.id, ReminderState.Snoozed(snoozeTo), Worker.AS_OF)
            val moved = store.syncReminders(Worker.AS_OF, until, ReminderOptions())
            assertEquals(listOf(permit.id), moved.toCancel)
            assertEquals(snoozeTo, moved.toAdd.single().fireOn)
            store.closeStore()
        }
        // Reopened: the states were stored (encrypted) in the store.
        openStore(path(), Unlock.Platform(wrapper)).use { store ->
            val again = store.syncReminders(Worker.AS_OF, until, ReminderOptions())
            assertTrue(again.toAdd.isEmpty() && again.toCancel.isEmpty(), "$again")
            val listed = store.reminders(Worker.AS_OF, until, ReminderOptions())
            assertEquals(ReminderState.Done, listed.single { it.id == doneId }.state)
            assertTrue(listed.any { it.state is ReminderState.Snoozed })
            store.closeStore()
        }
        assertEquals(ReviewState.DRAFT, catalogInfo(Language.MY).review)
        assertTrue(burmese(catalogInfo(Language.MY).reviewText))
        assertEquals(ReviewState.REVIEWED, catalogInfo(Language.EN).review)
    }

    @Test
    fun `at most 60 for iOS, the soonest first, and an opt-in detailed lock screen`() = runBlocking<Unit> {
        createStore(path(), Unlock.Passphrase("correct horse battery staple")).use { store ->
            Worker.seed(store)
            val all = store.reminders(Worker.AS_OF, until, ReminderOptions())
            val limited = store.syncReminders(Worker.AS_OF, until, ReminderOptions(limit = 3u))
            assertEquals(all.take(3), limited.scheduled)
            assertEquals(all.size - 3, limited.leftOut.toInt())
            val detailed = store.reminders(
                Worker.AS_OF, until, ReminderOptions(language = Language.EN, detailedLockScreen = true),
            )
            val first = detailed.first()
            assertEquals(first.detail, first.lockScreen)
            assertNotEquals("Document reminder", first.titleText)
            assertEquals(ReviewState.REVIEWED, first.review)
            val time = assertThrows<AppException.Validation> {
                runBlocking { store.reminders(Worker.AS_OF, until, ReminderOptions(hour = 24u)) }
            }
            assertEquals(Field.REMINDER_TIME, time.field)
            assertThrows<AppException.NotFound> {
                runBlocking { store.setReminderState("0".repeat(32), ReminderState.Done, Worker.AS_OF) }
            }
            store.closeStore()
        }
    }

    @Test
    fun `dates as on the papers`() {
        val thai = parseTypedDateText("31 มี.ค. 2569")
        assertEquals(LocalDate.of(2026, 3, 31), thai.date)
        assertEquals(Era.BE, thai.era)
        assertEquals(Era.CE, parseTypedDateText("31.03.2026").era)
        assertEquals(LocalDate.of(2026, 3, 31), parseTypedDateText("၃၁/၀၃/၂၀၂၆").date)
        assertEquals(LocalDate.of(2026, 3, 31), parseTypedDateText("31.03.2026").date)
        val e = assertThrows<AppException.Validation> { parseTypedDateText("31/03/69") }
        assertEquals(Field.DATE, e.field)
        assertEquals(Problem.AmbiguousYear, e.problem)
        assertFalse(e.toString().contains("31/03/69"), "what was typed is not repeated")
        val said = localizeMessage(errorMessage(e), Language.MY, null)
        assertTrue(burmese(said.text), said.text)
        assertTrue(renderMessage(errorMessage(e), Language.EN).contains("four digits"))

        val day = LocalDate.of(2026, 3, 31)
        assertEquals("31 มี.ค. 2569", formatDate(day, Language.TH, null))
        assertEquals("31/03/2026", formatDate(day, Language.MY, null))
        assertEquals(Era.BE, defaultDateStyle(Language.TH).era)
        val native = defaultDateStyle(Language.MY).copy(digits = Digits.NATIVE)
        assertEquals("၃၁/၀၃/၂၀၂၆", formatDate(day, Language.MY, native))
        assertEquals("2026-03-31", formatDate(day, Language.EN, null))
        val named = defaultDateStyle(Language.EN).copy(form = DateForm.DAY_MONTH_NAME)
        assertEquals("31 Mar 2026", formatDate(day, Language.EN, named))
    }
}
