package org.doctrack.demo

import kotlinx.coroutines.runBlocking
import org.doctrack.Unlock
import org.doctrack.core.DocumentKind
import org.doctrack.core.Language
import org.doctrack.core.Message
import org.doctrack.core.MessageId
import org.doctrack.core.NoticeReminder
import org.doctrack.core.ReminderKind
import org.doctrack.core.ReminderOptions
import org.doctrack.core.ReminderState
import org.doctrack.core.ReminderSync
import org.doctrack.createStore
import org.doctrack.demo.reminders.FileScheduledSet
import org.doctrack.demo.reminders.NotificationContent
import org.doctrack.demo.reminders.PlannedAlarm
import org.doctrack.demo.reminders.ReminderScheduler
import org.doctrack.documentKindName
import org.doctrack.formatDate
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.File
import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneId
import java.time.ZonedDateTime

/**
 * The core's reminder plan becoming AlarmManager alarms (through a fake
 * sink), surviving a simulated reboot and a time-zone change, with private
 * notification text by default.
 */
class ReminderSchedulerTest {
    @TempDir
    lateinit var dir: Path

    private val bangkok: ZoneId = ZoneId.of("Asia/Bangkok") // UTC+7
    private val yangon: ZoneId = ZoneId.of("Asia/Yangon") // UTC+6:30
    private val key = ByteArray(32) { it.toByte() }

    private fun setFile(): File = dir.resolve("alarms.txt").toFile()

    private fun scheduler(sink: FakeAlarmSink, clock: FakeClock, detailed: Boolean = false) =
        ReminderScheduler(sink, FileScheduledSet(setFile()), { clock.zone }, { clock.now }, { detailed })

    /** The morning of [Fixture.AS_OF] in Bangkok. */
    private fun clock() = FakeClock(bangkok, ZonedDateTime.of(Fixture.AS_OF, LocalTime.of(8, 0), bangkok).toInstant())

    /** Seeds a store and returns its first sync (and the ids). */
    private fun firstSync(options: ReminderOptions = ReminderOptions(limit = 100u)): Pair<Fixture.Ids, ReminderSync> = runBlocking {
        createStore(dir.resolve("store.doctrack").toString(), Unlock.RawKey(key)).use { store ->
            val ids = Fixture.seed(store)
            val sync = store.syncReminders(Fixture.AS_OF, Fixture.AS_OF.plusDays(180), options)
            store.closeStore()
            ids to sync
        }
    }

    @Test
    fun `a reminder plan becomes alarms at the reminders' local time`() {
        val (ids, sync) = firstSync()
        assertTrue(sync.toAdd.size >= 3, "the fixture plans several reminders: ${sync.toAdd.size}")
        val sink = FakeAlarmSink()
        val report = scheduler(sink, clock()).apply(sync)
        assertEquals(sync.toAdd.size, report.set)
        assertEquals(sync.toAdd.map { it.id }.toSet(), sink.alarms.keys)
        for (r in sync.toAdd) {
            val alarm = sink.alarms.getValue(r.id)
            val expected = ZonedDateTime.of(r.fireOn, LocalTime.of(r.hour.toInt(), r.minute.toInt()), bangkok)
            assertEquals(expected.toInstant().toEpochMilli(), alarm.triggerAtMillis, "reminder on ${r.fireOn}")
            assertEquals(ReminderScheduler.requestCodeOf(r.id), alarm.requestCode)
            assertEquals(r.document, alarm.content.documentId)
        }
        // Worked by hand: the 90-day report's window opens on 15 Jun 2026,
        // 09:00 in Bangkok is 02:00 UTC.
        val window = sync.toAdd.first { it.document == ids.report && it.kind == ReminderKind.REPORT_WINDOW }
        assertEquals(Fixture.REPORT_OPENS, window.fireOn)
        assertEquals(Instant.parse("2026-06-15T02:00:00Z").toEpochMilli(), sink.alarms.getValue(window.id).triggerAtMillis)
        // Request codes are distinct (they identify the PendingIntents).
        assertEquals(sink.alarms.size, sink.alarms.values.map { it.requestCode }.toSet().size)
    }

    @Test
    fun `after a reboot the remembered alarms are set again, without the store`() {
        val (_, sync) = firstSync()
        val clock = clock()
        val before = FakeAlarmSink()
        scheduler(before, clock).apply(sync)

        // Reboot: AlarmManager forgot everything; a new process, a new
        // scheduler, only the remembered file (the store stays locked).
        val afterBoot = FakeAlarmSink()
        val count = scheduler(afterBoot, clock).rearm()
        assertEquals(before.alarms.size, count)
        assertEquals(before.alarms, afterBoot.alarms)
    }

    @Test
    fun `a time-zone change keeps the local time and moves the instant`() {
        val (_, sync) = firstSync()
        val clock = clock()
        val inBangkok = FakeAlarmSink()
        scheduler(inBangkok, clock).apply(sync)

        // The worker crosses to Myanmar: TIMEZONE_CHANGED re-arms.
        clock.zone = yangon
        val inYangon = FakeAlarmSink()
        scheduler(inYangon, clock).rearm()
        assertEquals(inBangkok.alarms.keys, inYangon.alarms.keys)
        for ((id, there) in inYangon.alarms) {
            val here = inBangkok.alarms.getValue(id)
            assertEquals(Duration.ofMinutes(30).toMillis(), there.triggerAtMillis - here.triggerAtMillis)
            val local = Instant.ofEpochMilli(there.triggerAtMillis).atZone(yangon).toLocalTime()
            assertEquals(LocalTime.of(9, 0), local)
        }
        // The clock was set (TIME_SET): alarms already passed today fire at
        // once, older ones are skipped.
        val firstDay = sync.scheduled.first().fireOn
        clock.zone = bangkok
        clock.now = ZonedDateTime.of(firstDay, LocalTime.of(18, 0), bangkok).toInstant()
        val afterSet = FakeAlarmSink()
        scheduler(afterSet, clock).rearm()
        val late = sync.scheduled.filter { it.fireOn == firstDay }
        for (r in late) {
            assertEquals(clock.now.plus(ReminderScheduler.LATE_DELAY).toEpochMilli(), afterSet.alarms.getValue(r.id).triggerAtMillis)
        }
        assertTrue(sync.scheduled.filter { it.fireOn.isBefore(firstDay) }.none { it.id in afterSet.alarms })
        assertEquals(sync.scheduled.count { !it.fireOn.isBefore(firstDay) }, afterSet.alarms.size)
    }

    @Test
    fun `done reminders are cancelled before anything is added, and forgotten for re-arming`() = runBlocking<Unit> {
        val clock = clock()
        val sink = FakeAlarmSink()
        createStore(dir.resolve("store.doctrack").toString(), Unlock.RawKey(key)).use { store ->
            Fixture.seed(store)
            val until = Fixture.AS_OF.plusDays(180)
            val options = ReminderOptions(limit = 100u)
            scheduler(sink, clock).apply(store.syncReminders(Fixture.AS_OF, until, options))
            val done = sink.alarms.keys.first()
            val snoozed = sink.alarms.keys.elementAt(1)
            store.setReminderState(done, ReminderState.Done, Fixture.AS_OF)
            val snoozeTo = Fixture.AS_OF.plusDays(3)
            store.setReminderState(snoozed, ReminderState.Snoozed(snoozeTo), Fixture.AS_OF)
            sink.calls.clear()
            val next = store.syncReminders(Fixture.AS_OF, until, options)
            scheduler(sink, clock).apply(next)
            assertFalse(done in sink.alarms)
            assertTrue(done in sink.cancelled)
            // Cancels come first.
            assertEquals(next.toCancel.size, sink.calls.takeWhile { it == "cancel" }.size)
            // The snoozed one fires on the snooze day.
            val moved = sink.alarms.getValue(snoozed)
            assertEquals(ZonedDateTime.of(snoozeTo, LocalTime.of(9, 0), bangkok).toInstant().toEpochMilli(), moved.triggerAtMillis)
            // A reboot does not bring the done one back.
            val rebooted = FakeAlarmSink()
            scheduler(rebooted, clock).rearm()
            assertFalse(done in rebooted.alarms)
            assertEquals(sink.alarms.keys, rebooted.alarms.keys)
            store.closeStore()
        }
    }

    @Test
    fun `notification text is private by default and detailed only when asked`() = runBlocking<Unit> {
        val (ids, sync) = firstSync()
        val sink = FakeAlarmSink()
        scheduler(sink, clock()).apply(sync)
        // What must never reach a lock screen or the unencrypted alarm file.
        val secrets = mutableListOf(Fixture.NAME, Fixture.PASSPORT_NUMBER, Fixture.PERMIT_NUMBER, "Myanmar", "MM", "Thailand")
        for (language in listOf(Language.EN, Language.TH, Language.MY, Language.KM, Language.LO)) {
            for (kind in listOf(DocumentKind.Passport, DocumentKind.WorkPermit, DocumentKind.NinetyDayReport, DocumentKind.PinkCard)) {
                secrets += documentKindName(kind, language)
            }
            for (r in sync.scheduled) secrets += formatDate(r.targetDate, language, null)
        }
        val remembered = FileScheduledSet(setFile()).load()
        assertEquals(sync.scheduled.size, remembered.size)
        val shown = sink.alarms.values.map { it.content } + remembered.map { it.content }
        for (content in shown) {
            assertFalse(content.detailed)
            for (secret in secrets) {
                // Country codes must match exactly; words in any case.
                val anyCase = secret.length > 3
                assertFalse(content.title.contains(secret, ignoreCase = anyCase), "title names '$secret': ${content.title}")
                assertFalse(content.text.contains(secret, ignoreCase = anyCase), "text names '$secret': ${content.text}")
            }
        }
        // The raw file holds none of it either (it is outside the encryption).
        val raw = setFile().readText()
        assertFalse(raw.contains(Fixture.NAME) || raw.contains(Fixture.PASSPORT_NUMBER))

        // Opt-in: the detailed text does name the document's date (this is
        // what the check above would catch).
        val report = sync.scheduled.first { it.document == ids.report }
        val detailed = NotificationContent.of(report, detailed = true)
        assertTrue(detailed.text.contains(formatDate(report.targetDate, report.language, null)), detailed.text)
        assertNotEquals(NotificationContent.of(report, detailed = false).text, detailed.text)
    }

    @Test
    fun `missed alarms of earlier days are skipped, today's fire at once`() {
        val clock = FakeClock(bangkok, ZonedDateTime.of(LocalDate.of(2026, 6, 15), LocalTime.of(10, 30), bangkok).toInstant())
        val scheduler = scheduler(FakeAlarmSink(), clock)
        val content = NotificationContent("Document reminder", "Open the app", "doc", detailed = false)
        val today = PlannedAlarm("a".repeat(32), LocalDate.of(2026, 6, 15), 9, 0, content)
        val yesterday = PlannedAlarm("b".repeat(32), LocalDate.of(2026, 6, 14), 9, 0, content)
        val tomorrow = PlannedAlarm("c".repeat(32), LocalDate.of(2026, 6, 16), 9, 0, content)
        assertEquals(clock.now.plus(ReminderScheduler.LATE_DELAY).toEpochMilli(), scheduler.requestFor(today)?.triggerAtMillis)
        assertNull(scheduler.requestFor(yesterday))
        assertEquals(Instant.parse("2026-06-16T02:00:00Z").toEpochMilli(), scheduler.requestFor(tomorrow)?.triggerAtMillis)
    }

    @Test
    fun `a damaged alarm file counts as empty`() {
        setFile().writeText("doctrack-alarms v1\nnot\ta\tvalid\tline\n")
        assertTrue(FileScheduledSet(setFile()).load().isEmpty())
        setFile().writeText("something else\n")
        assertTrue(FileScheduledSet(setFile()).load().isEmpty())
        assertEquals(0, scheduler(FakeAlarmSink(), clock()).rearm())
    }

    @Test
    fun `a notice that the rules changed is one private alarm, re-armed after a reboot and cancelled when read`() {
        val (_, sync) = firstSync()
        val notice = NoticeReminder(
            id = "0123456789abcdef0123456789abcdef",
            person = "person",
            unread = 2u,
            fireOn = Fixture.AS_OF,
            hour = 9u,
            minute = 0u,
            language = Language.MY,
            titleText = "Document reminder",
            lockScreen = Message(MessageId.REMINDER_SHORT_NOTICE, listOf()),
            lockScreenText = "The rules for your documents changed. Open the app to see what it means for you.",
            detail = Message(MessageId.REMINDER_DETAIL_NOTICE, listOf()),
            detailText = "The rules changed: 2 changes for your documents to read.",
        )
        val sink = FakeAlarmSink()
        // Even with a detailed lock screen, the notice's notification is private.
        val scheduler = scheduler(sink, clock(), detailed = true)
        scheduler.apply(sync.copy(notices = listOf(notice), noticesToAdd = listOf(notice)))
        val alarm = sink.alarms.getValue(notice.id)
        assertEquals(notice.lockScreenText, alarm.content.text)
        assertEquals("", alarm.content.documentId, "tapping opens the home screen")
        assertEquals(
            ZonedDateTime.of(Fixture.AS_OF, LocalTime.of(9, 0), bangkok).toInstant().toEpochMilli(),
            alarm.triggerAtMillis,
        )
        val afterBoot = FakeAlarmSink()
        scheduler(afterBoot, clock()).rearm()
        assertTrue(notice.id in afterBoot.alarms, "remembered for re-arming")

        // Read: the next sync names it in toCancel and no longer lists it.
        scheduler.apply(sync.copy(toAdd = listOf(), toCancel = listOf(notice.id), notices = listOf(), noticesToAdd = listOf()))
        assertFalse(notice.id in sink.alarms)
        assertTrue(notice.id in sink.cancelled)
    }
}
