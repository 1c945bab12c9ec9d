package org.doctrack.demo.reminders

import java.io.File
import java.io.IOException
import java.time.LocalDate
import java.util.Base64

/** Remembers the alarms handed to the platform, for re-arming without the store. */
interface ScheduledSetStore {
    /** The remembered alarms (empty if none, or if the file is unreadable). */
    fun load(): List<PlannedAlarm>

    /** Replaces the remembered alarms. */
    fun save(alarms: List<PlannedAlarm>)
}

/**
 * The scheduled set in one small file (the app puts it in
 * `noBackupFilesDir`: alarms belong to this phone). One line per alarm:
 * opaque id, day, time, document id and the notification text, which is the
 * private lock-screen text unless the person opted in to details. Written to
 * a temporary file and renamed, so a crash leaves the old set or the new one.
 * An unreadable file counts as empty: the next sync from the app fills it.
 */
class FileScheduledSet(private val file: File) : ScheduledSetStore {
    override fun load(): List<PlannedAlarm> {
        if (!file.isFile) return emptyList()
        return try {
            val lines = file.readLines(Charsets.UTF_8)
            if (lines.firstOrNull() != HEADER) return emptyList()
            lines.drop(1).filter { it.isNotBlank() }.map(::parse)
        } catch (e: IOException) {
            emptyList()
        } catch (e: IllegalArgumentException) {
            emptyList()
        } catch (e: java.time.DateTimeException) {
            emptyList()
        } catch (e: IndexOutOfBoundsException) {
            emptyList()
        }
    }

    override fun save(alarms: List<PlannedAlarm>) {
        file.parentFile?.mkdirs()
        val tmp = File(file.path + ".tmp")
        tmp.bufferedWriter(Charsets.UTF_8).use { out ->
            out.write(HEADER)
            out.write("\n")
            for (a in alarms) {
                out.write(format(a))
                out.write("\n")
            }
        }
        if (!tmp.renameTo(file)) {
            file.delete()
            if (!tmp.renameTo(file)) throw IOException("could not replace the alarm list")
        }
    }

    private fun format(a: PlannedAlarm): String = listOf(
        a.id,
        a.fireOn.toString(),
        a.hour.toString(),
        a.minute.toString(),
        a.content.documentId,
        if (a.content.detailed) "1" else "0",
        encode(a.content.title),
        encode(a.content.text),
    ).joinToString("\t")

    private fun parse(line: String): PlannedAlarm {
        val f = line.split('\t')
        require(f.size == 8) { "bad alarm line" }
        return PlannedAlarm(
            id = f[0],
            fireOn = LocalDate.parse(f[1]),
            hour = f[2].toInt(),
            minute = f[3].toInt(),
            content = NotificationContent(
                title = decode(f[6]),
                text = decode(f[7]),
                documentId = f[4],
                detailed = f[5] == "1",
            ),
        )
    }

    private fun encode(text: String) = Base64.getEncoder().encodeToString(text.toByteArray(Charsets.UTF_8))

    private fun decode(text: String) = String(Base64.getDecoder().decode(text), Charsets.UTF_8)

    private companion object {
        const val HEADER = "doctrack-alarms v1"
    }
}
