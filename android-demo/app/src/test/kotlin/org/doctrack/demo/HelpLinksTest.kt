package org.doctrack.demo

import org.doctrack.core.Confidence
import org.doctrack.core.FlagKind
import org.doctrack.core.HelpTopic
import org.doctrack.core.Language
import org.doctrack.core.LocalName
import org.doctrack.core.Service
import org.doctrack.core.ServiceKind
import org.doctrack.core.ServiceStatus
import org.doctrack.core.Span
import org.doctrack.demo.ui.HelpLinks
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.time.LocalDate

/** The help screen's pure parts: phone numbers to `tel:` URIs, LINE ids to LINE links, names, lists. */
class HelpLinksTest {
    private fun service(
        id: String,
        names: List<LocalName> = listOf(LocalName("en", "English name")),
        provinces: List<String> = emptyList(),
        status: ServiceStatus = ServiceStatus.ACTIVE,
    ) = Service(
        id = id, status = status, kind = ServiceKind.LABOUR_OFFICE, names = names, helpsWith = listOf(HelpTopic.DOCUMENTS),
        provinces = provinces, languages = emptyList(), contacts = emptyList(), address = null, hours = null, notes = null,
        confidence = Confidence.MEDIUM, verified = LocalDate.of(2026, 12, 6), sources = emptyList(),
    )

    @Test
    fun `phone numbers as the directory writes them dial their digits`() {
        assertEquals("tel:021419889", HelpLinks.telUri("0-2141-9889"))
        assertEquals("tel:1800010180", HelpLinks.telUri("1-800-010-180"))
        assertEquals("tel:1694", HelpLinks.telUri("1694"))
        assertEquals("tel:191", HelpLinks.telUri(" 191 "))
        // A leading + is kept (an international number); any other + or ( ) is not.
        assertEquals("tel:+6621419889", HelpLinks.telUri("+66 2 141 9889"))
        assertEquals("tel:+6621419889", HelpLinks.telUri("+66 (2) 141-9889"))
        assertEquals("tel:021419889", HelpLinks.telUri("0-2141-9889 +"))
        // Digits in Thai or Myanmar script are dialled as 0-9.
        assertEquals("tel:1694", HelpLinks.telUri("๑๖๙๔"))
        assertEquals("tel:1694", HelpLinks.telUri("၁၆၉၄"))
    }

    @Test
    fun `a run of lines dials its first line, not the digits run together`() {
        // "911-4": lines 911 to 914; "0531129114" would be a wrong number.
        assertEquals("tel:053112911", HelpLinks.telUri("0 53 112 911-4"))
        assertEquals("tel:025304535", HelpLinks.telUri("0-2530-4535-6"))
        assertEquals("tel:025304660", HelpLinks.telUri("0-2530-4660-1"))
        // A last group as long as the one before it is part of the number.
        assertEquals("tel:1800010181", HelpLinks.telUri("1-800-010-181"))
        assertEquals("tel:021417884", HelpLinks.telUri("0-2141-7884"))
    }

    @Test
    fun `nothing to dial gives no link`() {
        assertNull(HelpLinks.telUri(""))
        assertNull(HelpLinks.telUri("LINE @doecmi"))
        assertNull(HelpLinks.telUri("+"))
        assertNull(HelpLinks.telUri("1234567890123456"), "more digits than any phone number")
    }

    @Test
    fun `LINE ids open LINE's add-friend page`() {
        assertEquals("https://line.me/R/ti/p/@doecmi", HelpLinks.lineUrl("@doecmi"))
        assertEquals("https://line.me/R/ti/p/@doecmi", HelpLinks.lineUrl(" @doecmi "))
        // A personal id (no @) uses LINE's ~ form.
        assertEquals("https://line.me/R/ti/p/~some.worker_1", HelpLinks.lineUrl("some.worker_1"))
        // Nothing but an id can become a link.
        assertNull(HelpLinks.lineUrl(""))
        assertNull(HelpLinks.lineUrl("@"))
        assertNull(HelpLinks.lineUrl("@doe cmi"))
        assertNull(HelpLinks.lineUrl("@x/../../evil"))
        assertNull(HelpLinks.lineUrl("https://example.org"))
    }

    @Test
    fun `a service's name in the reader's language, else English, else the first, else its id`() {
        val names = listOf(LocalName("en", "Department of Employment hotline 1694"), LocalName("th", "สายด่วน 1694 กรมการจัดหางาน"))
        val doe = service("doe-hotline-1694", names)
        assertEquals("สายด่วน 1694 กรมการจัดหางาน", HelpLinks.name(doe, Language.TH))
        assertEquals("Department of Employment hotline 1694", HelpLinks.name(doe, Language.MY))
        assertEquals("Department of Employment hotline 1694", HelpLinks.name(doe, Language.EN))
        // A region tag still matches its language.
        assertEquals("ဗမာ", HelpLinks.name(service("x", listOf(LocalName("en", "E"), LocalName("my-MM", "ဗမာ"))), Language.MY))
        assertEquals("ไทย", HelpLinks.name(service("x", listOf(LocalName("th", "ไทย"))), Language.LO))
        assertEquals("bare-id", HelpLinks.name(service("bare-id", emptyList()), Language.KM))
    }

    @Test
    fun `the directory for a province, the suggested entries, never a withheld one`() {
        val national = service("national")
        val here = service("here", provinces = listOf("chiang_mai", "tak"))
        val elsewhere = service("elsewhere", provinces = listOf("samut_sakhon"))
        val withheld = service("withheld", status = ServiceStatus.WITHHELD)
        val all = listOf(national, here, elsewhere, withheld)
        assertEquals(listOf("national", "here"), HelpLinks.nearby(all, "chiang_mai").map { it.id })
        assertEquals(listOf("national"), HelpLinks.nearby(all, "bangkok").map { it.id })
        assertEquals(listOf("national", "here", "elsewhere"), HelpLinks.nearby(all, null).map { it.id })
        // A flag's suggestions, in its order; unknown and withheld ids are left out.
        assertEquals(listOf("elsewhere", "national"), HelpLinks.byIds(all, listOf("elsewhere", "withheld", "gone", "national")).map { it.id })
    }

    @Test
    fun `an entry checked longer ago than the maintainers' limit is marked`() {
        val checked = LocalDate.of(2026, 12, 6)
        assertFalse(HelpLinks.stale(checked, Span.Months(12u), LocalDate.of(2027, 12, 6)))
        assertTrue(HelpLinks.stale(checked, Span.Months(12u), LocalDate.of(2027, 12, 7)))
        assertTrue(HelpLinks.stale(checked, Span.Days(30u), LocalDate.of(2027, 1, 6)))
        assertFalse(HelpLinks.stale(checked, Span.Weeks(1u), LocalDate.of(2026, 12, 13)))
        assertTrue(HelpLinks.stale(checked, Span.Years(1u), LocalDate.of(2028, 1, 1)))
        assertFalse(HelpLinks.stale(checked, null, LocalDate.of(2040, 1, 1)), "no limit, never stale")
    }

    @Test
    fun `each private flag has a help topic`() {
        assertEquals(HelpTopic.DOCUMENTS_HELD, HelpLinks.topicOf(FlagKind.DOCUMENT_HELD))
        for (kind in FlagKind.entries) HelpLinks.topicOf(kind)
    }
}
