package org.doctrack.demo

import com.google.zxing.BinaryBitmap
import com.google.zxing.DecodeHintType
import com.google.zxing.RGBLuminanceSource
import com.google.zxing.common.HybridBinarizer
import com.google.zxing.qrcode.QRCodeReader
import kotlinx.coroutines.runBlocking
import org.doctrack.core.AppException
import org.doctrack.core.ShareForm
import org.doctrack.core.ShareProblem
import org.doctrack.demo.data.DoctrackRepository
import org.doctrack.demo.data.OpenResult
import org.doctrack.demo.keys.KeystoreKeyWrapper
import org.doctrack.demo.ui.QrPixels
import org.doctrack.shareQrMatrix
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

/**
 * The share screen's work over the real library: a share made through the
 * repository is recorded, and the QR code as the screen draws it
 * ([QrPixels]) is read back by a real decoder (ZXing) to the share's text.
 */
class ShareScreenTest {
    @TempDir
    lateinit var dir: Path

    /** The public half of a key made with `doctrack share keygen` (its secret was thrown away). */
    private val key = "x25519:f4bd59bc6b570dbf0a7974bab34dfa0eb00d057747e0c5eae9523081d17a9b6e"

    @Test
    fun `a QR share is recorded and its drawing scans back to the share`() = runBlocking<Unit> {
        val repo = DoctrackRepository(dir.resolve("doctrack").toFile(), KeystoreKeyWrapper(FakeKeyStore()), today = { Fixture.AS_OF })
        assertEquals(OpenResult.Opened, repo.create("recovery passphrase 1"))
        val ids = Fixture.seed(repo.open())
        val made = repo.createShare(
            personId = ids.person,
            documents = listOf(ids.passport, ids.permit),
            history = false,
            photos = false,
            until = Fixture.AS_OF.plusDays(30),
            recipientName = "Test NGO",
            recipientKey = key,
            form = ShareForm.QR_CODE,
        )
        val text = made.qrText!!
        assertTrue(text.startsWith("DOCTRACK:"))

        val matrix = shareQrMatrix(text)
        val scale = QrPixels.scaleFor(matrix, 720)
        val side = QrPixels.side(matrix, scale)
        val pixels = QrPixels.pixels(matrix, scale)
        assertEquals(side * side, pixels.size)
        val bitmap = BinaryBitmap(HybridBinarizer(RGBLuminanceSource(side, side, pixels)))
        // Read as what it is, an upright drawing with its quiet zone: ZXing's
        // module reader for pure codes. Its camera-style finder-pattern search
        // missed 18 of 300 random shares' drawings (which this reader all
        // decoded), so the test did not depend on the drawing alone.
        val pure = mapOf(DecodeHintType.PURE_BARCODE to true)
        assertEquals(text, QRCodeReader().decode(bitmap, pure).text)

        val shared = repo.sharesOf(ids.person)
        assertEquals(1, shared.size)
        assertEquals("Test NGO", shared.single().share.recipient)
        assertEquals(listOf(ids.passport, ids.permit), shared.single().share.documents)

        // Photos travel only in files: refused, and nothing recorded.
        val refused = assertThrows(AppException.ShareRefused::class.java) {
            runBlocking {
                repo.createShare(ids.person, listOf(ids.passport), false, true, Fixture.AS_OF.plusDays(30), "Test NGO", key, ShareForm.QR_CODE)
            }
        }
        assertEquals(ShareProblem.PhotosNeedFile, refused.reason)
        assertEquals(1, repo.sharesOf(ids.person).size)
        repo.close()
    }
}
