package org.doctrack.tests

import kotlinx.coroutines.runBlocking
import org.doctrack.DoctrackStore
import org.doctrack.Unlock
import org.doctrack.core.AppException
import org.doctrack.core.ShareForm
import org.doctrack.core.ShareProblem
import org.doctrack.core.ShareRequest
import org.doctrack.createStore
import org.doctrack.shareKeyFingerprint
import org.doctrack.shareQrMatrix
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path
import java.time.LocalDate

private const val PASS = "correct horse battery staple"

/** A worker's app shares with an NGO whose key the `doctrack` CLI made; the CLI opens and imports the share. */
class ShareTest {
    @TempDir
    lateinit var dir: Path

    private val root: Path = Path.of(System.getProperty("doctrack.root", "../..")).toAbsolutePath()

    /** Cargo's target folder: the pom passes it (CARGO_TARGET_DIR in the scripts). */
    private val target: Path = System.getProperty("doctrack.target")?.takeUnless { it.isBlank() }
        ?.let { Path.of(it).toAbsolutePath() } ?: root.resolve("target")

    private fun doctrack(vararg args: String): String {
        val cli = target.resolve("debug/doctrack").toString()
        val builder = ProcessBuilder(listOf(cli) + args).directory(dir.toFile()).redirectErrorStream(true)
        builder.environment()["NO_COLOR"] = "1"
        builder.environment()["DOCTRACK_TODAY"] = "2026-06-01"
        builder.environment()["DOCTRACK_PASS"] = "a caseworker passphrase"
        builder.environment()["DOCTRACK_LANG"] = "en"
        val process = builder.start()
        val output = process.inputStream.readAllBytes().decodeToString()
        assertEquals(0, process.waitFor(), output)
        return output
    }

    private suspend fun store(): DoctrackStore = createStore(dir.resolve("w.doctrack").toString(), Unlock.Passphrase(PASS))

    @Test
    fun `a share made in Kotlin for a CLI-made key is opened and imported by the CLI`() = runBlocking<Unit> {
        doctrack("share", "keygen", "--out", "ngo.key")
        val key = Files.readAllLines(dir.resolve("ngo.key.pub")).single { it.startsWith("x25519:") }
        store().use { s ->
            val ids = Worker.seed(s)
            val request = ShareRequest(
                person = ids.person,
                documents = listOf(ids.passport, ids.permit),
                history = true,
                photos = false,
                until = LocalDate.of(2026, 7, 31),
                recipientName = "Test NGO",
                recipientKey = key,
                form = ShareForm.FILE,
            )
            val made = s.createShare(request, Worker.AS_OF)
            assertNull(made.qrText)
            assertEquals(shareKeyFingerprint(key), made.share.recipientKey)
            Files.write(dir.resolve("k.share"), made.bytes)

            val qr = s.createShare(request.copy(form = ShareForm.QR_CODE, documents = null), Worker.AS_OF)
            assertNotNull(qr.qrText)
            val text = qr.qrText!!
            val matrix = shareQrMatrix(text)
            assertEquals(matrix.size.toInt() * matrix.size.toInt(), matrix.dark.size)
            Files.writeString(dir.resolve("k-qr.txt"), text)

            val made2 = s.sharesMade()
            assertEquals(2, made2.size)
            assertEquals("Test NGO", made2[0].share.recipient)
            assertEquals(LocalDate.of(2026, 7, 31), made2[0].share.until)

            val bad = assertThrows<AppException.ShareRefused> {
                runBlocking { s.createShare(request.copy(recipientKey = "x25519:00"), Worker.AS_OF) }
            }
            assertEquals(ShareProblem.NotAKey, bad.reason)
            val photos = assertThrows<AppException.ShareRefused> {
                runBlocking { s.createShare(request.copy(form = ShareForm.QR_CODE, photos = true), Worker.AS_OF) }
            }
            assertEquals(ShareProblem.PhotosNeedFile, photos.reason)
            assertEquals(2, s.sharesMade().size, "refused shares are not recorded")
            s.closeStore()
        }
        val shown = doctrack("share", "open", "k.share", "--key", "ngo.key")
        assertTrue(shown.contains("Ko Aung (TEST)") && shown.contains("TEST-MA000001"), shown)
        val imported = doctrack("share", "import", "k.share", "--key", "ngo.key", "--store", "caseload.doctrack", "--create")
        assertTrue(imported.contains("added"), imported)
        val again = doctrack("share", "import", "k-qr.txt", "--key", "ngo.key", "--store", "caseload.doctrack")
        assertTrue(again.contains("updated"), again)
    }
}
