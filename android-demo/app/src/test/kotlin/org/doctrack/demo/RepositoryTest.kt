package org.doctrack.demo

import kotlinx.coroutines.runBlocking
import org.doctrack.core.AppException
import org.doctrack.core.Basis
import org.doctrack.core.ContactKind
import org.doctrack.core.Custodian
import org.doctrack.core.DateKind
import org.doctrack.core.DocumentKind
import org.doctrack.core.Era
import org.doctrack.core.EventName
import org.doctrack.core.Field
import org.doctrack.core.FlagKind
import org.doctrack.core.HelpTopic
import org.doctrack.core.ItemWhat
import org.doctrack.core.Language
import org.doctrack.core.Link
import org.doctrack.core.LinkKind
import org.doctrack.core.NewDocument
import org.doctrack.core.PersonDraft
import org.doctrack.core.PersonUpdate
import org.doctrack.core.Problem
import org.doctrack.core.ServiceStatus
import org.doctrack.core.SituationKind
import org.doctrack.core.SlotKind
import org.doctrack.demo.data.DoctrackRepository
import org.doctrack.demo.data.DocumentForm
import org.doctrack.demo.data.OpenResult
import org.doctrack.demo.keys.KeystoreKeyWrapper
import org.doctrack.demo.ui.HelpLinks
import org.doctrack.demo.ui.Terms
import org.doctrack.errorMessage
import org.doctrack.renderMessage
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
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
    fun `an older copy of the store put back is refused until the person keeps it`() = runBlocking<Unit> {
        val repo = repo()
        assertEquals(OpenResult.Opened, repo.create(recovery))
        repo.addPerson(person())
        repo.close()
        val file = repo.storeFile()
        val old = File(file.parentFile, "old-copy")
        file.copyTo(old)
        val again = repo()
        assertEquals(OpenResult.Opened, again.unlock())
        again.addPerson(person())
        again.close()
        old.copyTo(file, overwrite = true)
        File(file.path + "-wal").delete()
        File(file.path + "-shm").delete()

        val later = repo()
        assertEquals(OpenResult.RolledBack, later.unlock())
        assertEquals(OpenResult.RolledBack, later.unlockWithPassphrase(recovery))
        assertFalse(later.isOpen)
        assertEquals(OpenResult.Opened, later.keepOlderCopy())
        assertEquals(1, later.people().size)
        later.close()
        // This copy is the one remembered now: it opens as usual.
        val next = repo()
        assertEquals(OpenResult.Opened, next.unlock())
        next.close()
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

    @Test
    fun `custody of a passport, a renewal checklist ticked, and help for the person`() = runBlocking<Unit> {
        var today = Fixture.AS_OF
        val repo = DoctrackRepository(dir.resolve("doctrack").toFile(), KeystoreKeyWrapper(keys), today = { today })
        repo.create(recovery)
        val ids = Fixture.seed(repo.open())
        assertNull(repo.document(ids.passport).custody, "nothing recorded yet")

        // The employer keeps the passport: recorded from today, read back, in the history.
        val held = repo.recordCustody(ids.passport, Custodian.EMPLOYER)
        assertEquals(Custodian.EMPLOYER, held.custody!!.holder)
        assertEquals(Fixture.AS_OF, held.custody!!.since)
        assertEquals(held.custody, repo.document(ids.passport).custody)
        assertEquals(EventName.CUSTODY_CHANGED, repo.history(ids.passport).last().event)
        // The plan says whom to ask for it back, and by when, in its own words.
        val asking = repo.dashboard().people.single().plan.first { it.ask != null }
        val ask = asking.ask!!
        assertEquals(ids.passport, ask.document)
        assertEquals(Custodian.EMPLOYER, ask.holder)
        assertTrue(asking.why.any { renderMessage(it, Language.EN).contains(Terms.custodian(Custodian.EMPLOYER, Language.EN)) })

        // Held for a month: a private flag on the dashboard, with where to get help.
        today = Fixture.AS_OF.plusDays(30)
        val flag = repo.dashboard().people.single().flags.single { it.kind == FlagKind.DOCUMENT_HELD }
        assertEquals(ids.passport, flag.document)
        assertTrue(flag.help.isNotEmpty())
        val directory = repo.directory()
        assertEquals(flag.help, HelpLinks.byIds(directory.services, flag.help).map { it.id }, "every suggestion is a shown directory entry")
        // Back with the person: the flag is gone.
        repo.recordCustody(ids.passport, Custodian.WORKER)
        assertEquals(Custodian.WORKER, repo.document(ids.passport).custody!!.holder)
        assertEquals(today, repo.document(ids.passport).custody!!.since)
        assertTrue(repo.dashboard().people.single().flags.none { it.kind == FlagKind.DOCUMENT_HELD })

        // The work permit's renewal checklist: the permit itself is ready from its record.
        val checklist = repo.renewalChecklist(ids.permit)!!
        val byRecord = checklist.items.single { it.byDocument == ids.permit }
        assertTrue(byRecord.ready)
        assertFalse(byRecord.ticked)
        val item = checklist.items.first { it.item.what is ItemWhat.Thing && !it.ready }
        repo.tickChecklistItem(ids.person, checklist.list, item.item.id, true)
        val ticked = repo.renewalChecklist(ids.permit)!!.items.single { it.item.id == item.item.id }
        assertTrue(ticked.ready && ticked.ticked)
        // The plan's progress counts it ("n of m ready").
        val progress = repo.dashboard().people.single().plan.first { it.document == ids.permit && it.checklist != null }.checklist!!
        assertEquals(checklist.list, progress.list)
        assertEquals(checklist.items.size, progress.total.toInt())
        assertEquals(checklist.items.count { it.ready } + 1, progress.ready.toInt())
        repo.tickChecklistItem(ids.person, checklist.list, item.item.id, false)
        assertFalse(repo.renewalChecklist(ids.permit)!!.items.single { it.item.id == item.item.id }.ready)
        // An item of no checklist is refused, typed.
        assertThrows(AppException.Validation::class.java) {
            runBlocking { repo.tickChecklistItem(ids.person, checklist.list, "no-such-item", true) }
        }

        // Help: at most three services, shown ones, best first.
        val help = repo.helpFor(ids.person, HelpTopic.DOCUMENTS)
        assertTrue(help.size in 1..3, "$help")
        assertTrue(help.all { it.service.status == ServiceStatus.ACTIVE && it.matched.service == it.service.id })
        // With a province, services near the person; the whole-directory list for it holds them.
        repo.open().updatePerson(ids.person, PersonUpdate(province = "chiang_mai"), today)
        assertEquals("chiang_mai", repo.person(ids.person).person.province)
        val local = repo.helpFor(ids.person, HelpTopic.DOCUMENTS)
        assertTrue(local.any { it.matched.local }, "$local")
        assertTrue(local.filter { it.matched.local }.all { "chiang_mai" in it.service.provinces })
        val nearby = HelpLinks.nearby(directory.services, "chiang_mai")
        assertTrue(nearby.size < directory.services.size)
        assertTrue(nearby.all { it.provinces.isEmpty() || "chiang_mai" in it.provinces })
        assertTrue(local.all { entry -> nearby.any { it.id == entry.service.id } })
        // Every phone number of the directory dials, every LINE id opens LINE, every service has a name.
        var phones = 0
        for (service in directory.services) {
            assertFalse(HelpLinks.name(service, Language.MY).isBlank())
            for (contact in service.contacts) {
                when (contact.kind) {
                    ContactKind.PHONE -> {
                        phones++
                        assertTrue(HelpLinks.telUri(contact.value)!!.matches(Regex("""tel:\+?\d{3,15}""")), contact.value)
                    }
                    ContactKind.LINE -> assertNotNull(HelpLinks.lineUrl(contact.value), contact.value)
                    else -> Unit
                }
            }
        }
        assertTrue(phones > 0)
        repo.close()
    }

    @Test
    fun `out of status - a route back with its steps, names and checklists, ticked from a route step`() = runBlocking<Unit> {
        val repo = repo()
        repo.create(recovery)
        val store = repo.open()
        // His passport ended on 31 Mar 2026, taking the stamped stay with it; the work permit ended on 31 May.
        val person = store.registerPerson(person(), Fixture.ENTERED).id
        val passport = store.recordDocument(
            NewDocument(
                holder = person, kind = DocumentKind.Passport, number = "MB1", issuingCountry = "MM",
                issuedOn = LocalDate.of(2017, 11, 1), expiresOn = LocalDate.of(2026, 3, 31),
            ),
            Fixture.ENTERED,
        ).document.id
        store.recordDocument(
            NewDocument(
                holder = person, kind = DocumentKind.Visa, number = "V1", issuingCountry = "TH",
                issuedOn = LocalDate.of(2024, 6, 1), expiresOn = LocalDate.of(2026, 5, 31),
                links = listOf(Link(kind = LinkKind.STAMPED_IN, target = passport)),
            ),
            Fixture.ENTERED,
        )
        val part = repo.dashboard().people.single()
        assertEquals(SituationKind.OUT_OF_STATUS, part.situation.kind)
        assertNotNull(part.situation.since)
        assertFalse(renderMessage(part.situation.message, Language.EN).isBlank())

        val step = part.plan.first { it.route != null }
        val route = step.route!!
        assertNotNull(repo.guidance(route, Language.MY), "the route has a name")
        val detail = repo.routeDetail(person, route)
        assertEquals(route, detail.route)
        assertTrue(detail.steps.isNotEmpty())
        for (routeStep in detail.steps) {
            assertNotNull(repo.guidance("$route/${routeStep.id}", Language.MY), "$route/${routeStep.id} has a name")
            assertEquals("route:$route/${routeStep.id}", routeStep.checklist.list)
        }
        // The plan's progress is over every step's items.
        assertEquals(detail.steps.sumOf { it.checklist.items.size }, step.checklist!!.total.toInt())
        val first = detail.steps.first { routeStep -> routeStep.checklist.items.any { !it.ready && it.byDocument == null } }
        val item = first.checklist.items.first { !it.ready && it.byDocument == null }
        repo.tickChecklistItem(person, first.checklist.list, item.item.id, true)
        val again = repo.routeDetail(person, route).steps.single { it.id == first.id }.checklist.items.single { it.item.id == item.item.id }
        assertTrue(again.ready && again.ticked)
        val after = repo.dashboard().people.single().plan.single { it.route == route }.checklist!!
        assertEquals(step.checklist!!.ready + 1u, after.ready)
        repo.close()
    }
}
