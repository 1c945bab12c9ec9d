package org.doctrack.demo

import org.doctrack.core.Confidence
import org.doctrack.core.Custodian
import org.doctrack.core.DateKind
import org.doctrack.core.DocumentKind
import org.doctrack.core.EventName
import org.doctrack.core.HelpTopic
import org.doctrack.core.ItemWhat
import org.doctrack.core.Language
import org.doctrack.core.ServiceKind
import org.doctrack.core.SituationKind
import org.doctrack.core.Supplier
import org.doctrack.core.Thing
import org.doctrack.core.TimeStatus
import org.doctrack.demo.ui.Amounts
import org.doctrack.demo.ui.Passphrases
import org.doctrack.demo.ui.StatusColours
import org.doctrack.demo.ui.Terms
import org.doctrack.documentKindName
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Test

/** The pure parts of the screens: the words they ask doctrack for, colours, passphrase rules. */
class ScreensLogicTest {
    @Test
    fun `every status, confidence, event and date word exists in all five catalogs`() {
        for (language in Languages.all) {
            // termName throws AppException.Validation for an unknown word.
            val groups = listOf(
                TimeStatus.entries.map { Terms.status(it, language) },
                Confidence.entries.map { Terms.confidence(it, language) },
                EventName.entries.map { Terms.event(it, language) },
                DateKind.entries.map { Terms.dateKind(it, language) },
            )
            for (words in groups) {
                for (word in words) assertFalse(word.isBlank() || word.contains('{'), "$language: $word")
                // Different words for different things.
                assertEquals(words.size, words.toSet().size, "$language: $words")
            }
        }
        // Only the word, nothing around it.
        assertEquals("due soon", Terms.status(TimeStatus.DUE_SOON, Language.EN))
        assertEquals("renewal submitted", Terms.event(EventName.RENEWAL_SUBMITTED, Language.EN))
        assertEquals("high confidence", Terms.confidence(Confidence.HIGH, Language.EN))
    }

    @Test
    fun `every supplier, thing, situation, holder, help topic and kind of service is translated in all five catalogs`() {
        fun groups(language: Language) = listOf(
            Supplier.entries.map { Terms.supplier(it, language) },
            Thing.entries.map { Terms.thing(it, language) },
            SituationKind.entries.map { Terms.situation(it, language) },
            Custodian.entries.map { Terms.custodian(it, language) },
            HelpTopic.entries.map { Terms.helpTopic(it, language) },
            ServiceKind.entries.map { Terms.serviceKind(it, language) },
        )
        val english = groups(Language.EN)
        for (language in Languages.all) {
            for ((index, words) in groups(language).withIndex()) {
                for (word in words) assertFalse(word.isBlank() || word.contains('{'), "$language: $word")
                assertEquals(words.size, words.toSet().size, "$language: $words")
                // Not the English word with a translation missing.
                if (language != Language.EN) {
                    for ((word, en) in words.zip(english[index])) assertNotEquals(en, word, "$language has no word for '$en'")
                }
            }
        }
        assertEquals("your employer", Terms.custodian(Custodian.EMPLOYER, Language.EN))
        assertEquals("the application form", Terms.thing(Thing.APPLICATION_FORM, Language.EN))
        assertEquals("documents kept by someone else", Terms.helpTopic(HelpTopic.DOCUMENTS_HELD, Language.EN))
        // A checklist item: the kinds of document it accepts, or the thing.
        for (language in Languages.all) {
            val either = Terms.what(ItemWhat.Document(listOf(DocumentKind.Passport, DocumentKind.CertificateOfIdentity)), language)
            assertEquals(documentKindName(DocumentKind.Passport, language) + " / " + documentKindName(DocumentKind.CertificateOfIdentity, language), either)
            assertEquals(Terms.thing(Thing.FEE, language), Terms.what(ItemWhat.Thing(Thing.FEE), language))
        }
    }

    @Test
    fun `where a person stands has its colour`() {
        val urgent = listOf(SituationKind.IN_STATUS, SituationKind.ENDING_SOON, SituationKind.OUT_OF_STATUS)
        assertEquals(urgent.size, urgent.map(StatusColours::of).toSet().size)
        assertEquals(StatusColours.RED, StatusColours.of(SituationKind.OUT_OF_STATUS))
        assertEquals(StatusColours.GREY, StatusColours.of(SituationKind.UNKNOWN))
    }

    @Test
    fun `urgent statuses have their own colours, with readable text on them`() {
        val urgent = listOf(TimeStatus.VALID, TimeStatus.WINDOW_OPEN, TimeStatus.DUE_SOON, TimeStatus.IN_GRACE, TimeStatus.EXPIRED, TimeStatus.BLOCKED)
        assertEquals(urgent.size, urgent.map(StatusColours::of).toSet().size)
        assertEquals(StatusColours.RED, StatusColours.of(TimeStatus.EXPIRED))
        assertEquals(0xFF000000.toInt(), StatusColours.onColour(StatusColours.of(TimeStatus.DUE_SOON)))
        assertEquals(0xFFFFFFFF.toInt(), StatusColours.onColour(StatusColours.of(TimeStatus.EXPIRED)))
    }

    @Test
    fun `recovery passphrases are typed twice and long enough`() {
        assertEquals(Passphrases.Problem.MISMATCH, Passphrases.problem("long enough 1", "long enough 2"))
        assertEquals(Passphrases.Problem.TOO_SHORT, Passphrases.problem("short", "short"))
        assertNull(Passphrases.problem("long enough 1", "long enough 1"))
    }

    @Test
    fun `languages and money as people read them`() {
        for (language in Languages.all) assertEquals(language, Languages.fromCode(Languages.code(language)))
        assertEquals(Language.MY, Languages.fromCode("my-MM"))
        assertNull(Languages.fromCode("fr"))
        assertEquals(5, Languages.all.toSet().size)
        assertNotEquals(Languages.ownName(Language.MY), Languages.ownName(Language.EN))
        assertEquals("1,900 THB", Amounts.format(1900uL, "THB"))
        assertEquals("18,446,744,073,709,551,615 THB", Amounts.format(ULong.MAX_VALUE, "THB"))
    }
}
