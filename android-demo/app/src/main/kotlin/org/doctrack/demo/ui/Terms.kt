package org.doctrack.demo.ui

import org.doctrack.Confidence
import org.doctrack.EventName
import org.doctrack.Message
import org.doctrack.TimeStatus

/**
 * Messages naming one term of doctrack's vocabularies ("status-due_soon",
 * "event-renewal_submitted", …), rendered from its catalogs in the
 * person's language like every other message.
 */
object Terms {
    /** The word for a time status. */
    fun status(status: TimeStatus): Message = term("status", status.name)

    /** The words for a rule's confidence. */
    fun confidence(confidence: Confidence): Message = term("confidence", confidence.name)

    /** The words for an event in a document's history. */
    fun event(event: EventName): Message = term("event", event.name)

    private fun term(group: String, kotlinName: String) = Message("$group-${kotlinName.lowercase()}", emptyList())
}
