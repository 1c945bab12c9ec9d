package org.doctrack.tests

import kotlinx.coroutines.runBlocking
import org.doctrack.Unlock
import org.doctrack.core.TimeStatus
import org.doctrack.createStore
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

/** The caseload dashboard an NGO's app shows: the same documents as the dashboard, counted; the same on one thread or two. */
class CaseloadTest {
    @TempDir
    lateinit var dir: Path

    @Test
    fun `the caseload counts what the dashboard shows`() = runBlocking<Unit> {
        createStore(dir.resolve("c.doctrack").toString(), Unlock.Passphrase("correct horse battery staple")).use { s ->
            Worker.seed(s)
            val dashboard = s.dashboard(Worker.AS_OF)
            val cards = dashboard.people.flatMap { it.documents }
            val caseload = s.caseloadDashboard(Worker.AS_OF)
            assertEquals(1uL, caseload.people)
            assertEquals(cards.size.toULong(), caseload.documents)
            assertEquals(TimeStatus.entries.size, caseload.byStatus.size)
            assertEquals(cards.count { it.status == TimeStatus.BLOCKED }.toULong(), caseload.blocked)
            assertEquals(26, caseload.weeks.size)
            assertTrue(caseload.urgent.isNotEmpty())
            assertEquals(caseload, s.caseloadDashboard(Worker.AS_OF, limit = 200u, threads = 2u))
            assertEquals(2, s.caseloadDashboard(Worker.AS_OF, limit = 2u).urgent.size)
            // The person behind an urgent document, opened on demand: the
            // same part as the whole dashboard shows for them.
            val who = caseload.urgent.first().person
            val one = s.personDashboard(who, Worker.AS_OF)
            assertEquals(listOf(who), one.people.map { it.person.id })
            assertEquals(dashboard.people.filter { it.person.id == who }, one.people)
            s.closeStore()
        }
    }
}
