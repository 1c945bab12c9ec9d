package org.doctrack.demo.ui

import org.doctrack.core.QrMatrix

/**
 * A QR code's modules (`shareQrMatrix`) as ARGB pixels: [scale] pixels per
 * module and a light border of 4 modules, which scanners need. Plain
 * Kotlin, so the drawing is tested on the JVM; the screen wraps the pixels
 * in a Bitmap.
 */
object QrPixels {
    /** The border, in modules. */
    const val QUIET = 4

    /** Pixels per side for [matrix] at [scale]. */
    fun side(matrix: QrMatrix, scale: Int): Int = (matrix.size.toInt() + 2 * QUIET) * scale

    /** Row-major ARGB pixels: black modules on white. */
    fun pixels(matrix: QrMatrix, scale: Int): IntArray {
        val size = matrix.size.toInt()
        val side = side(matrix, scale)
        val out = IntArray(side * side) { WHITE }
        for (y in 0 until size) {
            for (x in 0 until size) {
                if (!matrix.dark[y * size + x]) continue
                for (dy in 0 until scale) {
                    val row = ((y + QUIET) * scale + dy) * side
                    val start = row + (x + QUIET) * scale
                    out.fill(BLACK, start, start + scale)
                }
            }
        }
        return out
    }

    /** The largest scale that fits [maxPixels] (at least 1). */
    fun scaleFor(matrix: QrMatrix, maxPixels: Int): Int =
        maxOf(1, maxPixels / (matrix.size.toInt() + 2 * QUIET))

    private const val WHITE = 0xFFFFFFFF.toInt()
    private const val BLACK = 0xFF000000.toInt()
}
