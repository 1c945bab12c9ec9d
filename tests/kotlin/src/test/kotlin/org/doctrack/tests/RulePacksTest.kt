package org.doctrack.tests

import kotlinx.coroutines.runBlocking
import org.doctrack.DoctrackStore
import org.doctrack.Unlock
import org.doctrack.checkRulePack
import org.doctrack.core.AppException
import org.doctrack.core.DocumentKind
import org.doctrack.core.Language
import org.doctrack.core.NewDocument
import org.doctrack.core.NoticeChange
import org.doctrack.core.PersonDraft
import org.doctrack.core.ReminderOptions
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
import java.time.LocalDate

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

    /**
     * Copies rules/ (set, holidays, scenarios) with pack.toml at version 2, and builds th-2.pack;
     * with [moveDeadline], the 11 Nov 2025 resolution's deadline moves from 31 Mar to 30 Jun 2026
     * (and the scenarios that pin the old one are left out).
     */
    private fun buildPack(moveDeadline: Boolean = false): Pair<ByteArray, String> {
        val from = root.resolve("rules")
        val to = dir.resolve("rules")
        Files.walk(from).use { paths ->
            paths.forEach { p ->
                val target = to.resolve(from.relativize(p).toString())
                if (Files.isDirectory(p)) Files.createDirectories(target)
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING)
            }
        }
        if (moveDeadline) {
            val resolutions = to.resolve("th/cabinet-resolutions.toml")
            Files.writeString(
                resolutions,
                Files.readString(resolutions).replace("end_of_authorisation = 2026-03-31", "end_of_authorisation = 2026-06-30"),
            )
            Files.list(to.resolve("tests")).use { files ->
                files.filter { Files.readString(it).contains("2026-03-31") }.forEach { Files.delete(it) }
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
            val status = s.configureRulePacks(trust, Worker.AS_OF)
            assertFalse(status.inUse)
            assertEquals(0uL, status.highestVersion)
            assertEquals(RulesOrigin.BUNDLED, s.rulesInfo().origin)

            val tampered = bytes.copyOf()
            tampered[tampered.size / 2] = (tampered[tampered.size / 2].toInt() xor 1).toByte()
            val bad = assertThrows<AppException.RulePackRefused> { runBlocking { s.installRulePack(tampered, Worker.AS_OF) } }
            assertEquals(PackProblem.BadSignature, bad.reason)
            assertTrue(renderMessage(errorMessage(bad), Language.EN).contains("changed after it was signed"))

            val change = s.installRulePack(bytes, Worker.AS_OF)
            // The same rules as bundled: nothing changes for anyone.
            assertTrue(change.notices.isEmpty())
            val info = change.rules
            assertEquals(RulesOrigin.PACK, info.origin)
            assertEquals(2uL, info.version)
            val dash = s.dashboard(Worker.AS_OF)
            assertEquals(info, dash.rules)
            assertEquals("rules: th v2, 2026-12-01", renderMessage(dash.rules.label, Language.EN))

            val again = assertThrows<AppException.RulePackRefused> { runBlocking { s.installRulePack(bytes, Worker.AS_OF) } }
            assertEquals(PackProblem.NotNewer(2uL, 2uL), again.reason)
            assertEquals(RulesOrigin.PACK, s.rulesInfo().origin, "a refused pack changes nothing")
            s.closeStore()
            ids
        }

        // Reopened: the pack is used once the app configures its trusted keys.
        openStore(dir.resolve("s.doctrack").toString(), Unlock.Passphrase(PASS)).use { s ->
            assertEquals(RulesOrigin.BUNDLED, s.rulesInfo().origin)
            val status = s.configureRulePacks(trust, Worker.AS_OF)
            assertTrue(status.inUse)
            assertEquals(2uL, status.installed?.version)
            assertEquals(2uL, s.dashboard(Worker.AS_OF).rules.version)
            // The pack's rules give the statuses (the same rules as bundled here).
            assertEquals(TimeStatus.BLOCKED, s.dashboard(Worker.AS_OF).people.flatMap { it.documents }.single { it.document == ids.permit }.status)

            // Back to the rules built into the library, and to the pack again.
            assertEquals(RulesOrigin.BUNDLED, s.useBundledRules().origin)
            assertEquals(RulesOrigin.BUNDLED, s.dashboard(Worker.AS_OF).rules.origin)
            assertEquals(TimeStatus.BLOCKED, s.dashboard(Worker.AS_OF).people.flatMap { it.documents }.single { it.document == ids.permit }.status)
            assertTrue(s.configureRulePacks(trust, Worker.AS_OF).inUse)
            assertEquals(RulesOrigin.PACK, s.rulesInfo().origin)

            val untrusted = s.configureRulePacks(PackTrust("th", listOf()), Worker.AS_OF)
            assertFalse(untrusted.inUse)
            assertTrue(untrusted.refused is PackProblem.UnknownKey)
            assertEquals(RulesOrigin.BUNDLED, s.rulesInfo().origin)

            // Removed: the bundled rules again; the highest version stays
            // known, so the same pack is still refused as not newer.
            assertTrue(s.configureRulePacks(trust, Worker.AS_OF).inUse)
            assertEquals(RulesOrigin.BUNDLED, s.removeRulePack(Worker.AS_OF).rules.origin)
            val removed = s.rulePackStatus()
            assertEquals(null, removed.installed)
            assertFalse(removed.inUse)
            assertEquals(2uL, removed.highestVersion)
            val old = assertThrows<AppException.RulePackRefused> { runBlocking { s.installRulePack(bytes, Worker.AS_OF) } }
            assertEquals(PackProblem.NotNewer(2uL, 2uL), old.reason)
            assertEquals(RulesOrigin.BUNDLED, s.rulesInfo().origin)
            s.closeStore()
        }
    }

    @Test
    fun `a pack that moves a deadline notices exactly the worker it moves, in Burmese, and reminds privately`() = runBlocking<Unit> {
        val (bytes, publicKey) = buildPack(moveDeadline = true)
        val trust = PackTrust("th", listOf(publicKey))
        val today = LocalDate.of(2026, 1, 15)
        store().use { s ->
            val entered = LocalDate.of(2025, 12, 1)
            val moved = s.registerPerson(
                PersonDraft(
                    displayName = "Ma Hla (TEST)",
                    nationality = "MM",
                    language = Language.MY,
                    cohort = "cr:2025-11-11",
                    worksOnFishingVessel = true,
                ),
                entered,
            )
            s.recordDocument(
                NewDocument(
                    holder = moved.id,
                    kind = DocumentKind.WorkPermit,
                    number = "TEST-WP-2",
                    issuingCountry = "TH",
                    issuedOn = LocalDate.of(2024, 2, 24),
                    expiresOn = LocalDate.of(2026, 2, 24),
                ),
                entered,
            )
            val mou = Worker.seed(s)
            s.configureRulePacks(trust, today)
            assertTrue(s.notices(null).isEmpty(), "the first use has nothing to compare with")

            val change = s.installRulePack(bytes, today)
            assertEquals(2uL, change.rules.version)
            val notice = change.notices.single()
            assertEquals(moved.id, notice.person)
            assertTrue(notice.text.any { it in '\u1000'..'\u109F' }, notice.text)
            val date = notice.notice.change as NoticeChange.Date
            assertEquals("deadline", date.dateKind)
            assertEquals(LocalDate.of(2026, 3, 31), date.before)
            assertEquals(LocalDate.of(2026, 6, 30), date.after)
            assertEquals("th.cr-2025-11-11.renewal-by-2026-03-31", notice.notice.rule)
            assertEquals(listOf(notice), s.notices(moved.id))
            assertTrue(s.notices(mou.person).isEmpty())

            val sync = s.syncReminders(today, today.plusDays(30), ReminderOptions())
            val reminder = sync.notices.single()
            assertEquals(moved.id, reminder.person)
            assertEquals(sync.notices, sync.noticesToAdd)
            assertFalse(reminder.lockScreenText.contains("2026"), reminder.lockScreenText)

            s.markNoticeRead(notice.id, today)
            assertTrue(s.notices(null).single().read)
            val next = s.syncReminders(today, today.plusDays(30), ReminderOptions())
            assertTrue(next.notices.isEmpty())
            assertTrue(next.toCancel.contains(reminder.id))
            // A person's id is no notice's id.
            assertThrows<AppException.NotFound> { runBlocking { s.markNoticeRead(moved.id, today) } }
            s.closeStore()
        }
    }
}
