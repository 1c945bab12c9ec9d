package org.doctrack.demo.ui

import android.graphics.Paint
import org.doctrack.unicodeToZawgyi

/**
 * Burmese on phones whose system font is Zawgyi (docs/adr/0026).
 *
 * The library stores Unicode only. On a phone whose font is Zawgyi, Unicode
 * Burmese is drawn garbled, so the app converts what it shows with
 * `unicodeToZawgyi`; text typed there in Zawgyi is converted by the store.
 */
object BurmeseScript {
    /** Whether this phone's font is Zawgyi; set once when the app starts. */
    @Volatile
    var zawgyiFont: Boolean = false

    /**
     * Whether the system font draws Burmese as Zawgyi. A Unicode font stacks
     * KA + virama + KA into one consonant's width; a Zawgyi font draws U+1039
     * as a visible asat beside two full consonants.
     */
    fun systemFontIsZawgyi(paint: Paint = Paint()): Boolean =
        looksLikeZawgyi(stacked = paint.measureText("\u1000\u1039\u1000"), single = paint.measureText("\u1000"))

    /** The measurement's decision: wider than one and a half consonants is Zawgyi. */
    fun looksLikeZawgyi(stacked: Float, single: Float): Boolean = single > 0f && stacked > single * 1.5f

    /** [text] as this phone can draw it: Zawgyi on a Zawgyi phone, as it is otherwise. */
    fun forScreen(text: CharSequence): CharSequence = forScreen(text, zawgyiFont)

    /** [text] for a phone whose font is Zawgyi ([zawgyi]) or Unicode. */
    fun forScreen(text: CharSequence, zawgyi: Boolean): CharSequence =
        if (zawgyi && text.any { it in '\u1000'..'\u109F' }) unicodeToZawgyi(text.toString()) else text
}
