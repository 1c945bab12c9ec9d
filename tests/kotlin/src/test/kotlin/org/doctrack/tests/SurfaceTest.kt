package org.doctrack.tests

import kotlinx.coroutines.runBlocking
import org.doctrack.ApiException
import org.doctrack.CancelReason
import org.doctrack.DateEdit
import org.doctrack.DetailsCorrection
import org.doctrack.DocumentEvent
import org.doctrack.DocumentKind
import org.doctrack.DoctrackStore
import org.doctrack.EventName
import org.doctrack.Field
import org.doctrack.Language
import org.doctrack.LifecycleState
import org.doctrack.NewDocument
import org.doctrack.PersonUpdate
import org.doctrack.Problem
import org.doctrack.RuleFileInput
import org.doctrack.RulesOrigin
import org.doctrack.SlotKind
import org.doctrack.StateName
import org.doctrack.TextEdit
import org.doctrack.TimeStatus
import org.doctrack.Unlock
import org.doctrack.bundledCohorts
import org.doctrack.checkRuleFiles
import org.doctrack.createStore
import org.doctrack.documentKindName
import org.doctrack.openStore
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path
import java.time.LocalDate

private const val PASS = "correct horse battery staple"

/** The rest of the API surface: slots, people, every event, photos from files, rules. */
class SurfaceTest {
    @TempDir
    lateinit var dir: Path

    private fun path(name: String = "store.doctrack") = dir.resolve(name).toString()

    private suspend fun store(): DoctrackStore = createStore(path(), Unlock.Passphrase(PASS))

    @Test
    fun `key slots, passphrase change and removal`() = runBlocking<Unit> {
        store().use { s ->
            val raw = ByteArray(32) { 9 }
            val rawId = s.addKeySlot(Unlock.RawKey(raw))
            val pass = s.keySlots().single { it.kind == SlotKind.PASSPHRASE }
            val short = assertThrows<ApiException.Validation> {
                runBlocking { s.changePassphrase(pass.id, PASS, "short") }
            }
            assertEquals(Problem.TooShort(8L), short.problem)
            assertThrows<ApiException.WrongSecret> {
                runBlocking { s.changePassphrase(pass.id, "not it at all", "a new long passphrase") }
            }
            s.changePassphrase(pass.id, PASS, "a new long passphrase")
            s.removeKeySlot(rawId)
            val last = assertThrows<ApiException.Validation> { runBlocking { s.removeKeySlot(pass.id) } }
            assertEquals(Problem.LastKeySlot, last.problem)
            s.closeStore()
        }
        assertThrows<ApiException.WrongSecret> { runBlocking { openStore(path(), Unlock.Passphrase(PASS)) } }
        assertThrows<ApiException.NoSuchSlot> { runBlocking { openStore(path(), Unlock.RawKey(ByteArray(32) { 9 })) } }
        openStore(path(), Unlock.Passphrase("a new long passphrase")).use { it.closeStore() }
    }

    @Test
    fun `people are updated and archived, documents listed per person`() = runBlocking<Unit> {
        store().use { s ->
            val ids = Worker.seed(s)
            val p = s.updatePerson(ids.person, PersonUpdate(displayName = "Ko Aung Min (TEST)", cohort = "cr:2024-09-24"), Worker.AS_OF)
            assertEquals("Ko Aung Min (TEST)", p.displayName)
            val bad = assertThrows<ApiException.Validation> {
                runBlocking { s.updatePerson(ids.person, PersonUpdate(cohort = "cr:1999-01-01"), Worker.AS_OF) }
            }
            assertEquals(Field.COHORT, bad.field)
            assertTrue((bad.problem as Problem.UnknownCohort).known.contains("cr:2024-09-24"))
            assertTrue("cr:2024-09-24" in s.knownCohorts())
            assertTrue("mou" in bundledCohorts())
            assertEquals(5, s.documentsOf(ids.person).items.size)
            s.archivePerson(ids.person, Worker.AS_OF)
            assertTrue(s.person(ids.person).archived)
            assertTrue(s.dashboard(Worker.AS_OF).statuses.isEmpty(), "an archived person's documents leave the dashboard")
            s.closeStore()
        }
    }

    @Test
    fun `corrections, cancellation, employer change and reports`() = runBlocking<Unit> {
        store().use { s ->
            val ids = Worker.seed(s)
            val corrected = s.applyEvent(
                ids.passport,
                DocumentEvent.DetailsCorrected(
                    DetailsCorrection(
                        number = "TEST-MA000009",
                        issuingAuthority = TextEdit.Set("Ministry of Home Affairs"),
                        expiresOn = DateEdit.Set(LocalDate.of(2027, 4, 30)),
                    ),
                ),
                Worker.AS_OF,
            )
            assertEquals(LocalDate.of(2027, 4, 30), corrected.document.expiresOn)
            assertEquals("Ministry of Home Affairs", corrected.document.issuingAuthority)
            val cleared = s.applyEvent(
                ids.passport,
                DocumentEvent.DetailsCorrected(DetailsCorrection(issuingAuthority = TextEdit.Clear)),
                Worker.AS_OF,
            )
            assertEquals(null, cleared.document.issuingAuthority)
            val bad = assertThrows<ApiException.Validation> {
                runBlocking {
                    s.applyEvent(ids.passport, DocumentEvent.DetailsCorrected(DetailsCorrection(expiresOn = DateEdit.Set(LocalDate.of(2019, 1, 1)))), Worker.AS_OF)
                }
            }
            assertEquals(Field.EXPIRES_ON, bad.field)
            assertEquals(Problem.ExpiryNotAfterIssue, bad.problem)

            s.applyEvent(ids.permit, DocumentEvent.EmployerChanged("Other Boat Co."), Worker.AS_OF)
            assertEquals("Other Boat Co.", s.document(ids.permit).document.employer)
            s.applyEvent(ids.report, DocumentEvent.ReportFiled, LocalDate.of(2026, 6, 20))
            assertEquals(listOf(LocalDate.of(2026, 6, 20)), s.document(ids.report).filings)
            val notForKind = assertThrows<ApiException.Validation> {
                runBlocking { s.applyEvent(ids.report, DocumentEvent.RenewalStarted, LocalDate.of(2026, 6, 21)) }
            }
            assertEquals(Problem.EventNotForKind(EventName.RENEWAL_STARTED), notForKind.problem)
            val cancelled = s.applyEvent(ids.permit, DocumentEvent.Cancelled(CancelReason.LEFT_EMPLOYER), LocalDate.of(2026, 6, 22))
            assertEquals(CancelReason.LEFT_EMPLOYER, (cancelled.state as LifecycleState.Cancelled).reason)
            val history = s.history(ids.permit)
            assertEquals(
                listOf(EventName.RECORDED, EventName.EMPLOYER_CHANGED, EventName.CANCELLED),
                history.map { it.event },
            )
            assertEquals(CancelReason.LEFT_EMPLOYER, history.last().cancelReason)
            assertEquals(StateName.CANCELLED, s.dashboard(LocalDate.of(2026, 6, 22)).statuses.single { it.document == ids.permit }.lifecycle)
            s.closeStore()
        }
    }

    @Test
    fun `an event recorded by mistake is taken back and stays in the history`() = runBlocking<Unit> {
        store().use { s ->
            val ids = Worker.seed(s)
            s.applyEvent(ids.passport, DocumentEvent.ReportedLost, Worker.AS_OF)
            val lost = s.history(ids.passport).single { it.event == EventName.REPORTED_LOST }
            val back = s.retractEvent(ids.passport, lost.id, Worker.AS_OF)
            assertEquals(LifecycleState.Active, back.state)
            val history = s.history(ids.passport)
            assertEquals(listOf(EventName.RECORDED, EventName.REPORTED_LOST, EventName.EVENT_RETRACTED), history.map { it.event })
            assertTrue(history[1].retracted)
            assertEquals(lost.id, history[2].retracts)
            val again = assertThrows<ApiException.Validation> {
                runBlocking { s.retractEvent(ids.passport, lost.id, Worker.AS_OF) }
            }
            assertEquals(Problem.NotRetractable(EventName.REPORTED_LOST), again.problem)
            s.checkIntegrity()
            s.closeStore()
        }
    }

    @Test
    fun `photos from files, deletion, merge and integrity`() = runBlocking<Unit> {
        val scan = dir.resolve("scan.png")
        val bytes = ByteArray(70_000) { (it % 253).toByte() }
        Files.write(scan, bytes)
        store().use { s ->
            val ids = Worker.seed(s)
            val photo = s.addPhotoFile(ids.passport, "image/png", scan.toString(), Worker.AS_OF)
            assertArrayEquals(bytes, s.photoBytes(photo.id))
            assertThrows<ApiException.Validation> {
                runBlocking { s.addPhotoFile(ids.passport, "image/png", dir.resolve("missing.png").toString(), Worker.AS_OF) }
            }
            assertThrows<ApiException.Validation> {
                runBlocking { s.addPhoto(ids.passport, "not a mime type", bytes, Worker.AS_OF) }
            }
            s.exportBackup(dir.resolve("b.backup").toString(), "backup passphrase")
            s.deletePhoto(photo.id)
            assertTrue(s.photos(ids.passport).isEmpty())
            // Merging the backup brings the photo back; events already present are skipped.
            val report = s.mergeBackup(dir.resolve("b.backup").toString(), "backup passphrase")
            assertEquals(1L, report.photosAdded)
            assertTrue(report.eventsPresent > 0)
            assertEquals(0L, report.eventsAdded)
            assertThrows<ApiException.WrongSecret> {
                runBlocking { s.mergeBackup(dir.resolve("b.backup").toString(), "wrong backup passphrase") }
            }
            s.checkIntegrity()
            s.closeStore()
        }
    }

    @Test
    fun `rule files are checked and loaded, bad ones change nothing`() = runBlocking<Unit> {
        val broken = RuleFileInput("x.toml", "format = 1\n[[rule]]\nid = 1\n")
        val diags = checkRuleFiles(listOf(broken))
        assertTrue(diags.any { it.isError && it.file == "x.toml" && it.line >= 2 })
        val th = Path.of(System.getProperty("doctrack.root", "../..")).resolve("rules/th")
        val files = Files.list(th).use { stream ->
            stream.filter { it.toString().endsWith(".toml") }.map { RuleFileInput("th/${it.fileName}", Files.readString(it)) }.toList()
        }
        store().use { s ->
            val ids = Worker.seed(s)
            val loaded = s.loadRules(files)
            assertEquals(RulesOrigin.FILES, loaded.origin)
            assertEquals(loaded, s.dashboard(Worker.AS_OF).rules)
            val e = assertThrows<ApiException.RulesInvalid> { runBlocking { s.loadRules(listOf(broken)) } }
            assertTrue(e.errors.isNotEmpty())
            assertEquals(RulesOrigin.FILES, s.rulesInfo().origin, "refused rules change nothing")
            assertEquals(RulesOrigin.BUNDLED, s.useBundledRules().origin)
            assertEquals(TimeStatus.BLOCKED, s.dashboard(Worker.AS_OF).statuses.single { it.document == ids.permit }.status)
            s.closeStore()
        }
        assertEquals("Work permit", documentKindName(DocumentKind.WorkPermit, Language.EN))
    }

    @Test
    fun `isOpen never waits and follows closeStore`() = runBlocking<Unit> {
        val s = store()
        assertTrue(s.isOpen())
        s.closeStore()
        assertFalse(s.isOpen())
        s.close()
    }
}
