package org.doctrack.demo.data

import org.doctrack.ApiException
import org.doctrack.DocumentKind
import org.doctrack.Field
import org.doctrack.NewDocument
import org.doctrack.parseTypedDateText
import java.time.LocalDate

/**
 * The "add a document" form as typed: dates as printed on the papers
 * (`31/03/2569` in the Thai Buddhist Era, `31.03.2026`, `31 มี.ค. 2569`,
 * Myanmar or Thai digits…), read by doctrack's `parseTypedDateText`. A
 * two-digit year is refused, never guessed.
 */
data class DocumentForm(
    val holder: String,
    val kind: DocumentKind,
    val number: String,
    val issuingCountry: String,
    val issuedOn: String,
    val expiresOn: String,
    val notes: String = "",
) {
    /** A form that passed [check]: the document to record, and how each date was read. */
    data class Checked(val document: NewDocument, val issued: TypedDay?, val expires: TypedDay?)

    /** A date as read: the Common Era day, and whether the year was Buddhist Era. */
    data class TypedDay(val date: LocalDate, val buddhistEra: Boolean)

    /** A problem with one field; show `renderMessage(errorMessage(error), language)` beside it. */
    data class Problem(val field: Field, val error: ApiException)

    /** Reads the form: the document, or the problems (every field is checked). */
    fun check(): Pair<Checked?, List<Problem>> {
        val problems = mutableListOf<Problem>()
        fun date(text: String, field: Field): TypedDay? {
            if (text.isBlank()) return null
            return try {
                val typed = parseTypedDateText(text.trim())
                TypedDay(typed.date, typed.buddhistEra)
            } catch (e: ApiException) {
                problems += Problem(field, e)
                null
            }
        }
        val issued = date(issuedOn, Field.ISSUED_ON)
        val expires = date(expiresOn, Field.EXPIRES_ON)
        // Whether the dates fit together (expiry after issue…) is doctrack's
        // check when the document is recorded (ApiException.Validation).
        if (problems.isNotEmpty()) return null to problems
        val document = NewDocument(
            holder = holder,
            kind = kind,
            number = number.trim(),
            issuingCountry = issuingCountry.trim().uppercase(),
            issuedOn = issued?.date,
            expiresOn = expires?.date,
            notes = notes,
        )
        return Checked(document, issued, expires) to emptyList()
    }
}
