package org.doctrack.demo.ui

import org.doctrack.core.FlagKind
import org.doctrack.core.HelpTopic
import org.doctrack.core.Language
import org.doctrack.core.Service
import org.doctrack.core.ServiceStatus
import org.doctrack.core.Span
import org.doctrack.demo.Languages
import java.time.LocalDate

/**
 * The pure parts of the help screen (unit-tested on the JVM): how a phone
 * number or a LINE id from doctrack's directory becomes something to open,
 * which name of a service to show, and which services to list.
 *
 * Phone numbers only ever go to the dialer (`ACTION_DIAL` with a `tel:` URI):
 * the person sees the number and presses call themselves. The app never
 * places a call (`ACTION_CALL`) and has no `CALL_PHONE` permission.
 */
object HelpLinks {
    /** The LINE URL scheme's "add friend / open profile" address. */
    const val LINE_PROFILE = "https://line.me/R/ti/p/"

    /** E.164 allows at most 15 digits. */
    private const val MAX_DIGITS = 15

    /**
     * The `tel:` URI for a number as the directory writes it ("0-2141-9889",
     * "1-800-010-180", "1694"): its digits only, with a leading `+` kept.
     * Digits in any script (Thai ๐–๙, Myanmar ၀–၉, …) become 0–9.
     *
     * Thai offices write a run of lines as "0 53 112 911-4" or
     * "0-2530-4535-6" (lines 911 to 914, 4535 to 4536): a last group of one
     * or two digits after a hyphen, shorter than the group before it, is the
     * end of such a run, and the first line of the run is dialled
     * (`tel:053112911`), not the run's digits run together. Null when there
     * is nothing to dial or too many digits for a phone number.
     */
    fun telUri(written: String): String? {
        val text = written.trim()
        val groups = digitGroups(text)
        if (groups.isEmpty()) return null
        val run = RUN_OF_LINES.find(text)
        val dialled = if (run != null && groups.size >= 2 && run.groupValues[2].length < run.groupValues[1].length) {
            groups.dropLast(1)
        } else {
            groups
        }
        val digits = dialled.joinToString("")
        if (digits.length > MAX_DIGITS) return null
        return "tel:" + (if (text.startsWith("+")) "+" else "") + digits
    }

    /**
     * The address that opens a LINE id in LINE (or, without LINE, a page
     * offering it): an official account's id keeps its `@`
     * ("@doecmi" → `https://line.me/R/ti/p/@doecmi`), a personal id gets
     * LINE's `~`. Null for anything that is not a LINE id (spaces, slashes,
     * other characters), so no other address can be built from the text.
     */
    fun lineUrl(id: String): String? {
        val text = id.trim()
        val official = text.startsWith("@")
        val bare = text.removePrefix("@").removePrefix("~")
        if (bare.isEmpty() || !bare.all { it in 'a'..'z' || it in 'A'..'Z' || it in '0'..'9' || it in "._-" }) return null
        return LINE_PROFILE + (if (official) "@" else "~") + bare
    }

    /**
     * The service's name in [language], else in English (the directory
     * always has one), else its first name, else its id.
     */
    fun name(service: Service, language: Language): String =
        service.names.firstOrNull { Languages.fromCode(it.language) == language }?.name
            ?: service.names.firstOrNull { Languages.fromCode(it.language) == Language.EN }?.name
            ?: service.names.firstOrNull()?.name
            ?: service.id

    /**
     * The directory's shown services for someone in [province]: those for
     * the whole country and those serving [province], in the directory's
     * order. Withheld entries are never listed. With no province known,
     * every shown service.
     */
    fun nearby(services: List<Service>, province: String?): List<Service> =
        services.filter { it.status == ServiceStatus.ACTIVE }
            .filter { province == null || it.provinces.isEmpty() || province in it.provinces }

    /** The shown services with these ids, in this order (a flag's or a plan step's suggestions). */
    fun byIds(services: List<Service>, ids: List<String>): List<Service> {
        val shown = services.filter { it.status == ServiceStatus.ACTIVE }.associateBy { it.id }
        return ids.mapNotNull { shown[it] }
    }

    /** Whether an entry checked on [verified] is older than the maintainers' limit on [today]. */
    fun stale(verified: LocalDate, staleAfter: Span?, today: LocalDate): Boolean {
        val limit = when (staleAfter) {
            null -> return false
            is Span.Days -> verified.plusDays(staleAfter.v1.toLong())
            is Span.Weeks -> verified.plusWeeks(staleAfter.v1.toLong())
            is Span.Months -> verified.plusMonths(staleAfter.v1.toLong())
            is Span.Years -> verified.plusYears(staleAfter.v1.toLong())
        }
        return today.isAfter(limit)
    }

    /** The help topic a private flag is about. */
    fun topicOf(flag: FlagKind): HelpTopic = when (flag) {
        FlagKind.DOCUMENT_HELD -> HelpTopic.DOCUMENTS_HELD
        FlagKind.OVERCHARGED -> HelpTopic.WAGES
    }

    /** "911-4", "4535-6": the end of a run of lines. */
    private val RUN_OF_LINES = Regex("""(\p{Nd}{3,})\s*-\s*(\p{Nd}{1,2})\s*$""")

    /** The groups of digits in [text], each as ASCII digits. */
    private fun digitGroups(text: String): List<String> {
        val groups = mutableListOf<String>()
        val current = StringBuilder()
        for (c in text) {
            if (Character.isDigit(c)) {
                current.append(('0'.code + Character.digit(c, 10)).toChar())
            } else if (current.isNotEmpty()) {
                groups += current.toString()
                current.clear()
            }
        }
        if (current.isNotEmpty()) groups += current.toString()
        return groups
    }
}
