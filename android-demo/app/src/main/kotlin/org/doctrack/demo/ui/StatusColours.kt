package org.doctrack.demo.ui

import org.doctrack.core.SituationKind
import org.doctrack.core.TimeStatus

/**
 * Colours of a document's time status, the same on every screen. Each
 * status also shows its word (colour alone is not enough for everyone).
 */
object StatusColours {
    const val GREEN = 0xFF2E7D32.toInt()
    const val BLUE = 0xFF1565C0.toInt()
    const val AMBER = 0xFFFFB300.toInt()
    const val ORANGE = 0xFFEF6C00.toInt()
    const val RED = 0xFFC62828.toInt()
    const val PURPLE = 0xFF6A1B9A.toInt()
    const val GREY = 0xFF757575.toInt()

    /** The colour of [status]. */
    fun of(status: TimeStatus): Int = when (status) {
        TimeStatus.VALID -> GREEN
        TimeStatus.WINDOW_OPEN -> BLUE
        TimeStatus.DUE_SOON -> AMBER
        TimeStatus.IN_GRACE -> ORANGE
        TimeStatus.EXPIRED -> RED
        TimeStatus.BLOCKED -> PURPLE
        else -> GREY
    }

    /** The colour of where a person stands: in status green, ending soon amber, out of status red. */
    fun of(kind: SituationKind): Int = when (kind) {
        SituationKind.IN_STATUS -> GREEN
        SituationKind.ENDING_SOON -> AMBER
        SituationKind.OUT_OF_STATUS -> RED
        SituationKind.NOTHING_RECORDED, SituationKind.UNKNOWN -> GREY
    }

    /** Black or white text, whichever reads better on [colour]. */
    fun onColour(colour: Int): Int {
        val r = (colour shr 16) and 0xFF
        val g = (colour shr 8) and 0xFF
        val b = colour and 0xFF
        val luminance = (299 * r + 587 * g + 114 * b) / 1000
        return if (luminance > 150) 0xFF000000.toInt() else 0xFFFFFFFF.toInt()
    }
}
