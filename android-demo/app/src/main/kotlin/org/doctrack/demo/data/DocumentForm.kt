package org.doctrack.demo.data

import org.doctrack.core.AppException
import org.doctrack.core.DocumentKind
import org.doctrack.core.Field
import org.doctrack.core.NewDocument
import org.doctrack.core.TypedDate
import org.doctrack.parseTypedDateText

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
    /**
     * A form that passed [check]: the document to record, and how each date
     * was read (the Common Era day, and the era its year was typed in).
     */
    data class Checked(val document: NewDocument, val issued: TypedDate?, val expires: TypedDate?)

    /** A problem with one field; show `renderMessage(errorMessage(error), language)` beside it. */
    data class Problem(val field: Field, val error: AppException)

    /** Reads the form: the document, or the problems (every field is checked). */
    fun check(): Pair<Checked?, List<Problem>> {
        val problems = mutableListOf<Problem>()
        fun date(text: String, field: Field): TypedDate? {
            if (text.isBlank()) return null
            return try {
                parseTypedDateText(text.trim())
            } catch (e: AppException) {
                problems += Problem(field, e)
                null
            }
        }
        val issued = date(issuedOn, Field.ISSUED_ON)
        val expires = date(expiresOn, Field.EXPIRES_ON)
        // Whether the dates fit together (expiry after issue…) is doctrack's
        // check when the document is recorded (AppException.Validation).
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
