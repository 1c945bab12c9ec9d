package org.doctrack.tests

import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.delay
import kotlinx.coroutines.isActive
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import org.doctrack.DoctrackStore
import org.doctrack.Unlock
import org.doctrack.core.AppException
import org.doctrack.core.Basis
import org.doctrack.core.Blocker
import org.doctrack.core.DateKind
import org.doctrack.core.DocumentKind
import org.doctrack.core.Era
import org.doctrack.core.EventName
import org.doctrack.core.Field
import org.doctrack.core.Language
import org.doctrack.core.LifecycleState
import org.doctrack.core.NewDocument
import org.doctrack.core.NewEvent
import org.doctrack.core.PersonDraft
import org.doctrack.core.Problem
import org.doctrack.core.RecordKind
import org.doctrack.core.SlotKind
import org.doctrack.core.Source
import org.doctrack.core.StateName
import org.doctrack.core.TimeStatus
import org.doctrack.createStore
import org.doctrack.errorMessage
import org.doctrack.libraryVersion
import org.doctrack.openStore
import org.doctrack.parseTypedDateText
import org.doctrack.renderMessage
import org.doctrack.restoreStore
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.fail
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path
import java.time.LocalDate
import java.util.concurrent.Executors
import java.util.concurrent.atomic.AtomicInteger

private const val PASS = "correct horse battery staple"

class StoreTest {
    @TempDir
    lateinit var dir: Path

    private fun path(name: String = "store.doctrack") = dir.resolve(name).toString()

    private suspend fun newStore(wrapper: AesGcmKeyWrapper = AesGcmKeyWrapper()): DoctrackStore {
        val store = createStore(path(), Unlock.Platform(wrapper))
        store.addKeySlot(Unlock.Passphrase(PASS))
        return store
    }

    @Test
    fun `the library answers`() {
        assertTrue(libraryVersion().isNotEmpty())
        val typed = parseTypedDateText("31/03/2569")
        assertEquals(LocalDate.of(2026, 3, 31), typed.date)
        assertEquals(Era.BE, typed.era)
    }

    @Test
    fun `platform key opens, an invalidated key is KeyUnavailable, the passphrase still opens`() = runBlocking<Unit> {
        val wrapper = AesGcmKeyWrapper()
        newStore(wrapper).use { it.closeStore() }
        openStore(path(), Unlock.Platform(wrapper)).use { store ->
            assertEquals(setOf(SlotKind.PLATFORM, SlotKind.PASSPHRASE), store.keySlots().map { it.kind }.toSet())
            store.closeStore()
        }
        assertTrue(wrapper.calls >= 2, "the wrapper was called to wrap and to unwrap")
        wrapper.invalidate()
        val e = assertThrows<AppException.KeyUnavailable> {
            runBlocking { openStore(path(), Unlock.Platform(wrapper)) }
        }
        assertTrue(e.reason.contains("invalidated"), e.reason)
        // The store is not lost: the passphrase opens it, and a new platform slot can be added.
        openStore(path(), Unlock.Passphrase(PASS)).use { store ->
            val fresh = AesGcmKeyWrapper()
            store.addKeySlot(Unlock.Platform(fresh))
            store.closeStore()
            openStore(path(), Unlock.Platform(fresh)).use { it.closeStore() }
        }
    }

    @Test
    fun `a wrong passphrase is WrongSecret and a missing slot kind is NoSuchSlot`() = runBlocking<Unit> {
        newStore().use { it.closeStore() }
        assertThrows<AppException.WrongSecret> {
            runBlocking { openStore(path(), Unlock.Passphrase("not the passphrase")) }
        }
        val e = assertThrows<AppException.NoSuchSlot> {
            runBlocking { openStore(path(), Unlock.RawKey(ByteArray(32) { 7 })) }
        }
        assertEquals(SlotKind.RAW, e.kind)
        assertThrows<AppException.Validation> {
            runBlocking { openStore(path(), Unlock.RawKey(ByteArray(5))) }
        }
        assertThrows<AppException.StoreMissing> {
            runBlocking { openStore(path("nothing-here"), Unlock.Passphrase(PASS)) }
        }
        assertThrows<AppException.AlreadyExists> {
            runBlocking { createStore(path(), Unlock.Passphrase(PASS)) }
        }
    }

    @Test
    fun `an exception thrown by the key wrapper never leaks its text`() = runBlocking<Unit> {
        val wrapper = AesGcmKeyWrapper()
        newStore(wrapper).use { it.closeStore() }
        wrapper.leakyFailure = true
        val e = assertThrows<AppException.KeyUnavailable> {
            runBlocking { openStore(path(), Unlock.Platform(wrapper)) }
        }
        assertFalse(e.toString().contains("MA1234567"), e.toString())
        assertFalse(e.reason.contains("Zaw"), e.reason)
    }

    @Test
    fun `an illegal transition names the state and the event`() = runBlocking<Unit> {
        newStore().use { store ->
            val ids = Worker.seed(store)
            store.applyEvent(ids.permit, NewEvent.Archived, Worker.AS_OF)
            val e = assertThrows<AppException.IllegalTransition> {
                runBlocking { store.applyEvent(ids.permit, NewEvent.RenewalStarted, Worker.AS_OF) }
            }
            assertEquals(StateName.ARCHIVED, e.state)
            assertEquals(EventName.RENEWAL_STARTED, e.event)
            val text = renderMessage(errorMessage(e), Language.EN)
            assertEquals("A document that is archived cannot be marked \"renewal started\".", text)
            store.closeStore()
        }
    }

    @Test
    fun `the dashboard and the plan give the dates worked out by hand`() = runBlocking<Unit> {
        newStore().use { store ->
            val ids = Worker.seed(store)
            val dash = store.dashboard(Worker.AS_OF)
            assertEquals(Worker.AS_OF, dash.asOf)
            assertTrue(dash.unreadable.isEmpty())
            assertEquals("th", dash.rules.setId)

            // One part per person: their cards and their plan.
            val worker = dash.people.single()
            assertEquals(ids.person, worker.person.id)
            // The list screen's card: status, phase, the next deadline and
            // the one-line summary of what blocks the renewal.
            val permit = worker.documents.single { it.document == ids.permit }
            assertEquals(DocumentKind.WorkPermit, permit.kind)
            assertEquals(Worker.PERMIT_EXPIRES, permit.expiresOn)
            assertEquals(StateName.ACTIVE, permit.lifecycle)
            assertEquals(TimeStatus.BLOCKED, permit.status)
            assertEquals(TimeStatus.WINDOW_OPEN, permit.phase)
            val next = permit.nextDeadline!!
            assertEquals(DateKind.DEADLINE, next.kind)
            assertEquals(Worker.PERMIT_EXPIRES, next.date)
            // 1 Jun to 14 Aug 2026: 29 + 31 + 14 days.
            assertEquals(74L, next.daysLeft)
            assertEquals(
                listOf("blocked: needs a passport or certificate of identity valid until 2027-05-31"),
                permit.blockedBy.map { renderMessage(it, Language.EN) },
            )

            // The document screen's detail: every date with its reasons, the
            // blockers in full, and the sources of each rule a reason names.
            val detail = store.documentDetail(ids.permit, Worker.AS_OF)
            assertEquals(ids.permit, detail.record.document.id)
            // The detail carries the same row as the list.
            assertEquals(permit, detail.card)
            val status = detail.status!!
            assertEquals(ids.permit, status.document)
            assertEquals(TimeStatus.BLOCKED, status.status)
            assertEquals(TimeStatus.WINDOW_OPEN, status.phase)
            fun date(kind: DateKind) = status.dates.single { it.kind == kind }.date
            assertEquals(Worker.PERMIT_EXPIRES, date(DateKind.DEADLINE))
            assertEquals(Worker.PERMIT_WINDOW_OPENS, date(DateKind.WINDOW_OPENS))
            assertEquals(Worker.PERMIT_DUE_SOON, date(DateKind.DUE_SOON_FROM))
            val blocker = status.blockers.filterIsInstance<Blocker.Prerequisite>().single()
            assertTrue(DocumentKind.Passport in blocker.kinds)
            assertEquals(Worker.PASSPORT_REQUIRED_UNTIL, blocker.requiredUntil)
            assertEquals(ids.passport, blocker.found?.document)
            assertEquals(Worker.PASSPORT_EXPIRES, blocker.found?.validUntil)
            // Every reason names its rule, with a source and a confidence.
            val rule = blocker.reason.basis as Basis.Rule
            assertEquals("th.stay.passport-needed", rule.id)
            val sources = detail.ruleSources.getValue(rule.id)
            assertTrue(sources.isNotEmpty())
            assertEquals(sources, store.ruleSources(rule.id))
            assertEquals(emptyList<Source>(), store.ruleSources("no.such.rule"))
            // Each rule named by a date's reasons has its sources in the detail.
            for (reason in status.dates.flatMap { it.reasons }) {
                val basis = reason.basis
                if (basis is Basis.Rule) assertTrue(detail.ruleSources[basis.id].orEmpty().isNotEmpty(), basis.id)
            }
            val missing = assertThrows<AppException.NotFound> {
                runBlocking { store.documentDetail("0b6c1f6e-3c1a-4b4e-9d57-0c3f1e2a9b11", Worker.AS_OF) }
            }
            assertEquals(RecordKind.DOCUMENT, missing.record)

            val reportCard = worker.documents.single { it.document == ids.report }
            assertEquals(TimeStatus.VALID, reportCard.status)
            assertTrue(reportCard.blockedBy.isEmpty())
            val report = store.documentDetail(ids.report, Worker.AS_OF).status!!
            assertEquals(TimeStatus.VALID, report.status)
            assertEquals(Worker.REPORT_DUE, report.dates.single { it.kind == DateKind.REPORT_DUE }.date)
            assertEquals(Worker.REPORT_OPENS, report.dates.single { it.kind == DateKind.REPORT_WINDOW_OPENS }.date)
            assertEquals(Worker.REPORT_CLOSES, report.dates.single { it.kind == DateKind.REPORT_WINDOW_CLOSES }.date)

            // The plan renews the passport first, then the work permit.
            val plan = worker.plan
            val passportStep = plan.indexOfFirst { it.document == ids.passport }
            val permitStep = plan.indexOfFirst { it.document == ids.permit }
            assertTrue(passportStep in 0 until permitStep, "passport step $passportStep, permit step $permitStep")
            assertEquals(listOf(ids.passport), plan[permitStep].after)
            assertEquals("renew the work permit", renderMessage(plan[permitStep].headline, Language.EN))
            // The one-year passport rule is a maintainers' default: advice, not law.
            assertTrue(permit.advisory)
            assertTrue(plan[permitStep].advisory)
            assertEquals("by 2026-08-14", renderMessage(plan[permitStep].`when`!!, Language.EN))
            val guidance = plan[permitStep].guidance.firstNotNullOf { store.ruleGuidance(it, Language.EN) }
            assertTrue(guidance.guidance.isNotBlank())
            store.closeStore()
        }
    }

    @Test
    fun `renewal approval and replacement record the new document`() = runBlocking<Unit> {
        newStore().use { store ->
            val ids = Worker.seed(store)
            store.applyEvent(ids.permit, NewEvent.RenewalSubmitted, LocalDate.of(2026, 6, 2))
            val successor = store.approveRenewal(
                ids.permit,
                NewDocument(
                    holder = ids.person,
                    kind = DocumentKind.WorkPermit,
                    number = "TEST-WP-2",
                    issuingCountry = "TH",
                    issuedOn = LocalDate.of(2026, 8, 15),
                    expiresOn = LocalDate.of(2028, 8, 14),
                ),
                LocalDate.of(2026, 7, 1),
            )
            val old = store.document(ids.permit)
            val state = old.state as LifecycleState.Superseded
            assertEquals(successor.document.id, state.by)
            assertEquals(
                listOf(EventName.RECORDED, EventName.RENEWAL_SUBMITTED, EventName.RENEWAL_APPROVED),
                store.history(ids.permit).map { it.event },
            )
            store.applyEvent(ids.passport, NewEvent.ReportedLost, LocalDate.of(2026, 7, 2))
            val replacement = store.receiveReplacement(
                ids.passport,
                NewDocument(
                    holder = ids.person,
                    kind = DocumentKind.Passport,
                    number = "TEST-MB000002",
                    issuingCountry = "MM",
                    issuedOn = LocalDate.of(2026, 7, 20),
                    expiresOn = LocalDate.of(2036, 7, 19),
                ),
                LocalDate.of(2026, 7, 20),
            )
            assertEquals(listOf(replacement.document.id), store.findByNumber("tEST mb-000002").map { it.document.id })
            store.closeStore()
        }
    }

    @Test
    fun `a photo and a backup make the round trip`() = runBlocking<Unit> {
        val photo = ByteArray(300_000) { (it * 31 % 251).toByte() }
        newStore().use { store ->
            val ids = Worker.seed(store)
            val info = store.addPhoto(ids.passport, "image/jpeg", photo, Worker.AS_OF)
            assertEquals(photo.size.toULong(), info.size)
            assertEquals(ids.passport, info.document)
            assertArrayEquals(photo, store.photoBytes(info.id))
            val out = dir.resolve("passport.jpg")
            store.exportPhoto(info.id, out.toString())
            assertArrayEquals(photo, Files.readAllBytes(out))
            store.exportBackup(dir.resolve("backup.dtb").toString(), "backup passphrase")
            assertThrows<AppException.AlreadyExists> {
                runBlocking { store.exportBackup(dir.resolve("backup.dtb").toString(), "another long passphrase") }
            }
            store.closeStore()
        }
        assertThrows<AppException.WrongSecret> {
            runBlocking { restoreStore(dir.resolve("backup.dtb").toString(), "wrong", path("restored"), Unlock.Passphrase(PASS)) }
        }
        assertFalse(Files.exists(dir.resolve("restored")), "a failed restore leaves nothing behind")
        val restored = restoreStore(dir.resolve("backup.dtb").toString(), "backup passphrase", path("restored"), Unlock.Passphrase(PASS))
        restored.store.use { store ->
            assertEquals(1uL, restored.report.attachmentsAdded)
            val passport = store.documents().items.single { it.document.kind == DocumentKind.Passport }
            val photos = store.photos(passport.document.id)
            assertArrayEquals(photo, store.photoBytes(photos.single().id))
            assertEquals(Worker.AS_OF, store.dashboard(Worker.AS_OF).asOf)
            store.closeStore()
        }
    }

    @Test
    fun `an upgraded store keeps a copy of the old file until the app removes it`() = runBlocking<Unit> {
        // The frozen schema-1 fixture (core/tests/store_migration.rs), opened
        // with its raw key; opening it upgrades the format and keeps a copy.
        val root = Path.of(System.getProperty("doctrack.root", "../..")).toAbsolutePath()
        val old = dir.resolve("old.doctrack")
        Files.copy(root.resolve("tests/fixtures/store-v1.db"), old)
        openStore(old.toString(), Unlock.RawKey(ByteArray(32) { 0x11 })).use { store ->
            val copy = store.migrationCopy() ?: fail("opening the schema-1 file upgraded it and kept a copy")
            assertEquals(1L, copy.fromVersion)
            assertTrue(Files.isRegularFile(Path.of(copy.path)), copy.path)
            assertFalse(Path.of(copy.path).toAbsolutePath() == old.toAbsolutePath(), "the copy is another file")

            store.removeMigrationCopy()
            assertFalse(Files.exists(Path.of(copy.path)), "the copy is deleted")
            assertNull(store.migrationCopy())
            store.removeMigrationCopy() // nothing left to remove: no error

            // The upgraded store still reads: the fixture's two people and five documents.
            val people = store.people()
            assertTrue(people.unreadable.isEmpty())
            assertEquals(listOf("Fixture Worker One", "Fixture Worker Two"), people.items.map { it.person.displayName }.sorted())
            val documents = store.documents()
            assertTrue(documents.unreadable.isEmpty())
            assertEquals(5, documents.items.size)
            store.closeStore()
        }
        // Reopening upgrades nothing, so there is no copy.
        openStore(old.toString(), Unlock.RawKey(ByteArray(32) { 0x11 })).use { store ->
            assertNull(store.migrationCopy())
            store.closeStore()
        }
        // A store made by this library was never upgraded.
        newStore().use { store ->
            assertNull(store.migrationCopy())
            store.closeStore()
        }
    }

    @Test
    fun `four threads calling at once`() = runBlocking<Unit> {
        newStore().use { store ->
            val person = store.registerPerson(
                PersonDraft("Threads (TEST)", "KH", Language.KM, "unknown", false),
                Worker.ENTERED,
            )
            val jobs = (1..4).map { t ->
                async(Dispatchers.IO) {
                    repeat(5) { i ->
                        store.recordDocument(
                            NewDocument(
                                holder = person.id,
                                kind = DocumentKind.HealthCheck,
                                number = "T$t-$i",
                                issuingCountry = "TH",
                                issuedOn = LocalDate.of(2026, 1, 1),
                                expiresOn = LocalDate.of(2027, 1, 1),
                            ),
                            Worker.ENTERED,
                        )
                        store.dashboard(Worker.AS_OF)
                    }
                }
            }
            jobs.awaitAll()
            assertEquals(20, store.documents().items.size)
            store.closeStore()
        }
    }

    @Test
    fun `calls after closing are clean errors`() = runBlocking<Unit> {
        val store = newStore()
        store.closeStore()
        assertFalse(store.isOpen())
        assertThrows<AppException.Closed> { runBlocking { store.people() } }
        store.closeStore() // closing twice is fine
        store.close() // frees the object (what `use {}` does)
        assertThrows<IllegalStateException> { runBlocking { store.people() } }
    }

    @Test
    fun `a one-thread UI dispatcher keeps running while a passphrase open derives its key`() {
        runBlocking { newStore().use { it.closeStore() } }
        val ui = Executors.newSingleThreadExecutor().asCoroutineDispatcher()
        val ticks = AtomicInteger()
        val during = runBlocking(ui) {
            val ticker = launch {
                while (isActive) {
                    ticks.incrementAndGet()
                    delay(1)
                }
            }
            val before = ticks.get()
            val store = openStore(path(), Unlock.Passphrase(PASS)) // PBKDF2, 600,000 iterations
            val n = ticks.get() - before
            ticker.cancel()
            store.closeStore()
            store.close()
            n
        }
        ui.close()
        // A blocking open would freeze the UI thread: no tick could run meanwhile.
        assertTrue(during >= 3, "the UI thread ticked $during times during the open")
    }

    @Test
    fun `bad input is a typed error, never a crash`() = runBlocking<Unit> {
        newStore().use { store ->
            val ids = Worker.seed(store)
            val huge = "x".repeat(1_000_000)
            val e = assertThrows<AppException.Validation> {
                runBlocking { store.registerPerson(PersonDraft(huge, "MM", Language.MY, "mou", true), Worker.AS_OF) }
            }
            assertEquals(Field.DISPLAY_NAME, e.field)
            assertEquals(Problem.TooLong(200uL), e.problem)
            assertEquals("The name is longer than 200 characters.", renderMessage(errorMessage(e), Language.EN))
            assertThrows<AppException.Validation> {
                runBlocking { store.registerPerson(PersonDraft("Ko\u0000Aung", "MM", Language.MY, "mou", true), Worker.AS_OF) }
            }
            assertThrows<AppException.Validation> {
                runBlocking { store.registerPerson(PersonDraft("Ko Aung", "Myanmar", Language.MY, "mou", true), Worker.AS_OF) }
            }
            val date = assertThrows<AppException.Validation> {
                runBlocking { store.dashboard(LocalDate.of(10_000, 1, 1)) }
            }
            assertEquals(Field.DATE, date.field)
            assertThrows<AppException.Validation> { runBlocking { store.dashboard(LocalDate.of(1066, 10, 14)) } }
            assertThrows<AppException.Validation> { parseTypedDateText("2025-02-30") }
            val big = ByteArray(21 * 1024 * 1024)
            val photo = assertThrows<AppException.Validation> {
                runBlocking { store.addPhoto(ids.passport, "image/jpeg", big, Worker.AS_OF) }
            }
            assertEquals(Field.PHOTO, photo.field)
            assertThrows<AppException.Validation> { runBlocking { store.document("not-an-id") } }
            val missing = assertThrows<AppException.NotFound> {
                runBlocking { store.document("0b6c1f6e-3c1a-4b4e-9d57-0c3f1e2a9b11") }
            }
            assertEquals(RecordKind.DOCUMENT, missing.record)
            assertThrows<AppException.Validation> { runBlocking { store.exportBackup("", "x") } }
            assertEquals(Worker.AS_OF, store.dashboard(Worker.AS_OF).asOf)
            store.closeStore()
        }
    }
}
