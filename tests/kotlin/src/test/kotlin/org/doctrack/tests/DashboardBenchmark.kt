package org.doctrack.tests

import kotlinx.coroutines.runBlocking
import org.doctrack.Unlock
import org.doctrack.openStore
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Tag
import org.junit.jupiter.api.Test
import java.io.File
import java.time.LocalDate

/**
 * FFI cost (issue 14, row 5), the Kotlin side: the dashboard for 100
 * documents called from Kotlin on the JVM. Not a test: tagged `benchmark`,
 * which the normal `mvn test` leaves out; `scripts/bench.sh` runs it against
 * the release library and the store `cargo bench --bench ffi_dashboard`
 * leaves behind, and compares the median with the same call in Rust.
 * Never asserts on time.
 */
@Tag("benchmark")
class DashboardBenchmark {
    @Test
    fun `dashboard for 100 documents`() = runBlocking<Unit> {
        val storePath = System.getProperty("doctrack.bench.store")?.takeUnless { it.isBlank() }
            ?: error("set -Ddoctrack.bench.store to the store ffi_dashboard left")
        val out = System.getProperty("doctrack.bench.out")?.takeUnless { it.isBlank() }
        val asOf = LocalDate.of(2026, 11, 28)
        openStore(storePath, Unlock.RawKey(ByteArray(32) { 0x42 })).use { store ->
            // Warm up the JIT and the library for at least two seconds.
            val warm = System.nanoTime()
            var warmups = 0
            while (System.nanoTime() - warm < 2_000_000_000L || warmups < 50) {
                store.dashboard(asOf)
                warmups++
            }
            val times = ArrayList<Long>()
            val start = System.nanoTime()
            while (times.size < 30 || (System.nanoTime() - start < 4_000_000_000L && times.size < 2000)) {
                val t = System.nanoTime()
                val dashboard = store.dashboard(asOf)
                times.add(System.nanoTime() - t)
                assertEquals(100, dashboard.people.sumOf { it.documents.size })
            }
            store.closeStore()
            times.sort()
            val medianMs = times[times.size / 2] / 1e6
            val line = "{\"median_ms\":%.4f,\"min_ms\":%.4f,\"runs\":%d,\"java\":\"%s\"}".format(
                java.util.Locale.ROOT, medianMs, times[0] / 1e6, times.size,
                System.getProperty("java.version"),
            )
            println("kotlin dashboard_100: $line")
            if (out != null) File(out).writeText(line + "\n")
        }
    }
}
