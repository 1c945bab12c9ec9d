package org.doctrack.tests

import kotlinx.coroutines.runBlocking
import org.doctrack.DoctrackStore
import org.doctrack.Unlock
import org.doctrack.bundledCohorts
import org.doctrack.core.AppException
import org.doctrack.core.CancelReason
import org.doctrack.core.DateEdit
import org.doctrack.core.DetailsCorrection
import org.doctrack.core.DocumentKind
import org.doctrack.core.EventName
import org.doctrack.core.Field
import org.doctrack.core.Language
import org.doctrack.core.LifecycleState
import org.doctrack.core.NewEvent
import org.doctrack.core.PersonUpdate
import org.doctrack.core.Problem
import org.doctrack.core.RulesOrigin
import org.doctrack.core.SlotKind
import org.doctrack.core.StateName
import org.doctrack.core.TextEdit
import org.doctrack.core.TimeStatus
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
            val short = assertThrows<AppException.Validation> {
                runBlocking { s.changePassphrase(pass.id, PASS, "short") }
            }
            assertEquals(Problem.TooShort(8uL), short.problem)
            assertThrows<AppException.WrongSecret> {
                runBlocking { s.changePassphrase(pass.id, "not it at all", "a new long passphrase") }
            }
            s.changePassphrase(pass.id, PASS, "a new long passphrase")
            s.removeKeySlot(rawId)
            val last = assertThrows<AppException.Validation> { runBlocking { s.removeKeySlot(pass.id) } }
            assertEquals(Problem.LastKeySlot, last.problem)
            s.closeStore()
        }
        assertThrows<AppException.WrongSecret> { runBlocking { openStore(path(), Unlock.Passphrase(PASS)) } }
        assertThrows<AppException.NoSuchSlot> { runBlocking { openStore(path(), Unlock.RawKey(ByteArray(32) { 9 })) } }
        openStore(path(), Unlock.Passphrase("a new long passphrase")).use { it.closeStore() }
    }

    @Test
    fun `people are updated and archived, documents listed per person`() = runBlocking<Unit> {
        store().use { s ->
            val ids = Worker.seed(s)
            val p = s.updatePerson(ids.person, PersonUpdate(displayName = "Ko Aung Min (TEST)", cohort = "cr:2024-09-24"), Worker.AS_OF)
            assertEquals("Ko Aung Min (TEST)", p.displayName)
            val bad = assertThrows<AppException.Validation> {
                runBlocking { s.updatePerson(ids.person, PersonUpdate(cohort = "cr:1999-01-01"), Worker.AS_OF) }
            }
            assertEquals(Field.COHORT, bad.field)
            assertTrue((bad.problem as Problem.UnknownCohort).known.contains("cr:2024-09-24"))
            assertTrue("cr:2024-09-24" in s.knownCohorts())
            assertTrue("mou" in bundledCohorts())
            assertEquals(5, s.documentsOf(ids.person).items.size)
            s.archivePerson(ids.person, Worker.AS_OF)
            assertTrue(s.person(ids.person).archived)
            val after = s.dashboard(Worker.AS_OF)
            assertTrue(after.people.none { it.person.id == ids.person },
                "an archived person leaves the dashboard, with their documents and plan")
            assertTrue(after.people.all { it.documents.isEmpty() && it.plan.isEmpty() })
            // Its documents still open, with no status (nothing is evaluated for them).
            val detail = s.documentDetail(ids.permit, Worker.AS_OF)
            assertEquals(ids.permit, detail.record.document.id)
            assertEquals(null, detail.status)
            assertEquals(null, detail.card)
            assertTrue(detail.ruleSources.isEmpty())
            s.closeStore()
        }
    }

    @Test
    fun `corrections, cancellation, employer change and reports`() = runBlocking<Unit> {
        store().use { s ->
            val ids = Worker.seed(s)
            val corrected = s.applyEvent(
                ids.passport,
                NewEvent.DetailsCorrected(
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
                NewEvent.DetailsCorrected(DetailsCorrection(issuingAuthority = TextEdit.Clear)),
                Worker.AS_OF,
            )
            assertEquals(null, cleared.document.issuingAuthority)
            val bad = assertThrows<AppException.Validation> {
                runBlocking {
                    s.applyEvent(ids.passport, NewEvent.DetailsCorrected(DetailsCorrection(expiresOn = DateEdit.Set(LocalDate.of(2019, 1, 1)))), Worker.AS_OF)
                }
            }
            assertEquals(Field.EXPIRES_ON, bad.field)
            assertEquals(Problem.ExpiryNotAfterIssue, bad.problem)

            s.applyEvent(ids.permit, NewEvent.EmployerChanged("Other Boat Co."), Worker.AS_OF)
            assertEquals("Other Boat Co.", s.document(ids.permit).document.employer)
            s.applyEvent(ids.report, NewEvent.ReportFiled, LocalDate.of(2026, 6, 20))
            assertEquals(listOf(LocalDate.of(2026, 6, 20)), s.document(ids.report).filings)
            val notForKind = assertThrows<AppException.Validation> {
                runBlocking { s.applyEvent(ids.report, NewEvent.RenewalStarted, LocalDate.of(2026, 6, 21)) }
            }
            assertEquals(Problem.EventNotForKind(EventName.RENEWAL_STARTED), notForKind.problem)
            val cancelled = s.applyEvent(ids.permit, NewEvent.Cancelled(CancelReason.LEFT_EMPLOYER), LocalDate.of(2026, 6, 22))
            assertEquals(CancelReason.LEFT_EMPLOYER, (cancelled.state as LifecycleState.Cancelled).reason)
            val history = s.history(ids.permit)
            assertEquals(
                listOf(EventName.RECORDED, EventName.EMPLOYER_CHANGED, EventName.CANCELLED),
                history.map { it.event },
            )
            assertEquals(CancelReason.LEFT_EMPLOYER, history.last().cancelReason)
            val day = LocalDate.of(2026, 6, 22)
            assertEquals(StateName.CANCELLED, s.dashboard(day).people.flatMap { it.documents }.single { it.document == ids.permit }.lifecycle)
            assertEquals(StateName.CANCELLED, s.documentDetail(ids.permit, day).status?.lifecycle)
            s.closeStore()
        }
    }

    @Test
    fun `an event recorded by mistake is taken back and stays in the history`() = runBlocking<Unit> {
        store().use { s ->
            val ids = Worker.seed(s)
            s.applyEvent(ids.passport, NewEvent.ReportedLost, Worker.AS_OF)
            val lost = s.history(ids.passport).single { it.event == EventName.REPORTED_LOST }
            val back = s.retractEvent(ids.passport, lost.id, Worker.AS_OF)
            assertEquals(LifecycleState.Active, back.state)
            val history = s.history(ids.passport)
            assertEquals(listOf(EventName.RECORDED, EventName.REPORTED_LOST, EventName.EVENT_RETRACTED), history.map { it.event })
            assertTrue(history[1].retracted)
            assertEquals(lost.id, history[2].retracts)
            val again = assertThrows<AppException.Validation> {
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
            assertThrows<AppException.Validation> {
                runBlocking { s.addPhotoFile(ids.passport, "image/png", dir.resolve("missing.png").toString(), Worker.AS_OF) }
            }
            assertThrows<AppException.Validation> {
                runBlocking { s.addPhoto(ids.passport, "not a mime type", bytes, Worker.AS_OF) }
            }
            s.exportBackup(dir.resolve("b.backup").toString(), "backup passphrase")
            s.deletePhoto(photo.id, Worker.AS_OF)
            assertTrue(s.photos(ids.passport).isEmpty())
            assertEquals(EventName.PHOTO_DELETED, s.history(ids.passport).last().event)
            // Merging the older backup never brings the deleted photo back
            // (the deletion is in the history); events already present are skipped.
            val report = s.mergeBackup(dir.resolve("b.backup").toString(), "backup passphrase")
            assertEquals(0uL, report.attachmentsAdded)
            assertEquals(1uL, report.photosSkippedDeleted)
            assertEquals(0uL, report.attachmentsPresent)
            assertTrue(report.eventsPresent > 0uL)
            assertEquals(0uL, report.eventsAdded)
            assertTrue(report.conflicts.isEmpty())
            assertTrue(s.photos(ids.passport).isEmpty())
            assertThrows<AppException.WrongSecret> {
                runBlocking { s.mergeBackup(dir.resolve("b.backup").toString(), "wrong backup passphrase") }
            }
            s.checkIntegrity()
            s.closeStore()
        }
    }

    // Apps no longer load rule files (checkRuleFiles and loadRules are gone):
    // rules come bundled or in signed packs (RulePacksTest). What is left
    // here: the bundled rules are in use and named, and going back to them
    // keeps the statuses they give.
    @Test
    fun `the bundled rules are in use, named, and give the statuses`() = runBlocking<Unit> {
        store().use { s ->
            val ids = Worker.seed(s)
            val info = s.rulesInfo()
            assertEquals(RulesOrigin.BUNDLED, info.origin)
            assertEquals("th", info.setId)
            assertTrue(info.ruleCount > 0u)
            assertEquals(info, s.dashboard(Worker.AS_OF).rules)
            assertEquals(info, s.useBundledRules())
            assertEquals(TimeStatus.BLOCKED, s.dashboard(Worker.AS_OF).people.flatMap { it.documents }.single { it.document == ids.permit }.status)
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
