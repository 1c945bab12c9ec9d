package org.doctrack.tests

import kotlinx.coroutines.runBlocking
import org.doctrack.Unlock
import org.doctrack.core.Language
import org.doctrack.core.PersonDraft
import org.doctrack.createStore
import org.doctrack.typedText
import org.doctrack.unicodeToZawgyi
import org.doctrack.zawgyiProbability
import org.doctrack.zawgyiToUnicode
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path
import kotlin.math.abs

/**
 * Zawgyi from Kotlin: the same corpora as the Rust tests (core/tests/data/zawgyi,
 * from Google's myanmar-tools), so Android and iOS convert exactly as the core does.
 */
class ZawgyiTest {
    @TempDir
    lateinit var dir: Path

    private val data: Path =
        Path.of(System.getProperty("doctrack.root", "../..")).toAbsolutePath().resolve("core/tests/data/zawgyi")

    private fun corpus(name: String): List<String> =
        Files.readAllLines(data.resolve(name)).filter { !it.startsWith("#") }

    @Test
    fun `the declaration of human rights in Zawgyi converts back to its Unicode source`() {
        val zawgyi = corpus("udhr_mya_zawgyi_out.txt")
        // The 2006 source stores asat before dot below (before Unicode 5.1).
        val unicode = corpus("udhr_mya_unicode_src.txt").map { it.replace("\u103A\u1037", "\u1037\u103A") }
        assertEquals(unicode.size, zawgyi.size)
        var burmese = 0
        for ((z, u) in zawgyi.zip(unicode)) {
            assertEquals(u, zawgyiToUnicode(z))
            if (zawgyiProbability(u) != null) {
                burmese++
                assertEquals(u, zawgyiToUnicode(unicodeToZawgyi(u)), "there and back")
            }
        }
        assertTrue(burmese > 80, "$burmese Burmese lines")
    }

    @Test
    fun `the detector gives the reference probabilities, strings written alike in both included`() {
        val rows = Files.readAllLines(data.resolve("compatibility.tsv"))
        assertEquals(50, rows.size)
        for (row in rows) {
            val (expected, rest) = row.split("\t", limit = 2)
            val input = rest.substringBefore(" (")
            val want = expected.toDouble()
            val got = zawgyiProbability(input)
            if (want.isInfinite()) {
                assertNull(got, input)
            } else {
                assertTrue(got != null && abs(got - want) <= 1e-9 + abs(want) * 1e-6, "$input: $got, want $want")
            }
        }
    }

    @Test
    fun `a form is told, and the store keeps Unicode`() {
        val typed = typedText("ေမာင္ေအာင္ၾကည္")
        assertTrue(typed.convertedFromZawgyi)
        assertEquals("မောင်အောင်ကြည်", typed.text)
        assertFalse(typedText("မောင်အောင်ကြည်").convertedFromZawgyi)
        assertFalse(typedText("Somchai").convertedFromZawgyi)
        runBlocking {
            createStore(dir.resolve("z.doctrack").toString(), Unlock.Passphrase("correct horse battery staple"))
                .use { store ->
                    val person = store.registerPerson(
                        PersonDraft(
                            displayName = "ေမာင္ေအာင္ၾကည္",
                            nationality = "MM",
                            language = Language.MY,
                            cohort = "mou",
                            worksOnFishingVessel = true,
                            province = null,
                        ),
                        java.time.LocalDate.of(2026, 4, 1),
                    )
                    assertEquals("မောင်အောင်ကြည်", person.displayName)
                }
        }
    }
}
