package org.doctrack.tests

import kotlinx.coroutines.runBlocking
import org.doctrack.DoctrackStore
import org.doctrack.Unlock
import org.doctrack.checkRulePack
import org.doctrack.core.AppException
import org.doctrack.core.Language
import org.doctrack.core.PackProblem
import org.doctrack.core.PackTrust
import org.doctrack.core.RulesOrigin
import org.doctrack.core.TimeStatus
import org.doctrack.createStore
import org.doctrack.errorMessage
import org.doctrack.openStore
import org.doctrack.renderMessage
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

/** A rule pack built by the `doctrack` CLI in the test, installed through the Kotlin API. */
class RulePacksTest {
    @TempDir
    lateinit var dir: Path

    private val root: Path = Path.of(System.getProperty("doctrack.root", "../..")).toAbsolutePath()

    /** Cargo's target folder: the pom passes it (CARGO_TARGET_DIR in the scripts). */
    private val target: Path = System.getProperty("doctrack.target")?.takeUnless { it.isBlank() }
        ?.let { Path.of(it).toAbsolutePath() } ?: root.resolve("target")

    private fun doctrack(vararg args: String) {
        val cli = target.resolve("debug/doctrack").toString()
        val builder = ProcessBuilder(listOf(cli) + args).directory(dir.toFile()).redirectErrorStream(true)
        builder.environment()["NO_COLOR"] = "1"
        builder.environment()["DOCTRACK_TODAY"] = "2026-12-15"
        val process = builder.start()
        val output = process.inputStream.readAllBytes().decodeToString()
        assertEquals(0, process.waitFor(), output)
    }

    /** Copies rules/ (set, holidays, scenarios) with pack.toml at version 2, and builds th-2.pack. */
    private fun buildPack(): Pair<ByteArray, String> {
        val from = root.resolve("rules")
        val to = dir.resolve("rules")
        Files.walk(from).use { paths ->
            paths.forEach { p ->
                val target = to.resolve(from.relativize(p).toString())
                if (Files.isDirectory(p)) Files.createDirectories(target)
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING)
            }
        }
        val meta = to.resolve("th/pack.toml")
        Files.writeString(meta, Files.readString(meta).replace(Regex("(?m)^version = \\d+$"), "version = 2"))
        doctrack("pack", "keygen", "--out", "ngo.key")
        doctrack("pack", "build", "rules", "--key", "ngo.key", "--version", "2", "--out", "th-2.pack")
        val publicKey = Files.readAllLines(dir.resolve("ngo.key.pub")).single { it.startsWith("ed25519:") }
        return Files.readAllBytes(dir.resolve("th-2.pack")) to publicKey
    }

    private suspend fun store(): DoctrackStore = createStore(dir.resolve("s.doctrack").toString(), Unlock.Passphrase(PASS))

    @Test
    fun `a pack built by the CLI is installed, refusals are typed, and the dashboard names it`() = runBlocking<Unit> {
        val (bytes, publicKey) = buildPack()
        val trust = PackTrust("th", listOf(publicKey))
        val header = checkRulePack(bytes, trust)
        assertEquals(2uL, header.version)
        assertEquals("th", header.setId)
        assertTrue(header.changes.getValue(Language.EN).isNotBlank())

        val ids = store().use { s ->
            val ids = Worker.seed(s)
            val status = s.configureRulePacks(trust)
            assertFalse(status.inUse)
            assertEquals(0uL, status.highestVersion)
            assertEquals(RulesOrigin.BUNDLED, s.rulesInfo().origin)

            val tampered = bytes.copyOf()
            tampered[tampered.size / 2] = (tampered[tampered.size / 2].toInt() xor 1).toByte()
            val bad = assertThrows<AppException.RulePackRefused> { runBlocking { s.installRulePack(tampered) } }
            assertEquals(PackProblem.BadSignature, bad.reason)
            assertTrue(renderMessage(errorMessage(bad), Language.EN).contains("changed after it was signed"))

            val info = s.installRulePack(bytes)
            assertEquals(RulesOrigin.PACK, info.origin)
            assertEquals(2uL, info.version)
            val dash = s.dashboard(Worker.AS_OF)
            assertEquals(info, dash.rules)
            assertEquals("rules: th v2, 2026-12-01", renderMessage(dash.rules.label, Language.EN))

            val again = assertThrows<AppException.RulePackRefused> { runBlocking { s.installRulePack(bytes) } }
            assertEquals(PackProblem.NotNewer(2uL, 2uL), again.reason)
            assertEquals(RulesOrigin.PACK, s.rulesInfo().origin, "a refused pack changes nothing")
            s.closeStore()
            ids
        }

        // Reopened: the pack is used once the app configures its trusted keys.
        openStore(dir.resolve("s.doctrack").toString(), Unlock.Passphrase(PASS)).use { s ->
            assertEquals(RulesOrigin.BUNDLED, s.rulesInfo().origin)
            val status = s.configureRulePacks(trust)
            assertTrue(status.inUse)
            assertEquals(2uL, status.installed?.version)
            assertEquals(2uL, s.dashboard(Worker.AS_OF).rules.version)
            // The pack's rules give the statuses (the same rules as bundled here).
            assertEquals(TimeStatus.BLOCKED, s.dashboard(Worker.AS_OF).people.flatMap { it.documents }.single { it.document == ids.permit }.status)

            // Back to the rules built into the library, and to the pack again.
            assertEquals(RulesOrigin.BUNDLED, s.useBundledRules().origin)
            assertEquals(RulesOrigin.BUNDLED, s.dashboard(Worker.AS_OF).rules.origin)
            assertEquals(TimeStatus.BLOCKED, s.dashboard(Worker.AS_OF).people.flatMap { it.documents }.single { it.document == ids.permit }.status)
            assertTrue(s.configureRulePacks(trust).inUse)
            assertEquals(RulesOrigin.PACK, s.rulesInfo().origin)

            val untrusted = s.configureRulePacks(PackTrust("th", listOf()))
            assertFalse(untrusted.inUse)
            assertTrue(untrusted.refused is PackProblem.UnknownKey)
            assertEquals(RulesOrigin.BUNDLED, s.rulesInfo().origin)

            // Removed: the bundled rules again; the highest version stays
            // known, so the same pack is still refused as not newer.
            assertTrue(s.configureRulePacks(trust).inUse)
            assertEquals(RulesOrigin.BUNDLED, s.removeRulePack().origin)
            val removed = s.rulePackStatus()
            assertEquals(null, removed.installed)
            assertFalse(removed.inUse)
            assertEquals(2uL, removed.highestVersion)
            val old = assertThrows<AppException.RulePackRefused> { runBlocking { s.installRulePack(bytes) } }
            assertEquals(PackProblem.NotNewer(2uL, 2uL), old.reason)
            assertEquals(RulesOrigin.BUNDLED, s.rulesInfo().origin)
            s.closeStore()
        }
    }
}
