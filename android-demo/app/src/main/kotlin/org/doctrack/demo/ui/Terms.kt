package org.doctrack.demo.ui

import org.doctrack.Confidence
import org.doctrack.EventName
import org.doctrack.Message
import org.doctrack.MessageArg
import org.doctrack.MessageValue
import org.doctrack.TermGroup
import org.doctrack.TimeStatus

/**
 * One word of doctrack's vocabularies (a status, an event, a confidence) as
 * a message, rendered from its catalogs in the person's language like every
 * other message.
 *
 * Terms are message arguments, not messages: the word is carried by
 * `plan-status`, whose text is the bare placeholder `{ $status }` in every
 * catalog (ScreensLogicTest checks that each word renders, in all five
 * languages). A `termName` call in the bindings would say this directly.
 */
object Terms {
    /** The word for a time status ("due soon"). */
    fun status(status: TimeStatus): Message = word(TermGroup.STATUS, status.name)

    /** The words for a rule's confidence ("high confidence"). */
    fun confidence(confidence: Confidence): Message = word(TermGroup.CONFIDENCE, confidence.name)

    /** The words for an event in a document's history ("renewal submitted"). */
    fun event(event: EventName): Message = word(TermGroup.EVENT, event.name)

    private fun word(group: TermGroup, kotlinName: String) = Message(
        "plan-status",
        listOf(MessageArg("status", MessageValue.Term(group, kotlinName.lowercase()))),
    )
}
