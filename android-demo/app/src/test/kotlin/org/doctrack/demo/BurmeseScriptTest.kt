package org.doctrack.demo

import org.doctrack.demo.ui.BurmeseScript
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** Zawgyi phones: the font test's decision and what the screens draw. */
class BurmeseScriptTest {
    @Test
    fun `a font that stacks consonants is Unicode, one that draws the asat beside them is Zawgyi`() {
        // Unicode: KA + virama + KA stacks into one consonant's width.
        assertFalse(BurmeseScript.looksLikeZawgyi(stacked = 31f, single = 30f))
        // Zawgyi: two consonants side by side (the asat has no width).
        assertTrue(BurmeseScript.looksLikeZawgyi(stacked = 60f, single = 30f))
        // No Burmese glyph at all: not Zawgyi.
        assertFalse(BurmeseScript.looksLikeZawgyi(stacked = 0f, single = 0f))
    }

    @Test
    fun `screens draw Zawgyi only on a Zawgyi phone, and only Burmese`() {
        assertEquals("ျမန္မာ", BurmeseScript.forScreen("မြန်မာ", zawgyi = true).toString())
        assertEquals("မြန်မာ", BurmeseScript.forScreen("မြန်မာ", zawgyi = false).toString())
        assertEquals("ต่ออายุ", BurmeseScript.forScreen("ต่ออายุ", zawgyi = true).toString())
    }
}
