package org.doctrack.tests

import kotlinx.coroutines.runBlocking
import org.doctrack.Unlock
import org.doctrack.core.Action
import org.doctrack.core.AppException
import org.doctrack.core.Custodian
import org.doctrack.core.Custody
import org.doctrack.core.DocumentKind
import org.doctrack.core.Field
import org.doctrack.core.FlagKind
import org.doctrack.core.HelpTopic
import org.doctrack.core.ItemWhat
import org.doctrack.core.Language
import org.doctrack.core.NewDocument
import org.doctrack.core.NewEvent
import org.doctrack.core.Payee
import org.doctrack.core.Payment
import org.doctrack.core.PaymentFor
import org.doctrack.core.PersonDraft
import org.doctrack.core.SituationKind
import org.doctrack.core.Supplier
import org.doctrack.core.TimeStatus
import org.doctrack.createStore
import org.doctrack.renderMessage
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.LocalDate

/**
 * The worker at risk from Kotlin: papers beyond renewal, a route back with
 * its steps and checklist (and ticking an item), a passport kept by the
 * employer, a payment far above the official fee, and where to get help.
 */
class WorkerAtRiskTest {
    @TempDir
    lateinit var dir: Path

    private suspend fun store() =
        createStore(dir.resolve("s.doctrack").toString(), Unlock.RawKey(ByteArray(32) { 3 }))

    private fun draft(cohort: String, province: String? = null) = PersonDraft(
        displayName = "Worker (TEST)",
        nationality = "MM",
        language = Language.MY,
        cohort = cohort,
        worksOnFishingVessel = true,
        province = province,
    )

    @Test
    fun `a lapsed pink card is never renew, and a route back has steps, a checklist and ticks`() = runBlocking<Unit> {
        store().use { s ->
            // Nothing recorded on 20 Oct 2025, in the registration window of
            // the Cabinet resolution of 19 Aug 2025 (15-29 Oct 2025).
            val day = LocalDate.of(2025, 10, 20)
            val p = s.registerPerson(draft("unknown", "Surat Thani"), day)
            assertEquals("surat_thani", p.province)
            val part = s.dashboard(day).people.single()
            assertEquals(SituationKind.NOTHING_RECORDED, part.situation.kind)
            assertTrue(part.plan.any { it.action == Action.RECORD_OR_OBTAIN })
            val step = part.plan.first { it.action == Action.FOLLOW_ROUTE && it.route == "th.route.cr-registration-2025" }
            assertEquals(LocalDate.of(2025, 10, 29), step.by)
            val route = s.routeDetail(p.id, step.route!!, day)
            assertTrue(route.openNow)
            assertTrue(route.sources.isNotEmpty())
            assertTrue(route.steps.size >= 2)
            assertTrue(s.ruleGuidance(route.route, Language.EN)!!.name.isNotBlank())
            val first = route.steps.first()
            assertTrue(s.ruleGuidance("${route.route}/${first.id}", Language.MY)!!.guidance.isNotBlank())
            // Something only the employer can supply, not ready yet: tick it.
            val item = route.steps.flatMap { it.checklist.items }.first { it.item.supplier == Supplier.EMPLOYER && !it.ready }
            val list = route.steps.first { st -> st.checklist.items.any { it.item.id == item.item.id } }.checklist.list
            s.tickChecklistItem(p.id, list, item.item.id, true, day)
            val again = s.routeDetail(p.id, step.route!!, day).steps.flatMap { it.checklist.items }.first { it.item.id == item.item.id }
            assertTrue(again.ready && again.ticked)
            assertEquals(1, s.person(p.id).ticks.size)
            val bad = assertThrows<AppException.Validation> {
                runBlocking { s.tickChecklistItem(p.id, list, "no-such-item", true, day) }
            }
            assertEquals(Field.CHECKLIST_ITEM, bad.field)

            // A pink card that ended on 13 Feb 2025, on 6 Dec 2026: beyond
            // renewal, since 14 Feb 2025, and no way back open: get help.
            val today = LocalDate.of(2026, 12, 6)
            val pink = s.recordDocument(
                NewDocument(holder = p.id, kind = DocumentKind.PinkCard, number = "00-1", issuingCountry = "TH",
                    issuedOn = LocalDate.of(2023, 11, 1), expiresOn = LocalDate.of(2025, 2, 13)),
                today,
            )
            val at = s.dashboard(today).people.single()
            assertEquals(TimeStatus.LAPSED, at.documents.single { it.document == pink.document.id }.status)
            assertEquals(SituationKind.OUT_OF_STATUS, at.situation.kind)
            assertTrue(at.plan.none { it.action == Action.RENEW })
            val cannot = at.plan.first()
            assertEquals(Action.CANNOT_RENEW, cannot.action)
            assertEquals("since 2025-02-14", renderMessage(cannot.`when`!!, Language.EN))
            val help = at.plan.first { it.action == Action.GET_HELP }
            assertTrue(help.help.isNotEmpty())
            val names = s.directory().services.filter { it.id in help.help }
            assertEquals(help.help.size, names.size)
            s.closeStore()
        }
    }

    @Test
    fun `custody, an overcharged payment and help for the person`() = runBlocking<Unit> {
        store().use { s ->
            val on = LocalDate.of(2026, 1, 10)
            val p = s.registerPerson(draft("cr:2025-11-11", "samut_sakhon"), LocalDate.of(2025, 2, 13))
            val passport = s.recordDocument(
                NewDocument(holder = p.id, kind = DocumentKind.Passport, number = "MA1", issuingCountry = "MM",
                    issuedOn = LocalDate.of(2022, 5, 10), expiresOn = LocalDate.of(2032, 5, 9)), on)
            val permit = s.recordDocument(
                NewDocument(holder = p.id, kind = DocumentKind.WorkPermit, number = "WP1", issuingCountry = "TH",
                    issuedOn = LocalDate.of(2025, 2, 13), expiresOn = LocalDate.of(2026, 2, 13)), on)
            // The employer has had the passport since 1 Jan 2026.
            val record = s.applyEvent(passport.document.id,
                NewEvent.CustodyChanged(Custody(Custodian.EMPLOYER, LocalDate.of(2026, 1, 1), "boat office")), on)
            assertEquals(Custodian.EMPLOYER, record.custody?.holder)
            val later = LocalDate.of(2026, 1, 20)
            var part = s.dashboard(later).people.single()
            val held = part.flags.single { it.kind == FlagKind.DOCUMENT_HELD }
            assertEquals(passport.document.id, held.document)
            assertTrue(renderMessage(held.message, Language.EN).contains("with your employer since 2026-01-01"))
            assertTrue(held.help.isNotEmpty())
            val renew = part.plan.first { it.document == permit.document.id }
            assertEquals(Custodian.EMPLOYER, renew.ask?.holder)
            assertNotNull(renew.checklist)
            // 15,000 baht to a broker for the renewal; the official fee is 900.
            val paid = s.recordPayment(p.id,
                Payment(15_000uL, "THB", Payee.BROKER, PaymentFor.Document(permit.document.id), later, false, null), later)
            part = s.dashboard(later).people.single()
            val flag = part.flags.single { it.kind == FlagKind.OVERCHARGED }
            assertEquals(paid, flag.payment)
            val text = renderMessage(flag.message, Language.EN)
            assertTrue(text.contains("15,000 THB") && text.contains("900 THB"), text)
            // Taken back: no flag, the history keeps it.
            s.retractPayment(p.id, paid, later)
            assertTrue(s.dashboard(later).people.single().flags.none { it.kind == FlagKind.OVERCHARGED })
            // Help for documents kept by others, near the person.
            val help = s.helpFor(p.id, HelpTopic.DOCUMENTS_HELD)
            assertTrue(help.isNotEmpty() && help.size <= 3)
            for (h in help) {
                assertTrue(h.service.sources.isNotEmpty())
                assertTrue(h.service.provinces.isEmpty() || "samut_sakhon" in h.service.provinces)
            }
            assertEquals(77, s.directory().provinces.size)
            // The renewal's checklist says who supplies each item.
            val list = s.renewalChecklist(permit.document.id, later)!!
            assertTrue(list.items.any { it.item.supplier == Supplier.EMPLOYER })
            assertTrue(list.items.any { (it.item.what as? ItemWhat.Document)?.kinds?.contains(DocumentKind.Passport) == true })
            // An unknown province is a typed error.
            val bad = assertThrows<AppException.Validation> {
                runBlocking { s.registerPerson(draft("mou", "Atlantis"), on) }
            }
            assertEquals(Field.PROVINCE, bad.field)
            s.closeStore()
        }
    }
}
