package org.doctrack.demo

import kotlinx.coroutines.runBlocking
import org.doctrack.core.AppException
import org.doctrack.core.Basis
import org.doctrack.core.DateKind
import org.doctrack.core.DocumentKind
import org.doctrack.core.Era
import org.doctrack.core.EventName
import org.doctrack.core.Field
import org.doctrack.core.Language
import org.doctrack.core.PersonDraft
import org.doctrack.core.Problem
import org.doctrack.core.SlotKind
import org.doctrack.demo.data.DoctrackRepository
import org.doctrack.demo.data.DocumentForm
import org.doctrack.demo.data.OpenResult
import org.doctrack.demo.keys.KeystoreKeyWrapper
import org.doctrack.errorMessage
import org.doctrack.renderMessage
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.File
import java.nio.file.Path
import java.time.LocalDate

/** The app's repository over the real library, with the Keystore wrapper on a fake key store. */
class RepositoryTest {
    @TempDir
    lateinit var dir: Path

    private val keys = FakeKeyStore()
    private val recovery = "recovery passphrase 1"

    /** A new repository over the same folder and key store, as after an app restart. */
    private fun repo() = DoctrackRepository(dir.resolve("doctrack").toFile(), KeystoreKeyWrapper(keys), today = { Fixture.AS_OF })

    private fun person() = PersonDraft(
        displayName = Fixture.NAME, nationality = "MM", language = Language.MY, cohort = "mou", worksOnFishingVessel = true,
    )

    @Test
    fun `set up, add a document typed as printed with a photo, and show status, reasons, plan and history`() = runBlocking<Unit> {
        val repo = repo()
        assertEquals(OpenResult.NoStore, repo.unlock())
        assertEquals(OpenResult.Opened, repo.create(recovery))
        assertEquals(setOf(SlotKind.PLATFORM, SlotKind.PASSPHRASE), repo.open().keySlots().map { it.kind }.toSet())
        val personId = repo.addPerson(person())

        // Dates as on a Thai work permit: Buddhist Era years, a Thai month name.
        val (checked, problems) = DocumentForm(
            holder = personId, kind = DocumentKind.WorkPermit, number = " WP-5544332 ", issuingCountry = "th",
            issuedOn = "15/08/2568", expiresOn = "14 ส.ค. 2569",
        ).check()
        assertTrue(problems.isEmpty(), "$problems")
        checked!!
        assertEquals(LocalDate.of(2026, 8, 14), checked.expires?.date)
        assertEquals(Era.BE, checked.expires!!.era)
        assertEquals("TH", checked.document.issuingCountry)
        val jpeg = byteArrayOf(0xFF.toByte(), 0xD8.toByte(), 0xFF.toByte(), 0xE0.toByte(), 1, 2, 3)
        val record = repo.addDocument(checked, jpeg)
        val id = record.document.id
        assertEquals("WP-5544332", record.document.number)
        assertEquals(1, repo.photos(id).size)

        assertEquals(listOf(Fixture.NAME), repo.people().map { it.person.displayName })
        assertEquals(listOf(id), repo.documentsOf(personId).map { it.document.id })
        // The list screen's card: the next deadline is the printed expiry.
        val dashboard = repo.dashboard()
        val card = dashboard.people.single().documents.single { it.document == id }
        val next = card.nextDeadline!!
        assertEquals(DateKind.DEADLINE, next.kind)
        assertEquals(LocalDate.of(2026, 8, 14), next.date)
        // "Why this deadline" on the document screen: the same date in the
        // detail, with reasons naming a rule that has sources and guidance.
        val detail = repo.documentDetail(id)
        assertEquals(id, detail.record.document.id)
        assertEquals(card, detail.card)
        val status = detail.status!!
        val deadline = status.dates.single { it.kind == next.kind && it.date == next.date }
        val rule = deadline.reasons.map { it.basis }.filterIsInstance<Basis.Rule>().firstOrNull()
            ?: status.statusReasons.map { it.basis }.filterIsInstance<Basis.Rule>().first()
        assertTrue(detail.ruleSources[rule.id].orEmpty().isNotEmpty())
        assertTrue(repo.guidance(rule.id, Language.MY) != null)
        assertTrue(repo.dashboard().people.single().plan.any { it.document == id })
        assertEquals(EventName.RECORDED, repo.history(id).first().event)
        repo.close()

        // The next start opens with the platform key, no typing.
        val again = repo()
        assertEquals(OpenResult.Opened, again.unlock())
        assertEquals(1, again.people().size)
        again.close()
    }

    @Test
    fun `a document of an archived person still opens, without a status`() = runBlocking<Unit> {
        val repo = repo()
        repo.create(recovery)
        val ids = Fixture.seed(repo.open())
        assertTrue(repo.documentDetail(ids.permit).status != null)
        repo.open().archivePerson(ids.person, Fixture.AS_OF)
        // No status today (the person left the dashboard), but the record and history are there.
        val detail = repo.documentDetail(ids.permit)
        assertNull(detail.status)
        assertNull(detail.card)
        assertEquals(Fixture.PERMIT_NUMBER, detail.record.document.number)
        assertTrue(repo.dashboard().people.none { part -> part.documents.any { it.document == ids.permit } })
        assertEquals(Fixture.PERMIT_NUMBER, repo.document(ids.permit).document.number)
        assertEquals(EventName.RECORDED, repo.history(ids.permit).first().event)
        repo.close()
    }

    @Test
    fun `an invalidated key never loses the store - the passphrase opens it and enrolls a new key`() = runBlocking<Unit> {
        repo().apply {
            create(recovery)
            addPerson(person())
            close()
        }
        val file = File(dir.toFile(), "doctrack/${DoctrackRepository.DEFAULT_NAME}")
        val size = file.length()
        keys.invalidate(KeystoreKeyWrapper.DEFAULT_ALIAS) // a new fingerprint was enrolled

        val repo = repo()
        assertEquals(OpenResult.KeyInvalidated, repo.unlock())
        assertTrue(file.isFile)
        assertEquals(size, file.length(), "the store file is untouched")
        assertEquals(OpenResult.WrongPassphrase, repo.unlockWithPassphrase("not the passphrase"))
        assertEquals(OpenResult.Opened, repo.unlockWithPassphrase(recovery))
        assertEquals(Fixture.NAME, repo.people().single().person.displayName)
        // A new platform key wraps a new slot; the dead slot is gone.
        assertEquals(2, keys.generated)
        assertEquals(listOf(SlotKind.PASSPHRASE, SlotKind.PLATFORM), repo.open().keySlots().map { it.kind }.sortedBy { it.name })
        repo.close()

        assertEquals(OpenResult.Opened, repo().unlock(), "the next start uses the new key")
    }

    @Test
    fun `after an app-data reset a backup is restored beside the old store, which is kept`() = runBlocking<Unit> {
        val backup = dir.resolve("doctrack.backup").toFile()
        val first = repo()
        first.create(recovery)
        first.addPerson(person())
        first.exportBackup(backup, "backup passphrase")
        first.close()
        val old = first.storeFile()
        keys.wipe() // the Keystore lost its keys

        val repo = repo()
        assertEquals(OpenResult.KeyInvalidated, repo.unlock())
        val (refused, _) = repo.restoreBackup(backup, "wrong passphrase", "new recovery 1")
        assertNotEquals(OpenResult.Opened, refused)
        assertEquals(old, repo.storeFile(), "a refused restore changes nothing")

        val (result, report) = repo.restoreBackup(backup, "backup passphrase", "new recovery 1")
        assertEquals(OpenResult.Opened, result)
        assertTrue(report!!.eventsAdded > 0uL)
        assertEquals(Fixture.NAME, repo.people().single().person.displayName)
        assertNotEquals(old, repo.storeFile())
        assertTrue(old.isFile, "the old store is never deleted")
        repo.close()
        assertEquals(OpenResult.Opened, repo().unlock(), "the restored store opens with the new key")
        assertEquals(OpenResult.Opened, repo().also { it.close() }.unlockWithPassphrase("new recovery 1"))
    }

    @Test
    fun `a two-digit year is refused with a message, never guessed`() {
        val (checked, problems) = DocumentForm(
            holder = "x", kind = DocumentKind.Passport, number = "A1", issuingCountry = "MM",
            issuedOn = "01/04/2020", expiresOn = "31/03/27",
        ).check()
        assertEquals(null, checked)
        val problem = problems.single()
        assertEquals(Field.EXPIRES_ON, problem.field)
        assertEquals(Problem.AmbiguousYear, (problem.error as AppException.Validation).problem)
        assertTrue(renderMessage(errorMessage(problem.error), Language.EN).contains("four digits"))
    }

    @Test
    fun `the due-soon list shows one pending reminder per document and drops done ones`() = runBlocking<Unit> {
        val repo = repo()
        repo.create(recovery)
        val ids = Fixture.seed(repo.open())
        val options = repo.reminderOptions(Language.EN, detailedLockScreen = false)
        val due = repo.dueSoon(options)
        assertTrue(due.isNotEmpty())
        assertEquals(due.size, due.map { it.document }.toSet().size)
        val report = due.single { it.document == ids.report }
        assertEquals(Fixture.REPORT_OPENS, report.fireOn)
        repo.reminderDone(report.id)
        assertFalse(repo.dueSoon(options).any { it.id == report.id })
        repo.close()
    }
}
