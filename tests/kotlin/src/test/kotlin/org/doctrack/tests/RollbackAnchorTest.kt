package org.doctrack.tests

import kotlinx.coroutines.runBlocking
import org.doctrack.AnchorException
import org.doctrack.RollbackAnchor
import org.doctrack.Unlock
import org.doctrack.core.AppException
import org.doctrack.core.Language
import org.doctrack.core.PersonDraft
import org.doctrack.createStore
import org.doctrack.openAndRepairStore
import org.doctrack.openStore
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

private const val PASS = "correct horse battery staple"

/**
 * The platform store an Android app gives as its rollback anchor (in an app:
 * Keystore-encrypted preferences), here a field in memory that can be made
 * unavailable the way a locked device makes it.
 */
class MemoryAnchor : RollbackAnchor {
    @Volatile var value: ByteArray? = null
    @Volatile var unavailable = false
    @Volatile var saves = 0

    override fun load(): ByteArray? {
        if (unavailable) throw AnchorException.Unavailable()
        return value
    }

    override fun save(value: ByteArray) {
        if (unavailable) throw AnchorException.Unavailable()
        this.value = value
        saves += 1
    }
}

class RollbackAnchorTest {
    @TempDir
    lateinit var dir: Path

    private val store get() = dir.resolve("store.doctrack")

    private fun draft(name: String) = PersonDraft(name, "MM", Language.MY, "mou", true)

    /** A store with one person, a copy of its file, then a second person. */
    private fun storeAndOldCopy(anchor: MemoryAnchor): Path = runBlocking {
        createStore(store.toString(), Unlock.Passphrase(PASS), anchor).use { s ->
            s.registerPerson(draft("First Worker (TEST)"), Worker.AS_OF)
            s.closeStore()
        }
        val old = dir.resolve("old-copy.doctrack")
        Files.copy(store, old)
        openStore(store.toString(), Unlock.Passphrase(PASS), anchor).use { s ->
            s.registerPerson(draft("Second Worker (TEST)"), Worker.AS_OF)
            s.closeStore()
        }
        old
    }

    private fun putBack(old: Path) {
        Files.copy(old, store, StandardCopyOption.REPLACE_EXISTING)
        Files.deleteIfExists(dir.resolve("store.doctrack-wal"))
        Files.deleteIfExists(dir.resolve("store.doctrack-shm"))
    }

    @Test
    fun `an older copy of the whole store is RolledBack with the anchor`() = runBlocking<Unit> {
        val anchor = MemoryAnchor()
        val old = storeAndOldCopy(anchor)
        putBack(old)
        assertThrows<AppException.RolledBack> {
            runBlocking { openStore(store.toString(), Unlock.Passphrase(PASS), anchor) }
        }
        assertThrows<AppException.RolledBack> {
            runBlocking { openAndRepairStore(store.toString(), Unlock.Passphrase(PASS), anchor) }
        }
        // Without the anchor the older copy is not detected (README, security).
        openStore(store.toString(), Unlock.Passphrase(PASS)).use { s ->
            assertEquals(1, s.people().items.size)
            s.closeStore()
        }
        // The person chooses to keep this copy: it opens, and is remembered.
        openStore(store.toString(), Unlock.Passphrase(PASS), anchor, acceptOlderCopy = true).use { s ->
            assertEquals(1, s.people().items.size)
            s.closeStore()
        }
        openStore(store.toString(), Unlock.Passphrase(PASS), anchor).use { s ->
            assertEquals(1, s.people().items.size)
            s.closeStore()
        }
    }

    @Test
    fun `the newest store opens and every write moves the anchor`() = runBlocking<Unit> {
        val anchor = MemoryAnchor()
        storeAndOldCopy(anchor)
        openStore(store.toString(), Unlock.Passphrase(PASS), anchor).use { s ->
            val before = anchor.saves
            s.registerPerson(draft("Third Worker (TEST)"), Worker.AS_OF)
            assertEquals(before + 1, anchor.saves)
            assertFalse(s.rollbackAnchorBehind())
            s.closeStore()
        }
        val text = String(anchor.value!!, Charsets.ISO_8859_1)
        assertFalse(text.contains("Worker"), "the anchor value is sealed")
    }

    @Test
    fun `an unavailable anchor is AnchorUnavailable at open and never loses a write`() = runBlocking<Unit> {
        val anchor = MemoryAnchor()
        storeAndOldCopy(anchor)
        anchor.unavailable = true
        assertThrows<AppException.AnchorUnavailable> {
            runBlocking { openStore(store.toString(), Unlock.Passphrase(PASS), anchor) }
        }
        anchor.unavailable = false
        openStore(store.toString(), Unlock.Passphrase(PASS), anchor).use { s ->
            anchor.unavailable = true
            s.registerPerson(draft("Written Anyway (TEST)"), Worker.AS_OF)
            assertTrue(s.rollbackAnchorBehind())
            anchor.unavailable = false
            s.registerPerson(draft("Saved Again (TEST)"), Worker.AS_OF)
            assertFalse(s.rollbackAnchorBehind())
            assertEquals(4, s.people().items.size)
            s.closeStore()
        }
    }
}
